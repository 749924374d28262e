"""``lawner.extract()`` and the one processing path every entry point shares.

:func:`process` takes ``(id, text)`` items and yields one record per item, in order:
it prepares each text (HTML, layout, size and binary checks, see :mod:`lawner.prepare`),
runs the pipeline in length-sorted batches, reads a huge document in segments, and turns
any per-document failure into an error record instead of raising.

In the package, ``lawner.extract`` is the function :func:`extract` (the entry point for one
document), which takes the name of this module there; the module's other names are imported
from it: ``from lawner.extract import Item, process``.
"""

from __future__ import annotations

import datetime as dt
import functools
import weakref
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import InputError, Messages
from .prepare.document import DEFAULT_MAX_CHARS, check_reference_date, prepare
from .records import Record, document_id
from .segment.text import pieces

if TYPE_CHECKING:  # spaCy is imported when a pipeline is first made (a batch job's parent never needs it)
    from spacy.language import Language
    from spacy.tokens import Doc

    from .rules_engine import RuleEngine

__all__ = ["DEFAULT_MAX_CHARS", "Item", "check_reference_date", "extract", "extract_many", "make_doc", "process"]
# documents longer than this are read in segments cut at line ends (bounded memory)
SEGMENT_CHARS = 200_000


@dataclass
class Item:
    """A document to process: its id and text (or the reason it has none), and its own reference
    date when it has one (else the one given to :func:`process`)."""

    id: str | None
    text: str | None
    html: bool | None = None
    error: str | None = None
    reference_date: str | dt.date | None = None


@functools.lru_cache(maxsize=4)
def _default_pipeline(rules_only: bool) -> Language:
    from .pipeline import load

    return load(rules_only=rules_only)


