"""lawner as a spaCy citizen (issue 12): Docs that serialize and cross processes with their
record and entity values, entity scores for ``nlp.evaluate``, displaCy colours, and extension
names with lawner's prefix."""

import datetime as dt
import importlib
import json
import re
import subprocess
import sys
import textwrap

import pytest
from paths import DATA
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span
from spacy.training import Example

import lawner
from lawner import extensions
from lawner.corpus import LABELS, default_dir, read
from lawner.extract import make_doc
from lawner.segment.text import CACHE_KEYS

REF = "2025-08-21"
NEWS = (
    "On 20 August 2025 the Almaty court fined Serikov A. 150 MCI under Part 1 of Article 366 of the "
    "Criminal Code and sentenced him to three years of restriction of liberty, judge Bekov said."
)
# (name, text): documents with every kind of entity and value
TEXTS = [
    ("news", NEWS),
    ("news sample", (DATA / "news_sample.txt").read_text("utf-8")),
    ("statute", (DATA / "statute_code.txt").read_text("utf-8")),
]
SPAN_VALUES = ("lawner_value", "lawner_confidence", "lawner_source")
# the factories of the components that write entities
FACTORIES = ["lawner_articles", "lawner_penalties", "lawner_dates", "lawner_officials", "lawner_ner"]


def ents_of(doc: Doc) -> list[tuple]:
    """Each entity with its lawner values."""
    return [(e.start_char, e.end_char, e.label_, *(e._.get(name) for name in SPAN_VALUES)) for e in doc.ents]


def as_json(value):
    """``value`` as JSON gives it back: ``DocBin`` reads user data with tuples for lists."""
    return json.loads(json.dumps(value))


def processed(nlp, text: str, doc_id: str = "doc") -> Doc:
    return nlp(make_doc(nlp, text, reference_date=REF, doc_id=doc_id))


# ---------------------------------------------------------------- serialization


@pytest.mark.parametrize("text", [t for _, t in TEXTS], ids=[n for n, _ in TEXTS])
def test_issue12_doc_to_bytes_keeps_the_record_and_entity_values(rules_nlp, text):
    doc = processed(rules_nlp, text)
    assert doc._.lawner_record.penalties or doc._.lawner_record.articles
    back = Doc(rules_nlp.vocab).from_bytes(doc.to_bytes())
    assert back._.lawner_record.to_dict() == doc._.lawner_record.to_dict()
    assert back._.lawner_record_dict == doc._.lawner_record_dict
    assert ents_of(back) == ents_of(doc)
    assert (back._.lawner_reference_date, back._.lawner_doc_id) == (REF, "doc")


@pytest.mark.parametrize("text", [t for _, t in TEXTS], ids=[n for n, _ in TEXTS])
def test_issue12_docbin_with_user_data_keeps_the_record_and_entity_values(rules_nlp, text):
    doc = processed(rules_nlp, text)
    data = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    [back] = DocBin().from_bytes(data).get_docs(rules_nlp.vocab)
    assert back._.lawner_record.to_dict() == doc._.lawner_record.to_dict()
    assert as_json(ents_of(back)) == as_json(ents_of(doc))
    assert back._.lawner_reference_date == REF


def test_the_pipeline_leaves_no_cached_text_in_user_data(rules_nlp):
    """The components' cache of the text and sentences is gone once the record is built: a
    serialized Doc does not carry its text twice."""
    doc = processed(rules_nlp, NEWS)
    assert not any(key in doc.user_data for key in CACHE_KEYS)
    assert all(isinstance(key, tuple) and key[1].startswith("lawner_") for key in doc.user_data)


def test_doc_to_json(rules_nlp):
    doc = processed(rules_nlp, NEWS)
    assert [e["label"] for e in doc.to_json()["ents"]] == [e.label_ for e in doc.ents]
    data = doc.to_json(underscore=["lawner_record_dict", *SPAN_VALUES])
    assert json.loads(json.dumps(data))["_"]["lawner_record_dict"] == doc._.lawner_record.to_dict()
    assert {v["value"] for v in data["underscore_span"]["lawner_source"]} >= {"rules:article", "rules:law"}


@pytest.mark.parametrize(
    ("given", "stored"),
    [(REF, REF), (dt.date(2025, 8, 21), REF), (dt.datetime(2025, 8, 21, 17, 25), REF), (None, None)],
    ids=["iso string", "date", "datetime", "none"],
)
def test_reference_date_is_stored_as_an_iso_string(rules_nlp, given, stored):
    doc = rules_nlp.make_doc("The fine of 50 MCI applies from August 20.")
    doc._.lawner_reference_date = given
    doc = rules_nlp(doc)
    assert doc._.lawner_reference_date == stored
    assert Doc(rules_nlp.vocab).from_bytes(doc.to_bytes())._.lawner_reference_date == stored
    assert doc._.lawner_record.dates[0].value == ("2025-08-20" if stored else "XXXX-08-20")


