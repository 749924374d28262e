"""``lawner show``'s page (issue 12, item 7), read from its HTML string: it marks exactly the
record's items, with their values, confidences and sources; shades skipped regions with the
reason; has a legend and per-field tables; and keeps the document's own markup as text.
The same facts are checked in a real browser in ``test_display_browser.py``."""

import re

import pytest
from show_page import (
    NO_VALUE,
    NOT_IN_RECORD,
    SAMPLE,
    TEXT,
    check_page,
    expected_skipped,
    facts_from_html,
    sample_doc,
    sources_of,
)

from lawner.display import (
    COLORS,
    FIELDS,
    Mark,
    Shown,
    Skipped,
    confidence_text,
    describe,
    group_marks,
    merge_skipped,
    number_text,
    page,
    render,
    render_text,
)
from lawner.errors import LawnerError
from lawner.records import ArticleRef, DateMention, LawRef, Official, Penalty, Record


@pytest.fixture(scope="module")
def doc(rules_nlp):
    return sample_doc(rules_nlp)


@pytest.fixture(scope="module")
def facts(doc):
    return facts_from_html(render(doc, title="lawner: sample"))


def test_page_shows_exactly_the_record(doc, facts):
    check_page(facts, TEXT, doc._.lawner_record, sources_of(doc), expected_skipped(doc))


def test_the_sample_has_what_the_checks_are_about(doc):
    """The sample holds each case the page must handle (else the checks above prove little)."""
    record = doc._.lawner_record
    spans = [(i.start, i.end) for name in FIELDS for i in getattr(record, name)]
    assert len(spans) - len(set(spans)) >= 2  # two penalties, two articles share a span
    assert {d.text for d in record.dates} >= {"1976", "1978"}  # pieces of one DATE span
    ents = {e.text: e.label_ for e in doc.ents}
    assert {t: ents[t] for t in NOT_IN_RECORD} == {
        NO_VALUE: "PENALTY",
        NOT_IN_RECORD[0]: "ORG",
        NOT_IN_RECORD[2]: "TITLE",
    }
    assert {r[2] for r in expected_skipped(doc)} == {"boilerplate", "non-English: Russian"}


def test_spans_not_in_the_record_have_no_mark(facts):
    """The user's report: a head PENALTY span with no value, an ORG while officials is empty."""
    texts = {m["text"] for m in facts["marks"]}
    assert not texts & set(NOT_IN_RECORD)


def test_items_sharing_a_span_share_one_mark_listing_each_value(facts):
    mark = next(m for m in facts["marks"] if m["text"] == "restriction/imprisonment for up to 3 years")
    assert mark["items"] == ["penalties-3", "penalties-4"]
    assert "PENALTY: restriction of freedom, up to 3 years" in mark["title"]
    assert "PENALTY: imprisonment, up to 3 years" in mark["title"]
    assert "ent-PENALTY" in mark["classes"]
    articles = next(m for m in facts["marks"] if m["text"] == "Articles 190 and 191")
    assert len(articles["items"]) == 2 and "article 190 " in articles["title"] and "article 191 " in articles["title"]


def test_hover_text_has_value_confidence_and_source(facts):
    mark = next(m for m in facts["marks"] if m["text"] == "20 MCI")
    assert mark["title"] == "PENALTY: fine, 20 MCI (78,640 KZT); article 597\nconfidence 0.85, source rules:verb_money"


def test_markup_in_the_text_stays_text(doc):
    page_html = render(doc, title="<script>alert(1)</script>")
    assert "<script>window.__lawner_pwned" not in page_html
    assert "<img src=x" not in page_html
    assert "&lt;script&gt;window.__lawner_pwned" in page_html
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>" in page_html
    assert page_html.count("<script") == 1  # the page's own, inline
    assert not re.search(r"<(?:script|link|img|iframe)[^>]*\b(?:src|href)=", page_html)  # nothing from elsewhere


def test_page_has_a_legend_tables_per_field_and_raw_json(doc):
    page_html = render(doc)
    for name in FIELDS:
        assert f'<h3 id="field-{name}">' in page_html
    assert '<details class="raw"><summary>raw JSON</summary><pre>{' in page_html
    assert "&quot;penalties&quot;" in page_html
    for label, color in COLORS.items():  # one colour table, used by the CSS
        cls = "skip" if label in ("BOILERPLATE", "NON_ENGLISH") else "ent"
        assert f".{cls}-{label}{{background:" in page_html and color in page_html


def test_a_long_document(rules_nlp):
    """100 copies of the sample page (110,000 characters): still every item, one mark each."""
    text = "\n".join([TEXT] * 100)
    doc = sample_doc(rules_nlp, text)
    facts = facts_from_html(render(doc))
    assert len(facts["marks"]) > 100 * 10
    check_page(facts, text, doc._.lawner_record, sources_of(doc), expected_skipped(doc))


def test_model_sources(full_nlp):
    """With the NER head, items it found say so."""
    doc = sample_doc(full_nlp, SAMPLE)
    facts = facts_from_html(render(doc))
    check_page(facts, SAMPLE, doc._.lawner_record, sources_of(doc), expected_skipped(doc))
    assert any("source model" in m["title"] for m in facts["marks"])


def test_a_doc_without_a_record_is_an_error(rules_nlp):
    doc = rules_nlp.make_doc("A fine of 200 MCI.")
    with pytest.raises(LawnerError, match="lawner_record"):
        render(doc)


# ---------------------------------------------------------------- the pieces


