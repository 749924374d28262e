"""lawner: structured records from legal news and statute text.

>>> import lawner
>>> record = lawner.extract("Stalking is punishable by a fine of up to 200 MCI.", rules_only=True)
>>> record.penalties[0].amount
200
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .errors import InputError, LawnerError, ModelNotFoundError
from .extract import extract, extract_many
from .pipeline import load
from .records import ArticleRef, DateMention, LawRef, Official, Penalty, Record

try:
    __version__ = version("lawner")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"

__all__ = [
    "ArticleRef",
    "DateMention",
    "InputError",
    "LawRef",
    "LawnerError",
    "ModelNotFoundError",
    "Official",
    "Penalty",
    "Record",
    "extract",
    "extract_many",
    "load",
    "__version__",
]
