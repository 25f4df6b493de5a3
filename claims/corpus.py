"""The labelled classifier corpus and its fixed train / dev / test splits.

Files: ``data/labelled/<domain>.jsonl``, one ``{"text", "type", "domain", "note"}``
object per line (``type`` is a ``ClaimType`` value).

Splits are a pure function of the text: SHA-256 of the normalised text (lower
case, whitespace collapsed) picks a bucket in [0, 100), and buckets 0–69 are
train, 70–84 dev, 85–99 test. So

- the split of a claim never changes when files grow or are reordered;
- duplicates (after normalisation) always land in the same split, so no text
  is both trained on and tested on;
- the split is independent of the type, so every type is split 70 / 15 / 15 in
  expectation (stratified without depending on the other rows).

``write_split_manifest`` writes the assignment down (``splits.json``) so it can
be inspected and diffed. The public benchmarks in ``../shared/benchmarks/`` are
read here for evaluation only.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from claims.errors import ConfigError
from claims.model import CLAIM_TYPES, ClaimType

SPLIT_METHOD = "sha256(normalised text) % 100: 0-69 train, 70-84 dev, 85-99 test"
_TRAIN_BELOW = 70
_DEV_BELOW = 85


class Split(StrEnum):
    TRAIN = "train"
    DEV = "dev"
    TEST = "test"


@dataclass(frozen=True, slots=True)
class LabelledClaim:
    """One labelled example; ``source`` is ``<file name>:<line number>``."""

    text: str
    claim_type: ClaimType
    domain: str
    note: str = ""
    source: str = ""

    @property
    def split(self) -> Split:
        return assign_split(self.text)


def normalise_text(text: str) -> str:
    """Lower case with whitespace collapsed: the identity used for splits and duplicates."""
    return re.sub(r"\s+", " ", text).strip().lower()


def text_key(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def assign_split(text: str) -> Split:
    """The fixed split of a claim text (see the module docstring)."""
    bucket = int(text_key(text)[:8], 16) % 100
    if bucket < _TRAIN_BELOW:
        return Split.TRAIN
    if bucket < _DEV_BELOW:
        return Split.DEV
    return Split.TEST


def _parse_line(line: str, source: str) -> LabelledClaim:
    try:
        row = json.loads(line)
        text = str(row["text"]).strip()
        claim_type = ClaimType(row["type"])
    except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
        raise ConfigError(
            source, f"is not a labelled claim ({exc}); expected {{\"text\", \"type\", \"domain\", \"note\"}}"
        ) from exc
    if not text:
        raise ConfigError(source, "has an empty text; remove the line")
    return LabelledClaim(
        text=text,
        claim_type=claim_type,
        domain=str(row.get("domain") or Path(source.split(":")[0]).stem),
        note=str(row.get("note") or ""),
        source=source,
    )


def load_labelled(data_dir: str | Path) -> list[LabelledClaim]:
    """Read every ``*.jsonl`` in ``data_dir`` (sorted by file name, then line)."""
    root = Path(data_dir)
    files = sorted(root.glob("*.jsonl"))
    if not files:
        raise ConfigError("data_dir", f"{root} holds no *.jsonl files of labelled claims; pass the folder with --data")
    examples: list[LabelledClaim] = []
    for path in files:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(str(path), f"cannot be read: {exc}") from exc
        for number, line in enumerate(lines, start=1):
            if line.strip():
                examples.append(_parse_line(line, f"{path.name}:{number}"))
    return examples


def deduplicate(examples: Iterable[LabelledClaim]) -> list[LabelledClaim]:
    """Keep the first of each normalised text (a later copy, even with another type, is dropped)."""
    seen: set[str] = set()
    kept: list[LabelledClaim] = []
    for example in examples:
        key = text_key(example.text)
        if key not in seen:
            seen.add(key)
            kept.append(example)
    return kept


def split_examples(examples: Iterable[LabelledClaim]) -> dict[Split, list[LabelledClaim]]:
    """Group examples by their fixed split, keeping file order inside each."""
    groups: dict[Split, list[LabelledClaim]] = {split: [] for split in Split}
    for example in examples:
        groups[example.split].append(example)
    return groups


def data_hash(examples: Sequence[LabelledClaim]) -> str:
    """SHA-256 over the sorted (normalised text, type) pairs: independent of file order."""
    digest = hashlib.sha256()
    for key in sorted(f"{normalise_text(e.text)}\t{e.claim_type}" for e in examples):
        digest.update(key.encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()


def split_counts(examples: Iterable[LabelledClaim]) -> dict[str, dict[str, int]]:
    """``{split: {type: count}}`` for every split and type (zeros included)."""
    counts: Counter[tuple[str, str]] = Counter((e.split.value, e.claim_type.value) for e in examples)
    return {s.value: {t.value: counts[(s.value, t.value)] for t in CLAIM_TYPES} for s in Split}


def _manifest_rows(examples: Sequence[LabelledClaim]) -> list[dict[str, str]]:
    return [
        {"source": e.source, "key": text_key(e.text)[:12], "type": e.claim_type.value, "split": e.split.value}
        for e in examples
    ]


def split_manifest(examples: Sequence[LabelledClaim]) -> dict[str, object]:
    """The split assignment as a JSON-friendly dict: method, counts, and each example's split."""
    return {"method": SPLIT_METHOD, "counts": split_counts(examples), "examples": _manifest_rows(examples)}


