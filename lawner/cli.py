"""``lawner`` command line: a thin layer that parses arguments and calls library functions."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import LawnerError


def _pipeline(args: argparse.Namespace):
    from .pipeline import load

    return load(rules_only=args.rules_only, model=args.model, default_code=getattr(args, "code", None))


def cmd_extract(args: argparse.Namespace) -> int:
    from .batch.runner import JobSettings, PipelineSettings, run_job, skip_torch
    from .clean import check_reference_date

    if args.rules_only:
        skip_torch()  # this process runs the rules only: no need to import torch (1.1 s)
    if args.statute:
        from .statute import load

        load(args.statute)  # a missing or unreadable table stops the job before it starts

    job = JobSettings(
        inputs=args.inputs or ["-"],
        out=args.out,
        fmt=args.format,
        reference_date=check_reference_date(args.reference_date),
        workers=args.workers,
        dask=args.dask,
        batch_size=args.batch_size,
        max_chars=args.max_chars,
        text_field=args.text_field,
        id_field=args.id_field,
        glob=args.glob,
        stdin_format=args.stdin_format,
        progress=args.progress,
        pipeline=PipelineSettings(
            rules_only=args.rules_only,
            model=args.model,
            default_code=args.code,
            quantize=args.int8,
            runtime=args.runtime,
            statute=str(Path(args.statute).resolve()) if args.statute else None,
        ),
    )
    summary = run_job(job, stderr=sys.stderr)
    rate = f", {summary.documents / summary.seconds:.1f} documents/s" if summary.seconds else ""
    print(f"lawner: {summary.line()}{rate}", file=sys.stderr)
    return 1 if summary.errors else 0


def cmd_show(args: argparse.Namespace) -> int:
    from .batch import iter_documents
    from .clean import prepare
    from .display import render
    from .extract import check_reference_date, make_doc

    document = next(iter_documents([args.input]))
    if document.error:
        raise LawnerError(f"{args.input}: {document.error}")
    nlp = _pipeline(args)
    prepared = prepare(document.text, html=document.html, reference_date=check_reference_date(args.reference_date))
    doc = make_doc(nlp, prepared.text, reference_date=prepared.reference_date, doc_id=document.id)
    doc._.warnings = prepared.warnings
    doc = nlp(doc)
    page = render(doc, title=f"lawner: {document.id}")
    Path(args.out).write_text(page, encoding="utf-8")
    print(f"lawner: wrote {args.out}", file=sys.stderr)
    return 0


# the corpora --corpus names
CORPORA = (
    "'real' (annotations/real: real news and statute excerpts), 'authored' (annotations/corpus), "
    "or a folder of {train,dev,test}.jsonl"
)


def cmd_train(args: argparse.Namespace) -> int:
    from .corpus import default_dir, read, read_real
    from .training import TrainSettings, train

    examples = []
    for name in args.corpus.split("+"):
        if name == "real":
            examples += read_real("train") * args.real_weight
        else:
            examples += read((default_dir() if name == "authored" else Path(name)) / "train.jsonl")
    if args.limit:
        examples = examples[: args.limit]
    settings = TrainSettings(epochs=args.epochs, seed=args.seed, learning_rate=args.learning_rate)
    train(examples, args.out, settings, log=lambda line: print(line, file=sys.stderr))
    print(f"lawner: saved the NER head to {args.out}", file=sys.stderr)
    return 0


def cmd_statute(args: argparse.Namespace) -> int:
    from .batch.runner import skip_torch
    from .clean import check_reference_date
    from .statute import read, write

    skip_torch()  # the table is read by the rules only
    table = read(args.code_file, code=args.code, on=check_reference_date(args.date))
    if args.out:
        write(table.rows, args.out)
    else:
        import json
        from dataclasses import asdict

        for row in table.rows:
            print(json.dumps(asdict(row), ensure_ascii=False))
    articles = len({r.article for r in table.rows})
    print(
        f"lawner: {len(table.rows)} sanction alternatives in {articles} articles of {table.code or 'an unnamed code'}"
        f" ({len(table.excluded)} excluded articles or parts)",
        file=sys.stderr,
    )
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .corpus import default_dir
    from .evaluate import ablation, real_ablation, statute_report

    if args.statute:
        print(statute_report(Path(args.samples) if args.samples else None))
        return 0
    if args.corpus == "real":
        print(real_ablation(args.split, model=args.model, only=args.only, quantize=args.int8, runtime=args.runtime))
        return 0
    corpus = default_dir() if args.corpus == "authored" else Path(args.corpus)
    print(
        ablation(
            corpus / f"{args.split}.jsonl",
            model=args.model,
            reference_date=args.reference_date,
            only=args.only,
            quantize=args.int8,
            runtime=args.runtime,
        )
    )
    return 0


def build_parser() -> argparse.ArgumentParser:

    parser = argparse.ArgumentParser(prog="lawner", description="Structured records from legal text.")
    sub = parser.add_subparsers(dest="command", required=True)

    def pipeline_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--rules-only", action="store_true", help="rule components only, no NER model")
        p.add_argument("--model", help="folder of a trained NER head (default: the shipped one)")
        p.add_argument("--reference-date", help="ISO date that resolves year-less dates and MCI values")

    def runtime_options(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--runtime",
            choices=["torch", "onnx"],
            default="torch",
            help="run the NER head on torch (default) or ONNX Runtime (exported once, cached; lawner[onnx])",
        )
        p.add_argument("--int8", action="store_true", help="the NER head with dynamic int8 weights (faster on CPU)")

    p = sub.add_parser("extract", help="extract records (JSON Lines on stdout by default)")
    p.add_argument("inputs", nargs="*", help=".txt/.html files, folders, .jsonl/.csv/.parquet tables, or - for stdin")
    pipeline_options(p)
    p.add_argument(
        "--format",
        choices=["jsonl", "json", "csv", "parquet"],
        default="jsonl",
        help="jsonl (default) or json: one file; csv or parquet: a folder of tables",
    )
    p.add_argument("--out", help="output file or folder (written atomically, resumable); default stdout")
    p.add_argument("--workers", type=int, default=1, help="processes on this machine (default 1)")
    p.add_argument("--dask", metavar="SCHEDULER", help="run on a Dask cluster: tcp://HOST:8786, or 'local'")
    runtime_options(p)
    p.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress bar (default: when stderr is a terminal)",
    )
    p.add_argument("--text-field", default="text", help="text column of JSONL/CSV/Parquet input")
    p.add_argument("--id-field", default="id", help="id column of JSONL/CSV/Parquet input")
    p.add_argument("--glob", default="**/*", help="files to take from folders (default **/*)")
    p.add_argument("--stdin-format", choices=["text", "jsonl"], default="text")
    p.add_argument("--batch-size", type=int, default=16)
    p.add_argument("--max-chars", type=int, default=20_000_000, help="larger documents get an error record")
    p.add_argument("--code", help="code of statute text that names none (e.g. 'Criminal Code')")
    p.add_argument(
        "--statute",
        metavar="TABLE",
        help="a sanctions table from 'lawner statute' (.jsonl/.csv/.parquet): check each penalty linked to "
        "an article against it (the penalty's 'check' field) and give articles their titles",
    )
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser(
        "statute",
        help="a code's whole text as a sanctions table: one row per sanction alternative of each part",
        description="Read a code in adilet's English layout and write its sanctions table. Example: "
        "lawner statute criminal_code.txt --out table.csv --date 2025-01-01",
    )
    p.add_argument("code_file", help="the code's text (UTF-8)")
    p.add_argument("--out", help="table.jsonl, table.csv or table.parquet (default: JSON Lines on stdout)")
    p.add_argument("--code", help="the code's name when the text does not say it (e.g. 'Criminal Code', 'CAO')")
    p.add_argument("--date", help="ISO date at which MCI amounts are converted to tenge (amount_kzt)")
    p.set_defaults(func=cmd_statute)

    p = sub.add_parser("show", help="write an HTML page with the entities and the record")
    p.add_argument("input")
    p.add_argument("--out", required=True)
    pipeline_options(p)
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("train", help="train the NER head on the annotated corpora's train splits")
    p.add_argument("--corpus", default="authored+real", help=f"the train splits to train on, joined by '+': {CORPORA}")
    p.add_argument("--real-weight", type=int, default=1, help="how many times each real training document is seen")
    p.add_argument("--out", default="models/ner")
    p.add_argument("--epochs", type=int, default=12)
    p.add_argument("--seed", type=int, default=13)
    p.add_argument("--learning-rate", type=float, default=1e-3)
    p.add_argument("--limit", type=int, help="train on the first N documents only")
    p.set_defaults(func=cmd_train)

    p = sub.add_parser("evaluate", help="entity P/R/F1 per label and record accuracy: rules, model, combined")
    p.add_argument("--corpus", default="authored", help=f"the corpus to score: {CORPORA}")
    p.add_argument("--split", default="test", choices=["train", "dev", "test"])
    p.add_argument("--model", help="folder of a trained NER head (default: the shipped one)")
    p.add_argument("--reference-date", default="2025-08-21")
    p.add_argument("--only", choices=["rules", "model", "combined"], help="evaluate one setting only")
    p.add_argument(
        "--statute",
        action="store_true",
        help="score 'lawner statute' tables of the real statute samples against the hand-checked "
        "tables in annotations/statutes (row precision and recall)",
    )
    p.add_argument("--samples", help="folder of the statute samples (default: ../shared/corpus next to the repository)")
    runtime_options(p)
    p.set_defaults(func=cmd_evaluate)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except LawnerError as exc:
        print(f"lawner: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("lawner: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
