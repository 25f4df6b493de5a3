"""Classification metrics: pure arithmetic over gold and predicted labels.

No model, no files: lists of labels in, a frozen report out. Used by
``claims eval classifier`` and by training (model selection on dev).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ClassScores:
    """Precision, recall and F1 of one label, with its gold count (support)."""

    label: str
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True, slots=True)
class ClassificationReport:
    """Accuracy, macro-F1, per-class scores and the confusion matrix.

    ``confusion[i][j]`` counts items whose gold label is ``labels[i]`` and whose
    predicted label is ``labels[j]`` (rows gold, columns predicted).
    """

    labels: tuple[str, ...]
    n: int
    accuracy: float
    macro_f1: float
    per_class: tuple[ClassScores, ...]
    confusion: tuple[tuple[int, ...], ...]

    def f1_of(self, label: str) -> float:
        for scores in self.per_class:
            if scores.label == label:
                return scores.f1
        raise KeyError(label)


def _ratio(numerator: int, denominator: int) -> float:
    # 0/0 counts as 0 (scikit-learn's zero_division=0), so an unpredicted class scores 0.
    return numerator / denominator if denominator else 0.0


def confusion_matrix(gold: Sequence[str], predicted: Sequence[str], labels: Sequence[str]) -> tuple[tuple[int, ...], ...]:
    """Rows gold, columns predicted, in the order of ``labels``."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold labels but {len(predicted)} predictions")
    index = {label: i for i, label in enumerate(labels)}
    unknown = (set(gold) | set(predicted)) - set(index)
    if unknown:
        raise ValueError(f"labels {sorted(unknown)} are not in {list(labels)}")
    counts = [[0] * len(labels) for _ in labels]
    for g, p in zip(gold, predicted, strict=True):
        counts[index[g]][index[p]] += 1
    return tuple(tuple(row) for row in counts)


def classification_report(
    gold: Sequence[str], predicted: Sequence[str], labels: Sequence[str]
) -> ClassificationReport:
    """Score ``predicted`` against ``gold``; macro-F1 is the unweighted mean over ``labels``."""
    matrix = confusion_matrix(gold, predicted, labels)
    per_class: list[ClassScores] = []
    for i, label in enumerate(labels):
        true_pos = matrix[i][i]
        gold_count = sum(matrix[i])
        predicted_count = sum(row[i] for row in matrix)
        precision = _ratio(true_pos, predicted_count)
        recall = _ratio(true_pos, gold_count)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_class.append(ClassScores(label, precision, recall, f1, gold_count))
    n = len(gold)
    correct = sum(matrix[i][i] for i in range(len(labels)))
    macro = sum(s.f1 for s in per_class) / len(per_class) if per_class else 0.0
    return ClassificationReport(
        labels=tuple(labels),
        n=n,
        accuracy=_ratio(correct, n),
        macro_f1=macro,
        per_class=tuple(per_class),
        confusion=matrix,
    )


__all__ = ["ClassScores", "ClassificationReport", "classification_report", "confusion_matrix"]
