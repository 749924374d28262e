"""The command line: golden output, formats, errors, and manners in the shell."""

import argparse
import json
import os
import subprocess
import sys

import pytest
from paths import ROOT

import lawner
from lawner.cli import build_parser

SAMPLE = "tests/data/news_sample.txt"  # relative: a file's id is its path as given


def run(*args, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "lawner", *args], input=stdin, capture_output=True, text=True, timeout=300, cwd=ROOT
    )


def test_extract_golden(golden_dir):
    """`lawner extract FILE --reference-date D --rules-only` prints the golden JSON Lines record."""
    result = run("extract", SAMPLE, "--reference-date", "2025-03-05", "--rules-only")
    assert result.returncode == 0, result.stderr
    golden = (golden_dir / "news_sample.rules.jsonl").read_text(encoding="utf-8")
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
    assert (
        'title="PENALTY: fine, 20 MCI (78,640 KZT); article 597&#10;confidence 0.85, source rules:verb_money"' in page
    )
    assert '<li data-label="OFFICIAL">' in page and 'data-reason="boilerplate"' in page


def test_show_stdin_keeps_markup_as_text(tmp_path):
    """Issue 12: a document's own markup is text on the page, never an element."""
    out = tmp_path / "page.html"
    text = "Post: <script>alert('x')</script> A fine of up to 200 MCI applies under Article 7 of the Criminal Code."
    result = run("show", "-", "--out", str(out), "--rules-only", stdin=text)
    assert result.returncode == 0, result.stderr
    page = out.read_text()
    assert "<script>alert" not in page and page.count("<script>") == 1
    assert 'title="PENALTY: fine, up to 200 MCI' in page


# ---------------------------------------------------------------- in the shell (issue 12)


@pytest.mark.parametrize(
    "options",
    [[], ["--int8"], ["--rules-only"]],
    ids=["default pipeline", "int8 head", "rules only"],
)
def test_stderr_holds_only_lawners_lines(options):
    """No third-party progress bar or warning ("Loading weights", peft's FutureWarning about
    ``is_gradient_checkpointing``): stderr has the per-document error lines and the summary."""
    result = run("extract", SAMPLE, "no/such/file.txt", "--reference-date", "2025-03-05", *options)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[0] == "lawner: no/such/file.txt: no such file or folder"
    assert lines[1].startswith("lawner: 2 documents, 1 errors (no such file or folder: 1), ")
    assert len(lines) == 2, result.stderr


def many_records(path, n=3000):
    """A JSONL input whose records (~400 bytes each) overflow a pipe's buffer many times."""
    text = "The Almaty District Court fined the director 200 MCI under Article 597 on March 4."
    path.write_text("".join(json.dumps({"id": f"n{i}", "text": text}) + "\n" for i in range(n)), encoding="utf-8")
    return str(path)


def read_then_close(args, lines):
    """Run lawner with a reader of stdout that takes ``lines`` lines and closes it (``| head -N``);
    with 0 lines, stdout is closed before lawner starts. Returns (status, stderr)."""
    command = [sys.executable, "-m", "lawner", *args]
    if lines == 0:
        read_end, write_end = os.pipe()
        os.close(read_end)
        try:
            result = subprocess.run(command, stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=300, cwd=ROOT)
        finally:
            os.close(write_end)
        return result.returncode, result.stderr
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    got = [proc.stdout.readline() for _ in range(lines)]
    proc.stdout.close()
    stderr = proc.stderr.read()
    proc.wait(timeout=300)
    assert all(line.startswith('{"id": ') for line in got)
    return proc.returncode, stderr


@pytest.mark.parametrize(
    "command,lines",
    [
        (["extract", "MANY", "--rules-only"], 2),
        (["extract", "MANY", "--rules-only", "--workers", "2"], 2),
        (["extract", "MANY", "--rules-only"], 0),
        (["statute", "tests/data/statute_code.txt"], 0),
    ],
    ids=["extract | head -2", "extract --workers 2 | head -2", "extract >closed", "statute >closed"],
)
def test_closed_pipe_ends_quietly(tmp_path, command, lines):
    """`lawner extract many.jsonl | head -2` ends with status 141, as a process SIGPIPE ended,
    and no BrokenPipeError traceback."""
    args = [many_records(tmp_path / "many.jsonl") if a == "MANY" else a for a in command]
    status, stderr = read_then_close(args, lines)
    assert status == 141
    assert stderr == ""


def test_version():
    from importlib.metadata import version

    result = run("--version")
    assert result.returncode == 0
    assert result.stdout == f"lawner {version('lawner')}\n" == f"lawner {lawner.__version__}\n"


def test_every_option_has_help_and_every_command_examples():
    parser = build_parser()
    [commands] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    parsers = {"lawner": parser} | {f"lawner {name}": p for name, p in commands.choices.items()}
    assert set(commands.choices) == {"extract", "statute", "show", "train", "evaluate"}
    for name, p in parsers.items():
        for action in p._actions:
            assert action.help and action.help.strip(), f"{name} {action.option_strings or action.dest}: no help"
        assert "examples:" in p.epilog or "example:" in p.epilog, f"{name}: no examples"
        assert f"{name} " in p.epilog or name == "lawner", f"{name}: its examples do not run it"
    assert all(a.help for a in commands._choices_actions)  # each command's line in `lawner --help`
