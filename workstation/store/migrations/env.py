"""Alembic environment: runs against the engine the app passes in config.attributes."""

from __future__ import annotations

from alembic import context

from workstation.store.models import Base

config = context.config
engine = config.attributes["engine"]

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables
    )
    context.run_migrations()
