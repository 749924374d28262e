"""The NER head: a tiny training run, save/load round trips, and the shipped model's score."""

import json
import re

import pytest

import lawner
from lawner.corpus import default_dir, read
from lawner.evaluate import score
from lawner.ner.model import NerModel
from lawner.ner.train import TrainSettings, train
from lawner.pipeline import blank, default_model_path


@pytest.mark.slow  # trains the head for an epoch (about 45 s)
def test_tiny_training_run_and_round_trip(tmp_path):
    examples = read(default_dir() / "train.jsonl")[:24]
    trained = train(examples, tmp_path / "head", TrainSettings(epochs=1, seed=1), log=lambda _: None)
    saved = tmp_path / "head"
    assert (saved / "config.json").exists() and (saved / "adapter" / "adapter_model.safetensors").exists()
    size = sum(p.stat().st_size for p in saved.rglob("*") if p.is_file())
    assert size < 5_000_000  # an adapter plus head, never a copy of the 90 MB base
    texts = [e.text for e in examples[:3]]
    again = NerModel.load(saved)
    assert [[(s.start, s.end, s.label) for s in spans] for spans in trained.predict(texts)] == [
        [(s.start, s.end, s.label) for s in spans] for spans in again.predict(texts)
    ]
    config = json.loads((saved / "config.json").read_text())
    assert config["training"]["documents"] == 24 and config["training"]["epochs"] == 1


def test_long_text_is_windowed_not_truncated():
    model = NerModel.load(default_model_path())
    sentence = "Minister of Justice Azamat Temirkhanov said the fine would be up to 200 MCI. "
    text = sentence * 60  # ~1,000 word pieces: four windows of 256
    assert len(model.windows(text)) > 3
    spans = model.predict([text])[0]
    last = [s for s in spans if s.start > len(text) - len(sentence)]
    assert any(s.label == "PENALTY" for s in last)


def test_pipeline_round_trips_through_disk(tmp_path, full_nlp):
    text = "Senator Olga Sedykh said a fine of up to 200 MCI under Article 115-1 applies from August 20."
    before = [(e.text, e.label_) for e in full_nlp(text).ents]
    full_nlp.to_disk(tmp_path / "pipeline")
    loaded = lawner.load(tmp_path / "pipeline")
    assert [(e.text, e.label_) for e in loaded(text).ents] == before
    assert loaded.pipe_names == full_nlp.pipe_names


@pytest.mark.slow  # the head on torch over the test split (about 15 s)
def test_shipped_model_keeps_its_score():
    """Test-split F1 of the shipped head (model only) stays within 0.02 of models/README.md."""
    readme = (default_model_path().parent / "README.md").read_text(encoding="utf-8")
    promised = float(re.search(r"model-only test F1: ([0-9.]+)", readme).group(1))
    nlp = blank()
    for name in ("lawner_sentences", "lawner_boilerplate", "lawner_language"):
        nlp.add_pipe(name)
    nlp.add_pipe("lawner_ner", config={"model": str(default_model_path())})
    f1 = score(nlp, read(default_dir() / "test.jsonl")).overall["f1-score"]
    assert f1 >= promised - 0.02


def test_combined_beats_the_floor_on_the_test_split(full_nlp):
    """The combined pipeline: entity F1 >= 0.93 overall and >= 0.90 on OFFICIAL (issue 3)."""
    scores = score(full_nlp, read(default_dir() / "test.jsonl"))
    assert scores.overall["f1-score"] >= 0.93
    assert scores.per_label["OFFICIAL"]["f1-score"] >= 0.90


def test_no_network(monkeypatch, tmp_path):
    """Loading the head never reaches a hub: sockets are refused and it still loads."""
    import socket

    def refuse(*args, **kwargs):
        raise OSError("network disabled in tests")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    model = NerModel.load(default_model_path())
    assert model.predict(["A fine of up to 200 MCI."])[0]


@pytest.mark.parametrize("quantize", [True])
def test_int8_head_loads(quantize):
    model = NerModel.load(default_model_path(), quantize=quantize)
    assert any(s.label == "PENALTY" for s in model.predict(["A fine of up to 200 MCI applies."])[0])


def test_loading_is_quiet_and_puts_the_settings_back(recwarn):
    """Issue 12: the libraries' progress bars, info logs and deprecation notices are off while a
    head loads, and only then; a user's warnings and transformers settings are left as they were."""
    import warnings

    from transformers.utils import logging as hf_logging

    verbosity, bars = hf_logging.get_verbosity(), hf_logging.is_progress_bar_enabled()
    hf_logging.set_verbosity_warning()
    hf_logging.enable_progress_bar()
    try:
        filters = list(warnings.filters)
        NerModel.load(default_model_path())
        assert not [w for w in recwarn if issubclass(w.category, (FutureWarning, DeprecationWarning))]
        assert hf_logging.get_verbosity() == hf_logging.WARNING and hf_logging.is_progress_bar_enabled()
        assert warnings.filters == filters
        warnings.warn("a user's own FutureWarning", FutureWarning, stacklevel=1)
        assert [str(w.message) for w in recwarn] == ["a user's own FutureWarning"]
    finally:
        hf_logging.set_verbosity(verbosity)
        (hf_logging.enable_progress_bar if bars else hf_logging.disable_progress_bar)()
