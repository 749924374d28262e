"""``lawner extract`` as a batch job: resumable, on one process, N processes, or a Dask cluster.

Records are appended to a journal (``OUT.lawner-journal.jsonl``) in input order and flushed
to disk batch by batch. A job that is killed and started again with the same command reads
the journal, checks it against the inputs, skips the documents already done and goes on; at
the end the journal becomes the output (renamed, or converted to JSON/CSV/Parquet), so the
output file appears whole, with every document exactly once.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path

from ..errors import LawnerError
from .executors import run_dask, run_local, run_processes, skip_torch, streams
from .job import Summary
from .journal import journal_path, read_journal, skip_done
from .readers import iter_documents
from .settings import JobSettings, PipelineSettings

# ---------------------------------------------------------------- the job


def count_documents(inputs: list[str], glob: str) -> int | None:
    """How many documents the inputs hold, when that is cheap to know (for the ETA)."""
    total = 0
    for spec in inputs:
        path = Path(spec)
        if spec == "-" or not path.exists():
            return None
        files = sorted(p for p in path.glob(glob) if p.is_file()) if path.is_dir() else [path]
        for file in files:
            suffix = file.suffix.lower()
            if suffix in {".jsonl", ".ndjson"}:
                with open(file, "rb") as f:
                    total += sum(1 for line in f if line.strip())
            elif suffix in {".csv", ".tsv", ".parquet"} or (file.is_dir()):
                return None
            else:
                total += 1
    return total


def run_job(job: JobSettings, stderr=sys.stderr) -> Summary:
    """Run a batch job; returns its summary. Output goes to ``job.out`` or stdout."""
    if not job.out and job.fmt != "jsonl":
        raise LawnerError(f"--format {job.fmt} needs --out")
    documents = iter(
        iter_documents(
            job.inputs,
            text_field=job.text_field,
            id_field=job.id_field,
            pattern=job.glob,
            stdin_format=job.stdin_format,
        )
    )
    summary = Summary()
    done: list[str] = []
    journal = None
    if job.out:
        if job.fmt in {"csv", "parquet"} and Path(job.out).suffix:
            raise LawnerError(f"--format {job.fmt} writes a folder of tables: give --out a folder name")
        path = journal_path(job.out)
        path.parent.mkdir(parents=True, exist_ok=True)
        done = read_journal(path)
        if done:
            print(f"lawner: resuming after {len(done)} documents already in {path}", file=stderr)
        documents = skip_done(documents, done)
        journal = open(path, "a", encoding="utf-8")
    engine = run_dask if job.dask else run_processes if job.workers > 1 else run_local
    show = job.progress if job.progress is not None else stderr.isatty()
    bar = _progress(show, count_documents(job.inputs, job.glob) if show else None, len(done), stderr)
    started = time.time()
    streaming = streams(job)
    try:
        for line, record_id, error in engine(job, documents):
            summary.add(error)
            if error:
                print(f"lawner: {record_id}: {error}", file=stderr)
            if journal is not None:
                journal.write(line + "\n")
                if summary.documents % job.chunk_size == 0:
                    journal.flush()
                    os.fsync(journal.fileno())
            else:
                sys.stdout.write(line + "\n")
                if streaming:
                    sys.stdout.flush()
            if bar is not None:
                bar.update(1)
    finally:
        if journal is not None:
            journal.flush()
            os.fsync(journal.fileno())
            journal.close()
        if bar is not None:
            bar.close()
    if job.out:
        _finish(job)
    summary.seconds = time.time() - started
    return summary


def _progress(show: bool, total: int | None, initial: int, stream):
    if not show:
        return None
    from tqdm import tqdm

    return tqdm(total=total, initial=initial, unit="doc", file=stream, dynamic_ncols=True, smoothing=0.1)


def _finish(job: JobSettings) -> None:
    """Turn the finished journal into the requested output, atomically."""
    path = journal_path(job.out)
    if job.fmt == "jsonl":
        os.replace(path, job.out)
        return

    def records() -> Iterator[dict]:
        with open(path, encoding="utf-8") as f:
            for line in f:
                yield json.loads(line)

    if job.fmt == "json":
        from .writers import AtomicFile

        target = AtomicFile(job.out)
        target.stream.write("[\n" + ",\n".join(json.dumps(r, ensure_ascii=False) for r in records()) + "\n]\n")
        target.commit()
    else:
        from .tables import write_tables

        write_tables(records(), job.out, job.fmt)
    path.unlink()


__all__ = ["JobSettings", "PipelineSettings", "asdict", "run_job", "skip_torch"]
