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
import queue
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from itertools import islice
from pathlib import Path

from ..errors import LawnerError
from ..ner.model import DEFAULT_RUNTIME
from .job import Summary
from .readers import Document, iter_documents


@dataclass(frozen=True)
class PipelineSettings:
    """How each worker builds its pipeline (passed to worker processes and Dask workers)."""

    rules_only: bool = False
    model: str | None = None
    default_code: str | None = None
    quantize: bool | None = None  # None: int8 on ONNX Runtime, fp32 on torch
    runtime: str = DEFAULT_RUNTIME
    statute: str | None = None  # a sanctions table to check penalties against (lawner.statute)
    skip_sentences: bool = True  # the head skips sentences where no entity can be (lawner.load)


@dataclass
class JobSettings:
    inputs: list[str]
    out: str | None = None
    fmt: str = "jsonl"
    reference_date: str | None = None
    workers: int = 1
    dask: str | None = None
    batch_size: int = 16
    chunk_size: int = 64
    max_chars: int = 20_000_000
    text_field: str = "text"
    id_field: str = "id"
    glob: str = "**/*"
    stdin_format: str = "text"
    progress: bool | None = None
    pipeline: PipelineSettings = field(default_factory=PipelineSettings)


# ---------------------------------------------------------------- per-process pipeline cache

_PIPELINES: dict[PipelineSettings, object] = {}


def pipeline_for(settings: PipelineSettings):
    """The pipeline for ``settings``, loaded once per process (worker or Dask worker)."""
    if settings not in _PIPELINES:
        from ..pipeline import load

        _PIPELINES[settings] = load(
            rules_only=settings.rules_only,
            model=settings.model,
            default_code=settings.default_code,
            quantize=settings.quantize,
            runtime=settings.runtime,
            skip_sentences=settings.skip_sentences,
        )
    return _PIPELINES[settings]


def work_chunk(
    chunk: list[Document], settings: PipelineSettings, reference_date: str | None, batch_size: int, max_chars: int
) -> list[tuple[str, str, str | None]]:
    """``(JSON line, id, error)`` of each record of a chunk of documents; runs in workers, so
    the records are serialized there, in parallel, and the parent only writes lines."""
    from .job import run_documents

    nlp = pipeline_for(settings)
    table = statute_table(settings.statute) if settings.statute else None
    out = []
    for r in run_documents(nlp, chunk, reference_date=reference_date, batch_size=batch_size, max_chars=max_chars):
        if table is not None and r.error is None:
            from ..statute import check

            check(r, table)
        out.append((json.dumps(r.to_dict(), ensure_ascii=False), r.id, r.error))
    return out


_TABLES: dict[str, object] = {}


def statute_table(path: str):
    """The sanctions table at ``path``, read once per process."""
    if path not in _TABLES:
        from ..statute import load

        _TABLES[path] = load(path)
    return _TABLES[path]


def _init_worker(no_torch: bool = False) -> None:
    os.environ["LAWNER_NUM_THREADS"] = "1"  # one core per worker process (torch and ONNX Runtime)
    if no_torch:
        skip_torch()


def without_torch(settings: PipelineSettings) -> bool:
    """Whether a process with ``settings`` can run without torch: the rules only, or the head on
    ONNX Runtime (the default), whose export, when the cache lacks it, runs in child processes
    of its own (:func:`lawner.ner.onnx.export`)."""
    return settings.rules_only or settings.runtime == "onnx"


def skip_torch() -> None:
    """Keep torch out of a process that will run the rules only or the head on ONNX Runtime (a
    worker, ``lawner extract``; see :func:`without_torch`).

    spaCy imports thinc, and thinc imports torch whenever it is installed: about 1.1 s and
    100 MB per process, for nothing the rules use. A ``None`` in ``sys.modules`` makes
    ``import torch`` raise ImportError, and thinc goes on as where torch is not installed.
    transformers (the tokenizer) then notes at import that PyTorch was not found: an advisory,
    switched off here. Nothing changes once torch is imported; after this call the process cannot
    load the NER head on torch.
    """
    sys.modules.setdefault("torch", None)
    os.environ.setdefault("TRANSFORMERS_NO_ADVISORY_WARNINGS", "1")


# ---------------------------------------------------------------- engines


def streams(job: JobSettings) -> bool:
    """Whether the job reads a stream of documents (stdin as JSONL): each record is then written
    as soon as it is made, not when a chunk of documents has come in."""
    return "-" in job.inputs and job.stdin_format == "jsonl"


