"""How fast ``lawner statute`` reads a whole code (issue 14's target: 1 MB in under 10 s on 2 cores).

    python benchmarks/statute_speed.py                 # the two statute samples, repeated to 1 MB
    python benchmarks/statute_speed.py CODE.txt        # a code file of your own
    python benchmarks/statute_speed.py --mb 2

Prints a Markdown table: characters, sanction rows, seconds for the pipeline's load and for
reading the code, characters/s and peak RSS. The default text is ``../shared/corpus``'s two
samples, each repeated whole to the size asked for. Article numbers repeat in it, so the reader
takes later copies for continuations of the last article: the row count says nothing of accuracy
here (``lawner evaluate --statute`` measures that).
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
SAMPLES = ("kz_criminal_code_en.sample.txt", "kz_admin_offences_code_en.sample.txt")


def build(mb: float) -> dict[str, str]:
    """One text per sample code, each repeated to ``mb`` megabytes."""
    out = {}
    for name in SAMPLES:
        text = (SHARED / name).read_text("utf-8")
        out[name] = (text + "\n") * max(1, round(mb * 1_000_000 / len(text)))
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("code_file", nargs="?", help="a code's text; default: the samples repeated")
    parser.add_argument("--mb", type=float, default=1.0, help="size of each repeated sample (default 1)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from lawner.batch.runner import skip_torch

    skip_torch()
    from lawner import statute
    from lawner.pipeline import load

    texts = {Path(args.code_file).name: Path(args.code_file).read_text("utf-8")} if args.code_file else build(args.mb)
    print("| code text | characters | rows | load s | read s | characters/s | peak RSS MB |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for name, text in texts.items():
        with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as f:
            f.write(text)
        t0 = time.perf_counter()
        nlp = load(rules_only=True)
        t1 = time.perf_counter()
        table = statute.read(f.name, nlp=nlp)
        t2 = time.perf_counter()
        Path(f.name).unlink()
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"| {name} | {len(text):,} | {len(table.rows):,} | {t1 - t0:.2f} | {t2 - t1:.2f} | "
            f"{len(text) / (t2 - t1):,.0f} | {rss:,.0f} |",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
