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
    from . import hf
    from .frames import extract_frame, to_frames
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
    "extract_frame",
    "extract_many",
    "hf",
    "load",
    "to_frames",
    "__version__",
]


# names imported when first used, so that ``import lawner`` and a batch job's parent process stay
# light: ``load`` imports spaCy (and, through thinc, torch); the others pandas or datasets when called
_LAZY = {"load": ".pipeline", "to_frames": ".frames", "extract_frame": ".frames", "hf": None}


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module 'lawner' has no attribute {name!r}")
    from importlib import import_module

    if _LAZY[name] is None:  # a submodule
        return import_module(f".{name}", __name__)
    return getattr(import_module(_LAZY[name], __name__), name)
