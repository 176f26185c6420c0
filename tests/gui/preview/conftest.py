"""The preview tests' panels: a PreviewPanel shown at a size, closed with the test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from workstation.ui.preview.panel import PreviewPanel


@pytest.fixture
def make_panel(qtbot) -> Callable[..., PreviewPanel]:
    def make(width: int = 900, height: int = 700, **kwargs: object) -> PreviewPanel:
        panel = PreviewPanel(**kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(panel)
        panel.resize(width, height)
        panel.show()
        qtbot.waitExposed(panel)
        return panel

    return make