def _chunks(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(documents)
    while chunk := list(islice(it, size)):
        yield chunk


# what the reader thread of _chunks_as_ready puts after the last document
_END = object()


def _chunks_as_ready(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    """Chunks of up to ``size`` documents that never wait for more input: a chunk holds the
    documents read so far (at least one). A thread reads ahead, so a stream's chunks fill up
    when it comes fast and hold one document when it comes line by line."""
    ready: queue.Queue = queue.Queue(maxsize=2 * size)
    stop = threading.Event()
    threading.Thread(target=_read_ahead, args=(documents, ready, stop), name="lawner-read", daemon=True).start()
    try:
        done = False
        while not done:
            chunk: list[Document] = []
            item = ready.get()
            while True:
                if item is _END:
                    done = True
                    break
                if isinstance(item, BaseException):
                    raise item
                chunk.append(item)
                if len(chunk) == size:
                    break
                try:
                    item = ready.get_nowait()
                except queue.Empty:
                    break
            if chunk:
                yield chunk
    finally:
        stop.set()


def _read_ahead(documents: Iterable[Document], ready: queue.Queue, stop: threading.Event) -> None:
    """Put the documents on ``ready``, then _END, or the exception that ended them; give up
    when ``stop`` is set (the job is over)."""

    def put(item: object) -> bool:
        while not stop.is_set():
            try:
                ready.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    try:
        for document in documents:
            if not put(document):
                return
        put(_END)
    except Exception as exc:  # noqa: BLE001 - raised in the job's thread
        put(exc)


def _job_chunks(job: JobSettings, documents: Iterable[Document]) -> Iterator[list[Document]]:
    if streams(job):
        return _chunks_as_ready(documents, job.chunk_size)
    return _chunks(documents, job.chunk_size)


def _local(job: JobSettings, documents: Iterable[Document]) -> Iterator[tuple[str, str, str | None]]:
    for chunk in _job_chunks(job, documents):
        yield from work_chunk(chunk, job.pipeline, job.reference_date, job.batch_size, job.max_chars)


def _processes(job: JobSettings, documents: Iterable[Document]) -> Iterator[tuple[str, str, str | None]]:
    import multiprocessing as mp
    from functools import partial

    task = partial(
        work_chunk,
        settings=job.pipeline,
        reference_date=job.reference_date,
        batch_size=job.batch_size,
        max_chars=job.max_chars,
    )
    context = mp.get_context("spawn")
    with context.Pool(job.workers, initializer=_init_worker, initargs=(without_torch(job.pipeline),)) as pool:
        for records in pool.imap(task, _job_chunks(job, documents)):
            yield from records


def _dask(job: JobSettings, documents: Iterable[Document]) -> Iterator[tuple[str, str, str | None]]:
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - depends on the extra
        raise LawnerError("--dask needs the dask extra: pip install 'lawner[dask]'") from exc
    cluster = None
    if job.dask == "local":
        cluster = LocalCluster(
            n_workers=max(job.workers, 1),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            env={"LAWNER_NUM_THREADS": "1"},  # one core per worker, as with --workers
        )
        client = Client(cluster)
    else:
        client = Client(job.dask)
    try:
        window = 2 * max(len(client.scheduler_info().get("workers", {})), 1)
        pending = []
        for chunk in _job_chunks(job, documents):
            pending.append(
                client.submit(
                    work_chunk, chunk, job.pipeline, job.reference_date, job.batch_size, job.max_chars, pure=False
                )
            )
            # a full window waits for its oldest chunk; finished ones go out at once (streams)
            while pending and (len(pending) >= window or pending[0].done()):
                yield from pending.pop(0).result()
        for future in pending:
            yield from future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# ---------------------------------------------------------------- journal


def journal_path(out: str) -> Path:
    return Path(f"{out}.lawner-journal.jsonl")


def read_journal(path: Path) -> list[str]:
    """Ids of the complete records in a journal; a torn last line (a kill mid-write) is cut off."""
    if not path.exists():
        return []
    data = path.read_bytes()
    end = data.rfind(b"\n") + 1
    if end < len(data):
        with open(path, "r+b") as f:
            f.truncate(end)
    ids = []
    for line in data[:end].splitlines():
        ids.append(json.loads(line)["id"])
    return ids


def _skip_done(documents: Iterator[Document], done: list[str]) -> Iterator[Document]:
    for n, expected in enumerate(done):
        document = next(documents, None)
        if document is None or document.id != expected:
            raise LawnerError(
                f"the journal {expected!r} (record {n + 1}) does not match the inputs "
                f"({document.id if document else 'no more documents'!r}): remove it to start over"
            )
    yield from documents


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
        documents = _skip_done(documents, done)
        journal = open(path, "a", encoding="utf-8")
    engine = _dask if job.dask else _processes if job.workers > 1 else _local
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
