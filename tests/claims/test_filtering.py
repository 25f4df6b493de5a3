"""Stage 6, filtering: which finished texts can be claims (guideline 1, last paragraph)."""

from __future__ import annotations

import pytest

from claims.filtering import is_claim_text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Prices will rise.", True),
        ("Walking is something almost everyone can do.", True),  # "can do" closes a clause with its own verb
        ("Every system is working as it should.", True),
        ("A deal is there to be had.", True),
        ("Short-time work support for factories will.", False),  # an ellipsis left unfilled
        ("The Brennvald National Park Authority wasn’t.", False),
        ("Dorrance Appliances has not.", False),
        ("Will rates fall?", False),
        ("Has tripled since 2000.", False),  # its subject was lost
        ("Were the vote to fail, the government would fall.", True),
        ("Rates fell.", False),  # too short to state anything
    ],
)
def test_claim_text(text: str, kept: bool) -> None:
    assert is_claim_text(text) is kept
