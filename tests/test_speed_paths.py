"""The fast paths of issue 12: what they skip and that they change no records they should not."""

import lawner
from lawner.components.ner import head_regions, head_skippable
from lawner.extract import Item, process
from lawner.find.caseless import Caseless
from lawner.ner.model import NerModel
from lawner.pipeline import default_model_path
from lawner.segment.text import sentences


def test_sentences_the_head_may_skip():
    assert head_skippable("The talks went on well into the evening.")
    assert head_skippable("they agreed to meet again soon.")
    # a digit, a capitalised word after the first, a surname opening the sentence, an anchor word
    assert not head_skippable("The talks went on for 3 hours.")
    assert not head_skippable("The talks with Tokayev went on.")
    assert not head_skippable("Nurmagambetov denied everything.")
    assert not head_skippable("the court issued a warning.")
    assert not head_skippable("he was given a notification.")
    assert not head_skippable("they met again in march.")


def test_head_regions_are_runs_of_kept_sentences():
    text = "A fine of 200 MCI was set. The talks went on well. They ended late. Judge Abenov left on May 5."
    regions = head_regions(text, sentences(text))
    assert [text[s:e] for s, e in regions] == ["A fine of 200 MCI was set.", "Judge Abenov left on May 5."]


def test_skipping_keeps_the_record(full_nlp):
    text = (
        "The talks went on well into the evening. The court fined Serik Abenov 200 MCI on 5 May 2024. "
        "they agreed to meet again soon."
    )
    ner = full_nlp.get_pipe("lawner_ner")
    assert ner.skip_sentences  # the default
    on = lawner.extract(text, nlp=full_nlp, reference_date="2024-06-01").to_dict()
    ner.skip_sentences = False
    try:
        off = lawner.extract(text, nlp=full_nlp, reference_date="2024-06-01").to_dict()
    finally:
        ner.skip_sentences = True
    # the head reads the middle sentence alone, so its confidences differ a little; the values do not
    assert strip(on) == strip(off)
    assert on["penalties"] and on["dates"]


def strip(value):
    """A record's dict without its confidences."""
    if isinstance(value, dict):
        return {k: strip(v) for k, v in value.items() if k != "confidence"}
    if isinstance(value, list):
        return [strip(v) for v in value]
    return value


def test_the_cached_windowing_tokenizer_is_the_transformers_one():
    head = NerModel.load(default_model_path(), quantize=True, runtime="onnx")
    assert head._tokenizer is None  # loaded from the cache, without transformers
    text = "Minister of Justice Azamat Temirkhanov said the fine would be up to 200 MCI. " * 30
    cached = [(w.ids, w.offsets) for w in head.windows(text)]
    head.tokenizer = None  # the setter forgets the windowing tokenizer: rebuilt from transformers'
    assert head.tokenizer is not None
    assert [(w.ids, w.offsets) for w in head.windows(text)] == cached


def test_a_failing_document_gives_an_error_record_and_the_others_go_on(full_nlp, monkeypatch):
    ner = full_nlp.get_pipe("lawner_ner")
    predict = ner._predict

    def failing(model, texts, regions=None):
        if any("BOOM" in t for t in texts):
            raise RuntimeError("boom")
        return predict(model, texts, regions)

    monkeypatch.setattr(ner, "_predict", failing)
    texts = [f"A fine of {n + 10} MCI was imposed." for n in range(40)]
    texts[21] = "BOOM: a fine of 5 MCI."
    records = list(process(full_nlp, [Item(str(i), t) for i, t in enumerate(texts)], batch_size=4))
    assert [r.id for r in records] == [str(i) for i in range(40)]
    assert [r.id for r in records if r.error] == ["21"]
    assert all(r.penalties for r in records if not r.error)


def test_caseless_compiles_its_fallback_only_when_needed():
    pattern = Caseless(r"fine of (?P<n>\d+)")
    assert pattern._folded is None
    assert pattern.search("A Fine of 200 MCI").group("n") == "200"
    assert pattern._folded is None
    # lower-casing "İ" changes the text's length: the case-insensitive fallback runs
    assert pattern.search("İ Fine of 7").start() == 2
    assert pattern._folded is not None
