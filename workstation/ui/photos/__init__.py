"""The Photos user interface: the side panel, the crop editor, the library and their parts.

PhotoPanel          the Photos side tab (panel.py)
PhotoCropDialog     the crop editor (crop_dialog.py)
PhotoLibraryDialog  the library (library_dialog.py)
photo_mime_contents what a drop or paste on the body carries (body.py)
"""

from __future__ import annotations

from workstation.ui.photos.body import photo_mime_contents
from workstation.ui.photos.panel import PhotoPanel

__all__ = ["PhotoPanel", "photo_mime_contents"]
