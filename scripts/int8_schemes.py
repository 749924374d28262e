"""Combined entity F1 of the NER head under several ONNX Runtime int8 schemes (models/README.md).

    python scripts/int8_schemes.py

Exports the shipped head (fp32, fused) once, quantizes it each way, and scores the combined
pipeline on the dev and test splits against fp32. lawner ships the scheme that loses at most
0.5 F1 points on test (issue 4's rule): the feed-forward layers, per channel.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import onnx
from onnxruntime.quantization import QuantType, quantize_dynamic

from lawner.corpus import default_dir, read
from lawner.evaluate import score
from lawner.ner_model import NerModel
from lawner.onnx_backend import OnnxLogits, export, feed_forward_nodes
from lawner.pipeline import default_model_path, load


def main() -> int:
    splits = {s: read(default_dir() / f"{s}.jsonl") for s in ("dev", "test")}
    with tempfile.TemporaryDirectory() as tmp:
        fused = export(default_model_path(), Path(tmp), quantize=False)
        graph = onnx.load(str(fused)).graph
        attention = [n.name for n in graph.node if n.op_type == "Attention"]
        dense = [n.name for n in graph.node if n.op_type == "MatMul" and "/encoder/" in n.name]
        schemes = {
            "every encoder product (attention too)": attention + dense,
            "dense layers without attention": dense,
            "feed-forward layers": feed_forward_nodes(graph),
        }
        nlp = load(runtime="onnx")
        component = nlp.get_pipe("lawner_ner")
        shipped = component.model
        base = {s: score(nlp, ex).overall["f1-score"] for s, ex in splits.items()}
        print(f"fp32: dev {base['dev']:.4f}, test {base['test']:.4f}\n")
        print("| scheme | dev change | test change |\n| --- | --- | --- |")
        for name, nodes in schemes.items():
            for per_channel in (False, True):
                out = Path(tmp) / "int8.onnx"
                quantize_dynamic(
                    str(fused),
                    str(out),
                    weight_type=QuantType.QInt8,
                    per_channel=per_channel,
                    nodes_to_quantize=nodes,
                    extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT},
                )
                component._model = NerModel(None, shipped.tokenizer, shipped.config, OnnxLogits(out))
                f1 = {s: score(nlp, ex).overall["f1-score"] for s, ex in splits.items()}
                label = f"{name}, {'per channel' if per_channel else 'per tensor'}"
                cells = " | ".join(f"{100 * (f1[s] - base[s]):+.1f}" for s in ("dev", "test"))
                print(f"| {label} | {cells} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
