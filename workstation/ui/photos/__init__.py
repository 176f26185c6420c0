"""The Photos user interface: the side panel, the crop editor, the library and their parts.

PhotoPanel          the Photos side tab (panel.py)
PhotoCropDialog     the crop editor (crop_dialog.py)
PhotoLibraryDialog  the library (library_dialog.py)
PhotoDropFilter     accepts photo drops on the body editor (importer.py)
prompts             file dialog and messages, replaced in tests
"""

from __future__ import annotations

from workstation.ui.photos.body import PhotoDropFilter, insert_reference_block
from workstation.ui.photos.panel import PhotoPanel

__all__ = ["PhotoDropFilter", "PhotoPanel", "insert_reference_block"]
