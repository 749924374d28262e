"""HTML pages: article text by trafilatura (lawner's reader as the fallback), the warning for a
suspiciously short text, and the page's publication date as the reference date (issue 12)."""

import json
import socket
import subprocess
import sys

import pytest
from paths import ROOT

import lawner
import lawner.prepare.html
from lawner.batch import JobSettings, PipelineSettings, run_job
from lawner.errors import Messages
from lawner.extract import Item, process
from lawner.prepare.document import prepare
from lawner.prepare.html import Page, html_to_text, page_date, parse_page_date, read_page

WORDPRESS = "tests/data/html/wordpress_post.html"  # relative to the root, where run() runs
BODY = "stalking is punishable by a fine of up to 200 MCI"
PAGE_DATE_WARNING = Messages.PAGE_DATE.format(date="2025-08-20", source="meta article:published_time")


@pytest.fixture(scope="module")
def wordpress(root):
    return (root / WORDPRESS).read_text(encoding="utf-8")


def no_trafilatura(monkeypatch):
    """As where trafilatura is not installed: ``import trafilatura`` raises ImportError."""
    monkeypatch.setitem(sys.modules, "trafilatura", None)


# ---------------------------------------------------------------- issue 12: the WordPress page


def test_issue12_wordpress_page_keeps_its_body_penalties_and_date(rules_nlp, wordpress):
    """The user's page (body "has-sidebar", article "tag-kazakhstan") lost its body: only the
    title was left, no penalties, no warning."""
    record = lawner.extract(wordpress, nlp=rules_nlp)
    assert BODY in record.text
    assert "Recent Posts" not in record.text and "Proudly powered" not in record.text
    fine = [p for p in record.penalties if p.kind == "fine"]
    assert [(p.amount, p.unit, p.bound) for p in fine] == [(200, "MCI", "max")]
    assert record.reference_date == "2025-08-20"
    assert fine[0].amount_kzt == 200 * 3932  # the MCI of 2025
    assert PAGE_DATE_WARNING in record.warnings
    assert not any("only" in w and "visible text" in w for w in record.warnings)


def test_issue12_an_explicit_reference_date_wins(rules_nlp, wordpress):
    record = lawner.extract(wordpress, nlp=rules_nlp, reference_date="2024-01-10")
    assert record.reference_date == "2024-01-10"
    assert not any(w.startswith("reference date") for w in record.warnings)
    assert [p.amount_kzt for p in record.penalties if p.kind == "fine"] == [200 * 3692]  # the MCI of 2024


def test_issue12_page_date_on_spacy_docs_as_in_the_rule_engine(rules_nlp, wordpress):
    engine, docs = (next(process(rules_nlp, [Item("p", wordpress)], spacy_docs=s)) for s in (False, True))
    assert docs.to_dict() == engine.to_dict()
    assert docs.reference_date == "2025-08-20"


def test_issue12_fallback_reader_keeps_the_wordpress_body(rules_nlp, wordpress, monkeypatch):
    no_trafilatura(monkeypatch)
    record = lawner.extract(wordpress, nlp=rules_nlp)
    assert BODY in record.text
    assert record.text.startswith("Stalking becomes a crime in Kazakhstan\n")  # the article's own header
    assert "Recent Posts" not in record.text and "Tagged" not in record.text
    assert [p.amount for p in record.penalties if p.kind == "fine"] == [200]
    assert record.reference_date == "2025-08-20"
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

        monkeypatch.setattr(lawner.prepare.html, "trafilatura_text", stand_in)
    prepared = prepare(wordpress)
    assert BODY in prepared.text
    assert note in prepared.warnings
    assert prepared.reference_date == "2025-08-20"


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
    monkeypatch.setattr(lawner.prepare.html, "trafilatura_text", lambda html: "Company fined")
    prepared = prepare(DIV_LAYOUT)
    assert prepared.text == "Company fined"
    visible = read_page(DIV_LAYOUT).visible_chars
    assert visible > 1_000
    assert short_warnings(prepared.warnings) == [
        Messages.HTML_SHORT.format(share=13 / visible, chars=13, visible=visible)
    ]


def test_a_short_extraction_on_a_page_with_an_article_is_read_by_lawner(wordpress, monkeypatch):
    """Under 250 characters, trafilatura's text gives way to the page's <article>."""
    monkeypatch.setattr(lawner.prepare.html, "trafilatura_text", lambda html: "Stalking becomes a crime in Kazakhstan")
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


# ---------------------------------------------------------------- the page's publication date


def page(head="", body=""):
    return f"<html><head>{head}</head><body>{body}</body></html>"


