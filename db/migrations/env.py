"""Alembic environment: runs on the connection handed over by claims.store."""

from alembic import context
from alembic.ddl.impl import DefaultImpl


class DuckDBImpl(DefaultImpl):
    """Teach Alembic the duckdb dialect (duckdb-engine ships none)."""

    __dialect__ = "duckdb"
    transactional_ddl = True


connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only via claims.store
    raise RuntimeError("run migrations through claims.store.open_engine(), which passes a connection")

context.configure(connection=connection, target_metadata=None, transactional_ddl=True)
with context.begin_transaction():
    context.run_migrations()
