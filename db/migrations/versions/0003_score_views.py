"""Track-record views: forecast scores per source and per outlet, overdue forecasts.

Revision ID: 0003
Revises: 0002
"""

from db.migrations.sqlfile import drop_views, execute_file

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

VIEWS = ("forecast_scores_by_source", "forecast_scores_by_outlet", "forecasts_overdue")


def upgrade() -> None:
    execute_file("views_0003.sql")


def downgrade() -> None:
    drop_views(VIEWS)
