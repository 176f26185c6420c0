"""The live Preview tab (QtWebEngine, with a QTextBrowser fallback).

Importing this package does not import QtWebEngine; the panel loads it when it is built."""

from workstation.ui.preview.environment import (
    configure_webengine_environment,
    register_url_schemes,
    webengine_unavailable_reason,
)
from workstation.ui.preview.panel import WIDTH_PRESETS, PreviewPanel
from workstation.ui.preview.paragraphs import paragraph_index_for_cursor

__all__ = [
    "WIDTH_PRESETS",
    "PreviewPanel",
    "configure_webengine_environment",
    "paragraph_index_for_cursor",
    "register_url_schemes",
    "webengine_unavailable_reason",
]
