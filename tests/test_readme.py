"""The README's examples work as written (issue 12: `lawner.extract.process(...)` raised
AttributeError, since `lawner.extract` is the function)."""

import importlib
import inspect
import re
import shutil
import subprocess
import sys

import pytest
from paths import ROOT

import lawner

README = ROOT / "README.md"
# a fenced python block
PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
# an inline code span that starts with a dotted name of the package: `lawner.extract(...)`
DOTTED_SPAN = re.compile(r"(?<![\w`])`(lawner(?:\.[A-Za-z_]\w*)+)")

# files and names the README's examples take as the reader's own, stood in for by test data
GIVEN_FILES = {"article.txt": "news_sample.txt", "criminal_code.txt": "statute_code.txt"}  # in tests/data
GIVEN_NAMES = {"news_text": "Stalking now carries up to five years in prison under Article 7 of the Criminal Code."}


def readme() -> str:
    return README.read_text(encoding="utf-8")


def resolve(dotted: str):
    """What ``lawner.a.b`` names for a reader who wrote ``import lawner`` (and ``import lawner.a``
    where ``a`` is a module the package does not import itself)."""
    obj = lawner
    for part in dotted.split(".")[1:]:
        if not hasattr(obj, part) and inspect.ismodule(obj):
            importlib.import_module(f"{obj.__name__}.{part}")
        obj = getattr(obj, part)
    return obj


def test_python_blocks_run_in_order(tmp_path, monkeypatch, capsys, data_dir):
    """Each ```python block of the README runs, in order and in one namespace, as a reader
    pasting them into one session would run them."""
    blocks = PYTHON_BLOCK.findall(readme())
    assert len(blocks) >= 2
    for name, source in GIVEN_FILES.items():
        shutil.copy(data_dir / source, tmp_path / name)
    monkeypatch.chdir(tmp_path)
    namespace = dict(GIVEN_NAMES)
    for n, block in enumerate(blocks, 1):
        exec(compile(block, f"README.md, python block {n}", "exec"), namespace)
    assert "'penalties'" in capsys.readouterr().out  # print(record.to_dict())


@pytest.mark.parametrize("dotted", sorted(set(DOTTED_SPAN.findall(readme()))))
def test_dotted_names_in_the_prose_resolve(dotted):
    assert resolve(dotted) is not None


def test_documented_lower_level_calls(rules_nlp):
    """`from lawner.extract import Item, process` and `process(..., spacy_docs=True)`, as the
    README's Use section gives them; the records are those of `lawner.extract`."""
    from lawner.extract import Item, process

    text = "Stalking is punishable by a fine of up to 200 MCI under Article 115-1 of the Criminal Code."
    [record] = process(rules_nlp, [Item("a", text)], spacy_docs=True)
    assert record.to_dict() == lawner.extract(text, id="a", nlp=rules_nlp).to_dict()
    assert record.penalties[0].amount == 200


def test_extract_is_the_function_after_any_import_of_its_module(root):
    """`lawner.extract` stays the function whichever way its module is imported first, and the
    module's names keep their import path (tests, scripts and benchmarks use it)."""
    code = (
        "import lawner.extract\n"
        "from lawner.extract import Item, extract, extract_many, make_doc, process\n"
        "import importlib, lawner\n"
        "assert lawner.extract is extract and callable(lawner.extract)\n"
        "assert importlib.import_module('lawner.extract').process is process\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=root)
    assert result.returncode == 0, result.stderr