def write_split_manifest(examples: Sequence[LabelledClaim], path: str | Path) -> Path:
    """Write ``split_manifest`` to ``path`` as JSON, one example per line so diffs stay readable."""
    rows = ",\n".join("  " + json.dumps(row) for row in _manifest_rows(examples))
    text = (
        "{\n"
        f' "method": {json.dumps(SPLIT_METHOD)},\n'
        f' "counts": {json.dumps(split_counts(examples))},\n'
        f' "examples": [\n{rows}\n ]\n'
        "}\n"
    )
    out = Path(path)
    out.write_text(text, encoding="utf-8")
    return out


# --- public benchmarks (evaluation only: never train or tune on them) ---------------------------


class Benchmark(StrEnum):
    SUBJECTIVITY = "subjectivity"
    FUTURE = "future"


@dataclass(frozen=True, slots=True)
class BenchmarkSpec:
    """How a binary public benchmark maps onto our three types."""

    relative_path: str
    positive_label: str  # the benchmark's label for the positive class
    negative_label: str
    positive_type: ClaimType  # our type that maps to the positive label; the other two map to negative


BENCHMARKS: dict[Benchmark, BenchmarkSpec] = {
    Benchmark.SUBJECTIVITY: BenchmarkSpec("subjectivity/test2024.jsonl", "SUBJ", "OBJ", ClaimType.ASSESSMENT),
    Benchmark.FUTURE: BenchmarkSpec("future/test.jsonl", "FUTURE", "NOT_FUTURE", ClaimType.FORECAST),
}

DEFAULT_BENCHMARK_DIR = Path("../shared/benchmarks")


def load_benchmark(name: Benchmark, root: str | Path = DEFAULT_BENCHMARK_DIR) -> tuple[list[str], list[str]]:
    """Texts and their gold labels (the benchmark's own label strings)."""
    spec = BENCHMARKS[name]
    path = Path(root) / spec.relative_path
    if not path.is_file():
        raise ConfigError(
            "benchmark", f"{path} does not exist; pass the benchmarks folder with --benchmark-dir"
        )
    texts: list[str] = []
    labels: list[str] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            texts.append(str(row["text"]))
            labels.append(str(row["label"]))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ConfigError(f"{path}:{number}", f"is not a benchmark row ({exc})") from exc
    return texts, labels


def to_benchmark_label(name: Benchmark, claim_type: ClaimType) -> str:
    spec = BENCHMARKS[name]
    return spec.positive_label if claim_type == spec.positive_type else spec.negative_label


__all__ = [
    "BENCHMARKS",
    "Benchmark",
    "BenchmarkSpec",
    "DEFAULT_BENCHMARK_DIR",
    "LabelledClaim",
    "SPLIT_METHOD",
    "Split",
    "assign_split",
    "data_hash",
    "deduplicate",
    "load_benchmark",
    "load_labelled",
    "normalise_text",
    "split_counts",
    "split_examples",
    "split_manifest",
    "text_key",
    "to_benchmark_label",
    "write_split_manifest",
]
