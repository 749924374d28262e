"""``lawner`` command line: a thin layer that parses arguments and calls library functions."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .errors import LawnerError


def _pipeline(args: argparse.Namespace):
    from .pipeline import load

    return load(rules_only=args.rules_only, model=args.model, default_code=getattr(args, "code", None))


def cmd_extract(args: argparse.Namespace) -> int:
    from .batch.runner import JobSettings, PipelineSettings, run_job, skip_torch
    from .prepare.document import check_reference_date

    if args.rules_only or args.runtime == "onnx":
        skip_torch()  # the rules and ONNX Runtime need no torch in this process (1.1 s, 190 MB)
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
            skip_sentences=args.skip_sentences,
        ),
    )
    summary = run_job(job, stderr=sys.stderr)
    rate = f", {summary.documents / summary.seconds:.1f} documents/s" if summary.seconds else ""
    print(f"lawner: {summary.line()}{rate}", file=sys.stderr)
    return 1 if summary.errors else 0


def cmd_show(args: argparse.Namespace) -> int:
    from .batch import iter_documents
    from .display import render
    from .extract import check_reference_date, make_doc
    from .prepare.document import prepare

    document = next(iter_documents([args.input]))
    if document.error:
        raise LawnerError(f"{args.input}: {document.error}")
    nlp = _pipeline(args)
    prepared = prepare(document.text, html=document.html, reference_date=check_reference_date(args.reference_date))
    doc = make_doc(nlp, prepared.text, reference_date=prepared.reference_date, doc_id=document.id)
    doc._.lawner_warnings = prepared.warnings
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
    from .ner.train import TrainSettings, train

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
    from .prepare.document import check_reference_date
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
        print(
            real_ablation(
                args.split,
                model=args.model,
                only=args.only,
                quantize=args.int8,
                runtime=args.runtime,
                skip_sentences=args.skip_sentences,
            )
        )
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
            skip_sentences=args.skip_sentences,
        )
    )
    return 0


# the exit status of a process that SIGPIPE ended (128 + 13), as ``yes | head -1`` reports for ``yes``
EXIT_CLOSED_PIPE = 141

EPILOG = """\
examples:
  lawner extract article.txt --reference-date 2025-08-21      one record, JSON Lines on stdout
  lawner extract archive/ --out records.jsonl --workers 2     a folder, two processes, resumable
  lawner statute criminal_code.txt --out table.csv            a code's sanctions table
  lawner show article.txt --out page.html                     the record's items marked in the text
  lawner evaluate --corpus real --split test                  scores of rules, model and both

Run 'lawner COMMAND --help' for a command's options.
"""

EXTRACT_EPILOG = """\
examples:
  lawner extract article.txt --reference-date 2025-08-21          one record, JSON Lines on stdout
  cat article.txt | lawner extract - --rules-only                 stdin, rules only (no model, fast)
  lawner extract archive/ --glob '**/*.txt' --out records.jsonl   a folder; rerun to resume after a kill
  lawner extract news.jsonl --text-field body --id-field url --out tables --format parquet
  lawner extract codes.csv --out records.jsonl --workers 2
  lawner extract news/ --statute table.csv                        check penalties against a code

exit status: 0 every document read; 1 some documents gave error records (listed on stderr);
2 bad arguments or a job that cannot start; 141 the reader of stdout closed it early
(lawner extract big.jsonl | head -2).
"""

STATUTE_EPILOG = """\
examples:
  lawner statute criminal_code.txt --out table.csv --date 2025-01-01   or .jsonl / .parquet
  lawner statute coao.txt --code CAO | head -3                         JSON Lines on stdout
"""

SHOW_EPILOG = """\
example:
  lawner show article.txt --out page.html --reference-date 2025-08-21
"""

TRAIN_EPILOG = """\
examples:
  lawner train --out models/ner                               the shipped head's recipe (20-50 min on 2 cores)
  lawner train --corpus authored --epochs 1 --limit 40 --out /tmp/head   a quick trial
"""

EVALUATE_EPILOG = """\
examples:
  lawner evaluate --corpus real --split test    the real-text tables of the README
  lawner evaluate --split test --model DIR      the authored test split, with another head
  lawner evaluate --only combined --runtime torch   the head on torch fp32 (the reference)
  lawner evaluate --statute                     statute tables against annotations/statutes
