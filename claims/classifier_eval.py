"""Score a classifier on our test split or on a public benchmark (evaluation only).

``evaluate_split`` scores the three types on a fixed split of the labelled
corpus; ``evaluate_benchmark`` maps our types onto a binary public benchmark
(``claims.corpus.BENCHMARKS``) and scores that. The arithmetic lives in
``claims.metrics``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from claims.classify import LABELS, Classifier
from claims.corpus import (
    BENCHMARKS,
    DEFAULT_BENCHMARK_DIR,
    Benchmark,
    Split,
    deduplicate,
    load_benchmark,
    load_labelled,
    split_examples,
    to_benchmark_label,
)
from claims.errors import ConfigError
from claims.metrics import ClassificationReport, classification_report


@dataclass(frozen=True, slots=True)
class ClassifierEvaluation:
    """A classifier's scores on one dataset."""

    dataset: str  # "test split (data/labelled)" or "benchmark subjectivity"
    classifier: str
    model_version: str
    report: ClassificationReport


def evaluate_texts(
    classifier: Classifier, texts: Sequence[str], gold: Sequence[str], labels: Sequence[str] = LABELS
) -> ClassificationReport:
    predicted = [p.claim_type.value for p in classifier.predict(texts)]
    return classification_report(gold, predicted, labels)


def evaluate_split(
    classifier: Classifier, data_dir: str | Path = "data/labelled", split: Split = Split.TEST
) -> ClassifierEvaluation:
    """Three-way scores on one fixed split (deduplicated, as in training)."""
    examples = split_examples(deduplicate(load_labelled(data_dir)))[split]
    if not examples:
        raise ConfigError("data_dir", f"{data_dir} has no {split} examples; add labelled claims")
    report = evaluate_texts(classifier, [e.text for e in examples], [e.claim_type.value for e in examples])
    return ClassifierEvaluation(f"{split} split ({data_dir})", classifier.name, classifier.version, report)


def evaluate_benchmark(
    classifier: Classifier, name: Benchmark, root: str | Path = DEFAULT_BENCHMARK_DIR
) -> ClassifierEvaluation:
    """Binary scores on a public benchmark, our types mapped onto its two labels."""
    spec = BENCHMARKS[name]
    texts, gold = load_benchmark(name, root)
    predicted = [to_benchmark_label(name, p.claim_type) for p in classifier.predict(texts)]
    report = classification_report(gold, predicted, (spec.positive_label, spec.negative_label))
    return ClassifierEvaluation(f"benchmark {name}", classifier.name, classifier.version, report)




def format_evaluation(evaluation: ClassifierEvaluation) -> str:
    """Plain-text report: header, accuracy, macro-F1, per-class P/R/F1, confusion matrix."""
    report = evaluation.report
    width = max(len(label) for label in report.labels) + 2
    lines = [
        f"{evaluation.dataset}: {report.n} items, model {evaluation.model_version}",
        f"accuracy  {report.accuracy:.3f}",
        f"macro-F1  {report.macro_f1:.3f}",
        "",
        f"{'class':<{width}}precision  recall  f1     support",
    ]
    for s in report.per_class:
        lines.append(f"{s.label:<{width}}{s.precision:<11.3f}{s.recall:<8.3f}{s.f1:<7.3f}{s.support}")
    lines += ["", "confusion (rows gold, columns predicted)", " " * width + "".join(f"{x:>{width}}" for x in report.labels)]
    for label, row in zip(report.labels, report.confusion, strict=True):
        lines.append(f"{label:<{width}}" + "".join(f"{v:>{width}}" for v in row))
    return "\n".join(lines) + "\n"


__all__ = ["ClassifierEvaluation", "evaluate_benchmark", "evaluate_split", "evaluate_texts", "format_evaluation"]
