"""How a batch job's chunks of documents are worked: in this process, in N processes, or on a Dask
cluster; each worker builds its pipeline once (:func:`pipeline_for`) and turns a chunk into records
(:func:`work_chunk`)."""

from __future__ import annotations

import json
import os
import queue
import sys
import threading
from collections.abc import Iterable, Iterator
from itertools import islice

from ..errors import LawnerError
from .readers import Document
from .settings import JobSettings, PipelineSettings

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


# what the reader thread of chunks_as_ready puts after the last document
_END = object()


def chunks_as_ready(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
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
        return chunks_as_ready(documents, job.chunk_size)
    return _chunks(documents, job.chunk_size)


def run_local(job: JobSettings, documents: Iterable[Document]) -> Iterator[tuple[str, str, str | None]]:
    for chunk in _job_chunks(job, documents):
        yield from work_chunk(chunk, job.pipeline, job.reference_date, job.batch_size, job.max_chars)


def run_processes(job: JobSettings, documents: Iterable[Document]) -> Iterator[tuple[str, str, str | None]]:
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


def run_dask(job: JobSettings, documents: Iterable[Document]) -> Iterator[tuple[str, str, str | None]]:
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
