"""``lawner.extract()``: one call from text to record."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .errors import InputError, Messages
from .pipeline import load
from .records import Record

DEFAULT_MAX_CHARS = 20_000_000


@functools.lru_cache(maxsize=4)
def _default_pipeline(rules_only: bool) -> Language:
    return load(rules_only=rules_only)


def check_reference_date(value: str | dt.date | None) -> str | None:
    """``value`` as an ISO date string; :class:`InputError` if it is not one."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError as exc:
        raise InputError(Messages.BAD_DATE.format(value=value)) from exc


def make_doc(nlp: Language, text: str, *, reference_date: str | None = None,
             doc_id: str | None = None, max_chars: int = DEFAULT_MAX_CHARS) -> Doc:
    """A tokenized ``Doc`` carrying the reference date and id the record builder reads."""
    if not isinstance(text, str):
        raise InputError(Messages.NOT_TEXT.format(type=type(text).__name__))
    if len(text) > max_chars:
        raise InputError(Messages.TOO_LARGE.format(size=len(text), limit=max_chars))
    if len(text) > nlp.max_length:
        nlp.max_length = len(text) + 1
    doc = nlp.make_doc(text)
    doc._.reference_date = reference_date
    doc._.doc_id = doc_id
    return doc


def extract(
    text: str,
    *,
    reference_date: str | dt.date | None = None,
    id: str | None = None,  # noqa: A002 - the record's field name
    nlp: Language | None = None,
    rules_only: bool = False,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Record:
    """Extract the record of one document.

    ``reference_date`` resolves dates written without a year and picks the MCI value for
    ``amount_kzt``. ``nlp`` is a pipeline from :func:`lawner.load`; by default the shipped one
    (loaded once and cached).
    """
    nlp = nlp or _default_pipeline(rules_only)
    doc = make_doc(nlp, text, reference_date=check_reference_date(reference_date), doc_id=id,
                   max_chars=max_chars)
    return nlp(doc)._.record


def extract_many(
    items: Iterable[tuple[str, str | None]],
    *,
    reference_date: str | dt.date | None = None,
    nlp: Language | None = None,
    rules_only: bool = False,
    batch_size: int = 16,
) -> Iterator[Record]:
    """Records of many ``(text, id)`` pairs, in order, batched through ``nlp.pipe``."""
    nlp = nlp or _default_pipeline(rules_only)
    ref = check_reference_date(reference_date)
    docs = (make_doc(nlp, text, reference_date=ref, doc_id=doc_id) for text, doc_id in items)
    for doc in nlp.pipe(docs, batch_size=batch_size):
        yield doc._.record