def _shown(field, index, start, end, text):
    return Shown(field, index, DateMention(text[start:end], start, end, 0.9, "2020"), "rules:x")


@pytest.mark.parametrize(
    ("spans", "marks"),
    [
        ([(0, 4), (5, 9)], [(0, 4, 1), (5, 9, 1)]),
        ([(0, 4), (0, 4)], [(0, 4, 2)]),
        ([(0, 9), (5, 9)], [(0, 9, 1), (5, 9, 1)]),  # nested: two marks, one in the other
        ([(0, 6), (4, 9)], [(0, 9, 2)]),  # crossing: the second joins the first
        ([(0, 12), (2, 6), (4, 9)], [(0, 12, 1), (2, 9, 2)]),  # crossing inside a mark
        ([(3, 3), (8, 40)], []),  # empty, or past the text's end: no mark
    ],
    ids=["apart", "shared", "nested", "crossing", "crossing inside", "no span"],
)
def test_group_marks(spans, marks):
    text = "2020 2021 2022"
    items = [_shown("dates", i, s, e, text) for i, (s, e) in enumerate(spans)]
    grouped = group_marks(items, len(text))
    assert [(m.start, m.end, len(m.items)) for m in grouped] == marks
    facts = facts_from_html(f'<div id="text">{render_text(text, grouped, [])}</div>')
    assert facts["text"] == text
    assert sorted(k for m in facts["marks"] for k in m["items"]) == sorted(
        k for m in grouped for k in (s.key for s in m.items)
    )


def test_shading_is_cut_where_a_mark_opens_or_closes():
    text = "abcdefghij"
    mark = Mark(2, 5, [_shown("dates", 0, 2, 5, text)], "m1")
    skipped = [Skipped(0, 8, "BOILERPLATE", "boilerplate")]
    out = render_text(text, [mark], skipped)
    facts = facts_from_html(f'<div id="text">{out}</div>')
    assert [(p["start"], p["text"]) for p in facts["skipped"]] == [(0, "ab"), (2, "cde"), (5, "fgh")]
    assert out.count("skip-start") == 1


def test_overlapping_skipped_regions_merge_with_both_reasons():
    merged = merge_skipped(
        [Skipped(5, 9, "NON_ENGLISH", "non-English: Russian"), Skipped(0, 6, "BOILERPLATE", "boilerplate")]
    )
    assert [(r.start, r.end, r.reason) for r in merged] == [(0, 9, "boilerplate; non-English: Russian")]


@pytest.mark.parametrize(
    ("item", "value"),
    [
        (
            ArticleRef("x", 0, 1, 0.9, number="366", part="4", code="Criminal Code"),
            "article 366, part 4 of the Criminal Code",
        ),
        (ArticleRef("x", 0, 1, 0.9, number="7", paragraph="2", title="Stalking"), "article 7, paragraph 2 «Stalking»"),
        (
            Penalty("x", 0, 1, 0.9, kind="fine", amount=200, unit="MCI", bound="max", amount_kzt=786400),
            "fine, up to 200 MCI (786,400 KZT)",
        ),
        (
            Penalty(
                "x", 0, 1, 0.9, kind="imprisonment", amount=8, amount_min=3, unit="years", bound="range", article="190"
            ),
            "imprisonment, 3-8 years; article 190",
        ),
        (Penalty("x", 0, 1, 0.9, kind="fine", amount=30, unit="MCI", bound="min"), "fine, at least 30 MCI"),
        (Penalty("x", 0, 1, 0.9, kind="life_imprisonment"), "life imprisonment"),
        (
            Penalty("x", 0, 1, 0.9, kind="fine", amount=134.2e9, unit="KZT", check="exceeds_code"),
            "fine, 134,200,000,000 KZT; check: exceeds code",
        ),
        (
            Penalty("x", 0, 1, 0.9, kind="fine", amount=100, unit="MCI", subject="on individuals"),
            "fine, 100 MCI, on individuals",
        ),
        (DateMention("x", 0, 1, 0.9, value="XXXX-08-20"), "XXXX-08-20"),
        (Official("x", 0, 1, 0.9, name="Olzhas Bektenov", title="Prime Minister"), "Olzhas Bektenov, Prime Minister"),
        (LawRef("x", 0, 1, 0.9, name="Criminal Code"), "Criminal Code"),
    ],
    ids=[
        "article part",
        "article paragraph title",
        "fine max kzt",
        "range",
        "min",
        "no amount",
        "tenge check",
        "tier",
        "date",
        "official",
        "law",
    ],
)
def test_describe(item, value):
    assert describe(item) == value


@pytest.mark.parametrize(
    ("x", "text"), [(20.0, "20"), (78640, "78,640"), (1.5, "1.5"), (2.25, "2.25"), (None, "")], ids=str
)
def test_number_text(x, text):
    assert number_text(x) == text


@pytest.mark.parametrize(
    ("x", "text"),
    [(0.85, "0.85"), (0.9, "0.90"), (0.9997, "0.9997"), (0.99999, "1.00"), (0.12341, "0.1234"), (None, "-")],
    ids=str,
)
def test_confidence_text(x, text):
    assert confidence_text(x) == text


def test_an_empty_record():
    html_page = page("Nothing here.", Record(id="e"), [], [], title="e")
    facts = facts_from_html(html_page)
    assert facts["marks"] == [] and facts["rows"] == [] and facts["text"] == "Nothing here."
    assert "The record is empty." in html_page
