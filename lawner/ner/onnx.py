"""The NER head on ONNX Runtime: exported once per model, cached, run without torch.

``lawner.load()`` runs the head through ONNX Runtime, in int8 (``runtime="onnx"``, the
default; ``--runtime torch`` and ``quantize=False`` choose otherwise):

1. the saved head (adapter and classifier) is merged into the base encoder and exported
   with ``torch.onnx`` (eager attention, so the graph can be fused);
2. ONNX Runtime's transformer optimizer fuses attention, GELU and layer norms;
3. with ``quantize``, every product of the encoder (attention and feed-forward layers)
   gets dynamic int8, with weights per channel (the classifier stays fp32);
4. the result goes to the cache (``$LAWNER_CACHE``, else ``$XDG_CACHE_HOME/lawner``, else
   ``~/.cache/lawner``), under a key made of the head's files and these settings, so later
   loads skip steps 1-3 and never import torch.

Nothing is downloaded: the export reads the local base encoder and the head's folder. Steps
1-3 run in child processes (:func:`export`; the steps are in :mod:`lawner.ner.export`), so
the first load never holds torch's model and the graphs in one process.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

from ..errors import LawnerError

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
        raise LawnerError("the ONNX runtime needs onnx and onnxruntime: pip install onnx onnxruntime") from exc


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
    try:
        import onnxruntime  # noqa: F401  (a cached file needs only the runtime: onnx is slow to import)
    except ImportError:
        _require()
    target = cache_dir() / "onnx" / f"{model_key(model_dir, quantize)}{'-int8' if quantize else ''}.onnx"
    if target.exists():
        return target
    _require()
    target.parent.mkdir(parents=True, exist_ok=True)
    # build beside the target and rename: concurrent workers never read a half-written file
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        built = export(model_dir, Path(tmp), quantize)
        os.replace(built, target)
    return target


def export(model_dir: str | Path, out_dir: Path, quantize: bool) -> Path:
    """Export, fuse and (with ``quantize``) quantize the head; returns the final file.

    Each step runs in a process of its own (``python -m lawner.ner.export STEP ...``), so
    no process holds torch's model and the ONNX graphs at once, and the caller never imports
    torch: in one process the three steps peaked at 1.34 GB RSS; apart, the largest peaks
    under 1 GB (issue 12: a fresh install's first ``lawner extract`` stays under 1 GB).
    """
    raw, folded, fused = out_dir / "raw.onnx", out_dir / "folded.onnx", out_dir / "fused.onnx"
    final = out_dir / "int8.onnx"
    _run_step("trace", str(model_dir), str(raw))
    _run_step("basic", str(raw), str(folded))
    _run_step("fuse", str(folded), str(fused))
    raw.unlink()
    folded.unlink()
    if not quantize:
        return fused
    _run_step("int8", str(fused), str(final))
    return final


def _run_step(*args: str) -> None:
    """One step of :func:`export` in a child process; its errors come back as a LawnerError."""
    # (by the steps' module name: lawner.ner.export imports the model, which imports this module)
    done = subprocess.run([sys.executable, "-m", "lawner.ner.export", *args], capture_output=True, text=True)
    if done.returncode != 0:
        raise LawnerError(f"exporting the NER head to ONNX failed ({args[0]}):\n{done.stderr[-3000:]}")


def quantized_nodes(graph) -> list[str]:
    """The nodes int8 applies to: the encoder's fused attention and its other products.

    As with torch (:func:`lawner.ner.model.quantize_encoder`), the classifier stays fp32.
    Measured on the test split, combined entity F1 against fp32, windows run one at a time
    as :class:`~lawner.ner.model.NerModel` runs them: -0.3 points per channel (the limit is
    0.5; models/README.md has the table of schemes).
    """
    return [n.name for n in graph.node if n.op_type == "Attention" or (n.op_type == "MatMul" and "/encoder/" in n.name)]


def feed_forward_nodes(graph) -> list[str]:
    """The encoder's feed-forward products (a scheme ``scripts/int8_schemes.py`` compares)."""
    return [
        n.name for n in graph.node if n.op_type == "MatMul" and "/encoder/" in n.name and "/attention/" not in n.name
    ]


def tokenizer_path(onnx_path: str | Path) -> Path:
    """Where the windowing tokenizer of an exported head is cached, beside its ONNX file: the
    base encoder's fast tokenizer as ``tokenizers`` JSON, with its pad id, so a load from the
    cache needs neither transformers nor its tokenizer classes (about 0.8 s of imports)."""
    return Path(onnx_path).with_suffix(".tokenizer.json")


def save_tokenizer(onnx_path: str | Path, tokenizer_json: str, pad_token_id: int) -> None:
    """Cache ``tokenizer_json`` (a ``tokenizers.Tokenizer.to_str()``) beside the ONNX file."""
    target = tokenizer_path(onnx_path)
    tmp = target.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps({"tokenizer": tokenizer_json, "pad_token_id": pad_token_id}), "utf-8")
    os.replace(tmp, target)  # concurrent workers never read a half-written file


def cached_tokenizer(onnx_path: str | Path) -> tuple[str, int] | None:
    """``(tokenizer JSON, pad id)`` cached by :func:`save_tokenizer`, or None."""
    try:
        data = json.loads(tokenizer_path(onnx_path).read_text("utf-8"))
        return data["tokenizer"], int(data["pad_token_id"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


class OnnxLogits:
    """``(input_ids, attention_mask) -> logits`` on an ONNX Runtime session (numpy in and out)."""

    def __init__(self, path: str | Path, threads: int | None = None) -> None:
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or 0  # 0: ONNX Runtime's default, one per core
        options.inter_op_num_threads = 1
        # no busy-waiting between and after runs: the head's thread shares the cores with the
        # rules' (components/ner.py reads a batch ahead), and on a shared machine with other
        # processes, where spinning threads took twice the wall time for the same windows
        # (LAWNER_ORT_SPIN=1 turns it back on); the logits are the same either way
        spin = os.environ.get("LAWNER_ORT_SPIN", "0")
        options.add_session_config_entry("session.intra_op.allow_spinning", "1" if spin == "1" else "0")
        self.path = Path(path)
        self.session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])

    def __call__(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        return self.session.run(["logits"], {"input_ids": ids, "attention_mask": mask})[0]
