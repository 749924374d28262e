"""The settings of a batch job and of the pipeline each worker builds (plain dataclasses, passed to
worker processes and Dask workers)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..ner.model import DEFAULT_RUNTIME


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
