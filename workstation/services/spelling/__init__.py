"""Spell checking, Qt-free: the dictionaries (shipped and dropped in the data dir), the tokenizer
that skips Markdown and markup, the checker with its word cache, the personal word lists and the
suggestions (in a helper process: Hunspell holds the GIL while it suggests)."""
