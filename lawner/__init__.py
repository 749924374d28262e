"""lawner: structured records from legal news and statute text.

>>> import lawner
>>> record = lawner.extract("Stalking is punishable by a fine of up to 200 MCI.", rules_only=True)
>>> record.penalties[0].amount
200
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING

from .errors import InputError, LawnerError, ModelNotFoundError
from .extract import extract, extract_many
from .records import ArticleRef, DateMention, LawRef, Official, Penalty, Record

if TYPE_CHECKING:
    from .pipeline import load

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


def __getattr__(name: str):
    # ``load`` imports spaCy (and, through thinc, torch): only when it is first used, so that
    # ``import lawner`` and a batch job's parent process stay light
    if name == "load":
        from .pipeline import load

        return load
    raise AttributeError(f"module 'lawner' has no attribute {name!r}")
