"""Fuzzing the photo pipeline: real JPEG, PNG and WebP files made with Pillow (with EXIF, IPTC,
XMP, ICC profiles and text chunks), then bytes flipped, runs overwritten, cut short or grown.
Each import stores a photo whose renditions can be made, or names the file in a
PhotoFileError sentence; nothing else is raised, nothing hangs, nothing half-stored is left."""

from __future__ import annotations

import io
import time
from functools import cache
from pathlib import Path

import pytest
from hypothesis import event, given
from hypothesis import strategies as st
from PIL import Image, ImageCms, PngImagePlugin

from tests.fakes.photo_images import GPS, camera_jpeg, gradient, xmp
from tests.fuzz.fuzz_budget import fuzz_settings, ran
from workstation.domain.errors import WorkstationError
from workstation.services.media.pipeline import RenditionKind
from workstation.services.workspace import Workspace


@cache
def originals() -> dict[str, bytes]:
    """Small real files of each format, carrying every kind of metadata the pipeline reads."""
    made: dict[str, bytes] = {}
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x8825] = dict(GPS)
    made["jpeg-camera"] = _camera_bytes()
    buffer = io.BytesIO()
    gradient((48, 32)).save(
        buffer, "JPEG", quality=80, icc_profile=icc, progressive=True, exif=exif.tobytes()
    )
    made["jpeg-progressive"] = buffer.getvalue()
    text = PngImagePlugin.PngInfo()
    text.add_text("Description", "A caption")
    text.add_itxt("XML:com.adobe.xmp", xmp({"dc:description": "caption"}).decode())
    for mode in ("RGB", "RGBA", "P", "L", "I;16"):
        buffer = io.BytesIO()
        image = (
            gradient((40, 30), "RGB").convert(mode) if mode != "I;16" else gradient((40, 30)).convert("I;16")
        )
        image.save(buffer, "PNG", pnginfo=text, icc_profile=icc if mode in ("RGB", "RGBA") else None)
        made[f"png-{mode}"] = buffer.getvalue()
    for lossless in (False, True):
        buffer = io.BytesIO()
        gradient((40, 30), "RGBA").save(
            buffer, "WEBP", lossless=lossless, exif=exif.tobytes(), icc_profile=icc
        )
        made[f"webp-{'lossless' if lossless else 'lossy'}"] = buffer.getvalue()
    return made


def _camera_bytes() -> bytes:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = camera_jpeg(
            Path(folder) / "camera.jpg", (64, 48), iptc={120: "Caption"}, xmp_fields={"dc:title": "T"}
        )
        return path.read_bytes()


flip = st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255))
overwrite = st.tuples(st.floats(0, 1, exclude_max=True), st.binary(min_size=1, max_size=64))


@st.composite
def damaged(draw: st.DrawFn) -> tuple[str, bytes]:
    kind = draw(st.sampled_from(sorted(originals())))
    data = bytearray(originals()[kind])
    for where, value in draw(st.lists(flip, max_size=6)):
        data[int(where * len(data))] = value
    for where, run in draw(st.lists(overwrite, max_size=2)):
        at = int(where * len(data))
        data[at : at + len(run)] = run
    cut = draw(st.one_of(st.none(), st.floats(0, 1)))
    if cut is not None:
        data = data[: int(cut * len(data))]
    data += draw(st.sampled_from([b"", b"", b"\x00" * 64, b"\xff\xd9", b"IEND"]))
    return kind, bytes(data)


@pytest.fixture(scope="module")
def photo_workspace(tmp_path_factory: pytest.TempPathFactory):
    from workstation.services.workspace import open_workspace

    ws = open_workspace(tmp_path_factory.mktemp("fuzz-photo-store"))
    yield ws
    ws.close()


@fuzz_settings(share=0.8)
@given(sample=damaged())
def test_a_damaged_photo_is_stored_whole_or_named_in_a_sentence(
    sample: tuple[str, bytes], photo_workspace: Workspace, tmp_path_factory: pytest.TempPathFactory
) -> None:
    ran("photo pipeline: PhotoService.import_file")
    kind, data = sample
    path = tmp_path_factory.mktemp("photo") / f"fuzzed-{kind}.img"
    path.write_bytes(data)
    photos = photo_workspace.photos
    started = time.monotonic()
    outcome = photos.import_file(path)
    event("stored" if outcome.photo is not None else "refused")
    if outcome.photo is not None:
        for rendition in (RenditionKind.THUMBNAIL, RenditionKind.WEB):
            with Image.open(photos.rendition_path(outcome.photo, rendition)) as made:
                assert made.format == "JPEG"
                assert made.width > 0
        assert photos.web_bytes(outcome.photo)[:2] == b"\xff\xd8"
    else:
        assert isinstance(outcome.error, WorkstationError), outcome
        text = str(outcome.error)
        assert text.startswith(str(path)), text
        assert len(text) > len(str(path)) + 5, text
        assert photos.by_sha(_sha(data)) is None  # nothing half-stored
    assert time.monotonic() - started < 10
    assert not list(photos.files.photos.rglob(".tmp-*")), "a temporary file was left behind"


def _sha(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def test_every_original_imports_undamaged(photo_workspace: Workspace, tmp_path: Path) -> None:
    """The fuzzing starts from files the pipeline accepts (else every flip would be refused anyway)."""
    for kind, data in originals().items():
        path = tmp_path / f"{kind}.img"
        path.write_bytes(data)
        outcome = photo_workspace.photos.import_file(path)
        assert outcome.photo is not None, (kind, outcome.error)
