"""Use cases over the store. Qt-free; take and return frozen domain dataclasses."""
