"""Spell checking in the editor's fields: underlines, the context menu's suggestions, the
Spelling panel. The engine is services/spelling; this package only wires it to widgets."""
