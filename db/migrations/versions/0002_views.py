"""Views for the common questions (see db/views.sql for what each answers).

Revision ID: 0002
Revises: 0001
"""

from importlib.resources import files

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

VIEWS = ("latest_outcomes", "claims_by_type_per_article", "forecasts_due", "claims_with_articles")


def upgrade() -> None:
    sql = files("db").joinpath("views_0002.sql").read_text(encoding="utf-8")
    for statement in sql.split(";\n"):
        if statement.strip():
            op.execute(statement)


def downgrade() -> None:
    for view in reversed(VIEWS):
        op.execute(f"DROP VIEW IF EXISTS {view}")