DATES = [
    (
        "open graph article",
        page('<meta property="article:published_time" content="2025-08-20T09:15:00+05:00">'),
        "2025-08-20",
        "meta article:published_time",
    ),
    (
        "json-ld graph",
        page(
            '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "datePublished": "2024-12-31T23:10:00Z"}]}</script>'
        ),
        "2024-12-31",
        "JSON-LD datePublished",
    ),
    (
        "json-ld list",
        page(
            '<script type="application/ld+json">[{"@type": "BreadcrumbList"}, {"@type": "Article", "datePublished": "2023-05-02"}]</script>'
        ),
        "2023-05-02",
        "JSON-LD datePublished",
    ),
    (
        "parse.ly compact",
        page('<meta name="parsely-pub-date" content="20250301">'),
        "2025-03-01",
        "meta parsely-pub-date",
    ),
    (
        "microdata meta",
        page(body='<article><meta itemprop="datePublished" content="2022-01-06"><p>Text</p></article>'),
        "2022-01-06",
        "meta datepublished",
    ),
    ("rfc 2822", page('<meta name="date" content="Wed, 20 Aug 2025 09:15:00 +0500">'), "2025-08-20", "meta date"),
    (
        "dublin core slashes",
        page('<meta name="DC.date.issued" content="2021/11/05">'),
        "2021-11-05",
        "meta dc.date.issued",
    ),
    (
        "time in the article",
        page(body='<article><time datetime="2025-07-14">July 14</time><p>Text</p></article>'),
        "2025-07-14",
        "<time datetime> in the article",
    ),
    (
        "time marked published",
        page(
            body='<div class="meta"><time class="entry-date published" datetime="2025-06-01T08:00">June 1</time></div>'
        ),
        "2025-06-01",
        "<time datetime>",
    ),
    (
        "open graph beats a time in the article",
        page(
            '<meta property="article:published_time" content="2025-08-20">',
            '<article><time datetime="2025-08-22">updated</time></article>',
        ),
        "2025-08-20",
        "meta article:published_time",
    ),
    (
        "modified time is not publication",
        page('<meta property="article:modified_time" content="2025-08-22">'),
        None,
        None,
    ),
    (
        "a time outside the article",
        page(body='<header><time datetime="2026-01-01">Today</time></header><article><p>Text</p></article>'),
        None,
        None,
    ),
    (
        "zero date skipped for the next",
        page('<meta property="article:published_time" content="0000-00-00"><meta name="pubdate" content="2019-04-02">'),
        "2019-04-02",
        "meta pubdate",
    ),
    (
        "broken json-ld",
        page('<script type="application/ld+json">{"datePublished": "2025-01-01",}</script>'),
        None,
        None,
    ),
    ("no date", page(body="<p>A fine of 5 MCI.</p>"), None, None),
]


@pytest.mark.parametrize("name,html,date,source", DATES, ids=[d[0] for d in DATES])
def test_page_date(name, html, date, source):
    assert page_date(html) == (date, source)


@pytest.mark.parametrize(
    "value,date",
    [
        ("2025-08-20T09:15:00+05:00", "2025-08-20"),  # the date as the page wrote it, not in UTC
        ("2025-8-5", "2025-08-05"),
        ("20250820T091500", "2025-08-20"),
        ("Wed, 20 Aug 2025 09:15:00 GMT", "2025-08-20"),
        ("2025-02-30", None),
        ("1970-01-01T00:00:00Z", None),  # a zero timestamp
        ("2999-01-01", None),  # in the future
        ("August 20, 2025", None),  # not a machine-readable date
        ("", None),
    ],
)
def test_parse_page_date(value, date):
    assert parse_page_date(value) == date


# ---------------------------------------------------------------- command line and batch jobs


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "lawner", *args], capture_output=True, text=True, timeout=300, cwd=ROOT
    )


@pytest.mark.parametrize("args,date", [([], "2025-08-20"), (["--reference-date", "2024-01-10"], "2024-01-10")])
def test_cli_extract_html_page(args, date):
    result = run("extract", WORDPRESS, "--rules-only", *args)
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["reference_date"] == date
    assert (PAGE_DATE_WARNING in record["warnings"]) is (not args)
    assert BODY in record["text"]


@pytest.mark.parametrize("reference_date", [None, "2024-01-10"])
def test_batch_job_html_file_and_table_row(tmp_path, wordpress, reference_date):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.html").write_text(wordpress, encoding="utf-8")
    (tmp_path / "in" / "rows.jsonl").write_text(json.dumps({"id": "row", "text": wordpress}) + "\n", encoding="utf-8")
    out = tmp_path / "records.jsonl"
    settings = JobSettings(
        inputs=[str(tmp_path / "in")],
        out=str(out),
        reference_date=reference_date,
        pipeline=PipelineSettings(rules_only=True),
        progress=False,
    )
    run_job(settings)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["page.html", "row"]
    for record in records:
        assert record["reference_date"] == (reference_date or "2025-08-20")
        assert BODY in record["text"]


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
