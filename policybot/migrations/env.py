"""Alembic environment: the engine is handed over by ``policybot.knowledge.database``."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from policybot.knowledge.database import make_engine
from policybot.migrations.metadata import target_metadata


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:  # SQLite: one transaction opened by the caller, DDL included
        _configure_and_run(connection)
        return
    engine = context.config.attributes.get("engine")
    if engine is None:
        engine = make_engine(context.config.get_main_option("sqlalchemy.url") or "")
    with engine.begin() as connection:
        _configure_and_run(connection)


def _configure_and_run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    context.run_migrations()


run_migrations()
