"""Alembic environment: runs against the engine the app passes in config.attributes.

The whole upgrade is one SQLite transaction. pysqlite runs DDL outside any transaction (each
CREATE TABLE commits at once), so a first start killed mid-migration used to leave tables without
their alembic_version row, and every later start failed on "table ... already exists"
(tests/chaos found it). With the driver's own transaction handling off and an explicit BEGIN, a
killed upgrade leaves the store as it was before it."""

from __future__ import annotations

from alembic import context

from workstation.store.models import Base

config = context.config
engine = config.attributes["engine"]

with engine.connect() as connection:
    driver = connection.connection.driver_connection
    previous = driver.isolation_level
    driver.isolation_level = None  # pysqlite: no implicit BEGIN/COMMIT; ours below rule
    try:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
        try:
            context.configure(
                connection=connection,
                target_metadata=Base.metadata,
                render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables
                transactional_ddl=True,
            )
            with context.begin_transaction():
                context.run_migrations()
        except BaseException:
            connection.exec_driver_sql("ROLLBACK")
            raise
        connection.exec_driver_sql("COMMIT")
    finally:
        driver.isolation_level = previous
