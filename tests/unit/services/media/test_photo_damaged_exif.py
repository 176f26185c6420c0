"""Found by tests/fuzz: a photo whose EXIF block is cut short (its directory names more entries
than it holds) made Pillow warn at open and again at each EXIF read; a Python warning reached
the editor's terminal, and where warnings are errors the good photo was refused as damaged.
It imports, upright as far as its EXIF says, without a warning."""

from __future__ import annotations

import io
import struct
import warnings
from pathlib import Path

from PIL import Image

from tests.fakes.photo_images import gradient
from workstation.services.workspace import Workspace


def _jpeg_with_cut_exif(path: Path) -> Path:
    # A big-endian TIFF directory that says 6 entries and holds one (orientation 6).
    tiff = (
        b"MM\x00*" + struct.pack(">I", 8) + struct.pack(">H", 6) + struct.pack(">HHII", 0x0112, 3, 1, 6 << 16)
    )
    buffer = io.BytesIO()
    gradient((40, 30)).save(buffer, "JPEG", exif=b"Exif\x00\x00" + tiff)
    path.write_bytes(buffer.getvalue())
    return path


def test_a_photo_with_cut_exif_imports_without_a_warning(workspace: Workspace, tmp_path: Path) -> None:
    path = _jpeg_with_cut_exif(tmp_path / "cut-exif.jpg")
    with warnings.catch_warnings(record=True) as shown:
        warnings.simplefilter("always")
        outcome = workspace.photos.import_file(path)
    assert outcome.photo is not None, outcome.error
    assert [str(w.message) for w in shown] == []
    with Image.open(workspace.photos.rendition_path(outcome.photo)) as web:
        assert web.format == "JPEG"
        assert web.width > 0


def test_where_warnings_are_errors_the_photo_is_still_imported(workspace: Workspace, tmp_path: Path) -> None:
    path = _jpeg_with_cut_exif(tmp_path / "cut-exif.jpg")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        outcome = workspace.photos.import_file(path)
    assert outcome.photo is not None, outcome.error
