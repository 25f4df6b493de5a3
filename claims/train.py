"""Fine-tune the packaged MiniLM encoder into a three-way claim-type classifier.

Design (the "overlay", see ``claims/models/README.md``): the embeddings and the
lower transformer layers stay frozen at the packaged all-MiniLM-L6-v2 weights;
the top ``train_layers`` layers, the pooler and the classification head are
trained. Only the trained parameters are saved (fp16 safetensors), so a model
directory is a few MB and loading it is "packaged base + overlay".

The corpus is split by ``claims.corpus.assign_split``: train for the gradient
steps, dev for picking the epoch and fitting the softmax temperature. The test
split is never read here.

Reproducible: the same data, config and thread count give the same weights
(seeded init, seeded shuffling, no data-dependent nondeterminism on CPU).
"""

from __future__ import annotations

import hashlib
import json
import math
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claims.classify import (
    LABELS,
    METADATA_FILE,
    OVERLAY_FILE,
    PACKAGED_BASE,
    TransformerClassifier,
    quiet_transformers,
    resolve_encoder,
)
from claims.corpus import (
    SPLIT_METHOD,
    LabelledClaim,
    Split,
    data_hash,
    deduplicate,
    load_labelled,
    split_counts,
    split_examples,
    write_split_manifest,
)
from claims.errors import ConfigError, ModelError
from claims.metrics import ClassificationReport, classification_report

if TYPE_CHECKING:
    import torch

NUM_LAYERS = 6  # all-MiniLM-L6-v2
INFERENCE_MAX_LENGTH = 128


@dataclass(frozen=True, slots=True)
class TrainConfig:
    """Hyperparameters. ``train_layers``: how many of the top transformer layers are trained (1-6)."""

    epochs: int = 6
    batch_size: int = 32
    learning_rate: float = 1e-4
    head_learning_rate: float = 1e-3
    weight_decay: float = 0.01
    warmup_ratio: float = 0.1
    max_length: int = 64
    train_layers: int = 3
    seed: int = 13
    threads: int = 2
    max_steps: int = 0  # > 0 stops early (tests)

    def __post_init__(self) -> None:
        if not 1 <= self.train_layers <= NUM_LAYERS:
            raise ConfigError("layers", f"must lie in 1..{NUM_LAYERS}, got {self.train_layers}")
        if self.epochs < 1 or self.batch_size < 1 or self.max_length < 8:
            raise ConfigError("train", "epochs and batch size must be at least 1 and max_length at least 8")


@dataclass(frozen=True, slots=True)
class TrainProgress:
    """One optimiser step: sent to the progress callback."""

    epoch: int  # 1-based
    step: int  # 1-based, over the whole run
    total_steps: int
    loss: float


@dataclass(frozen=True, slots=True)
class EpochSummary:
    epoch: int
    train_loss: float
    dev_macro_f1: float
    dev_accuracy: float


@dataclass(frozen=True, slots=True)
class TrainResult:
    model_dir: Path
    model_version: str
    data_sha256: str
    counts: dict[str, dict[str, int]]
    best_epoch: int
    temperature: float
    dev: ClassificationReport
    epochs: tuple[EpochSummary, ...]
    step_losses: tuple[float, ...]
    overlay_bytes: int
    trained_parameters: int
    seconds: float
    config: TrainConfig = field(default_factory=TrainConfig)


ProgressCallback = Callable[[TrainProgress], None]


def model_version(data_sha256: str, config: TrainConfig, encoder: str = PACKAGED_BASE) -> str:
    """``minilm-overlay-<data hash>-<config hash>``: changes when the data or the recipe does."""
    recipe = json.dumps({"config": asdict(config), "encoder": encoder}, sort_keys=True)
    prefix = "minilm" if encoder == PACKAGED_BASE else Path(encoder).name.lower()
    return f"{prefix}-overlay-{data_sha256[:8]}-{hashlib.sha256(recipe.encode()).hexdigest()[:4]}"


def _trainable_names(model: Any, train_layers: int) -> list[str]:
    first = NUM_LAYERS - train_layers
    keep = tuple(f"bert.encoder.layer.{i}." for i in range(first, NUM_LAYERS)) + ("bert.pooler.", "classifier.")
    return [name for name, _ in model.named_parameters() if name.startswith(keep)]


def _encode(tokenizer: Any, examples: Sequence[LabelledClaim], max_length: int) -> list[list[int]]:
    if not examples:
        return []
    ids: list[list[int]] = tokenizer(
        [e.text for e in examples], truncation=True, max_length=max_length, padding=False
    )["input_ids"]
    return ids


def _pad(ids: Sequence[Sequence[int]], pad_id: int) -> tuple[torch.Tensor, torch.Tensor]:
    import torch

    width = max(len(x) for x in ids)
    input_ids = torch.full((len(ids), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(ids), width), dtype=torch.long)
    for row, x in enumerate(ids):
        input_ids[row, : len(x)] = torch.tensor(list(x), dtype=torch.long)
        mask[row, : len(x)] = 1
    return input_ids, mask


