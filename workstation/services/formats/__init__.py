"""Interchange formats: what the app reads and writes as files (Markdown with front matter, JSON,
the self-contained HTML page), each a module that only parses or only writes."""
