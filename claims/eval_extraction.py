"""Score extracted claims against gold claims (our gold sets or a public benchmark).

**Reads:** gold articles (``data/gold/*.json``: ``{"id","title","published_at",
"outlet","text","claims":[{"text","type","attributed_to","sentence"}]}``, or
the RoSE ACU benchmark: ``docs/NNN.txt`` + ``gold/NNN.jsonl``), an extractor,
an embedding function and optionally a classifier.
**Adds:** an ``ExtractionScore``: recall, precision, F1, attribution accuracy
and type accuracy on matched pairs, and the share of claims that start with an
unresolved reference (guideline 1.2), plus the misses and extras.

Matching is one-to-one: cosine similarity of sentence embeddings, optimal
assignment (Hungarian, ``scipy.optimize.linear_sum_assignment``), and a pair
counts only when its similarity is at least ``THRESHOLD`` = 0.7. 0.7 is fixed
in advance, not tuned: for all-MiniLM-L6-v2 it is the usual line above which
two sentences are paraphrases of one statement, while sentences that only
share a topic score around 0.3–0.6.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from claims.decontext import UNRESOLVED_START
from claims.errors import SourceError
from claims.model import Article, Claim

if TYPE_CHECKING:
    from claims.classify import Classifier
    from claims.extract import Extractor

THRESHOLD = 0.7
Embed = Callable[[Sequence[str]], np.ndarray]
_TITLES = {
    "the", "a", "an", "mr", "mrs", "ms", "dr", "professor", "prof", "judge", "governor", "minister", "president",
    "chief", "executive", "detective", "inspector", "councillor", "senator", "leader", "manager", "council",
}


@dataclass(frozen=True, slots=True)
class GoldClaim:
    text: str
    claim_type: str | None
    attributed_to: str | None
    sentence: str | None = None


@dataclass(frozen=True, slots=True)
class GoldArticle:
    article: Article
    claims: tuple[GoldClaim, ...]
    name: str


@dataclass(frozen=True, slots=True)
class Match:
    extracted: int
    gold: int
    similarity: float


@dataclass(frozen=True, slots=True)
class ArticleResult:
    name: str
    extracted: tuple[Claim, ...]
    gold: tuple[GoldClaim, ...]
    matches: tuple[Match, ...]

    @property
    def misses(self) -> list[GoldClaim]:
        hit = {m.gold for m in self.matches}
        return [g for i, g in enumerate(self.gold) if i not in hit]

    @property
    def extras(self) -> list[Claim]:
        hit = {m.extracted for m in self.matches}
        return [c for i, c in enumerate(self.extracted) if i not in hit]


@dataclass(frozen=True, slots=True)
class ExtractionScore:
    articles: tuple[ArticleResult, ...]
    threshold: float = THRESHOLD
    types_scored: bool = False
    n_extracted: int = field(init=False)
    n_gold: int = field(init=False)
    n_matched: int = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "n_extracted", sum(len(a.extracted) for a in self.articles))
        object.__setattr__(self, "n_gold", sum(len(a.gold) for a in self.articles))
        object.__setattr__(self, "n_matched", sum(len(a.matches) for a in self.articles))

    @property
    def recall(self) -> float:
        return self.n_matched / self.n_gold if self.n_gold else 0.0

    @property
    def precision(self) -> float:
        return self.n_matched / self.n_extracted if self.n_extracted else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def _pairs(self) -> list[tuple[Claim, GoldClaim]]:
        return [(a.extracted[m.extracted], a.gold[m.gold]) for a in self.articles for m in a.matches]

    @property
    def attribution_accuracy(self) -> float:
        pairs = self._pairs()
        return sum(same_source(c.attributed_to, g.attributed_to) for c, g in pairs) / len(pairs) if pairs else 0.0

    @property
    def type_accuracy(self) -> float | None:
        pairs = [(c, g) for c, g in self._pairs() if g.claim_type not in (None, "unknown")]
        if not self.types_scored or not pairs:
            return None
        return sum(c.claim_type == g.claim_type for c, g in pairs) / len(pairs)

    @property
    def unresolved_share(self) -> float:
        claims = [c for a in self.articles for c in a.extracted]
        return sum(starts_unresolved(c.text) for c in claims) / len(claims) if claims else 0.0


def starts_unresolved(text: str) -> bool:
    """True when a claim opens with a pronoun or demonstrative (This/It/They/Such/...)."""
    return UNRESOLVED_START.match(text) is not None


def _source_words(source: str) -> set[str]:
    words = re.findall(r"[\w’'-]+", source.lower().replace("’s", "").replace("'s", ""))
    return {w for w in words if w not in _TITLES}


def same_source(extracted: str | None, gold: str | None) -> bool:
    """Whether two sources name the same speaker: both absent, or the words of one
    (without articles and titles) contain the other's ("Haddad" ~ "Dr. Samira Haddad")."""
    if not extracted or not gold:
        return not extracted and not gold
    a, b = _source_words(extracted), _source_words(gold)
    return bool(a and b) and (a <= b or b <= a)


