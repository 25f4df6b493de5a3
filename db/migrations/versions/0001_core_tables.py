"""Core tables: articles, claims, forecasts, outcomes, relabels, snoozes, feed_entries.

Table and column names are public API (documented in the README).
Foreign keys are logical (``<thing>_id``), not enforced: DuckDB forbids deleting
a parent row that still has children, and re-processing an article replaces its
claims while their outcomes must stay.

Revision ID: 0001
Revises:
"""

from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TABLES = [
    """
    CREATE TABLE articles (
        article_id      VARCHAR PRIMARY KEY,
        content_sha256  VARCHAR NOT NULL UNIQUE,
        source_uri      VARCHAR NOT NULL,
        title           VARCHAR,
        outlet          VARCHAR,
        published_at    TIMESTAMPTZ,
        ingested_at     TIMESTAMPTZ NOT NULL,
        text            VARCHAR NOT NULL
    )
    """,
    """
    CREATE TABLE claims (
        claim_id           VARCHAR PRIMARY KEY,
        article_id         VARCHAR NOT NULL,
        position           INTEGER NOT NULL,
        text               VARCHAR NOT NULL,
        claim_type         VARCHAR NOT NULL CHECK (claim_type IN ('fact', 'assessment', 'forecast')),
        confidence         DOUBLE NOT NULL,
        p_fact             DOUBLE NOT NULL,
        p_assessment       DOUBLE NOT NULL,
        p_forecast         DOUBLE NOT NULL,
        attributed_to      VARCHAR,
        sentence           VARCHAR NOT NULL,
        char_start         INTEGER NOT NULL,
        char_end           INTEGER NOT NULL,
        model_version      VARCHAR NOT NULL,
        extractor_version  VARCHAR NOT NULL,
        created_at         TIMESTAMPTZ NOT NULL
    )
    """,
    "CREATE INDEX claims_article_id ON claims (article_id)",
    """
    CREATE TABLE forecasts (
        claim_id             VARCHAR PRIMARY KEY,
        resolve_by           DATE NOT NULL,
        horizon_text         VARCHAR,
        horizon_explicit     BOOLEAN NOT NULL,
        resolution_criteria  VARCHAR NOT NULL,
        implied_probability  DOUBLE CHECK (implied_probability BETWEEN 0 AND 1),
        status               VARCHAR NOT NULL DEFAULT 'open',
        next_review_at       DATE NOT NULL
    )
    """,
    """
    CREATE TABLE outcomes (
        outcome_id    VARCHAR PRIMARY KEY,
        claim_id      VARCHAR NOT NULL,
        recorded_at   TIMESTAMPTZ NOT NULL,
        verdict       VARCHAR NOT NULL
                      CHECK (verdict IN ('true', 'false', 'partly', 'ambiguous', 'annulled', 'misleading')),
        evidence_url  VARCHAR,
        note          VARCHAR,
        reviewer      VARCHAR
    )
    """,
    "CREATE INDEX outcomes_claim_id ON outcomes (claim_id)",
    """
    CREATE TABLE relabels (
        relabel_id   VARCHAR PRIMARY KEY,
        claim_id     VARCHAR NOT NULL,
        recorded_at  TIMESTAMPTZ NOT NULL,
        old_type     VARCHAR NOT NULL,
        new_type     VARCHAR NOT NULL CHECK (new_type IN ('fact', 'assessment', 'forecast')),
        reviewer     VARCHAR,
        note         VARCHAR
    )
    """,
    """
    CREATE TABLE forecast_changes (
        change_id    VARCHAR PRIMARY KEY,
        claim_id     VARCHAR NOT NULL,
        recorded_at  TIMESTAMPTZ NOT NULL,
        field        VARCHAR NOT NULL,
        old_value    VARCHAR,
        new_value    VARCHAR,
        reviewer     VARCHAR,
        note         VARCHAR
    )
    """,
    """
    CREATE TABLE feed_entries (
        entry_key    VARCHAR PRIMARY KEY,
        feed_url     VARCHAR NOT NULL,
        seen_at      TIMESTAMPTZ NOT NULL,
        article_id   VARCHAR
    )
    """,
]


def upgrade() -> None:
    for statement in TABLES:
        op.execute(statement)


def downgrade() -> None:
    for table in ("feed_entries", "forecast_changes", "relabels", "outcomes", "forecasts", "claims", "articles"):
        op.execute(f"DROP TABLE IF EXISTS {table}")
