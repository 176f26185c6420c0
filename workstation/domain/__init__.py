"""Pure domain: frozen dataclasses and rules. No Qt, no SQLAlchemy."""
