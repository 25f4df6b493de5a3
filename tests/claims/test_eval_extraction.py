"""Extraction scoring: the matching arithmetic on a hand-computed case (fake embeddings)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from claims.eval_extraction import (
    GoldArticle,
    GoldClaim,
    load_gold,
    match_claims,
    same_source,
    score_extraction,
    starts_unresolved,
)
from claims.model import Article, Claim, ClaimType

# Each text maps to a unit vector; cosines are the dot products below.
VECTORS = {
    "a": [1.0, 0.0, 0.0],
    "a'": [0.8, 0.6, 0.0],  # cos(a, a') = 0.8
    "b": [0.0, 1.0, 0.0],  # cos(a', b) = 0.6: below the 0.7 threshold
    "c": [0.0, 0.0, 1.0],
    "c'": [0.0, 0.6, 0.8],  # cos(c, c') = 0.8, cos(b, c') = 0.6
}


def fake_embed(texts: Sequence[str]) -> np.ndarray:
    return np.array([VECTORS[t] for t in texts])


def test_match_is_one_to_one_and_thresholded() -> None:
    # Greedy would give a'->a (0.8); the optimum also pairs c'->c (0.8); b stays unmatched (0.6 < 0.7).
    matches = match_claims(["a'", "b", "c'"], ["a", "c"], fake_embed)
    assert [(m.extracted, m.gold, round(m.similarity, 3)) for m in matches] == [(0, 0, 0.8), (2, 1, 0.8)]


def _claim(text: str, source: str | None = None, claim_type: ClaimType | None = None) -> Claim:
    return Claim("x", 0, text, text, 0, 0, attributed_to=source, claim_type=claim_type)


def test_scores() -> None:
    gold = GoldArticle(
        Article(text="t", source_uri="t"),
        (GoldClaim("a", "fact", "analysts"), GoldClaim("c", "forecast", None), GoldClaim("b", "fact", None)),
        "t",
    )
    extracted = [
        _claim("a'", "Analysts", ClaimType.FACT),
        _claim("c'", "experts", ClaimType.ASSESSMENT),
        _claim("c", None, ClaimType.FACT),
        _claim("a", None, ClaimType.FACT),
    ]
    score = score_extraction([gold], [extracted], fake_embed, types_scored=True)
    # Optimum: a->a (1.0), c->c (1.0), b->c'(0.6, dropped) -> 2 matched of 3 gold, 4 extracted.
    assert (score.n_matched, score.recall, score.precision) == (2, 2 / 3, 0.5)
    assert score.f1 == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))
    # a (no source) vs gold "analysts": wrong; c vs None: right.
    assert score.attribution_accuracy == 0.5
    # a: fact == fact; c: fact != forecast.
    assert score.type_accuracy == 0.5
    assert score.unresolved_share == 0.0


@pytest.mark.parametrize(
    ("extracted", "gold", "same"),
    [
        (None, None, True),
        ("analysts", "Analysts", True),
        ("Haddad", "Samira Haddad", True),
        ("council leader Priya Anand", "Priya Anand", True),
        ("the minister", None, False),
        ("critics", "supporters", False),
    ],
)
def test_same_source(extracted: str | None, gold: str | None, same: bool) -> None:
    assert same_source(extracted, gold) is same


@pytest.mark.parametrize(
    ("text", "unresolved"),
    [("It will rise.", True), ("This stance matters.", True), ("Itself aside.", False), ("The rule holds.", False)],
)
def test_starts_unresolved(text: str, unresolved: bool) -> None:
    assert starts_unresolved(text) is unresolved


def test_load_gold(tmp_path: Path) -> None:
    path = tmp_path / "01-x.json"
    data = {"id": "01-x", "title": "T", "published_at": "2026-03-11", "outlet": "O", "text": "Prices rose.",
            "claims": [{"text": "Prices rose.", "type": "fact", "attributed_to": None, "sentence": "Prices rose."}]}
    path.write_text(json.dumps(data), encoding="utf-8")
    (gold,) = load_gold([path])
    assert (gold.name, gold.article.text, gold.claims) == ("01-x", "Prices rose.", (GoldClaim("Prices rose.", "fact", None, "Prices rose."),))
