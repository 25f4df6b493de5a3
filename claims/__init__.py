"""claims: turn articles into a database of atomic, typed, attributed claims.

The public API is exactly the names in ``__all__``; anything else may change
without notice. Names load lazily, so ``import claims`` loads no model, imports
no database driver and opens nothing.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    # data types
    "Article": "claims.model",
    "Block": "claims.model",
    "BlockKind": "claims.model",
    "Claim": "claims.model",
    "ClaimType": "claims.model",
    "Forecast": "claims.model",
    "ForecastStatus": "claims.model",
    "Outcome": "claims.model",
    "Sentence": "claims.model",
    "Verdict": "claims.model",
    # errors
    "ClaimsError": "claims.errors",
    "ConfigError": "claims.errors",
    "DatabaseLockedError": "claims.errors",
    "ModelError": "claims.errors",
    "ReviewError": "claims.errors",
    "SourceError": "claims.errors",
    "StoreError": "claims.errors",
    "TransientError": "claims.errors",
    # settings and components
    "Settings": "claims.settings",
    "load_settings": "claims.settings",
    "Components": "claims.components",
    "load_components": "claims.components",
    # stages
    "iter_documents": "claims.sources",
    "split_blocks": "claims.structure",
    "load_spacy": "claims.sentences",
    "parse_articles": "claims.sentences",
    "attribute": "claims.attribution",
    "decompose": "claims.decompose",
    "decontextualise": "claims.decontext",
    "Extractor": "claims.extract",
    "build_extractor": "claims.extract",
    "Classifier": "claims.classify",
    "Prediction": "claims.classify",
    "load_classifier": "claims.classify",
    "classify_claims": "claims.classify",
    "extract_horizon": "claims.horizon",
    "implied_probability": "claims.probability",
    "build_forecast": "claims.forecast",
    # pipeline
    "Analysed": "claims.pipeline",
    "IngestSummary": "claims.pipeline",
    "analyse": "claims.pipeline",
    "ingest": "claims.pipeline",
    "store_analysed": "claims.pipeline",
    "store_batch": "claims.pipeline",
    # store
    "open_database": "claims.store",
    "connect": "claims.store",
    "save_article": "claims.store",
    "save_articles": "claims.store",
    "record_outcome": "claims.store",
    "due_forecasts": "claims.store",
    "run_query": "claims.store",
}

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'claims' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:  # explicit names for type checkers and searches
    from claims.attribution import attribute
    from claims.classify import Classifier, Prediction, classify_claims, load_classifier
    from claims.components import Components, load_components
    from claims.decompose import decompose
    from claims.decontext import decontextualise
    from claims.errors import (
        ClaimsError,
        ConfigError,
        DatabaseLockedError,
        ModelError,
        ReviewError,
        SourceError,
        StoreError,
        TransientError,
    )
    from claims.extract import Extractor, build_extractor
    from claims.forecast import build_forecast
    from claims.horizon import extract_horizon
    from claims.model import (
        Article,
        Block,
        BlockKind,
        Claim,
        ClaimType,
        Forecast,
        ForecastStatus,
        Outcome,
        Sentence,
        Verdict,
    )
    from claims.pipeline import Analysed, IngestSummary, analyse, ingest, store_analysed, store_batch
    from claims.probability import implied_probability
    from claims.sentences import load_spacy, parse_articles
    from claims.settings import Settings, load_settings
    from claims.sources import iter_documents
    from claims.store import (
        connect,
        due_forecasts,
        open_database,
        record_outcome,
        run_query,
        save_article,
        save_articles,
    )
    from claims.structure import split_blocks
