"""Batch extraction: read many documents, run the pipeline, write records (``lawner extract``)."""

from .readers import Document, decode, iter_documents
from .runner import JobSettings, PipelineSettings, run_job

__all__ = ["Document", "JobSettings", "PipelineSettings", "decode", "iter_documents", "run_job"]
