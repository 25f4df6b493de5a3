"""claims.metrics on a hand-computed case."""

from __future__ import annotations

import pytest

from claims.metrics import ClassScores, classification_report, confusion_matrix

LABELS = ("fact", "assessment", "forecast")
# 8 items. Gold: 3 fact, 3 assessment, 2 forecast.
GOLD = ["fact", "fact", "fact", "assessment", "assessment", "assessment", "forecast", "forecast"]
PRED = ["fact", "fact", "assessment", "assessment", "assessment", "forecast", "forecast", "fact"]


def test_confusion_matrix_rows_gold_columns_predicted() -> None:
    assert confusion_matrix(GOLD, PRED, LABELS) == ((2, 1, 0), (0, 2, 1), (1, 0, 1))


def test_report_matches_hand_computation() -> None:
    report = classification_report(GOLD, PRED, LABELS)
    # fact: tp 2, predicted 3, gold 3 -> P 2/3, R 2/3, F1 2/3
    # assessment: tp 2, predicted 3, gold 3 -> 2/3, 2/3, 2/3
    # forecast: tp 1, predicted 2, gold 2 -> 1/2, 1/2, 1/2
    assert report.n == 8
    assert report.accuracy == pytest.approx(5 / 8)
    assert report.per_class == (
        ClassScores("fact", pytest.approx(2 / 3), pytest.approx(2 / 3), pytest.approx(2 / 3), 3),
        ClassScores("assessment", pytest.approx(2 / 3), pytest.approx(2 / 3), pytest.approx(2 / 3), 3),
        ClassScores("forecast", 0.5, 0.5, 0.5, 2),
    )
    assert report.macro_f1 == pytest.approx((2 / 3 + 2 / 3 + 1 / 2) / 3)
    assert report.f1_of("forecast") == 0.5


def test_unequal_precision_and_recall() -> None:
    # gold forecast x3, predicted forecast once (right) + once on a fact (wrong)
    report = classification_report(
        ["forecast", "forecast", "forecast", "fact"], ["forecast", "fact", "fact", "forecast"], ("fact", "forecast")
    )
    forecast = report.per_class[1]
    assert (forecast.precision, forecast.recall) == (0.5, pytest.approx(1 / 3))
    assert forecast.f1 == pytest.approx(2 * 0.5 * (1 / 3) / (0.5 + 1 / 3))
    assert report.per_class[0] == ClassScores("fact", 0.0, 0.0, 0.0, 1)


def test_a_class_never_predicted_scores_zero_not_an_error() -> None:
    report = classification_report(["fact", "forecast"], ["fact", "fact"], LABELS)
    assert [s.f1 for s in report.per_class] == [pytest.approx(2 / 3), 0.0, 0.0]
    assert report.macro_f1 == pytest.approx(2 / 9)


@pytest.mark.parametrize(
    ("gold", "pred", "message"),
    [
        (["fact"], [], "1 gold labels but 0 predictions"),
        (["fact"], ["opinion"], "labels ['opinion'] are not in ['fact', 'assessment', 'forecast']"),
    ],
)
def test_bad_input_is_rejected(gold: list[str], pred: list[str], message: str) -> None:
    with pytest.raises(ValueError) as info:
        classification_report(gold, pred, LABELS)
    assert str(info.value) == message
