"""Throughput and memory of lawner, side by side on the same texts, same machine.

    python benchmarks/throughput.py --words 1000000

Prints a Markdown table: words/s, documents/s and peak RSS for
  1. lawner rules only,
  2. lawner full pipeline (fp32) and with the int8 NER head,
  3. a plain ``transformers.pipeline("token-classification")`` over the same fine-tuned
     model (merged LoRA, fp32, same windows),
  4. ``lawner extract --workers 2`` (int8),
then words/s at 10k / 100k / 1M words (cost growth) and one 5 MB document.
Each configuration runs in its own child process, so peak RSS is its own.
The corpus is built from the annotated corpus and ../shared/corpus (when present), repeated
to the requested size.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"


def build_corpus(words: int) -> list[str]:
    """Documents: the annotated corpus and the statute samples cut at article headers, repeated."""
    sys.path.insert(0, str(ROOT))
    from lawner.corpus import SPLITS, default_dir, read

    base = [e.text for s in SPLITS for e in read(default_dir() / f"{s}.jsonl")]
    if SHARED.exists():
        for path in sorted(SHARED.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            base += [p for p in re.split(r"\n(?=Section \d+\.)", text) if len(p.split()) > 20]
    docs, total, i = [], 0, 0
    while total < words:
        doc = base[i % len(base)]
        docs.append(doc)
        total += len(doc.split())
        i += 1
    return docs


def figures(config: str, docs: int, words: int, seconds: float, who: int) -> dict:
    """One configuration's row: rates, and peak RSS of ``who`` (this process or its children)."""
    rss = resource.getrusage(who).ru_maxrss / 1024
    return {
        "config": config,
        "docs": docs,
        "words": words,
        "seconds": seconds,
        "words_per_s": words / seconds,
        "docs_per_s": docs / seconds,
        "peak_rss_mb": rss,
    }


def _child(config: str, path: str) -> dict:
    """Run one configuration in this (child) process; return its figures."""
    sys.path.insert(0, str(ROOT))
    docs = [json.loads(line)["text"] for line in open(path, encoding="utf-8")]
    words = sum(len(d.split()) for d in docs)
    import torch

    torch.set_num_threads(int(os.environ.get("BENCH_THREADS", "2")))
    if config == "transformers":
        from transformers import AutoTokenizer, pipeline

        from lawner.ner_model import NerModel, base_model_path
        from lawner.pipeline import default_model_path

        model = NerModel.load(default_model_path()).model
        tokenizer = AutoTokenizer.from_pretrained(base_model_path(), model_max_length=256)
        ner = pipeline(
            "token-classification",
            model=model,
            tokenizer=tokenizer,
            aggregation_strategy="simple",
            stride=64,
            device=-1,
        )
        start = time.perf_counter()
        for i in range(0, len(docs), 8):
            ner(docs[i : i + 8], batch_size=8)
        seconds = time.perf_counter() - start
    else:
        import lawner

        nlp = lawner.load(rules_only=config == "rules", quantize=config == "int8")
        start = time.perf_counter()
        errors = sum(1 for r in lawner.extract_many(docs, nlp=nlp, batch_size=16) if r.error)
        seconds = time.perf_counter() - start
        if errors:  # an error record is fast and wrong: never time it
            raise SystemExit(f"{config}: {errors} error records")
    return figures(config, len(docs), words, seconds, resource.RUSAGE_SELF)


def run_child(config: str, path: str) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", config, path], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_workers(path: str, workers: int) -> dict:
    """``lawner extract --workers N --int8`` as a user runs it (peak RSS: largest worker)."""
    docs = [json.loads(line) for line in open(path, encoding="utf-8")]
    words = sum(len(d["text"].split()) for d in docs)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.jsonl"
        start = time.perf_counter()
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "lawner",
                "extract",
                path,
                "--out",
                str(out),
                "--int8",
                "--workers",
                str(workers),
                "--no-progress",
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            raise SystemExit(f"--workers {workers} failed:\n{done.stderr[-2000:]}")
        seconds = time.perf_counter() - start
    return figures(f"workers{workers}", len(docs), words, seconds, resource.RUSAGE_CHILDREN)


def write(docs: list[str], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for i, d in enumerate(docs):
            f.write(json.dumps({"id": str(i), "text": d}) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--child", nargs=2, metavar=("CONFIG", "PATH"))
    parser.add_argument("--skip-growth", action="store_true")
    parser.add_argument(
        "--growth-model-words",
        type=int,
        default=1_000_000,
        help="largest size at which the int8 pipeline is timed for cost growth",
    )
    parser.add_argument(
        "--big-config", default="int8", choices=["rules", "int8"], help="pipeline for the single 5 MB document"
    )
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_child(*args.child)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        write(build_corpus(args.words), path)
        rows = [run_child(c, str(path)) for c in ("rules", "fp32", "int8", "transformers")]
        rows.append(run_workers(str(path), 1))
        rows.append(run_workers(str(path), 2))
        by = {r["config"]: r for r in rows}
        print(f"Corpus: {rows[0]['docs']} documents, {rows[0]['words']} words; {os.cpu_count()} cores\n")
        print("| configuration | words/s | documents/s | peak RSS (MB) |\n| --- | --- | --- | --- |")
        names = {
            "rules": "lawner rules only",
            "fp32": "lawner full pipeline, fp32",
            "int8": "lawner full pipeline, int8",
            "transformers": "transformers pipeline (same model, fp32)",
            "workers1": "lawner extract --int8 --workers 1",
            "workers2": "lawner extract --int8 --workers 2",
        }
        for r in rows:
            cells = f"{r['words_per_s']:,.0f} | {r['docs_per_s']:,.1f} | {r['peak_rss_mb']:,.0f}"
            print(f"| {names[r['config']]} | {cells} |", flush=True)
        print(
            f"\nfull fp32 / transformers: {by['fp32']['words_per_s'] / by['transformers']['words_per_s']:.2f}x; "
            f"int8 / transformers: {by['int8']['words_per_s'] / by['transformers']['words_per_s']:.2f}x; "
            f"--workers 2 / --workers 1: {by['workers2']['words_per_s'] / by['workers1']['words_per_s']:.2f}x"
        )
        if not args.skip_growth:
            print("\n| words | rules words/s | int8 words/s |\n| --- | --- | --- |")
            for words in (10_000, 100_000, 1_000_000):
                sub = Path(tmp) / f"c{words}.jsonl"
                write(build_corpus(words), sub)
                r = run_child("rules", str(sub))
                m = run_child("int8", str(sub)) if words <= args.growth_model_words else None
                model = f"{m['words_per_s']:,.0f}" if m else "not run"
                print(f"| {r['words']:,} | {r['words_per_s']:,.0f} | {model} |", flush=True)
            big = Path(tmp) / "big.jsonl"
            text, docs = "", build_corpus(10**7)
            for d in docs:
                if len(text) >= 5_000_000:
                    break
                text += d + "\n"
            write([text], big)
            m = run_child(args.big_config, str(big))
            print(
                f"\nOne {len(text) / 1e6:.1f} MB document ({m['words']:,} words), {args.big_config} pipeline: "
                f"{m['seconds']:.0f} s, {m['words_per_s']:,.0f} words/s, peak RSS {m['peak_rss_mb']:,.0f} MB"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