"""


def build_parser() -> argparse.ArgumentParser:
    """The ``lawner`` parser: every option has a help line, every command examples."""
    from . import __version__

    raw = argparse.RawDescriptionHelpFormatter  # keeps the examples' layout
    parser = argparse.ArgumentParser(
        prog="lawner",
        description="Structured records (articles, penalties, dates, officials) from legal news and statute text.",
        epilog=EPILOG,
        formatter_class=raw,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}", help="show the version")
    sub = parser.add_subparsers(
        dest="command", required=True, title="commands", metavar="COMMAND", help="one of the commands below"
    )

    def pipeline_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--rules-only", action="store_true", help="rule components only, no NER model")
        p.add_argument("--model", help="folder of a trained NER head (default: the shipped one)")
        p.add_argument("--reference-date", help="ISO date that resolves year-less dates and MCI values")

    def runtime_options(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--runtime",
            choices=["onnx", "torch"],
            default="onnx",
            help="run the NER head on ONNX Runtime (default; exported once, cached) or torch",
        )
        p.add_argument(
            "--int8",
            action=argparse.BooleanOptionalAction,
            default=None,
            help="the NER head with dynamic int8 weights (default: on with ONNX Runtime, off with torch)",
        )
        p.add_argument(
            "--skip-sentences",
            action=argparse.BooleanOptionalAction,
            default=True,
            help="let the NER head skip sentences with no digit, no capitalised word but a common first "
            "one and no legal anchor word (default: on; --no-skip-sentences reads them all)",
        )

    p = sub.add_parser(
        "extract",
        help="extract records (JSON Lines on stdout by default)",
        description="Extract one record per document: from files, folders, tables or stdin.",
        epilog=EXTRACT_EPILOG,
        formatter_class=raw,
    )
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
    p.add_argument(
        "--stdin-format",
        choices=["text", "jsonl"],
        default="text",
        help="stdin (-) holds one document (text, the default) or one JSON object per line (jsonl)",
    )
    p.add_argument(
        "--batch-size", type=int, default=16, help="documents per batch for the NER head (default %(default)s)"
    )
    p.add_argument(
        "--max-chars", type=int, default=20_000_000, help="larger documents get an error record (default 20,000,000)"
    )
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
        description="Read a code in adilet's English layout and write its sanctions table.",
        epilog=STATUTE_EPILOG,
        formatter_class=raw,
    )
    p.add_argument("code_file", help="the code's text (UTF-8)")
    p.add_argument("--out", help="table.jsonl, table.csv or table.parquet (default: JSON Lines on stdout)")
    p.add_argument("--code", help="the code's name when the text does not say it (e.g. 'Criminal Code', 'CAO')")
    p.add_argument("--date", help="ISO date at which MCI amounts are converted to tenge (amount_kzt)")
    p.set_defaults(func=cmd_statute)

    p = sub.add_parser(
        "show",
        help="write an HTML page of one document: the record's items marked in its text, and the record",
        description=(
            "Write a self-contained HTML page of one document: its text with the record's items marked\n"
            "(value, confidence and source on hover and in a side table), the regions lawner skipped\n"
            "(boilerplate, non-English) shaded with the reason, a legend, and the record as tables."
        ),
        epilog=SHOW_EPILOG,
        formatter_class=raw,
    )
    p.add_argument("input", help="a .txt or .html file, or - for stdin")
    p.add_argument("--out", required=True, help="the HTML page to write")
    pipeline_options(p)
    p.set_defaults(func=cmd_show)

    p = sub.add_parser(
        "train",
        help="train the NER head on the annotated corpora's train splits",
        description="Train the NER head (a LoRA adapter and classifier on all-MiniLM-L6-v2) on train splits.",
        epilog=TRAIN_EPILOG,
        formatter_class=raw,
    )
    p.add_argument("--corpus", default="authored+real", help=f"the train splits to train on, joined by '+': {CORPORA}")
    p.add_argument("--real-weight", type=int, default=1, help="how many times each real training document is seen")
    p.add_argument("--out", default="models/ner", help="folder to save the head in (default %(default)s)")
    p.add_argument("--epochs", type=int, default=12, help="passes over the training documents (default %(default)s)")
    p.add_argument(
        "--seed", type=int, default=13, help="random seed (default %(default)s): with the same data, the same head"
    )
    p.add_argument("--learning-rate", type=float, default=1e-3, help="AdamW learning rate (default %(default)s)")
    p.add_argument("--limit", type=int, help="train on the first N documents only")
    p.set_defaults(func=cmd_train)

    p = sub.add_parser(
        "evaluate",
        help="entity P/R/F1 per label and record accuracy: rules, model, combined",
        description="Score the rules, the NER head and both combined on an annotated split.",
        epilog=EVALUATE_EPILOG,
        formatter_class=raw,
    )
    p.add_argument("--corpus", default="authored", help=f"the corpus to score: {CORPORA}")
    p.add_argument(
        "--split", default="test", choices=["train", "dev", "test"], help="the split to score (default test)"
    )
    p.add_argument("--model", help="folder of a trained NER head (default: the shipped one)")
    p.add_argument(
        "--reference-date",
        default="2025-08-21",
        help="ISO date that resolves year-less dates of the authored corpus (default %(default)s)",
    )
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
    """Run ``lawner`` with ``argv`` (default: the command line); returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        status = args.func(args)
        sys.stdout.flush()  # a reader that closed early shows here, not in the flush at exit
        return status
    except BrokenPipeError:
        return _closed_pipe()
    except LawnerError as exc:
        print(f"lawner: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("lawner: interrupted", file=sys.stderr)
        return 130


def _closed_pipe() -> int:
    """Stop quietly when the reader of stdout has gone (``lawner extract big.jsonl | head -2``).

    Python's recipe (the ``signal`` module's note on SIGPIPE): point stdout at devnull, so the
    flush at exit cannot fail a second time and print a traceback. The status is 141, what a
    process that SIGPIPE ended reports (``cat``, ``grep``, ``yes`` in the same place): the output
    is incomplete, so 0 would tell a ``set -o pipefail`` script that every record was written;
    without pipefail the shell reports the reader's status and nothing changes.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is not a file (replaced in process): nothing to flush
        pass
    return EXIT_CLOSED_PIPE


if __name__ == "__main__":
    sys.exit(main())