def test_record_setter_stores_the_dict(rules_nlp):
    """``doc._.lawner_record`` is read from its dict: a changed record is kept once assigned."""
    doc = processed(rules_nlp, NEWS)
    record = doc._.lawner_record
    record.warnings.append("checked by hand")
    assert "checked by hand" not in doc._.lawner_record.warnings
    doc._.lawner_record = record
    assert doc._.lawner_record_dict["warnings"] == ["checked by hand"]
    doc._.lawner_record = None
    assert doc._.lawner_record is None and doc._.lawner_record_dict is None


# ---------------------------------------------------------------- several processes


def corpus_docs(nlp, n: int) -> list[Doc]:
    examples = read(default_dir() / "dev.jsonl")[:n]
    return [make_doc(nlp, e.text, reference_date=REF, doc_id=e.id) for e in examples]


def test_issue12_pipe_with_two_processes_gives_the_same_records(rules_nlp):
    """Docs (with their reference date and id) and texts go to two worker processes and come
    back with the records a single process gives."""
    one = [d._.lawner_record.to_dict() for d in rules_nlp.pipe(corpus_docs(rules_nlp, 8))]
    two = [d._.lawner_record.to_dict() for d in rules_nlp.pipe(corpus_docs(rules_nlp, 8), n_process=2, batch_size=3)]
    assert two == one
    assert [r["id"] for r in two] == [d._.lawner_doc_id for d in corpus_docs(rules_nlp, 8)]
    assert all(r["reference_date"] == REF for r in two)
    texts = [NEWS, "A fine of up to 200 MCI applies."]
    assert [d._.lawner_record.to_dict() for d in rules_nlp.pipe(texts, n_process=2)] == [
        rules_nlp(t)._.lawner_record.to_dict() for t in texts
    ]


@pytest.mark.slow
@pytest.mark.parametrize("runtime", ["onnx", "torch"])
def test_issue12_pipe_with_two_processes_and_the_ner_head(runtime, root):
    """The pipeline (rules and the NER head, on ONNX Runtime int8, the default, and on torch) in
    two processes, forked after the parent has run the head (torch's thread pool does not
    survive a fork: this hung before). In a subprocess, so that a hang fails the test instead
    of stopping the run."""
    code = textwrap.dedent(
        """
        import json, lawner
        rows = [json.loads(line) for line in open("annotations/corpus/dev.jsonl")][:6]
        texts = [r["text"] for r in rows]
        nlp = lawner.load(runtime=RUNTIME)
        one = [d._.lawner_record.to_dict() for d in nlp.pipe(texts)]
        two = [d._.lawner_record.to_dict() for d in nlp.pipe(texts, n_process=2, batch_size=2)]
        assert two == one and any(r["penalties"] for r in two), "records differ"
        print("ok")
        """
    )
    code = code.replace("RUNTIME", repr(runtime))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=root)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr[-2000:]


# ---------------------------------------------------------------- scores

# (name, [(text, [(entity text, label)] of the gold), ...], ents_p, ents_r, per label f)
EVALUATIONS = [
    (
        "all found",
        [
            (
                "On 20 August 2025 the court fined him 100 MCI under Part 1 of Article 366 of the Criminal Code.",
                [("20 August 2025", "DATE"), ("100 MCI", "PENALTY"), ("Part 1 of Article 366", "ARTICLE")]
                + [("Criminal Code", "LAW")],
            )
        ],
        1.0,
        1.0,
        {"DATE": 1.0, "PENALTY": 1.0, "ARTICLE": 1.0, "LAW": 1.0},
    ),
    (
        "a wrong label, a miss, a span too short",
        [
            (
                "On 20 August 2025 the court fined him 100 MCI under Part 1 of Article 366 of the Criminal Code.",
                [("20 August 2025", "DATE"), ("fined him 100 MCI", "PENALTY"), ("Part 1 of Article 366", "ARTICLE")]
                + [("Criminal Code", "ORG")],
            ),
            ("Nothing happened in the court.", [("court", "ORG")]),
        ],
        2 / 4,
        2 / 5,
        {"DATE": 1.0, "PENALTY": 0.0, "ARTICLE": 1.0, "LAW": 0.0, "ORG": 0.0},
    ),
]


def example(nlp, text: str, gold: list[tuple[str, str]]) -> Example:
    spans = [(text.index(part), text.index(part) + len(part), label) for part, label in gold]
    return Example.from_dict(nlp.make_doc(text), {"entities": spans})


@pytest.mark.parametrize(("name", "docs", "p", "r", "per_type"), EVALUATIONS, ids=[e[0] for e in EVALUATIONS])
def test_issue12_evaluate_gives_entity_scores(rules_nlp, name, docs, p, r, per_type):
    scores = rules_nlp.evaluate([example(rules_nlp, text, gold) for text, gold in docs])
    assert (scores["ents_p"], scores["ents_r"]) == pytest.approx((p, r))
    assert scores["ents_f"] == pytest.approx(2 * p * r / (p + r))
    assert {label: s["f"] for label, s in scores["ents_per_type"].items()} == pytest.approx(per_type)


