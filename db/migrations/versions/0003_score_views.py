"""Track-record views: forecast scores per source and per outlet, overdue forecasts.

Revision ID: 0003
Revises: 0002
"""

from importlib.resources import files

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

VIEWS = ("forecast_scores_by_source", "forecast_scores_by_outlet", "forecasts_overdue")


def upgrade() -> None:
    sql = files("db").joinpath("views_0003.sql").read_text(encoding="utf-8")
    for statement in sql.split(";\n"):
        if statement.strip():
            op.execute(statement)


def downgrade() -> None:
    for view in reversed(VIEWS):
        op.execute(f"DROP VIEW IF EXISTS {view}")