def match_claims(extracted: Sequence[str], gold: Sequence[str], embed: Embed, threshold: float = THRESHOLD) -> list[Match]:
    """One-to-one matches of maximal total similarity, keeping pairs at or above ``threshold``."""
    from scipy.optimize import linear_sum_assignment

    if not extracted or not gold:
        return []
    sims = embed(list(extracted)) @ embed(list(gold)).T
    rows, cols = linear_sum_assignment(-sims)
    return [Match(int(r), int(c), float(sims[r, c])) for r, c in zip(rows, cols, strict=True) if sims[r, c] >= threshold]


def _published(value: str | None) -> datetime | None:
    if not value:
        return None
    return datetime.fromisoformat(value).replace(tzinfo=UTC) if len(value) == 10 else datetime.fromisoformat(value)


def load_gold(paths: Sequence[Path]) -> list[GoldArticle]:
    """Read gold articles written to the claims guideline."""
    out = []
    for path in paths:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            article = Article(
                text=data["text"],
                source_uri=str(path),
                title=data.get("title"),
                outlet=data.get("outlet"),
                published_at=_published(data.get("published_at")),
            )
            claims = tuple(
                GoldClaim(c["text"], c.get("type"), c.get("attributed_to") or None, c.get("sentence"))
                for c in data["claims"]
            )
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise SourceError(str(path), f"is not a gold article ({exc}); see data/gold/ for the format") from exc
        out.append(GoldArticle(article, claims, str(data.get("id") or path.stem)))
    return out


def load_rose(directory: Path) -> list[GoldArticle]:
    """Read the RoSE ACU benchmark: docs/NNN.txt with gold/NNN.jsonl (types unknown)."""
    manifest = directory / "manifest.jsonl"
    try:
        entries = [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines() if line.strip()]
        out = []
        for entry in entries:
            doc = entry["doc"]
            text = (directory / "docs" / f"{doc}.txt").read_text(encoding="utf-8")
            lines = (directory / "gold" / f"{doc}.jsonl").read_text(encoding="utf-8").splitlines()
            claims = tuple(GoldClaim(json.loads(ln)["claim"], None, None) for ln in lines if ln.strip())
            out.append(GoldArticle(Article(text=text, source_uri=f"rose:{doc}"), claims, f"rose-{doc}"))
    except (OSError, ValueError, KeyError) as exc:
        raise SourceError(str(directory), f"is not the RoSE ACU benchmark folder ({exc})") from exc
    return out


def score_extraction(
    gold: Sequence[GoldArticle],
    extracted: Sequence[Sequence[Claim]],
    embed: Embed,
    *,
    threshold: float = THRESHOLD,
    types_scored: bool = False,
) -> ExtractionScore:
    """Match each article's extracted claims to its gold claims and score them."""
    results = []
    for g, claims in zip(gold, extracted, strict=True):
        matches = match_claims([c.text for c in claims], [c.text for c in g.claims], embed, threshold)
        results.append(ArticleResult(g.name, tuple(claims), g.claims, tuple(matches)))
    return ExtractionScore(tuple(results), threshold, types_scored)


def evaluate_extraction(
    gold: Sequence[GoldArticle],
    extractor: Extractor,
    embed: Embed,
    *,
    classifier: Classifier | None = None,
    threshold: float = THRESHOLD,
) -> ExtractionScore:
    """Extract claims from the gold articles (batched), type them if a classifier is given, and score."""
    extracted = extractor.extract_many([g.article for g in gold])
    if classifier is not None:
        from claims.classify import classify_claims

        extracted = [classify_claims(classifier, claims) for claims in extracted]
    return score_extraction(gold, extracted, embed, threshold=threshold, types_scored=classifier is not None)


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def format_score(score: ExtractionScore, *, label: str, verbose: bool = False) -> str:
    """The report printed by ``claims eval extraction``."""
    lines = []
    if verbose:
        for a in score.articles:
            lines.append(f"== {a.name}: {len(a.matches)} matched, {len(a.misses)} missed, {len(a.extras)} extra")
            for g in a.misses:
                lines.append(f"  miss : {g.text}" + (f"  [{g.attributed_to}]" if g.attributed_to else ""))
            for c in a.extras:
                lines.append(f"  extra: {c.text}" + (f"  [{c.attributed_to}]" if c.attributed_to else ""))
            for m in a.matches:
                c, g = a.extracted[m.extracted], a.gold[m.gold]
                if not same_source(c.attributed_to, g.attributed_to):
                    lines.append(f"  source: {c.attributed_to!r} vs gold {g.attributed_to!r}: {g.text}")
        lines.append("")
    lines += [
        f"extraction on {label}: {len(score.articles)} articles, {score.n_gold} gold claims, "
        f"{score.n_extracted} extracted, {score.n_matched} matched (cosine >= {score.threshold} , one-to-one)",
        f"recall     {score.recall:.3f}",
        f"precision  {score.precision:.3f}",
        f"F1         {score.f1:.3f}",
        f"attribution accuracy (matched pairs)  {score.attribution_accuracy:.3f}",
        f"type accuracy (matched pairs)         {_pct(score.type_accuracy)}",
        f"claims starting unresolved            {score.unresolved_share:.3f}",
    ]
    return "\n".join(lines) + "\n"


__all__ = [
    "evaluate_extraction", "format_score",
    "THRESHOLD", "GoldClaim", "GoldArticle", "Match", "ArticleResult", "ExtractionScore", "match_claims",
    "same_source", "starts_unresolved", "load_gold", "load_rose", "score_extraction",
]
