"""Domain types shared by every stage: plain, frozen dataclasses.

Span convention (defined once, here): a span is a half-open interval
``[start, end)`` of character offsets into ``Article.text`` — the original text
exactly as loaded, before any normalisation. ``article.text[start:end]`` is the
sentence or list item a claim came from.

Timestamps are timezone-aware UTC datetimes. IDs are deterministic hashes, so
re-processing an article replaces its rows instead of duplicating them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum


class ClaimType(StrEnum):
    """The three claim types of the guideline (section 2)."""

    FACT = "fact"
    ASSESSMENT = "assessment"
    FORECAST = "forecast"


CLAIM_TYPES: tuple[ClaimType, ...] = (ClaimType.FACT, ClaimType.ASSESSMENT, ClaimType.FORECAST)


class BlockKind(StrEnum):
    """What a block of the article is."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LEAD_IN = "lead_in"  # the line that introduces a list ("Russia aims to:")
    LIST_ITEM = "list_item"
    BOILERPLATE = "boilerplate"  # "Summary –", "Article –", bylines


class Verdict(StrEnum):
    """What a reviewer decided about a claim."""

    TRUE = "true"
    FALSE = "false"
    PARTLY = "partly"
    AMBIGUOUS = "ambiguous"  # cannot be decided
    ANNULLED = "annulled"  # the question no longer makes sense
    MISLEADING = "misleading"  # facts only


class ForecastStatus(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """Make ``value`` timezone-aware UTC (naive values are taken as UTC)."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def stable_id(*parts: object) -> str:
    """A short deterministic ID from its parts (16 hex chars of SHA-256)."""
    joined = "\x1f".join(str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def _check_probability(name: str, value: float | None) -> None:
    if value is not None and not 0.0 <= value <= 1.0:
        raise ValueError(f"{name} must lie in [0, 1], got {value!r}")


def _check_aware(name: str, value: datetime | None) -> None:
    if value is not None and value.tzinfo is None:
        raise ValueError(f"{name} must be timezone-aware (UTC), got naive {value!r}")


@dataclass(frozen=True, slots=True)
class Article:
    """One loaded document. ``text`` is the original text all spans index into."""

    text: str
    source_uri: str
    title: str | None = None
    outlet: str | None = None
    published_at: datetime | None = None
    ingested_at: datetime = field(default_factory=utcnow)

    def __post_init__(self) -> None:
        _check_aware("published_at", self.published_at)
        _check_aware("ingested_at", self.ingested_at)

    @property
    def content_sha256(self) -> str:
        return sha256_text(self.text)

    @property
    def article_id(self) -> str:
        # Identity is the content: the same text from two URIs is one article.
        return self.content_sha256[:16]

    @property
    def reference_time(self) -> datetime:
        """The moment the article speaks from: published, else ingested."""
        return self.published_at or self.ingested_at


@dataclass(frozen=True, slots=True)
class Block:
    """A structural unit of the article with its span.

    ``lead_in`` holds the text of the lead-in line for list items ("Russia aims
    to:" without the colon handling), ``None`` otherwise.
    """

    kind: BlockKind
    start: int
    end: int
    text: str
    lead_in: str | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad block span [{self.start}, {self.end})")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence (or list item) with its span and the block it sits in."""

    text: str
    start: int
    end: int
    block_kind: BlockKind
    block_index: int
    lead_in: str | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad sentence span [{self.start}, {self.end})")


@dataclass(frozen=True, slots=True)
class Claim:
    """An atomic claim.

    Extraction fills ``text``, the span, ``sentence`` and ``attributed_to``;
    classification adds ``claim_type``, ``scores`` (p_fact, p_assessment,
    p_forecast) and ``model_version``.
    """

    article_id: str
    position: int
    text: str
    sentence: str
    char_start: int
    char_end: int
    attributed_to: str | None = None
    claim_type: ClaimType | None = None
    scores: tuple[float, float, float] | None = None
    model_version: str | None = None
    extractor_version: str | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.char_start <= self.char_end:
            raise ValueError(f"bad claim span [{self.char_start}, {self.char_end})")
        if self.scores is not None:
            if len(self.scores) != 3:
                raise ValueError("scores must hold three probabilities")
            for name, p in zip(CLAIM_TYPES, self.scores, strict=True):
                _check_probability(f"p_{name}", p)

    @property
    def claim_id(self) -> str:
        return stable_id(self.article_id, self.char_start, self.char_end, self.text)

    @property
    def confidence(self) -> float | None:
        return max(self.scores) if self.scores is not None else None


@dataclass(frozen=True, slots=True)
class Forecast:
    """When and how a forecast claim can be checked."""

    claim_id: str
    resolve_by: date
    horizon_text: str | None
    horizon_explicit: bool
    resolution_criteria: str
    implied_probability: float | None
    next_review_at: date
    status: ForecastStatus = ForecastStatus.OPEN

    def __post_init__(self) -> None:
        _check_probability("implied_probability", self.implied_probability)


@dataclass(frozen=True, slots=True)
class Outcome:
    """A reviewer's verdict on a claim. Append-only: corrections are new rows."""

    claim_id: str
    verdict: Verdict
    recorded_at: datetime = field(default_factory=utcnow)
    evidence_url: str | None = None
    note: str | None = None
    reviewer: str | None = None

    def __post_init__(self) -> None:
        _check_aware("recorded_at", self.recorded_at)

    @property
    def outcome_id(self) -> str:
        return stable_id(self.claim_id, self.recorded_at.isoformat(), self.verdict)


def check_span_in_text(text: str, start: int, end: int) -> None:
    """Raise ``ValueError`` when ``[start, end)`` does not fall inside ``text``."""
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"span [{start}, {end}) falls outside a text of {len(text)} characters")
