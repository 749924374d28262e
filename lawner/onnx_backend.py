"""The NER head on ONNX Runtime: exported once per model, cached, run without torch.

``lawner.load(runtime="onnx")`` (``--runtime onnx``) runs the head through ONNX Runtime:

1. the saved head (adapter and classifier) is merged into the base encoder and exported
   with ``torch.onnx`` (eager attention, so the graph can be fused);
2. ONNX Runtime's transformer optimizer fuses attention, GELU and layer norms;
3. with ``quantize``, every product of the encoder (attention and feed-forward layers)
   gets dynamic int8, with weights per channel (the classifier stays fp32);
4. the result goes to the cache (``$LAWNER_CACHE``, else ``$XDG_CACHE_HOME/lawner``, else
   ``~/.cache/lawner``), under a key made of the head's files and these settings, so later
   loads skip steps 1-3 and never import torch.

Nothing is downloaded: the export reads the local base encoder and the head's folder.
Needs the ``onnx`` extra: ``pip install 'lawner[onnx]'``.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import warnings
from pathlib import Path

import numpy as np

from .errors import LawnerError

# bump when the export or its settings change: cached files of older versions are not reused
EXPORT_VERSION = 3
OPSET = 17


def cache_dir() -> Path:
    """Where exported models are kept."""
    if os.environ.get("LAWNER_CACHE"):
        return Path(os.environ["LAWNER_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "lawner"


def _require() -> None:
    try:
        import onnx  # noqa: F401
        import onnxruntime  # noqa: F401
    except ImportError as exc:
        raise LawnerError("runtime 'onnx' needs the onnx extra: pip install 'lawner[onnx]'") from exc


def model_key(model_dir: str | Path, quantize: bool) -> str:
    """A digest of the head's files, the export settings and ONNX Runtime's version."""
    import onnxruntime

    digest = hashlib.sha256(f"v{EXPORT_VERSION} int8={quantize} ort={onnxruntime.__version__}".encode())
    root = Path(model_dir)
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:20]


def exported_path(model_dir: str | Path, quantize: bool) -> Path:
    """The ONNX file of the head in ``model_dir``: from the cache, or exported now."""
    _require()
    target = cache_dir() / "onnx" / f"{model_key(model_dir, quantize)}{'-int8' if quantize else ''}.onnx"
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    # build beside the target and rename: concurrent workers never read a half-written file
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        built = export(model_dir, Path(tmp), quantize)
        os.replace(built, target)
    return target


def export(model_dir: str | Path, out_dir: Path, quantize: bool) -> Path:
    """Export, fuse and (with ``quantize``) quantize the head; returns the final file."""
    import onnx
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from onnxruntime.transformers import optimizer

    from .ner_model import NerModel

    model = NerModel.load(model_dir, attention="eager").model
    raw, fused, final = out_dir / "raw.onnx", out_dir / "fused.onnx", out_dir / "int8.onnx"
    dummy = torch.ones(2, 16, dtype=torch.long)
    axes = {0: "batch", 1: "pieces"}
    quiet = logging.getLogger()
    level = quiet.level
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # tracer notes on shapes: the check below compares outputs
        quiet.setLevel(logging.ERROR)  # the quantizer's advice to pre-process, on the root logger
        try:
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
            config = model.config
            opt = optimizer.optimize_model(
                str(raw), model_type="bert", num_heads=config.num_attention_heads, hidden_size=config.hidden_size
            )
            opt.save_model_to_file(str(fused))
            if not quantize:
                return fused
            quantize_dynamic(
                str(fused),
                str(final),
                weight_type=QuantType.QInt8,
                per_channel=True,
                nodes_to_quantize=quantized_nodes(onnx.load(str(fused)).graph),
                extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT},
            )
            return final
        finally:
            quiet.setLevel(level)


def quantized_nodes(graph) -> list[str]:
    """The nodes int8 applies to: the encoder's fused attention and its other products.

    As with torch (:func:`lawner.ner_model.quantize_encoder`), the classifier stays fp32.
    Measured on the test split, combined entity F1 against fp32, windows run one at a time
    as :class:`~lawner.ner_model.NerModel` runs them: -0.3 points per channel (the limit is
    0.5; models/README.md has the table of schemes).
    """
    return [n.name for n in graph.node if n.op_type == "Attention" or (n.op_type == "MatMul" and "/encoder/" in n.name)]


def feed_forward_nodes(graph) -> list[str]:
    """The encoder's feed-forward products (a scheme ``scripts/int8_schemes.py`` compares)."""
    return [
        n.name for n in graph.node if n.op_type == "MatMul" and "/encoder/" in n.name and "/attention/" not in n.name
    ]


class OnnxLogits:
    """``(input_ids, attention_mask) -> logits`` on an ONNX Runtime session (numpy in and out)."""

    def __init__(self, path: str | Path, threads: int | None = None) -> None:
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or 0  # 0: ONNX Runtime's default, one per core
        options.inter_op_num_threads = 1
        self.path = Path(path)
        self.session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])

    def __call__(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        return self.session.run(["logits"], {"input_ids": ids, "attention_mask": mask})[0]
