"""The steps of :func:`lawner.ner.onnx.export`, each run in a child process of its own
(``python -m lawner.ner.export STEP SOURCE TARGET``): trace the head with torch, ONNX
Runtime's basic optimizations, the transformer fusions, and dynamic int8.

They live apart from :mod:`lawner.ner.onnx` because tracing loads the head through
:class:`lawner.ner.model.NerModel`, which itself runs on that backend: the model imports the
backend, these steps import both, and nothing imports them (the backend starts them by name).
"""

from __future__ import annotations

import contextlib
import json
import logging
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

from .onnx import OPSET, quantized_nodes


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """No tracer notes on shapes (the tests compare outputs) and no quantizer advice to
    pre-process (logged on the root logger)."""
    root = logging.getLogger()
    level = root.level
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        root.setLevel(logging.ERROR)
        try:
            yield
        finally:
            root.setLevel(level)


def trace(model_dir: str | Path, raw: Path) -> None:
    """Step 1: the head merged into the base encoder (eager attention, so the graph can be
    fused), exported with ``torch.onnx``."""
    import torch

    from .model import NerModel

    model = NerModel.load(model_dir, attention="eager").model
    dummy = torch.ones(2, 16, dtype=torch.long)
    axes = {0: "batch", 1: "pieces"}
    with _quiet():
        torch.onnx.export(
            model,
            (dummy, dummy),
            str(raw),
            input_names=["input_ids", "attention_mask"],
            output_names=["logits"],
            dynamic_axes={"input_ids": axes, "attention_mask": axes, "logits": axes},
            opset_version=OPSET,
            dynamo=False,
        )


def basic(raw: Path, folded: Path) -> None:
    """Step 2: ONNX Runtime's basic graph optimizations (constant folding and the like), the
    first half of ``optimizer.optimize_model``'s default for BERT, in a process of its own."""
    from onnxruntime.transformers.optimizer import optimize_by_onnxruntime

    with _quiet():
        optimize_by_onnxruntime(
            str(raw),
            use_gpu=False,
            optimized_model_path=str(folded),
            opt_level=1,
            disabled_optimizers=["ConstantSharing"],
        )


def fuse(folded: Path, fused: Path) -> None:
    """Step 3: the second half, the transformer optimizer's fusions of attention, GELU and layer
    norms (``opt_level=0``: step 2 ran ONNX Runtime already); the graph is the one
    ``optimize_model`` gives in one call."""
    from onnxruntime.transformers import optimizer

    heads, hidden = _bert_shape()
    with _quiet():
        opt = optimizer.optimize_model(str(folded), model_type="bert", num_heads=heads, hidden_size=hidden, opt_level=0)
        opt.save_model_to_file(str(fused))


def _bert_shape() -> tuple[int, int]:
    """(attention heads, hidden size) of the base encoder, read from its ``config.json``."""
    from .model import base_model_path

    config = json.loads((Path(base_model_path()) / "config.json").read_text("utf-8"))
    return config["num_attention_heads"], config["hidden_size"]


def int8(fused: Path, final: Path) -> None:
    """Step 4: dynamic int8 for the nodes of :func:`quantized_nodes`, weights per channel."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    nodes = quantized_nodes(onnx.load(str(fused)).graph)
    with _quiet():
        quantize_dynamic(
            str(fused),
            str(final),
            weight_type=QuantType.QInt8,
            per_channel=True,
            nodes_to_quantize=nodes,
            extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT},
        )


STEPS = {"trace": trace, "basic": basic, "fuse": fuse, "int8": int8}

if __name__ == "__main__":  # one step of lawner.ner.onnx.export(), run by its _run_step
    step, source, target = sys.argv[1:4]
    STEPS[step](source, Path(target))
