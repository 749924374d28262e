"""Issue 11: the shape of real scraped text, apart from its phrasing: line breaks a scraper wrote
out as escapes, and footnote marks glued to words. The sentences are invented."""

from __future__ import annotations

import pytest

import lawner
from lawner.prepare.document import unescape_breaks

REF = "2023-05-10"


def test_escaped_line_breaks_are_read_as_line_breaks_and_keep_offsets():
    text = r"The court sentenced him to 5 years.\r\nJudge Aida Bekova said it may be appealed.\r\n\r\nOn 12 April."
    record = lawner.extract(text, reference_date=REF, rules_only=True)
    assert [(p.text, p.amount, p.unit) for p in record.penalties] == [("5 years", 5, "years")]
    assert [(o.name, o.title) for o in record.officials] == [("Aida Bekova", "Judge")]
    assert [d.value for d in record.dates] == ["2023-04-12"]
    assert any("escaped line breaks" in w for w in record.warnings)
    # the offsets point into the text as given
    assert all(text[i.start : i.end] == i.text for i in (*record.penalties, *record.officials, *record.dates))


@pytest.mark.parametrize(
    "text,changed",
    [
        (r"Line one.\nLine two.\nLine three.", True),
        ("a\\tb \\n c \\r\\n d", True),
        # one escape, or fewer escapes than real line breaks: left as written
        (r"The path C:\new was named once.", False),
        ("Real line.\nAnother.\nA third \\n here.", False),
        # an escaped backslash before n is no line break
        (r"two \\n and \\n", False),
    ],
)
def test_when_escapes_are_read_as_breaks(text, changed):
    out, notes = unescape_breaks(text)
    assert (out != text) is changed
    assert bool(notes) is changed
    assert len(out) == len(text)


def test_footnote_marks_glued_to_words_end_the_word_and_the_sentence():
    text = "He was jailed for seven years.[3] The akim said on 4 May[12] that it worked under Article 190[4]."
    record = lawner.extract(text, reference_date=REF, rules_only=True)
    assert [(p.text, p.amount, p.article) for p in record.penalties] == [("seven years", 7, None)]
    assert [(d.text, d.value) for d in record.dates] == [("4 May", "2023-05-04")]
    assert [a.number for a in record.articles] == ["190"]
