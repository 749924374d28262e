"""Batch jobs: inputs, outputs, error records, resume, workers and Dask (rules only, for speed)."""

import csv
import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time

import pytest

from lawner.batch import Document, JobSettings, PipelineSettings, run_job
from lawner.batch.executors import chunks_as_ready
from lawner.batch.journal import journal_path
from lawner.errors import LawnerError

RULES = PipelineSettings(rules_only=True)
TEXTS = [
    "Article 190 of the Criminal Code provides for a fine of up to 3,000 MCI.",
    "The court fined the driver 20 MCI on March 3.",
    "Weather: sunny, up to 30 degrees.",
    "He was sentenced to seven years under Part 4 of Article 366 of the Criminal Code.",
]


def job(tmp_path, inputs, **kw):
    return JobSettings(inputs=[str(i) for i in inputs], pipeline=RULES, progress=False, **kw)


def read_jsonl(path):
    return [json.loads(line) for line in open(path, encoding="utf-8")]


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "docs"
    (root / "sub").mkdir(parents=True)
    for i, text in enumerate(TEXTS):
        (root / ("sub" if i % 2 else ".") / f"doc{i}.txt").write_text(text, encoding="utf-8")
    (root / "notes.bin").write_bytes(b"\x00\x01")  # not a text suffix: not taken
    return root


def test_folder_recursive_to_jsonl(tmp_path, folder):
    out = tmp_path / "out.jsonl"
    summary = run_job(job(tmp_path, [folder], out=str(out)))
    records = read_jsonl(out)
    assert sorted(r["id"] for r in records) == ["doc0.txt", "doc2.txt", "sub/doc1.txt", "sub/doc3.txt"]
    assert summary.documents == 4 and summary.errors == 0
    assert not journal_path(str(out)).exists()


def test_glob(tmp_path, folder):
    out = tmp_path / "out.jsonl"
    run_job(job(tmp_path, [folder], out=str(out), glob="sub/*.txt"))
    assert [r["id"] for r in read_jsonl(out)] == ["sub/doc1.txt", "sub/doc3.txt"]


def test_jsonl_csv_parquet_and_hf_inputs(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq
    from datasets import Dataset

    rows = [{"key": f"k{i}", "body": t} for i, t in enumerate(TEXTS)]
    (tmp_path / "in.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    with open(tmp_path / "in.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=["key", "body"])
        writer.writeheader()
        writer.writerows(rows)
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "in.parquet")
    Dataset.from_list(rows).save_to_disk(str(tmp_path / "hf"))
    for name in ("in.jsonl", "in.csv", "in.parquet", "hf"):
        out = tmp_path / f"{name}.out.jsonl"
        run_job(job(tmp_path, [tmp_path / name], out=str(out), text_field="body", id_field="key"))
        records = read_jsonl(out)
        assert [r["id"] for r in records] == ["k0", "k1", "k2", "k3"], name
        assert records[0]["penalties"][0]["amount"] == 3000


