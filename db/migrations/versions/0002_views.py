"""Views for the common questions (see db/views_0002.sql for what each answers).

Revision ID: 0002
Revises: 0001
"""

from db.migrations.sqlfile import drop_views, execute_file

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

VIEWS = ("latest_outcomes", "claims_by_type_per_article", "forecasts_due", "claims_with_articles")


def upgrade() -> None:
    execute_file("views_0002.sql")


def downgrade() -> None:
    drop_views(VIEWS)
