"""The NER head on ONNX Runtime (same spans as torch in fp32, cached export) and int8 on both
runtimes (within 0.5 F1, independent of the batch).

Every test that exports the head to ONNX (into a fresh cache) or scores a split is ``slow``
(20-55 s each on two cores): ``python -m pytest -m slow`` runs them."""

import json
import os
import shutil

import pytest

import lawner
from lawner.corpus import default_dir, read
from lawner.evaluate import score
from lawner.ner.model import NerModel, num_threads
from lawner.ner.onnx import OnnxLogits, exported_path, model_key
from lawner.pipeline import default_model_path


@pytest.fixture(scope="module", autouse=True)
def cache(tmp_path_factory):
    """Exports go to a fresh cache folder, never the user's."""
    before = os.environ.get("LAWNER_CACHE")
    os.environ["LAWNER_CACHE"] = str(tmp_path_factory.mktemp("lawner-cache"))
    yield os.environ["LAWNER_CACHE"]
    if before is None:
        del os.environ["LAWNER_CACHE"]
    else:
        os.environ["LAWNER_CACHE"] = before


def _spans(model: NerModel, texts: list[str]) -> list[list[tuple[int, int, str, float]]]:
    return [[(s.start, s.end, s.label, s.confidence) for s in spans] for spans in model.predict(texts)]


@pytest.mark.slow
def test_fp32_onnx_gives_torch_spans():
    texts = [e.text for e in read(default_dir() / "dev.jsonl")[:12]]
    texts.append("Minister of Justice Azamat Temirkhanov said the fine would be up to 200 MCI. " * 40)  # windows
    torch_spans = _spans(NerModel.load(default_model_path()), texts)
    onnx_spans = _spans(NerModel.load(default_model_path(), runtime="onnx"), texts)
    assert [[s[:3] for s in d] for d in onnx_spans] == [[s[:3] for s in d] for d in torch_spans]
    for a, b in zip(onnx_spans, torch_spans, strict=True):
        assert all(abs(x[3] - y[3]) < 1e-3 for x, y in zip(a, b, strict=True))


@pytest.mark.slow
def test_export_is_cached_and_keyed_by_the_head(tmp_path, cache):
    first = exported_path(default_model_path(), quantize=False)
    assert first.parent.parent == type(first)(cache)
    stamp = first.stat().st_mtime_ns
    assert exported_path(default_model_path(), quantize=False) == first
    assert first.stat().st_mtime_ns == stamp  # reused, not exported again
    assert not list(first.parent.glob("tmp*"))  # no half-built folders left behind
    other = tmp_path / "head"
    shutil.copytree(default_model_path(), other)
    assert model_key(other, False) == model_key(default_model_path(), False)
    config = other / "config.json"
    config.write_text(config.read_text(encoding="utf-8").replace('"stride": 64', '"stride": 32'), encoding="utf-8")
    assert model_key(other, False) != model_key(default_model_path(), False)
    assert model_key(other, True) != model_key(other, False)


def test_unknown_runtime_is_refused():
    with pytest.raises(ValueError, match="runtime"):
        NerModel.load(default_model_path(), runtime="tensorrt")


@pytest.fixture(scope="module")
def torch_fp32_nlp():
    return lawner.load(runtime="torch")


@pytest.mark.slow
def test_the_default_head_is_onnx_runtime_int8():
    """Issue 12: lawner.load() runs the head on ONNX Runtime int8; runtime="torch" on torch fp32."""
    assert lawner.load().get_pipe("lawner_ner").model.logits.__class__.__name__ == "OnnxLogits"
    assert lawner.load().get_pipe("lawner_ner").quantize
    assert not lawner.load(runtime="torch").get_pipe("lawner_ner").quantize


@pytest.mark.slow
@pytest.mark.parametrize("runtime", ["onnx", "torch"])
def test_int8_loses_at_most_half_a_point_on_the_test_split(torch_fp32_nlp, runtime):
    """Issue 4: int8 inference only when its loss on the test split is <= 0.5 F1 points
    against torch fp32 (the reference; ONNX Runtime int8 is the default, issue 12)."""
    examples = read(default_dir() / "test.jsonl")
    fp32 = score(torch_fp32_nlp, examples).overall["f1-score"]
    int8 = score(lawner.load(runtime=runtime, quantize=True), examples).overall["f1-score"]
    assert int8 >= fp32 - 0.005


@pytest.mark.slow
@pytest.mark.parametrize("runtime", ["onnx", "torch"])
def test_int8_spans_do_not_depend_on_the_batch(runtime):
    """Dynamic int8 sets the activations' range per call: a text must get the same spans and
    confidences alone as in a batch with other texts (a batch job's output must not depend on
    how its documents were grouped)."""
    model = NerModel.load(default_model_path(), runtime=runtime, quantize=True)
    texts = [e.text for e in read(default_dir() / "dev.jsonl")[:10]]
    texts.append("Under Article 115-1 of the Criminal Code, stalking is punished by a fine of up to 200 MCI.")
    together = _spans(model, texts)
    alone = [_spans(model, [text])[0] for text in texts]
    assert together == alone
    assert any(spans for spans in alone)


@pytest.mark.slow
def test_workers_on_onnx_give_the_torch_records(tmp_path):
    """``--workers 2 --runtime onnx --no-int8`` writes the records a single torch fp32 process writes."""
    from lawner.batch import JobSettings, PipelineSettings, run_job

    source = tmp_path / "docs.jsonl"
    with open(source, "w", encoding="utf-8") as f:
        for e in read(default_dir() / "dev.jsonl")[:16]:
            f.write(json.dumps({"id": e.id, "text": e.text}) + "\n")
    outputs = {}
    for name, runtime, workers in (("torch", "torch", 1), ("onnx", "onnx", 2)):
        out = tmp_path / f"{name}.jsonl"
        settings = JobSettings(
            inputs=[str(source)],
            out=str(out),
            workers=workers,
            chunk_size=4,
            progress=False,
            pipeline=PipelineSettings(runtime=runtime, quantize=False),
        )
        assert run_job(settings).errors == 0
        outputs[name] = out.read_text(encoding="utf-8")
    assert outputs["onnx"] == outputs["torch"]
    assert len(outputs["torch"].splitlines()) == 16


@pytest.mark.slow
def test_thread_count_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("LAWNER_NUM_THREADS", "1")
    assert num_threads() == 1
    session = OnnxLogits(exported_path(default_model_path(), quantize=False), num_threads()).session
    assert session.get_session_options().intra_op_num_threads == 1
    monkeypatch.delenv("LAWNER_NUM_THREADS")
    assert num_threads() is None
