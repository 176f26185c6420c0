"""The live Preview tab (QtWebEngine, with a QTextBrowser fallback).

Importing this package imports neither QtWebEngine nor the renderer: the start-up path needs
configure_webengine_environment() and register_url_schemes() before the QApplication exists,
and the panel itself (with everything it pulls in) loads when it is first built."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from workstation.ui.preview.environment import (
    configure_webengine_environment,
    register_url_schemes,
    webengine_unavailable_reason,
)
from workstation.ui.preview.paragraphs import paragraph_index_for_cursor

if TYPE_CHECKING:
    from workstation.ui.preview.panel import WIDTH_PRESETS, PreviewPanel

__all__ = [
    "WIDTH_PRESETS",
    "PreviewPanel",
    "configure_webengine_environment",
    "paragraph_index_for_cursor",
    "register_url_schemes",
    "webengine_unavailable_reason",
]


def __getattr__(name: str) -> Any:
    if name in ("PreviewPanel", "WIDTH_PRESETS"):
        from workstation.ui.preview import panel

        return getattr(panel, name)
    raise AttributeError(name)
