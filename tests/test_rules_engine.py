"""The rule engine (records without spaCy Docs) gives exactly the spaCy pipeline's records."""

import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from legal_strategies import LEGAL

import lawner
from lawner.corpus import default_dir, read
from lawner.extract import Item, _engine, process
from lawner.rules_engine import Aligner, RuleEngine

# texts whose spans end on or next to odd whitespace, inside long chunks, in boilerplate or
# non-English paragraphs: where offsets could part from spaCy's tokens
TRICKY = [
    "",
    "   ",
    "A fine of up to 200 MCI  (Article 366 ,Part 4) was set.",
    "Under Art.190-1,the court imposed a fine of 500,000 tenge;  up to ten years in prison.",
    "\tArticle 115-1. Stalking\n\n1. Stalking -\nshall be punished by a fine in the amount of up to 100 MCI.",
    "Minister of Justice  Azamat Temirkhanov said on  August 20 that the\u00a0new Criminal\u2009Code applies.",
    "x" * 300 + "Article5of the Criminal Code" + "y" * 300 + " a fine of 20 MCI.",
    "(a fine of up to 200 MCI)(up to 200 hours of community service)[Article 73-3]",
    "Latest news\n- Fines rise to 300 MCI\n- Akim of Almaty region sacked\n\nThe court fined him 50 MCI.",
    "Закон подписан 20 августа. Штраф 200 МРП по статье 366.\n\nA fine of 200 MCI applies under Article 366.",
    "<html><body><nav>Home | News</nav><p>On 20.08.2025 the Senate passed the law: a fine of 30 MCI "
    "under Part 2 of Article 434 of the Code on Administrative Offences.</p></body></html>",
    "Senator Olga Sedykh, spokesperson for the Ministry of Internal Affairs, said the fine was raised in 2023.",
    "shall entail a fine on individuals in amount of five, on officials \u2013 in amount of ten monthly "
    "calculation indices, with confiscation of property.\r\nSentenced to 7 years and 6 months.",
]


def spacy_records(nlp, texts, ref="2025-08-21"):
    items = [Item(None, t) for t in texts]
    return [r.to_dict() for r in process(nlp, items, reference_date=ref, spacy_docs=True)]


def engine_records(nlp, texts, ref="2025-08-21"):
    items = [Item(None, t) for t in texts]
    return [r.to_dict() for r in process(nlp, items, reference_date=ref)]


def test_a_rules_only_pipeline_runs_as_the_engine(rules_nlp, full_nlp):
    assert isinstance(_engine(rules_nlp), RuleEngine)
    assert RuleEngine.for_pipeline(full_nlp) is None  # the NER head needs Docs
    changed = lawner.load(rules_only=True)
    changed.remove_pipe("lawner_dates")
    assert RuleEngine.for_pipeline(changed) is None


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_texts_give_the_spacy_records(rules_nlp, text):
    assert engine_records(rules_nlp, [text]) == spacy_records(rules_nlp, [text])


@pytest.mark.slow  # the whole annotated corpus, twice, both ways (about 11 s)
def test_annotated_corpus_and_sample_give_the_spacy_records(rules_nlp, data_dir):
    texts = [e.text for split in ("train", "dev", "test") for e in read(default_dir() / f"{split}.jsonl")]
    texts.append((data_dir / "news_sample.txt").read_text("utf-8"))
    for ref in ("2025-08-21", None):
        engine = engine_records(rules_nlp, texts, ref)
        assert engine == spacy_records(rules_nlp, texts, ref)
    assert sum(len(r["penalties"]) for r in engine) > 100  # the texts hold what is compared


def test_statute_text_with_a_default_code_gives_the_spacy_records():
    nlp = lawner.load(rules_only=True, default_code="Criminal Code")
    text = "Article 190. Fraud\n1. Fraud is punishable by a fine of up to 2,000 MCI (see Article 188 of this Code)."
    assert engine_records(nlp, [text]) == spacy_records(nlp, [text])
    assert engine_records(nlp, [text])[0]["articles"][0]["code"] == "Criminal Code"


def test_a_huge_document_read_in_segments_gives_the_spacy_record(rules_nlp, monkeypatch):
    monkeypatch.setattr(sys.modules["lawner.extract"], "SEGMENT_CHARS", 300)
    text = "\n".join(TRICKY[2:9] * 3)
    assert engine_records(rules_nlp, [text]) == spacy_records(rules_nlp, [text])


@pytest.mark.parametrize(
    "text",
    [
        "Art.190-1,  a fine (500,000 tenge);\n\n up to\t10 years.",
        " \u00a0x  y\r\n\tz-1 (MCI).",
        "a" * 250 + ",b c",  # a chunk longer than the engine tokenizes on its own
    ],
)
def test_aligner_expands_every_span_as_doc_char_span(rules_nlp, text):
    doc = rules_nlp.make_doc(text)
    aligner = Aligner(rules_nlp.tokenizer)
    for start in range(len(text)):
        for end in range(start + 1, len(text) + 1):
            span = doc.char_span(start, end, alignment_mode="expand")
            expected = None if span is None else (span.start_char, span.end_char)
            assert aligner.expand(text, start, end) == expected, (start, end)


TEXT = st.lists(st.one_of(LEGAL, st.sampled_from([" ", "  ", "\n", "\t", ",", "(", ")", "Art.", "x"])), max_size=14)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=TEXT)
def test_generated_texts_give_the_spacy_records(rules_nlp, parts):
    text = "".join(parts)
    assert engine_records(rules_nlp, [text]) == spacy_records(rules_nlp, [text])
