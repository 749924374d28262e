"""``lawner show``'s page in a real browser (issue 12, item 7): headless Chromium loads it and
the tests read the rendered DOM, after the page's own script ran. The checks of
``test_display.py`` again, plus what only a browser shows: the input's ``<script>`` and
``onerror`` never ran, the colours and shading are applied, the badges' text, hovering a mark
lights its rows in the side table.

Needs Chromium (Debian: ``apt-get install chromium``; or set ``LAWNER_CHROMIUM``); skipped
without it. CI installs it (``.ci/run``).
"""

import json

import pytest
from cdp import Browser, find_chromium
from show_page import (
    FACTS_JS,
    SAMPLE,
    TEXT,
    check_page,
    expected_skipped,
    sample_doc,
    sources_of,
)

from lawner.cli import main
from lawner.display import COLORS, FIELDS, render

CHROMIUM = find_chromium()
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        CHROMIUM is None,
        reason="no Chromium: install it (Debian: apt-get install chromium) or set LAWNER_CHROMIUM to its path",
    ),
]
TITLE = "lawner: sample"


@pytest.fixture(scope="module")
def browser():
    with Browser(CHROMIUM) as b:
        yield b


@pytest.fixture(scope="module")
def doc(rules_nlp):
    return sample_doc(rules_nlp)


@pytest.fixture(scope="module")
def page_path(doc, tmp_path_factory):
    path = tmp_path_factory.mktemp("show") / "page.html"
    path.write_text(render(doc, title=TITLE), encoding="utf-8")
    return path


@pytest.fixture
def shown(browser, page_path):
    """The browser, showing the sample's page (freshly loaded)."""
    browser.open(page_path.as_uri())
    return browser


def rgb(color: str) -> str:
    """``#feca74`` as a browser's computed style writes it: ``rgb(254, 202, 116)``."""
    r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


def test_rendered_dom_shows_exactly_the_record(shown, doc):
    facts = json.loads(shown.evaluate(FACTS_JS))
    check_page(facts, TEXT, doc._.lawner_record, sources_of(doc), expected_skipped(doc))


def test_script_in_the_input_is_inert(shown):
    assert shown.evaluate("window.__lawner_pwned === undefined")
    assert shown.evaluate("document.title") == TITLE
    assert shown.evaluate("document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert "<script>window.__lawner_pwned = 1" in shown.evaluate("document.getElementById('text').textContent")


def test_marks_and_legend_take_their_colours_from_one_table(shown):
    styles = shown.evaluate(
        "JSON.stringify([...document.querySelectorAll('#text mark')].map(m =>"
        " [m.dataset.label, getComputedStyle(m).backgroundColor, getComputedStyle(m, '::after').content]))"
    )
    for badge, background, after in json.loads(styles):
        label = badge.split()[0]
        assert background == rgb(COLORS[label])
        assert after == json.dumps(badge, ensure_ascii=False)  # the label badge after each mark
    swatches = shown.evaluate(
        "JSON.stringify([...document.querySelectorAll('.legend li[data-label] .swatch')].map(s =>"
        " getComputedStyle(s).backgroundColor))"
    )
    assert json.loads(swatches) == [rgb(COLORS[label]) for label, _ in FIELDS.values()]


def test_skipped_regions_are_shaded_with_their_reason(shown):
    pieces = json.loads(
        shown.evaluate(
            "JSON.stringify([...document.querySelectorAll('#text .skip')].map(s => [s.dataset.reason,"
            " getComputedStyle(s).backgroundImage, s.classList.contains('skip-start') ?"
            " getComputedStyle(s, '::before').content : null]))"
        )
    )
    assert {reason for reason, *_ in pieces} == {"boilerplate", "non-English: Russian"}
    for reason, background, badge in pieces:
        assert background.startswith("repeating-linear-gradient")
        assert badge in (None, json.dumps(f"skipped: {reason}", ensure_ascii=False))


def test_hovering_a_mark_lights_its_rows(shown):
    box = json.loads(
        shown.evaluate(
            "(() => { const m = [...document.querySelectorAll('#text mark')].find(m => m.dataset.items.includes(' '));"
            " m.scrollIntoView({block: 'center'}); const r = m.getClientRects()[0];"  # its first line's box
            " return JSON.stringify({id: m.id, x: r.left + 4, y: r.top + r.height / 2}); })()"
        )
    )
    shown.hover(box["x"], box["y"])
    active = json.loads(
        shown.evaluate("JSON.stringify([...document.querySelectorAll('tr.active')].map(r => r.dataset.mark))")
    )
    assert active == [box["id"], box["id"]]  # the two penalties of the shared span
    assert shown.evaluate(f"document.getElementById('{box['id']}').matches(':hover')")
    shown.hover(1, 1)
    assert shown.evaluate("document.querySelectorAll('tr.active').length") == 0


def test_the_cli_page_of_a_long_document(browser, rules_nlp, tmp_path):
    """``lawner show`` itself, on 100 copies of the sample (118,000 characters)."""
    text = "\n".join([TEXT] * 100)
    source = tmp_path / "long.txt"
    source.write_text(text, encoding="utf-8")
    out = tmp_path / "long.html"
    args = ["show", str(source), "--out", str(out), "--rules-only", "--reference-date", "2025-03-05"]
    assert main(args) == 0
    browser.open(out.as_uri())
    facts = json.loads(browser.evaluate(FACTS_JS))
    doc = sample_doc(rules_nlp, text)
    check_page(facts, text, doc._.lawner_record, sources_of(doc), expected_skipped(doc))
    assert browser.evaluate("window.__lawner_pwned === undefined")


def test_model_sources_in_the_browser(browser, full_nlp, tmp_path):
    doc = sample_doc(full_nlp, SAMPLE)
    path = tmp_path / "model.html"
    path.write_text(render(doc), encoding="utf-8")
    browser.open(path.as_uri())
    facts = json.loads(browser.evaluate(FACTS_JS))
    check_page(facts, SAMPLE, doc._.lawner_record, sources_of(doc), expected_skipped(doc))
    assert any("source model" in m["title"] for m in facts["marks"])
