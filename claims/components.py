"""The expensive parts (spaCy pipeline, extractor, classifier), built once at the edge.

The CLI, the flows and the evaluation commands call :func:`load_components`
and pass the result down; nothing in the stages loads a model by itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from claims.classify import Classifier, load_classifier
from claims.extract import Extractor, build_extractor
from claims.sentences import load_spacy
from claims.settings import Settings


@dataclass(frozen=True, slots=True)
class Components:
    extractor: Extractor
    classifier: Classifier


def load_components(settings: Settings, *, extractor: str | None = None) -> Components:
    """Build the extractor (with its spaCy pipeline) and the classifier named in ``settings``.

    ``extractor`` overrides ``settings.extractor`` (``rules`` by default).
    """
    return Components(
        extractor=build_extractor(
            extractor or settings.extractor, nlp=load_spacy(settings.spacy_model), settings=settings
        ),
        classifier=classifier_from(settings),
    )


def classifier_from(settings: Settings) -> Classifier:
    """The classifier ``settings`` name, with their batch size, threads and precision."""
    return load_classifier(
        settings.model,
        batch_size=settings.batch_size,
        threads=settings.threads,
        precision=settings.precision,
    )
