"""Shared fixtures. Expensive models load once per test session."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The pinned spaCy pipeline, loaded once."""
    from claims.sentences import load_spacy

    return load_spacy()
