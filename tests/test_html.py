"""HTML pages: article text by trafilatura (lawner's reader as the fallback) and the warning for
a suspiciously short text (issue 12)."""

import socket
import sys

import pytest
from conftest import DATA

import lawner
import lawner.html
from lawner.clean import prepare
from lawner.errors import Messages
from lawner.html import Page, html_to_text, read_page

WORDPRESS = DATA / "html" / "wordpress_post.html"
BODY = "stalking is punishable by a fine of up to 200 MCI"


@pytest.fixture(scope="module")
def wordpress():
    return WORDPRESS.read_text(encoding="utf-8")


def no_trafilatura(monkeypatch):
    """As where trafilatura is not installed: ``import trafilatura`` raises ImportError."""
    monkeypatch.setitem(sys.modules, "trafilatura", None)


# ---------------------------------------------------------------- issue 12: the WordPress page


def test_issue12_wordpress_page_keeps_its_body_and_penalties(rules_nlp, wordpress):
    """The user's page (body "has-sidebar", article "tag-kazakhstan") lost its body: only the
    title was left, no penalties, no warning."""
    record = lawner.extract(wordpress, nlp=rules_nlp)
    assert BODY in record.text
    assert "Recent Posts" not in record.text and "Proudly powered" not in record.text
    fine = [p for p in record.penalties if p.kind == "fine"]
    assert [(p.amount, p.unit, p.bound) for p in fine] == [(200, "MCI", "max")]
    assert not any("only" in w and "visible text" in w for w in record.warnings)


def test_issue12_fallback_reader_keeps_the_wordpress_body(rules_nlp, wordpress, monkeypatch):
    no_trafilatura(monkeypatch)
    record = lawner.extract(wordpress, nlp=rules_nlp)
    assert BODY in record.text
    assert record.text.startswith("Stalking becomes a crime in Kazakhstan\n")  # the article's own header
    assert "Recent Posts" not in record.text and "Tagged" not in record.text
    assert [p.amount for p in record.penalties if p.kind == "fine"] == [200]
    assert Messages.HTML_NO_TRAFILATURA in record.warnings


# ---------------------------------------------------------------- the fallback reader


CHROME = [
    (
        "wordpress body and article classes are not chrome",
        '<html><body class="home post-template-default has-sidebar"><article class="post type-post '
        'status-publish tag-kazakhstan category-news"><p>A fine of up to 200 MCI.</p></article></body></html>',
        "A fine of up to 200 MCI.",
    ),
    (
        "a sidebar, a tag list and a share bar are chrome",
        '<body><div class="content"><p>Body text.</p><div class="post-tags">Tags: Kazakhstan</div>'
        '<div class="share-buttons">Share on X</div></div><div id="sidebar">Latest news</div></body>',
        "Body text.",
    ),
    (
        "an article's own header is kept, the site's is not",
        '<body><header class="site-header">Steppe Law Review</header><article><header class="entry-header">'
        '<h1 class="entry-title">New fines</h1></header><p>A fine of 50 MCI.</p></article></body>',
        "New fines\nA fine of 50 MCI.",
    ),
    (
        "ARIA landmark roles of chrome",
        '<body><div role="navigation">Home | News</div><div role="main"><p>Body text.</p></div>'
        '<div role="contentinfo">Contacts</div></body>',
        "Body text.",
    ),
    (
        "a stray end tag inside chrome closes nothing",
        '<body><div class="related">Read also</p>Ex-akim jailed</div><p>Body text.</p></body>',
        "Body text.",
    ),
    (
        "main holds the article, whatever its class",
        '<body class="sidebar-left"><main class="site-main sidebar-layout"><p>Body text.</p></main>'
        '<aside class="widget-area">Archives</aside></body>',
        "Body text.",
    ),
]


@pytest.mark.parametrize("name,html,text", CHROME, ids=[c[0] for c in CHROME])
def test_fallback_reader(name, html, text):
    assert html_to_text(html) == text


# ---------------------------------------------------------------- which extractor


def test_trafilatura_reads_a_real_shaped_page(wordpress):
    page = read_page(wordpress)
    assert page.extractor == "trafilatura" and page.notes == []
    assert BODY in page.text and "Posted on" not in page.text


