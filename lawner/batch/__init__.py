"""Batch extraction: read many documents, run the pipeline, write records (``lawner extract``)."""

from .readers import Document, decode, iter_documents
from .writers import open_writer

__all__ = ["Document", "decode", "iter_documents", "open_writer"]
