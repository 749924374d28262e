"""Combined entity F1 of the NER head under several int8 schemes (models/README.md).

    python scripts/int8_schemes.py

Dynamic int8 gives the activations one range per call, computed at run time, so a window's
labels depend on the windows batched with it. Each scheme is scored with windows in batches
of 8 and one at a time (as lawner runs an int8 head), on both runtimes, on the dev and test
splits, as the change in combined entity F1 against fp32. lawner ships the scheme that loses
at most 0.5 F1 points on test (issue 4's rule), one window at a time.
"""

from __future__ import annotations

import tempfile
import warnings
from collections.abc import Callable
from pathlib import Path

import onnx
import torch
from onnxruntime.quantization import QuantType, quantize_dynamic
from torch.ao.quantization import default_dynamic_qconfig, per_channel_dynamic_qconfig

from lawner.corpus import default_dir, read
from lawner.evaluate import score
from lawner.ner.model import NerModel
from lawner.ner.onnx import OnnxLogits, export, feed_forward_nodes, quantized_nodes
from lawner.pipeline import default_model_path, load

SPLITS = ("dev", "test")


def onnx_schemes(tmp: Path) -> dict[str, Callable[[NerModel], NerModel]]:
    """ONNX Runtime schemes: the nodes quantized, per tensor or per channel."""
    fused = export(default_model_path(), tmp, quantize=False)
    graph = onnx.load(str(fused)).graph
    dense = [n.name for n in graph.node if n.op_type == "MatMul" and "/encoder/" in n.name]
    nodes = {
        "every encoder product (attention too)": quantized_nodes(graph),
        "dense layers without attention": dense,
        "feed-forward layers": feed_forward_nodes(graph),
    }
    schemes = {}
    for name, chosen in nodes.items():
        for per_channel in (False, True):
            out = tmp / f"{len(schemes)}.onnx"
            quantize_dynamic(
                str(fused),
                str(out),
                weight_type=QuantType.QInt8,
                per_channel=per_channel,
                nodes_to_quantize=chosen,
                extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT},
            )
            label = f"ONNX Runtime, {name}, {'per channel' if per_channel else 'per tensor'}"
            schemes[label] = lambda shipped, out=out: NerModel(None, shipped.tokenizer, shipped.config, OnnxLogits(out))
    return schemes


def torch_schemes() -> dict[str, Callable[[NerModel], NerModel]]:
    """torch schemes: which linear layers, per tensor or per channel."""

    def quantized(layers: Callable[[str], bool], qconfig) -> Callable[[NerModel], NerModel]:
        def build(shipped: NerModel) -> NerModel:
            model = NerModel.load(default_model_path()).model
            chosen = {n: qconfig for n, m in model.named_modules() if isinstance(m, torch.nn.Linear) and layers(n)}
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                model = torch.ao.quantization.quantize_dynamic(model, chosen, dtype=torch.qint8)
            return NerModel(model, shipped.tokenizer, shipped.config)

        return build

    def encoder(name: str) -> bool:
        return ".encoder." in f".{name}."

    def feed_forward(name: str) -> bool:
        return encoder(name) and "attention" not in name

    return {
        "torch, every encoder layer, per tensor": quantized(encoder, default_dynamic_qconfig),
        "torch, every encoder layer, per channel": quantized(encoder, per_channel_dynamic_qconfig),
        "torch, feed-forward layers, per tensor": quantized(feed_forward, default_dynamic_qconfig),
        "torch, feed-forward layers, per channel": quantized(feed_forward, per_channel_dynamic_qconfig),
    }


def main() -> int:
    splits = {s: read(default_dir() / f"{s}.jsonl") for s in SPLITS}
    with tempfile.TemporaryDirectory() as tmp:
        for runtime, schemes in (("onnx", lambda: onnx_schemes(Path(tmp))), ("torch", torch_schemes)):
            nlp = load(runtime=runtime)
            component = nlp.get_pipe("lawner_ner")
            shipped = component.model
            base = {s: score(nlp, ex).overall["f1-score"] for s, ex in splits.items()}
            print(f"\n{runtime} fp32: dev {base['dev']:.4f}, test {base['test']:.4f}\n")
            print("| scheme | windows in batches of 8: dev, test | one window at a time: dev, test |")
            print("| --- | --- | --- |")
            for label, build in schemes().items():
                component._model = build(shipped)
                cells = []
                for batch in (8, 1):
                    component.batch_size = batch
                    f1 = {s: score(nlp, ex).overall["f1-score"] for s, ex in splits.items()}
                    cells.append(", ".join(f"{100 * (f1[s] - base[s]):+.1f}" for s in SPLITS))
                print(f"| {label} | {' | '.join(cells)} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
