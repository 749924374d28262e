"""The command line: golden output, formats, errors."""

import json
import subprocess
import sys

import pytest
from conftest import GOLDEN, ROOT

SAMPLE = "tests/data/news_sample.txt"  # relative: a file's id is its path as given


def run(*args, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "lawner", *args], input=stdin, capture_output=True, text=True, timeout=300, cwd=ROOT
    )


def test_extract_golden():
    """`lawner extract FILE --reference-date D --rules-only` prints the golden JSON Lines record."""
    result = run("extract", SAMPLE, "--reference-date", "2025-03-05", "--rules-only")
    assert result.returncode == 0, result.stderr
    golden = (GOLDEN / "news_sample.rules.jsonl").read_text(encoding="utf-8")
    assert json.loads(result.stdout) == json.loads(golden)
    assert "1 documents, 0 errors" in result.stderr


def test_extract_json_format_and_out(tmp_path):
    out = tmp_path / "records.json"
    result = run("extract", SAMPLE, SAMPLE, "--format", "json", "--out", str(out), "--rules-only")
    assert result.returncode == 0, result.stderr
    records = json.loads(out.read_text())
    assert len(records) == 2 and result.stdout == ""


def test_extract_stdin():
    result = run("extract", "-", "--rules-only", stdin="A fine of up to 200 MCI applies.")
    assert json.loads(result.stdout)["penalties"][0]["amount"] == 200


def test_missing_file_is_an_error_record():
    result = run("extract", "no/such/file.txt", "--rules-only")
    assert result.returncode == 1
    record = json.loads(result.stdout)
    assert record["id"] == "no/such/file.txt" and "no such file" in record["error"]
    assert "1 errors" in result.stderr


@pytest.mark.parametrize("args", [["extract", "--format", "xml"], ["extract", "--reference-date", "21.08.2025", "-"]])
def test_bad_arguments(args):
    result = run(*args, "--rules-only", stdin="text")
    assert result.returncode == 2
    assert "error" in result.stderr


def test_show_writes_html(tmp_path):
    out = tmp_path / "page.html"
    result = run("show", SAMPLE, "--out", str(out), "--rules-only", "--reference-date", "2025-03-05")
    assert result.returncode == 0, result.stderr
    page = out.read_text()
    assert "<mark" in page and "Article 597" in page and "&quot;penalties&quot;" in page