def make_doc(
    nlp: Language,
    text: str,
    *,
    reference_date: str | None = None,
    doc_id: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Doc:
    """A tokenized ``Doc`` carrying the reference date and id the record builder reads."""
    if not isinstance(text, str):
        raise InputError(Messages.NOT_TEXT.format(type=type(text).__name__))
    if len(text) > max_chars:
        raise InputError(Messages.TOO_LARGE.format(size=len(text), limit=max_chars))
    if len(text) >= nlp.max_length:
        nlp.max_length = len(text) + 1
    doc = nlp.make_doc(text)
    doc._.lawner_reference_date = reference_date
    doc._.lawner_doc_id = doc_id
    return doc


def _merge(records: list[Record], offsets: list[int], doc_id: str) -> Record:
    """One record from the records of a document's segments (offsets made document-wide)."""
    merged = Record(id=doc_id, reference_date=records[0].reference_date)
    seen_officials: dict[str, int] = {}
    for record, offset in zip(records, offsets, strict=True):
        for name in ("articles", "penalties", "dates", "laws", "officials"):
            for item in getattr(record, name):
                item.start += offset
                item.end += offset
                if name == "officials":
                    key = item.name.split()[-1].lower()
                    if key in seen_officials:
                        continue
                    seen_officials[key] = len(merged.officials)
                getattr(merged, name).append(item)
        merged.warnings.extend(w for w in record.warnings if w not in merged.warnings)
    return merged


def process(
    nlp: Language,
    items: Iterable[Item],
    *,
    reference_date: str | dt.date | None = None,
    batch_size: int = 16,
    buffer: int = 256,
    max_chars: int = DEFAULT_MAX_CHARS,
    spacy_docs: bool = False,
) -> Iterator[Record]:
    """One record per item, in input order; a bad item gives an error record, never an exception.

    Items are read ``buffer`` at a time and run through ``nlp.pipe`` sorted by length, so
    batches for the transformer hold texts of similar length. A pipeline from
    ``load(rules_only=True)`` runs as a :class:`~lawner.rules_engine.RuleEngine` instead, which
    gives the same records without building spaCy Docs (about 1.5x as fast); ``spacy_docs``
    runs it on Docs all the same.
    """
    ref = check_reference_date(reference_date)
    engine = None if spacy_docs else _engine(nlp)
    pending: list[Item] = []
    for item in items:
        pending.append(item)
        if len(pending) >= buffer:
            yield from _process_buffer(nlp, engine, pending, ref, batch_size, max_chars)
            pending = []
    if pending:
        yield from _process_buffer(nlp, engine, pending, ref, batch_size, max_chars)


# pipeline -> (its pipe names when the engine was made, the engine or None)
_ENGINES: weakref.WeakKeyDictionary[Language, tuple[list[str], RuleEngine | None]] = weakref.WeakKeyDictionary()


def _engine(nlp: Language) -> RuleEngine | None:
    """The rule engine standing in for ``nlp``, made once per pipeline (its token cache lasts)."""
    from .rules_engine import RuleEngine

    cached = _ENGINES.get(nlp)
    if cached is None or cached[0] != nlp.pipe_names:
        cached = _ENGINES[nlp] = (list(nlp.pipe_names), RuleEngine.for_pipeline(nlp))
    return cached[1]


@dataclass
class _Segment:
    """A document, or a piece of a huge one, starting at ``start`` in its text."""

    item: int
    start: int
    text: str
    doc_id: str
    warnings: list[str]
    reference_date: str | None  # the one given, else an HTML page's publication date


def _process_buffer(
    nlp: Language, engine: RuleEngine | None, items: list[Item], ref: str | None, batch_size: int, max_chars: int
) -> Iterator[Record]:
    results: dict[int, Record] = {}
    segments: list[_Segment] = []
    changed: dict[int, str] = {}
    for i, item in enumerate(items):
        doc_id = item.id
        if item.error or item.text is None:
            results[i] = Record.from_error(doc_id or f"#{i}", item.error or "no text")
            continue
        try:
            item_ref = check_reference_date(item.reference_date) or ref  # a missing one (None, ""): the job's
            prepared = prepare(item.text, html=item.html, max_chars=max_chars, reference_date=item_ref)
        except InputError as exc:
            results[i] = Record.from_error(doc_id or document_id(str(item.text)[:1000]), f"invalid input: {exc}")
            continue
        if prepared.changed:
            changed[i] = prepared.text
        doc_id = doc_id or document_id(prepared.text)
        for start, end in pieces(prepared.text, SEGMENT_CHARS):
            segment = prepared.text[start:end]
            segments.append(_Segment(i, start, segment, doc_id, prepared.warnings, prepared.reference_date))
    done: dict[int, list[tuple[int, Record]]] = {}
    found = _run_engine(engine, segments) if engine else _run(nlp, segments, batch_size, max_chars)
    for i, start, record in found:
        done.setdefault(i, []).append((start, record))
    for i, parts in done.items():
        parts.sort(key=lambda p: p[0])
        errors = [r for _, r in parts if r.error]
        if errors:
            results[i] = errors[0]
        elif len(parts) == 1:
            results[i] = parts[0][1]
        else:
            results[i] = _merge([r for _, r in parts], [s for s, _ in parts], parts[0][1].id)
        if i in changed and not results[i].error:
            results[i].text = changed[i]
    for i in range(len(items)):
        yield results[i]


def _run_engine(engine: RuleEngine, segments: list[_Segment]) -> Iterator[tuple[int, int, Record]]:
    for s in segments:
        try:
            record = engine(s.text, reference_date=s.reference_date, doc_id=s.doc_id, warnings=s.warnings)
        except Exception as exc:  # noqa: BLE001 - recorded, not raised
            record = Record.from_error(s.doc_id, f"pipeline error: {type(exc).__name__}: {exc}")
        yield s.item, s.start, record


def _run(nlp: Language, segments: list[_Segment], batch_size: int, max_chars: int) -> Iterator[tuple[int, int, Record]]:
    """Records of the segments, in the order of their docs' lengths (batches of similar length
    for the transformer). One ``nlp.pipe`` call takes them all, so components that work ahead
    (the NER head reads a batch while the rules take the next) never wait at a batch's end."""

    def doc_of(s: _Segment) -> Doc:
        doc = make_doc(nlp, s.text, reference_date=s.reference_date, doc_id=s.doc_id, max_chars=max_chars)
        doc._.lawner_warnings = s.warnings
        return doc

    jobs = [(s, doc_of(s)) for s in segments]
    jobs.sort(key=lambda job: len(job[1]))
    done = 0
    while done < len(jobs):
        try:
            for doc in nlp.pipe([doc for _, doc in jobs[done:]], batch_size=batch_size):
                yield jobs[done][0].item, jobs[done][0].start, doc._.lawner_record
                done += 1
        except Exception:  # one bad document must not take its batch down: its batch one by one,
            # on fresh docs (the failed run may have annotated them already), then on as before
            for s, _ in jobs[done : done + batch_size]:
                yield s.item, s.start, _one(nlp, doc_of(s))
            done += batch_size


def _one(nlp: Language, doc: Doc) -> Record:
    try:
        return nlp(doc)._.lawner_record
    except Exception as exc:  # noqa: BLE001 - recorded, not raised
        return Record.from_error(doc._.lawner_doc_id, f"pipeline error: {type(exc).__name__}: {exc}")


def extract(
    text: str,
    *,
    reference_date: str | dt.date | None = None,
    id: str | None = None,  # noqa: A002 - the record's field name
    nlp: Language | None = None,
    rules_only: bool = False,
    html: bool | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    statute=None,
) -> Record:
    """Extract the record of one document.

    ``reference_date`` resolves dates written without a year and picks the MCI value for
    ``amount_kzt``; without one, an HTML page's publication date is used (a warning says so).
    ``nlp`` is a pipeline from :func:`lawner.load`; by default the shipped one (loaded once and
    cached). HTML is detected (or forced with ``html=True``) and reduced to
    its article text. Raises :class:`InputError` for input that is not text, binary data, or
    a document over ``max_chars``; an empty document gives an empty record. ``statute`` (a
    :class:`~lawner.sanctions.StatuteTable` or the path of a saved one) checks each penalty linked
    to an article against the code (:func:`lawner.sanctions.check`).
    """
    if not isinstance(text, str):
        raise InputError(Messages.NOT_TEXT.format(type=type(text).__name__))
    nlp = nlp or _default_pipeline(rules_only)
    record = next(process(nlp, [Item(id, text, html)], reference_date=reference_date, max_chars=max_chars))
    if record.error:
        raise InputError(record.error)
    if statute is not None:
        from .sanctions import as_table, check

        check(record, as_table(statute))
    return record


def extract_many(
    items: Iterable[str | tuple[str, str | None] | tuple[str, str | None, str | dt.date | None]],
    *,
    reference_date: str | dt.date | None = None,
    nlp: Language | None = None,
    rules_only: bool = False,
    batch_size: int = 16,
    statute=None,
) -> Iterator[Record]:
    """Records of many texts, ``(text, id)`` pairs or ``(text, id, reference date)`` triples, in
    order; bad ones give error records. A triple's reference date (when not None) is that text's
    own; a bad one gives an error record. ``statute`` checks penalties against a code, as in
    :func:`extract`."""
    nlp = nlp or _default_pipeline(rules_only)
    table = None
    if statute is not None:
        from .sanctions import as_table

        table = as_table(statute)

    def as_items() -> Iterator[Item]:
        for entry in items:
            text, doc_id, ref = (entry, None, None) if isinstance(entry, str) else (*entry, None)[:3]
            if isinstance(text, str):
                yield Item(doc_id, text, reference_date=ref)
            else:
                yield Item(doc_id, None, error=Messages.NOT_TEXT.format(type=type(text).__name__))

    for record in process(nlp, as_items(), reference_date=reference_date, batch_size=batch_size):
        if table is not None and record.error is None:
            from .sanctions import check

            check(record, table)
        yield record