@pytest.mark.parametrize("factory", FACTORIES)
def test_components_that_write_entities_report_their_scores(factory):
    meta = Language.get_factory_meta(factory)
    assert "doc.ents" in meta.assigns
    assert meta.default_score_weights["ents_f"] == 1.0
    nlp = lawner.pipeline.blank()
    component = nlp.create_pipe(factory)  # not added: the head loads no model until it runs
    text = "A fine of 200 MCI."
    doc = nlp.make_doc(text)
    doc.ents = [doc.char_span(10, 17, label="PENALTY")]
    scores = component.score([Example(doc, example(nlp, text, [("200 MCI", "PENALTY")]).reference)])
    assert scores["ents_f"] == 1.0 and set(scores) == {"ents_p", "ents_r", "ents_f", "ents_per_type"}


def test_the_pipeline_weighs_the_entities_f1(rules_nlp):
    assert rules_nlp.config["training"]["score_weights"]["ents_f"] == 1.0


# ---------------------------------------------------------------- displaCy colours


def test_issue12_displacy_colors_entry_point_covers_every_label(root):
    """pyproject's ``spacy_displacy_colors`` entry point names a dict with a colour for each
    label, the one ``lawner show`` uses."""
    tomllib = pytest.importorskip("tomllib")
    project = tomllib.loads((root / "pyproject.toml").read_text("utf-8"))["project"]
    [target] = project["entry-points"]["spacy_displacy_colors"].values()
    module, _, name = target.partition(":")
    colors = getattr(importlib.import_module(module), name)
    assert isinstance(colors, dict) and set(LABELS) <= set(colors)
    assert all(re.fullmatch(r"#[0-9a-f]{6}", c) for c in colors.values())
    from lawner import display

    assert colors is display.COLORS


# ---------------------------------------------------------------- extension names


@pytest.mark.parametrize("factory", [*FACTORIES, "lawner_record"])
def test_components_assign_only_prefixed_extensions(factory):
    assigned = [a.split("._.")[1] for a in Language.get_factory_meta(factory).assigns if "._." in a]
    assert all(name.startswith("lawner_") for name in assigned)
    assert all(Doc.has_extension(n) or Span.has_extension(n) for n in assigned)


def test_every_attribute_is_prefixed_and_registered():
    assert all(n.startswith("lawner_") and Doc.has_extension(n) for n in extensions.DOC_ATTRIBUTES)
    assert all(n.startswith("lawner_") and Span.has_extension(n) for n in extensions.SPAN_ATTRIBUTES)


ALIASES = [("doc", old, new) for old, new in extensions.DOC_ALIASES.items()]
ALIASES += [("span", old, new) for old, new in extensions.SPAN_ALIASES.items()]


@pytest.mark.parametrize(("kind", "old", "new"), ALIASES, ids=[a[1] for a in ALIASES])
def test_old_names_are_deprecated_aliases(rules_nlp, kind, old, new):
    doc = processed(rules_nlp, NEWS)
    obj = doc if kind == "doc" else doc.ents[0]
    with pytest.warns(DeprecationWarning, match=f"use ._.{new}"):
        value = obj._.get(old)
    if new == "lawner_record":
        assert value.to_dict() == doc._.lawner_record.to_dict()
    else:
        assert value == obj._.get(new)
    if new != "lawner_record":
        with pytest.warns(DeprecationWarning):
            obj._.set(old, "2024-01-01" if new == "lawner_reference_date" else ["set"])
        assert obj._.get(new) == ("2024-01-01" if new == "lawner_reference_date" else ["set"])


def test_remove_aliases_frees_the_old_names():
    try:
        extensions.remove_aliases()
        assert not Doc.has_extension("record") and not Span.has_extension("value")
        assert Doc.has_extension("lawner_record") and Span.has_extension("lawner_value")
    finally:
        extensions.register()
    assert Doc.has_extension("record") and Span.has_extension("value")


def test_another_packages_attribute_of_an_old_name_is_left_alone(root):
    """A package that registered ``Span._.value`` before lawner keeps it, and lawner works."""
    code = textwrap.dedent(
        """
        import warnings
        warnings.simplefilter("error", DeprecationWarning)
        from spacy.tokens import Span
        Span.set_extension("value", default="theirs")
        import lawner
        nlp = lawner.load(rules_only=True)
        doc = nlp("A fine of up to 200 MCI applies.")
        assert doc.ents[0]._.value == "theirs", doc.ents[0]._.value
        assert doc.ents[0]._.lawner_value and doc._.lawner_record.penalties[0].amount == 200
        print("ok")
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=root)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr[-2000:]
