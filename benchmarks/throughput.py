"""Throughput and memory of lawner, side by side on the same texts, same machine.

    python benchmarks/throughput.py --words 1000000

Prints a Markdown table: words/s, documents/s and peak RSS for
  1. lawner rules only (the rule engine, records without spaCy Docs), and the same rules run
     on spaCy Docs (``process(..., spacy_docs=True)``),
  2. lawner full pipeline with the NER head on torch (fp32, int8) and on ONNX Runtime
     (fp32, int8),
  3. a plain ``transformers.pipeline("token-classification")`` over the same fine-tuned
     model (merged LoRA, fp32, same windows), with the model loaded before the clock starts
     and ("transformers-load") timed as a whole process, imports and load included,
  4. ``lawner extract`` with its default head (ONNX Runtime int8) as one process (all cores),
     as one single-threaded worker, and with ``--workers 2``; ``lawner extract --rules-only`` as
     one process and with ``--workers 2``,
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


# the configurations timed inside one process ("workers" runs the command line three ways)
PIPELINES = ("rules", "rules-docs", "fp32", "int8", "onnx", "onnx-int8", "transformers")
CONFIGS = [*PIPELINES, "transformers-load", "workers", "rules-workers"]


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
    if config == "transformers-load":
        return run_transformers_load(path)
    if config.startswith("workers:"):  # "workers:PIPELINE:N:THREADS": the CLI, measured from here
        _, pipeline, workers, threads = config.split(":")
        return run_workers(path, pipeline, int(workers), int(threads) or None)
    docs = [json.loads(line)["text"] for line in open(path, encoding="utf-8")]
    words = sum(len(d.split()) for d in docs)
    if config in {"fp32", "int8", "transformers"}:  # ONNX Runtime configurations never load torch
        import torch

        torch.set_num_threads(int(os.environ.get("BENCH_THREADS", "2")))
    if config == "transformers":
        from transformers import AutoTokenizer, pipeline

        from lawner.ner.model import NerModel, base_model_path
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
        ner("Warm-up: a fine of up to 200 MCI.")  # model loaded before the clock starts
        start = time.perf_counter()
        for i in range(0, len(docs), 8):
            ner(docs[i : i + 8], batch_size=8)
        seconds = time.perf_counter() - start
    else:
        import lawner
        from lawner.extract import Item, process

        nlp = lawner.load(
            rules_only=config in {"rules", "rules-docs"},
            quantize=config in {"int8", "onnx-int8"},
            runtime="onnx" if config.startswith("onnx") else "torch",
        )
        nlp("Warm-up: a fine of up to 200 MCI.")  # the NER head loads on first use: not timed
        start = time.perf_counter()
        if config == "rules-docs":
            records = process(nlp, (Item(None, d) for d in docs), batch_size=16, spacy_docs=True)
        else:
            records = lawner.extract_many(docs, nlp=nlp, batch_size=16)
        errors = sum(1 for r in records if r.error)
        seconds = time.perf_counter() - start
        if errors:  # an error record is fast and wrong: never time it
            raise SystemExit(f"{config}: {errors} error records")
    return figures(config, len(docs), words, seconds, resource.RUSAGE_SELF)


def run_child(config: str, path: str) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", config, path], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_transformers_load(path: str) -> dict:
    """The transformers pipeline timed as a whole process, as ``lawner extract`` is: imports,
    model load and warm-up included (the "transformers" child's own clock leaves them out)."""
    docs = [json.loads(line) for line in open(path, encoding="utf-8")]
    words = sum(len(d["text"].split()) for d in docs)
    start = time.perf_counter()
    subprocess.run([sys.executable, __file__, "--child", "transformers", path], capture_output=True, check=True)
    return figures("transformers-load", len(docs), words, time.perf_counter() - start, resource.RUSAGE_CHILDREN)


def run_workers(path: str, pipeline: str, workers: int, threads: int | None = None) -> dict:
    """``lawner extract --workers N`` as a user runs it, model loading included (peak RSS: the
    largest process), with its default head, ONNX Runtime int8 ("onnx-int8"), or
    ``--rules-only`` ("rules"); ``threads`` sets LAWNER_NUM_THREADS."""
    docs = [json.loads(line) for line in open(path, encoding="utf-8")]
    words = sum(len(d["text"].split()) for d in docs)
    flags = ["--rules-only"] if pipeline == "rules" else []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.jsonl"
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "lawner", "extract", path, "--out", str(out), *flags]
            + ["--workers", str(workers), "--no-progress"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            env={**os.environ, **({"LAWNER_NUM_THREADS": str(threads)} if threads else {})},
        )
        if done.returncode != 0:
            raise SystemExit(f"--workers {workers} failed:\n{done.stderr[-2000:]}")
        seconds = time.perf_counter() - start
    name = ("rules-" if pipeline == "rules" else "") + f"workers{workers}" + (f"-{threads}thread" if threads else "")
    return figures(name, len(docs), words, seconds, resource.RUSAGE_CHILDREN)


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
        "--configs",
        type=lambda value: value.split(","),
        default=CONFIGS,
        help="comma-separated configurations to run (default all): " + ",".join(CONFIGS),
    )
    parser.add_argument(
        "--growth-model-words",
        type=int,
        default=1_000_000,
        help="largest size at which the ONNX int8 pipeline is timed for cost growth",
    )
    parser.add_argument(
        "--big-config",
        default="onnx-int8",
        choices=["rules", "onnx-int8"],
        help="pipeline for the single 5 MB document",
    )
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_child(*args.child)))
        return 0
    # export (or find) the ONNX files first, so no timed child pays for it; in a process of its
    # own, because a child's peak RSS starts from its parent's size at fork
    export = "from lawner.ner.onnx import exported_path; from lawner.pipeline import default_model_path; "
    export += "[exported_path(default_model_path(), q) for q in (False, True)]"
    subprocess.run([sys.executable, "-c", export], cwd=ROOT, check=True)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        write(build_corpus(args.words), path)
        rows = [run_child(c, str(path)) for c in PIPELINES if c in args.configs]
        if "transformers-load" in args.configs:
            rows.append(run_child("transformers-load", str(path)))
        if "workers" in args.configs:
            rows += [run_child(f"workers:onnx-int8:{n}:{t}", str(path)) for n, t in ((1, 0), (1, 1), (2, 0))]
        if "rules-workers" in args.configs:  # the rules are single-threaded: no thread setting
            rows += [run_child(f"workers:rules:{n}:0", str(path)) for n in (1, 2)]
        by = {r["config"]: r for r in rows}
        print(f"Corpus: {rows[0]['docs']} documents, {rows[0]['words']} words; {os.cpu_count()} cores\n")
        print("| configuration | words/s | documents/s | peak RSS (MB) |\n| --- | --- | --- | --- |")
        names = {
            "rules": "lawner rules only",
            "rules-docs": "lawner rules only, on spaCy Docs",
            "fp32": "lawner full pipeline, torch fp32",
            "int8": "lawner full pipeline, torch int8",
            "onnx": "lawner full pipeline, ONNX Runtime fp32",
            "onnx-int8": "lawner full pipeline, ONNX Runtime int8",
            "transformers": "transformers pipeline (same model, torch fp32)",
            "transformers-load": "transformers pipeline, whole process (imports and load included)",
            "workers1": "lawner extract, default head: ONNX Runtime int8 (one process, all cores)",
            "workers1-1thread": "the same, one single-threaded process (LAWNER_NUM_THREADS=1)",
            "workers2": "lawner extract --workers 2 (default head)",
            "rules-workers1": "lawner extract --rules-only (one process)",
            "rules-workers2": "lawner extract --rules-only --workers 2",
        }
        for r in rows:
            cells = f"{r['words_per_s']:,.0f} | {r['docs_per_s']:,.1f} | {r['peak_rss_mb']:,.0f}"
            print(f"| {names[r['config']]} | {cells} |", flush=True)

        ratios = [
            ("rules / rules on spaCy Docs", "rules", "rules-docs"),
            ("torch fp32 / transformers", "fp32", "transformers"),
            ("torch int8 / transformers", "int8", "transformers"),
            ("ONNX fp32 / transformers", "onnx", "transformers"),
            ("ONNX int8 / transformers", "onnx-int8", "transformers"),
            ("lawner extract / transformers, load included", "workers1", "transformers-load"),
            ("lawner extract --workers 2 / transformers, load included", "workers2", "transformers-load"),
            ("--workers 2 / one process", "workers2", "workers1"),
            ("--workers 2 / one single-threaded process", "workers2", "workers1-1thread"),
            ("rules --workers 2 / one process", "rules-workers2", "rules-workers1"),
        ]
        shown = [
            f"{label} {by[a]['words_per_s'] / by[b]['words_per_s']:.2f}x"
            for label, a, b in ratios
            if a in by and b in by
        ]
        print("\nRatios: " + "; ".join(shown))
        if not args.skip_growth:
            print("\n| words | rules words/s | ONNX int8 words/s |\n| --- | --- | --- |")
            for words in (10_000, 100_000, 1_000_000):
                sub = Path(tmp) / f"c{words}.jsonl"
                write(build_corpus(words), sub)
                r = run_child("rules", str(sub))
                m = run_child("onnx-int8", str(sub)) if words <= args.growth_model_words else None
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
