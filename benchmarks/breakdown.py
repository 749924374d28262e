"""Where the time goes, and how much two set-aside ideas could save.

    python benchmarks/breakdown.py --words 100000

Prints, on the benchmark corpus (see throughput.py):
  - the rules (the rule engine) in words/s, the same rules on spaCy Docs, and spaCy's
    tokenizer alone; then the engine's time by stage (best of three passes);
  - the share of the ONNX Runtime int8 pipeline's time spent in the model's forward pass;
  - how many more word pieces the overlapping windows read than the text has;
  - the share of words in sentences holding none of the rules' anchor words;
  - the share of the text the penalty patterns run on (the windows around their anchor words).
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter

from throughput import build_corpus


def engine_stages(docs: list[str], words: int) -> None:
    """Seconds per 100k words of each stage of the rule engine: best of three passes."""
    from lawner import rules_engine
    from lawner.pipeline import load

    engine = rules_engine.RuleEngine.for_pipeline(load(rules_only=True))
    best: dict[str, float] = {}
    for _ in range(3):
        for name, seconds in _engine_pass(engine, docs).items():
            best[name] = min(best.get(name, seconds), seconds)
    print("\n| rule engine stage | s per 100k words | share |\n| --- | --- | --- |")
    for name, seconds in best.items():
        print(f"| {name} | {seconds * 1e5 / words:.3f} | {seconds / best['whole engine']:.0%} |")
    print()


def _engine_pass(engine, docs: list[str]) -> Counter[str]:
    """One pass: each stage on its own, then the whole engine with its record builder timed."""
    from lawner import rules_engine
    from lawner.segment.language import non_english
    from lawner.segment.text import boilerplate, sentences

    spent: Counter[str] = Counter()
    for text in docs:
        for name, stage in (("sentences", sentences), ("boilerplate", boilerplate), ("language", non_english)):
            start = time.perf_counter()
            stage(text)
            spent[name] += time.perf_counter() - start
        split = sentences(text)
        for component in engine.components:
            start = time.perf_counter()
            list(component.find(text, split))
            spent[component.name] += time.perf_counter() - start
    build = rules_engine.record_of

    def timed(*args, **kwargs):
        start = time.perf_counter()
        record = build(*args, **kwargs)
        spent["record builder"] += time.perf_counter() - start
        return record

    rules_engine.record_of = timed
    try:
        start = time.perf_counter()
        for text in docs:
            engine(text, reference_date="2024-05-01")
        spent["whole engine"] = time.perf_counter() - start
    finally:
        rules_engine.record_of = build
    return spent


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=100_000)
    args = parser.parse_args()

    import lawner
    from lawner.components import articles, dates, officials, penalties
    from lawner.extract import Item, make_doc, process
    from lawner.segment.text import sentences

    docs = build_corpus(args.words)
    words = sum(len(d.split()) for d in docs)
    print(f"Corpus: {len(docs)} documents, {words} words\n")

    rules = lawner.load(rules_only=True)
    # warm-up: compile the patterns, fill spaCy's and the engine's token caches
    list(process(rules, (Item(None, d) for d in docs[:100]), spacy_docs=True))
    list(lawner.extract_many(docs[:100], nlp=rules))
    start = time.perf_counter()
    for d in docs:
        make_doc(rules, d)
    tokenizer = time.perf_counter() - start
    start = time.perf_counter()
    list(lawner.extract_many(docs, nlp=rules, batch_size=16))
    engine = time.perf_counter() - start
    start = time.perf_counter()
    list(process(rules, (Item(None, d) for d in docs), batch_size=16, spacy_docs=True))
    on_docs = time.perf_counter() - start
    print(f"rules (rule engine): {words / engine:,.0f} words/s")
    print(f"rules on spaCy Docs: {words / on_docs:,.0f} words/s ({on_docs / engine:.2f}x the engine's time)")
    print(f"spaCy tokenizer alone: {words / tokenizer:,.0f} words/s")
    engine_stages(list(dict.fromkeys(docs)), len(" ".join(dict.fromkeys(docs)).split()))

    nlp = lawner.load(runtime="onnx", quantize=True)
    nlp("Warm-up: a fine of up to 200 MCI.")
    model = nlp.get_pipe("lawner_ner").model
    forward = model.logits
    spent = [0.0]

    def timed(ids, mask):
        t = time.perf_counter()
        out = forward(ids, mask)
        spent[0] += time.perf_counter() - t
        return out

    model.logits = timed
    start = time.perf_counter()
    list(lawner.extract_many(docs, nlp=nlp, batch_size=16))
    total = time.perf_counter() - start
    print(f"ONNX Runtime int8 pipeline: {words / total:,.0f} words/s, {spent[0] / total:.0%} in the forward pass")

    read = sum(len(w.ids) for d in docs for w in model.windows(d))
    pieces = sum(len(model.tokenizer(d)["input_ids"]) for d in docs)
    print(f"word pieces read by overlapping windows: {read / pieces - 1:.1%} more than the text has")

    anchors = [penalties.ANCHOR, officials.ANCHOR, dates.ANCHOR, articles.LAW_ANCHOR, re.compile(r"(?i)\bart")]
    bare = sum(len(d[s:e].split()) for d in docs for s, e in sentences(d) if not any(a.search(d[s:e]) for a in anchors))
    print(f"words in sentences with no rule anchor word: {bare / words:.1%}")
    from lawner.find.match import windows

    near = sum(e - s for d in docs for s, e in windows(d, penalties.ANCHOR, 350, 450))
    print(f"text the penalty patterns are tried on (near their anchor words): {near / sum(map(len, docs)):.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
