"""spaCy extension attributes lawner sets (registered once, on import).

Every name starts with ``lawner_``, so none can clash with another package's, and every
value stored on a Doc is plain data (str, numbers, lists, dicts), so ``doc.to_bytes()``,
``DocBin(store_user_data=True)`` and ``nlp.pipe(texts, n_process=2)`` keep them:

- ``Doc._.lawner_record``: the :class:`~lawner.records.Record`, read from and written to
  ``Doc._.lawner_record_dict`` (``Record.to_dict()``); each read gives a new ``Record``, so
  assign a changed record back to keep the change;
- ``Doc._.lawner_reference_date``: the ISO date the record builder resolves dates against (a
  ``datetime.date`` is stored as its ISO string); ``Doc._.lawner_doc_id``, ``Doc._.lawner_warnings``;
- ``Span._.lawner_value`` (the entity's normalized value), ``Span._.lawner_confidence``,
  ``Span._.lawner_source`` (``model`` or ``rules:<pattern>``).

The names without the prefix (``doc._.record``, ``span._.value``, ...) still work, with a
``DeprecationWarning``, where no other package has taken them; :func:`remove_aliases` frees them.
"""

from __future__ import annotations

import datetime as dt
import functools
import warnings
from typing import Any

from spacy.tokens import Doc, Span

from .errors import Messages
from .records import Record

DOC_ATTRIBUTES = (
    "lawner_record",
    "lawner_record_dict",
    "lawner_reference_date",
    "lawner_doc_id",
    "lawner_warnings",
)
SPAN_ATTRIBUTES = ("lawner_value", "lawner_confidence", "lawner_source")
# the names before the prefix: deprecated aliases of the prefixed ones
DOC_ALIASES = {
    "record": "lawner_record",
    "reference_date": "lawner_reference_date",
    "doc_id": "lawner_doc_id",
    "warnings": "lawner_warnings",
}
SPAN_ALIASES = {"value": "lawner_value", "confidence": "lawner_confidence", "source": "lawner_source"}
# the aliases this module registered (those another package had taken are not ours to remove)
_registered_aliases: list[tuple[type, str]] = []


def _get_record(doc: Doc) -> Record | None:
    data = doc._.lawner_record_dict
    return None if data is None else Record.from_dict(data)


def _set_record(doc: Doc, record: Record | None) -> None:
    doc._.lawner_record_dict = None if record is None else record.to_dict()


# where spaCy keeps a plain Doc extension's value (``Underscore._get_key``): the reference
# date, stored through a setter, serializes and merges like the other attributes
_REFERENCE_DATE_KEY = ("._.", "lawner_reference_date", None, None)


def _get_reference_date(doc: Doc) -> str | None:
    return doc.user_data.get(_REFERENCE_DATE_KEY)


def _set_reference_date(doc: Doc, value: str | dt.date | None) -> None:
    if isinstance(value, dt.datetime):
        value = value.date()
    doc.user_data[_REFERENCE_DATE_KEY] = value.isoformat() if isinstance(value, dt.date) else value


def _get_alias(old: str, new: str, obj: Doc | Span) -> Any:
    warnings.warn(Messages.DEPRECATED_EXTENSION.format(old=old, new=new), DeprecationWarning, stacklevel=3)
    return obj._.get(new)


def _set_alias(old: str, new: str, obj: Doc | Span, value: Any) -> None:
    warnings.warn(Messages.DEPRECATED_EXTENSION.format(old=old, new=new), DeprecationWarning, stacklevel=3)
    obj._.set(new, value)


def register() -> None:
    """Register lawner's attributes (:data:`DOC_ATTRIBUTES`, :data:`SPAN_ATTRIBUTES`) and the
    deprecated aliases no other package has registered; attributes already there are kept."""
    if not Doc.has_extension("lawner_record"):
        Doc.set_extension("lawner_record", getter=_get_record, setter=_set_record)
    if not Doc.has_extension("lawner_reference_date"):
        Doc.set_extension("lawner_reference_date", getter=_get_reference_date, setter=_set_reference_date)
    for name in ("lawner_record_dict", "lawner_doc_id", "lawner_warnings"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in SPAN_ATTRIBUTES:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
    for cls, aliases in ((Doc, DOC_ALIASES), (Span, SPAN_ALIASES)):
        for old, new in aliases.items():
            if not cls.has_extension(old):
                # partials of module functions, not closures: the workers of nlp.pipe(n_process=...)
                # receive the registered extensions pickled when they are spawned
                get, put = functools.partial(_get_alias, old, new), functools.partial(_set_alias, old, new)
                cls.set_extension(old, getter=get, setter=put)
                _registered_aliases.append((cls, old))


def remove_aliases() -> None:
    """Remove the deprecated unprefixed attributes lawner registered (``Doc._.record``,
    ``Span._.value``, ...), for a package that wants those names."""
    while _registered_aliases:
        cls, name = _registered_aliases.pop()
        if cls.has_extension(name):
            cls.remove_extension(name)


register()