def test_a_small_page_is_read_by_lawner_not_dumped_whole():
    """Under 250 characters trafilatura dumps the whole page, navigation included."""
    page = read_page(
        "<html><body><nav>Home / News</nav><article><p>A fine of up to 200 MCI.</p></article></body></html>"
    )
    assert (page.text, page.extractor) == ("A fine of up to 200 MCI.", "lawner")


@pytest.mark.parametrize(
    "behaviour,note",
    [
        ("raises", Messages.HTML_TRAFILATURA_FAILED.format(error="RuntimeError: parser crashed")),
        ("finds nothing", Messages.HTML_TRAFILATURA_EMPTY),
        ("is not installed", Messages.HTML_NO_TRAFILATURA),
    ],
)
def test_fallback_when_trafilatura(behaviour, note, wordpress, monkeypatch):
    if behaviour == "is not installed":
        no_trafilatura(monkeypatch)
    else:

        def stand_in(html):
            if behaviour == "raises":
                raise RuntimeError("parser crashed")
            return None

        monkeypatch.setattr(lawner.html, "trafilatura_text", stand_in)
    prepared = prepare(wordpress)
    assert BODY in prepared.text
    assert note in prepared.warnings


# ---------------------------------------------------------------- a suspiciously short text


def short_warnings(warnings):
    return [w for w in warnings if "of the page's visible text" in w]


PARAGRAPH = "<p>The court fined the company 500 MCI for breaching the law on personal data.</p>"
# an older news site's layout: no <article> or <main>, the story in plain divs
DIV_LAYOUT = (
    '<html><body><div id="top-menu"><a href="/">Home</a></div><div class="story"><h1>Company fined</h1>'
    + PARAGRAPH * 15
    + "</div></body></html>"
)


def test_a_lost_body_warns(monkeypatch):
    """The report's symptom: only the title left of a page with a long story."""
    monkeypatch.setattr(lawner.html, "trafilatura_text", lambda html: "Company fined")
    prepared = prepare(DIV_LAYOUT)
    assert prepared.text == "Company fined"
    visible = read_page(DIV_LAYOUT).visible_chars
    assert visible > 1_000
    assert short_warnings(prepared.warnings) == [
        Messages.HTML_SHORT.format(share=13 / visible, chars=13, visible=visible)
    ]


def test_a_short_extraction_on_a_page_with_an_article_is_read_by_lawner(wordpress, monkeypatch):
    """Under 250 characters, trafilatura's text gives way to the page's <article>."""
    monkeypatch.setattr(lawner.html, "trafilatura_text", lambda html: "Stalking becomes a crime in Kazakhstan")
    prepared = prepare(wordpress)
    assert BODY in prepared.text and short_warnings(prepared.warnings) == []


def test_the_fallback_reader_warns_when_it_drops_the_body(monkeypatch):
    """A body inside a wrapper whose class names chrome (a theme's "content-with-sidebar"):
    the fallback reader drops it, and says so."""
    no_trafilatura(monkeypatch)
    html = (
        '<html><body><div class="page"><h1>Company fined</h1><div class="content-with-sidebar">'
        + PARAGRAPH * 15
        + "</div></div></body></html>"
    )
    prepared = prepare(html)
    assert prepared.text == "Company fined"
    assert len(short_warnings(prepared.warnings)) == 1


@pytest.mark.parametrize(
    "chars,visible,short",
    [
        (38, 1211, True),  # a title left of a page
        (122, 1211, False),  # 10% is the threshold
        (121, 1211, True),
        (20, 900, False),  # a small page: its menu may outweigh its article
        (0, 0, False),  # no visible text at all
        (2000, 50_000, True),  # a long article under a huge comment thread: still worth a look
    ],
)
def test_suspiciously_short(chars, visible, short):
    assert Page("x" * chars, "trafilatura", visible).suspiciously_short is short


# ---------------------------------------------------------------- no network


def test_reading_a_page_opens_no_connection(rules_nlp, wordpress, monkeypatch):
    attempts = []

    def refuse(self, address, *args):
        attempts.append(address)
        raise OSError("lawner must not reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    record = lawner.extract(wordpress, nlp=rules_nlp)
    assert BODY in record.text and attempts == []
