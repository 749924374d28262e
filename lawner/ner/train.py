"""Fine-tune the NER head: LoRA on all-MiniLM-L6-v2 plus a token-classification head.

A plain PyTorch loop (AdamW, linear decay, fixed seed) so the shipped model is reproducible
on a 2-core CPU: ``lawner train --out models/ner`` (see models/README.md for the figures).
"""

from __future__ import annotations

import hashlib
import json
import random
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from ..corpus import Example
from .model import NerConfig, NerModel


@dataclass
class TrainSettings:
    epochs: int = 12
    batch_size: int = 8
    learning_rate: float = 1e-3
    warmup: float = 0.1
    weight_decay: float = 0.01
    seed: int = 13
    max_length: int = 256
    stride: int = 64
    lora_r: int = 16
    lora_alpha: int = 32


def encode(model: NerModel, examples: list[Example]) -> list[tuple[list[int], list[int], list[int]]]:
    """(input_ids, attention_mask, labels) per window; labels -100 on special and pad tokens."""
    tag_id = {t: i for i, t in enumerate(model.tags)}
    rows = []
    for example in examples:
        spans = sorted(example.spans)
        for window in model.windows(example.text):
            labels = []
            for s, e in window.offsets:
                if e <= s:
                    labels.append(-100)
                    continue
                tag = "O"
                for start, end, label in spans:
                    if s < end and start < e:
                        tag = f"{'B' if s <= start else 'I'}-{label}"
                        break
                labels.append(tag_id.get(tag, 0))
            # padded to the window length: batches cut them to their longest window
            pad = model.config.max_length - len(window.ids)
            ids = window.ids + [model.tokenizer.pad_token_id or 0] * pad
            rows.append((ids, [1] * len(window.ids) + [0] * pad, labels + [-100] * pad))
    return rows


def corpus_hash(examples: list[Example]) -> str:
    digest = hashlib.sha256()
    for example in examples:
        digest.update(json.dumps(example.to_dict(), sort_keys=True).encode())
    return digest.hexdigest()[:16]


def train(
    examples: list[Example],
    out: str | Path,
    settings: TrainSettings | None = None,
    log: Callable[[str], None] = print,
) -> NerModel:
    """Train on ``examples`` and save the head to ``out``; returns the trained model."""
    import numpy as np
    import torch
    from transformers import get_linear_schedule_with_warmup

    settings = settings or TrainSettings()
    random.seed(settings.seed)
    np.random.seed(settings.seed)
    torch.manual_seed(settings.seed)
    config = NerConfig(
        max_length=settings.max_length, stride=settings.stride, lora_r=settings.lora_r, lora_alpha=settings.lora_alpha
    )
    model = NerModel.new(config, seed=settings.seed)
    rows = encode(model, examples)
    torch.set_num_threads(max(1, torch.get_num_threads()))
    steps = (len(rows) + settings.batch_size - 1) // settings.batch_size * settings.epochs
    params = [p for p in model.model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=settings.learning_rate, weight_decay=settings.weight_decay)
    scheduler = get_linear_schedule_with_warmup(optimizer, int(steps * settings.warmup), steps)
    log(f"training on {len(examples)} documents, {len(rows)} windows, {steps} steps")
    started = time.time()
    model.model.train()
    # batches of windows of similar length (little padding), in a new random order each epoch
    by_length = sorted(range(len(rows)), key=lambda i: sum(rows[i][1]))
    batches = [by_length[b : b + settings.batch_size] for b in range(0, len(by_length), settings.batch_size)]
    for epoch in range(settings.epochs):
        random.shuffle(batches)
        total = 0.0
        for indices in batches:
            batch = [rows[i] for i in indices]
            width = max(sum(r[1]) for r in batch)
            ids = torch.tensor([r[0][:width] for r in batch])
            mask = torch.tensor([r[1][:width] for r in batch])
            labels = torch.tensor([r[2][:width] for r in batch])
            loss = model.model(input_ids=ids, attention_mask=mask, labels=labels).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad()
            total += loss.item() * len(batch)
        log(f"epoch {epoch + 1}/{settings.epochs}: loss {total / max(len(rows), 1):.4f} ({time.time() - started:.0f}s)")
    model.model.eval()
    model.config.training = {
        **asdict(settings),
        "documents": len(examples),
        "windows": len(rows),
        "corpus_sha256": corpus_hash(examples),
        "seconds": round(time.time() - started),
    }
    model.save(out)
    trained = NerModel.load(out)
    return trained
