"""Where the time goes, and how much two set-aside ideas could save.

    python benchmarks/breakdown.py --words 100000

Prints, on the benchmark corpus (see throughput.py):
  - spaCy's tokenizer alone (words/s) and the rules pipeline (words/s);
  - the share of the ONNX Runtime int8 pipeline's time spent in the model's forward pass;
  - how many more word pieces the overlapping windows read than the text has;
  - the share of words in sentences holding none of the rules' anchor words;
  - the share of the text the penalty patterns run on (the windows around their anchor words).
"""

from __future__ import annotations

import argparse
import re
import time

from throughput import build_corpus


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=100_000)
    args = parser.parse_args()

    import lawner
    from lawner.components import articles, dates, officials, penalties
    from lawner.extract import make_doc
    from lawner.text import sentences

    docs = build_corpus(args.words)
    words = sum(len(d.split()) for d in docs)
    print(f"Corpus: {len(docs)} documents, {words} words\n")

    rules = lawner.load(rules_only=True)
    start = time.perf_counter()
    for d in docs:
        make_doc(rules, d)
    tokenizer = time.perf_counter() - start
    start = time.perf_counter()
    list(lawner.extract_many(docs, nlp=rules, batch_size=16))
    print(f"spaCy tokenizer alone: {words / tokenizer:,.0f} words/s")
    print(f"rules pipeline: {words / (time.perf_counter() - start):,.0f} words/s")

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
    from lawner.components.base import windows

    near = sum(e - s for d in docs for s, e in windows(d, penalties.ANCHOR, 350, 450))
    print(f"text the penalty patterns are tried on (near their anchor words): {near / sum(map(len, docs)):.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
