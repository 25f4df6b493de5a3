"""Words of estimative probability -> implied probability of the forecast event."""

from __future__ import annotations

import pytest

from claims.probability import Estimate, estimate_probability, implied_probability


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices will rise.", Estimate(0.95, "will")),
        ("Prices will certainly rise.", Estimate(0.95, "certainly")),
        ("The plant will almost certainly close.", Estimate(0.9, "almost certainly")),
        ("A recession is very likely.", Estimate(0.9, "very likely")),
        ("Prices will likely rise.", Estimate(0.7, "likely")),  # the hedge beats "will"
        ("Prices will probably rise.", Estimate(0.7, "probably")),
        ("Growth is expected to slow.", Estimate(0.75, "expected to")),
        ("Prices may rise.", Estimate(0.45, "may")),
        ("Prices could rise.", Estimate(0.45, "could")),
        ("Prices might rise.", Estimate(0.4, "might")),
        ("It is possible that prices rise.", Estimate(0.45, "possible")),
        ("A deal is unlikely.", Estimate(0.2, "unlikely")),
        ("A deal is very unlikely.", Estimate(0.1, "very unlikely")),
        ("There is almost no chance of a deal.", Estimate(0.05, "almost no chance")),
        ("The line is due to open in 2028.", Estimate(0.95, "is due to")),
        # negation
        ("Prices will not rise.", Estimate(0.05, "will not", negated=True)),
        ("Prices won't rise.", Estimate(0.05, "won't", negated=True)),
        ("Russia will never sign.", Estimate(0.05, "will never", negated=True)),
        ("Prices are not likely to rise.", Estimate(0.3, "not likely", negated=True)),
        ("Growth is not expected to slow.", Estimate(0.25, "not expected to", negated=True)),
        ("Prices may not rise.", Estimate(0.55, "may not", negated=True)),
        ("A deal is not unlikely.", Estimate(0.8, "not unlikely", negated=True)),
    ],
)
def test_scale(text: str, expected: Estimate) -> None:
    assert estimate_probability(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Prices rise.",
        "Prices fell due to sanctions.",  # "due to" as "because of"
        "In May the council votes.",  # the month, not the modal
    ],
)
def test_no_estimative_word(text: str) -> None:
    assert implied_probability(text) is None