def fit_temperature(logits: torch.Tensor, labels: torch.Tensor) -> float:
    """The T > 0 that minimises the NLL of softmax(logits / T) (grid over log T, then a finer grid)."""
    import torch

    if logits.shape[0] == 0:
        return 1.0

    def nll(t: float) -> float:
        return float(torch.nn.functional.cross_entropy(logits / t, labels))

    grid = [math.exp(x / 20) for x in range(-60, 61)]  # 0.05 .. 20
    best = min(grid, key=nll)
    fine = [best * math.exp(x / 400) for x in range(-20, 21)]
    best_fine: float = min(fine, key=nll)
    return round(best_fine, 4)


def _round_to_fp16(model: Any, names: Sequence[str]) -> None:
    """Make the in-memory weights equal what the fp16 overlay will reload."""
    import torch

    params = dict(model.named_parameters())
    with torch.no_grad():
        for name in names:
            params[name].copy_(params[name].half().float())


def train(
    data_dir: str | Path,
    output_dir: str | Path,
    *,
    config: TrainConfig | None = None,
    encoder: str | Path | None = None,
    progress: ProgressCallback | None = None,
) -> TrainResult:
    """Fine-tune on the train split of ``data_dir``; write ``output_dir/<model_version>/``.

    **Reads:** labelled claims (``data_dir/*.jsonl``), the base encoder (packaged MiniLM by default).
    **Adds:** a model directory: overlay weights, config + label map, tokenizer, ``claims_model.json``
    (version, training-data hash, temperature, dev metrics, per-epoch losses) and ``splits.json``.
    """
    import torch
    from safetensors.torch import save_file
    from transformers import AutoConfig, AutoModelForSequenceClassification, AutoTokenizer

    cfg = config or TrainConfig()
    started = time.perf_counter()
    examples = deduplicate(load_labelled(data_dir))
    groups = split_examples(examples)
    train_set, dev_set = groups[Split.TRAIN], groups[Split.DEV]
    if not train_set or not dev_set:
        raise ConfigError(
            "data_dir", f"{data_dir} gives {len(train_set)} train and {len(dev_set)} dev examples; add labelled claims"
        )
    used = train_set + dev_set
    digest = data_hash(used)
    encoder_id = PACKAGED_BASE if not encoder else str(Path(encoder).resolve())
    base = resolve_encoder(encoder_id)
    version = model_version(digest, cfg, encoder_id)

    previous_threads = torch.get_num_threads()
    torch.set_num_threads(cfg.threads)
    try:
        torch.manual_seed(cfg.seed)
        label_map = {i: label for i, label in enumerate(LABELS)}
        hf_config = AutoConfig.from_pretrained(
            str(base), num_labels=len(LABELS), id2label=label_map, label2id={v: k for k, v in label_map.items()}
        )
        hf_config.architectures = ["BertForSequenceClassification"]
        try:
            with quiet_transformers():
                model = AutoModelForSequenceClassification.from_pretrained(str(base), config=hf_config)
                tokenizer = AutoTokenizer.from_pretrained(str(base))
        except (OSError, ValueError) as exc:
            raise ModelError(str(base), f"cannot be loaded for training ({exc}); set CLAIMS_ENCODER to a local model") from exc
        names = _trainable_names(model, cfg.train_layers)
        for name, param in model.named_parameters():
            param.requires_grad = name in names
        params = dict(model.named_parameters())
        head = [params[n] for n in names if n.startswith("classifier.")]
        body_decay = [params[n] for n in names if not n.startswith("classifier.") and not n.endswith("bias") and "LayerNorm" not in n]
        body_plain = [params[n] for n in names if not n.startswith("classifier.") and (n.endswith("bias") or "LayerNorm" in n)]
        optimizer = torch.optim.AdamW(
            [
                {"params": body_decay, "lr": cfg.learning_rate, "weight_decay": cfg.weight_decay},
                {"params": body_plain, "lr": cfg.learning_rate, "weight_decay": 0.0},
                {"params": head, "lr": cfg.head_learning_rate, "weight_decay": 0.0},
            ]
        )
        steps_per_epoch = math.ceil(len(train_set) / cfg.batch_size)
        total = steps_per_epoch * cfg.epochs
        if cfg.max_steps > 0:
            total = min(total, cfg.max_steps)
        warmup = max(1, int(total * cfg.warmup_ratio))
        scheduler = torch.optim.lr_scheduler.LambdaLR(
            optimizer, lambda s: min((s + 1) / warmup, max(0.0, (total - s) / max(1, total - warmup)))
        )

        train_ids = _encode(tokenizer, train_set, cfg.max_length)
        train_labels = torch.tensor([LABELS.index(e.claim_type.value) for e in train_set], dtype=torch.long)
        dev_labels = [e.claim_type.value for e in dev_set]
        dev_targets = torch.tensor([LABELS.index(x) for x in dev_labels], dtype=torch.long)
        scorer = TransformerClassifier(
            model, tokenizer, name="training", version=version, max_length=cfg.max_length, batch_size=64
        )
        pad_id = int(tokenizer.pad_token_id or 0)
        generator = torch.Generator().manual_seed(cfg.seed)

        step = 0
        step_losses: list[float] = []
        epochs: list[EpochSummary] = []
        best: tuple[float, int, dict[str, torch.Tensor]] | None = None
        for epoch in range(1, cfg.epochs + 1):
            if step >= total:
                break
            model.train()
            order = torch.randperm(len(train_set), generator=generator).tolist()
            epoch_losses: list[float] = []
            for start in range(0, len(order), cfg.batch_size):
                if step >= total:
                    break
                chunk = order[start : start + cfg.batch_size]
                input_ids, mask = _pad([train_ids[i] for i in chunk], pad_id)
                logits = model(input_ids=input_ids, attention_mask=mask).logits
                loss = torch.nn.functional.cross_entropy(logits, train_labels[chunk])
                loss.backward()
                torch.nn.utils.clip_grad_norm_([params[n] for n in names], 1.0)
                optimizer.step()
                scheduler.step()
                optimizer.zero_grad(set_to_none=True)
                step += 1
                value = float(loss.detach())
                step_losses.append(value)
                epoch_losses.append(value)
                if progress is not None:
                    progress(TrainProgress(epoch=epoch, step=step, total_steps=total, loss=value))
            model.eval()
            predicted = [LABELS[i] for i in scorer.logits([e.text for e in dev_set]).argmax(dim=-1).tolist()]
            report = classification_report(dev_labels, predicted, LABELS)
            epochs.append(
                EpochSummary(epoch, sum(epoch_losses) / max(1, len(epoch_losses)), report.macro_f1, report.accuracy)
            )
            if best is None or report.macro_f1 > best[0]:
                best = (report.macro_f1, epoch, {n: params[n].detach().clone() for n in names})
        assert best is not None
        with torch.no_grad():
            for name, tensor in best[2].items():
                params[name].copy_(tensor)
        _round_to_fp16(model, names)
        model.eval()
        dev_logits = scorer.logits([e.text for e in dev_set])
        temperature = fit_temperature(dev_logits, dev_targets)
        dev_pred = [LABELS[i] for i in dev_logits.argmax(dim=-1).tolist()]
        dev_report = classification_report(dev_labels, dev_pred, LABELS)

        model_dir = Path(output_dir) / version
        model_dir.mkdir(parents=True, exist_ok=True)
        overlay = {n: params[n].detach().half().contiguous() for n in names}
        save_file(overlay, str(model_dir / OVERLAY_FILE), metadata={"model_version": version})
        model.config.save_pretrained(str(model_dir))
        tokenizer.save_pretrained(str(model_dir))
    finally:
        torch.set_num_threads(previous_threads)

    counts = split_counts(examples)
    write_split_manifest(examples, model_dir / "splits.json")
    trained_parameters = sum(t.numel() for t in overlay.values())
    overlay_bytes = (model_dir / OVERLAY_FILE).stat().st_size
    seconds = time.perf_counter() - started
    metadata = {
        "format": "overlay",
        "model_version": version,
        "labels": list(LABELS),
        "base_model": encoder_id,
        "trained_layers": cfg.train_layers,
        "trained_parameter_names": names,
        "trained_parameters": trained_parameters,
        "temperature": temperature,
        # Training truncates at cfg.max_length; inference allows longer sentences (news text runs longer).
        "max_length": max(cfg.max_length, INFERENCE_MAX_LENGTH),
        "train_max_length": cfg.max_length,
        "data_sha256": digest,
        "split_method": SPLIT_METHOD,
        "counts": counts,
        "config": asdict(cfg),
        "best_epoch": best[1],
        "epochs": [asdict(e) for e in epochs],
        "dev": _report_dict(dev_report),
        "train_seconds": round(seconds, 1),
        "torch_threads": cfg.threads,
    }
    (model_dir / METADATA_FILE).write_text(json.dumps(metadata, indent=1) + "\n", encoding="utf-8")
    return TrainResult(
        model_dir=model_dir,
        model_version=version,
        data_sha256=digest,
        counts=counts,
        best_epoch=best[1],
        temperature=temperature,
        dev=dev_report,
        epochs=tuple(epochs),
        step_losses=tuple(step_losses),
        overlay_bytes=overlay_bytes,
        trained_parameters=trained_parameters,
        seconds=seconds,
        config=cfg,
    )


def _report_dict(report: ClassificationReport) -> dict[str, Any]:
    return {
        "n": report.n,
        "accuracy": round(report.accuracy, 4),
        "macro_f1": round(report.macro_f1, 4),
        "f1": {s.label: round(s.f1, 4) for s in report.per_class},
        "confusion": [list(row) for row in report.confusion],
    }


__all__ = [
    "EpochSummary",
    "NUM_LAYERS",
    "ProgressCallback",
    "TrainConfig",
    "TrainProgress",
    "TrainResult",
    "fit_temperature",
    "model_version",
    "train",
]