def test_error_records_and_summary(tmp_path):
    (tmp_path / "good.txt").write_text(TEXTS[0], encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "rows.jsonl").write_text('{"id": "a", "text": "ok"}\nnot json\n{"id": "b"}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = run_job(job(tmp_path, [tmp_path], out=str(out)))
    records = {r["id"]: r for r in read_jsonl(out)}
    assert set(records) == {"binary.txt", "empty.txt", "good.txt", "a", "rows.jsonl:2", "b"}
    assert "error" not in records["empty.txt"] and records["empty.txt"]["penalties"] == []
    assert records["binary.txt"]["error"].startswith(("bad encoding", "invalid input"))
    assert records["rows.jsonl:2"]["error"].startswith("bad JSON line")
    assert records["b"]["error"] == "no text in field 'text'"
    assert summary.errors == 3


@pytest.mark.parametrize("fmt", ["json", "csv", "parquet"])
def test_output_formats(tmp_path, folder, fmt):
    out = tmp_path / ("out.json" if fmt == "json" else "tables")
    run_job(job(tmp_path, [folder], out=str(out), fmt=fmt))
    if fmt == "json":
        assert len(json.loads(out.read_text())) == 4
    elif fmt == "csv":
        penalties = list(csv.DictReader(open(out / "penalties.csv", encoding="utf-8")))
        assert {p["doc_id"] for p in penalties} == {"doc0.txt", "sub/doc1.txt", "sub/doc3.txt"}
        assert len(list(csv.DictReader(open(out / "documents.csv", encoding="utf-8")))) == 4
    else:
        import pyarrow.parquet as pq

        assert pq.read_table(out / "penalties.parquet").num_rows == 3
        assert pq.read_table(out / "documents.parquet").num_rows == 4


def test_resume_skips_what_is_done(tmp_path, folder):
    out = tmp_path / "out.jsonl"
    run_job(job(tmp_path, [folder], out=str(out)))
    full = read_jsonl(out)
    # a job killed after two records, mid-way through writing the third
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    journal_path(str(out)).write_text("".join(lines[:2]) + lines[2][:10], encoding="utf-8")
    out.unlink()
    summary = run_job(job(tmp_path, [folder], out=str(out)))
    assert read_jsonl(out) == full
    assert summary.documents == 2


def test_resume_refuses_a_foreign_journal(tmp_path, folder):
    out = tmp_path / "out.jsonl"
    journal_path(str(out)).write_text('{"id": "other.txt"}\n', encoding="utf-8")
    with pytest.raises(LawnerError, match="does not match"):
        run_job(job(tmp_path, [folder], out=str(out)))


def make_corpus(tmp_path, n):
    path = tmp_path / "many.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({"id": f"d{i}", "text": TEXTS[i % len(TEXTS)] + f" Case {i}."}) + "\n")
    return path


def test_a_rules_only_process_runs_without_torch(root):
    """``skip_torch`` (rules-only workers and ``lawner extract --rules-only``): spaCy loads
    without torch, and the rules give the records they give with it."""
    code = (
        "import sys; from lawner.batch.runner import skip_torch; skip_torch(); import lawner; "
        "r = lawner.extract('A fine of up to 200 MCI under Article 366.', rules_only=True); "
        "print(sys.modules['torch'] is None, r.penalties[0].amount, r.penalties[0].article)"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "200", "366"]


@pytest.mark.slow  # starts a local Dask cluster and worker processes
def test_workers_and_dask_give_the_same_output(tmp_path):
    source = make_corpus(tmp_path, 40)
    outputs = {}
    for name, kw in {"one": {}, "workers": {"workers": 2}, "dask": {"dask": "local", "workers": 2}}.items():
        out = tmp_path / f"{name}.jsonl"
        run_job(job(tmp_path, [source], out=str(out), chunk_size=8, **kw))
        outputs[name] = out.read_text(encoding="utf-8")
    assert outputs["one"] == outputs["workers"] == outputs["dask"]
    assert len(outputs["one"].splitlines()) == 40


def test_stdin_jsonl_streams(root):
    """Issue 12: ``--stdin-format jsonl`` read the whole stream before it started. Each record now
    comes out while stdin is still open: write a line, read its record, write the next."""
    command = [
        sys.executable,
        "-m",
        "lawner",
        "extract",
        "-",
        "--stdin-format",
        "jsonl",
        "--rules-only",
        "--no-progress",
    ]
    process = subprocess.Popen(
        command, cwd=root, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    lines: queue.Queue = queue.Queue()
    threading.Thread(
        target=lambda: [lines.put(line) for line in iter(process.stdout.readline, "")], daemon=True
    ).start()
    try:
        for i, text in enumerate(TEXTS):
            process.stdin.write(json.dumps({"id": f"s{i}", "text": text}) + "\n")
            process.stdin.flush()
            assert json.loads(lines.get(timeout=120))["id"] == f"s{i}"
        process.stdin.close()
        assert process.wait(timeout=60) == 0, process.stderr.read()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_chunks_as_ready_keep_order_and_raise_what_the_input_raises():
    documents = [Document(f"d{i}", "text", "test") for i in range(10)]
    chunks = list(chunks_as_ready(iter(documents), 4))
    assert [d.id for chunk in chunks for d in chunk] == [d.id for d in documents]
    assert all(1 <= len(chunk) <= 4 for chunk in chunks)

    def failing():
        yield documents[0]
        raise LawnerError("the journal does not match")

    with pytest.raises(LawnerError, match="does not match"):
        list(chunks_as_ready(failing(), 4))


@pytest.mark.slow  # kills and restarts a job four times (about 11 s)
def test_sigkill_at_random_points_loses_and_repeats_nothing(tmp_path, root):
    """Kill the job with SIGKILL several times; the finished output has every document once."""
    import random

    n = 6000  # about 4 s of work: the kills land mid-job (a rules job starts in about 1 s)
    source = make_corpus(tmp_path, n)
    out = tmp_path / "out.jsonl"
    command = [
        sys.executable,
        "-m",
        "lawner",
        "extract",
        str(source),
        "--out",
        str(out),
        "--rules-only",
        "--no-progress",
        "--batch-size",
        "4",
    ]
    rng = random.Random(7)
    killed = 0
    for _ in range(4):
        process = subprocess.Popen(command, cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(1.2, 2.0))
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
            killed += 1
        process.wait()
    assert killed >= 2  # else the job ran to its end and nothing was tested
    result = subprocess.run(command, cwd=root, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    ids = [r["id"] for r in read_jsonl(out)]
    assert sorted(ids, key=lambda i: int(i[1:])) == ids == [f"d{i}" for i in range(n)]
