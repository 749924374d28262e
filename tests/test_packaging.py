"""A plain ``pip install .`` (not editable) ships every lawner package: pyproject's explicit
``packages`` list names each folder of ``lawner/`` that holds an ``__init__.py``. An editable
install finds them all anyway, so CI would not notice a package left out of the list."""

from __future__ import annotations

from pathlib import Path

import pytest

import lawner

tomllib = pytest.importorskip("tomllib")
ROOT = Path(lawner.__file__).parent


def test_every_package_is_listed():
    listed = set(tomllib.loads((ROOT.parent / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]["packages"])
    on_disk = {".".join(init.parent.relative_to(ROOT.parent).parts) for init in ROOT.rglob("__init__.py")}
    assert on_disk - listed == set()
