"""The local SQLite working store: engine, tables, repositories, migrations."""
