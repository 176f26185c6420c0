"""Importing photo files: formats, colour, orientation, metadata prefill, and bad files."""

import errno
import io
import os
import warnings
from pathlib import Path

import pytest
from PIL import GifImagePlugin, Image, ImageCms

from tests.fakes.photo_images import (
    animated_gif,
    bomb_png,
    camera_jpeg,
    gradient,
    iptc_app13,
    lab_profile,
    pixel,
    save,
    swapped_rgb_profile,
    xmp,
)
from workstation.services.media import decode as decode_module
from workstation.services.media import storage
from workstation.services.media.decode import decode, open_photo
from workstation.services.photos import PhotoImportOutcome
from workstation.services.workspace import Workspace


def _import(workspace: Workspace, path: Path) -> PhotoImportOutcome:
    (outcome,) = workspace.photos.import_files([path])
    return outcome


def _imported(workspace, path: Path):
    outcome = _import(workspace, path)
    assert outcome.error is None, outcome.error
    assert outcome.photo is not None
    return outcome.photo


def _web(workspace, photo) -> Image.Image:
    mime, data = workspace.photos.photo_bytes(photo.sha256)
    assert mime == "image/jpeg"
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def _files(data_dir: Path) -> list[Path]:
    return sorted(
        p.relative_to(data_dir)
        for sub in ("photos", "renditions")
        for p in (data_dir / sub).rglob("*")
        if p.is_file()
    )


def _assert_nothing_stored(workspace, data_dir: Path) -> None:
    assert workspace.photos.search() == []
    assert _files(data_dir) == []  # no original, no rendition, no temporary file


def _close(actual: tuple[int, ...], expected: tuple[int, ...], tolerance: int = 12) -> bool:
    return all(abs(a - e) <= tolerance for a, e in zip(actual, expected, strict=True))


# -- formats ---------------------------------------------------------------------------------


def test_a_camera_jpeg_is_stored_by_its_sha256_with_a_thumbnail_and_a_web_rendition(
    workspace, data_dir, tmp_path
):
    import hashlib

    source = camera_jpeg(tmp_path / "kim.jpg", (600, 400))
    photo = _imported(workspace, source)
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    assert photo.sha256 == digest
    assert (photo.original_filename, photo.mime, photo.width, photo.height) == (
        "kim.jpg",
        "image/jpeg",
        600,
        400,
    )
    assert photo.size_bytes == source.stat().st_size
    original = data_dir / "photos" / digest[:2] / f"{digest}.jpg"
    assert original.read_bytes() == source.read_bytes()  # the original, byte for byte
    with Image.open(workspace.photos.thumbnail_path(photo)) as thumb:
        assert (thumb.format, max(thumb.size)) == ("JPEG", 320)
    assert _web(workspace, photo).size == (600, 400)  # never enlarged
    assert all(p.parts[0] in ("photos", "renditions") for p in _files(data_dir))


def test_exif_orientation_is_applied(workspace, tmp_path):
    # Orientation 6: the camera was turned; the stored pixels are shown rotated 90 degrees clockwise.
    photo = _imported(workspace, camera_jpeg(tmp_path / "turned.jpg", (600, 400), orientation=6))
    assert (photo.width, photo.height) == (400, 600)
    web = _web(workspace, photo)
    assert web.size == (400, 600)
    assert "Orientation" not in str(web.getexif())  # the pixels are upright: no tag to apply twice
    # The white top-left corner of the stored pixels is at the top right once upright.
    assert _close(pixel(web, (395, 5)), (255, 255, 255))
    assert not _close(pixel(web, (5, 5)), (255, 255, 255))


def test_big_jpegs_are_decoded_in_draft_mode(tmp_path):
    path = save(gradient((4800, 3200)), tmp_path / "big.jpg", "JPEG")
    with open_photo(path, "big.jpg") as image:
        decoded = decode(image, "big.jpg", 1024, None)
    assert decoded.scale == 0.25  # 4800 / 4 = 1200 >= 1024: decoded at a quarter
    assert decoded.image.size == (1024, 683)


def test_cmyk_jpeg_becomes_rgb(workspace, tmp_path):
    cyan = Image.new("CMYK", (64, 48), (255, 0, 0, 0))
    photo = _imported(workspace, save(cyan, tmp_path / "cmyk.jpg", "JPEG", quality=95))
    web = _web(workspace, photo)
    assert web.mode == "RGB"
    assert _close(pixel(web, (32, 24)), (0, 255, 255), 20)


def test_16_bit_grey_png_is_scaled_not_clipped(workspace, tmp_path):
    grey = Image.new("I;16", (64, 48), 32768)  # half of 65535; a plain convert() makes it white
    photo = _imported(workspace, save(grey, tmp_path / "scan.png", "PNG"))
    assert _close(pixel(_web(workspace, photo), (32, 24)), (128, 128, 128), 3)


def test_16_bit_rgb_tiff_keeps_its_colour(workspace, tmp_path):
    image = Image.new("RGB", (64, 48), (200, 100, 50))
    path = save(image, tmp_path / "wide.tif", "TIFF")
    photo = _imported(workspace, path)
    assert photo.mime == "image/tiff"
    assert _close(pixel(_web(workspace, photo), (32, 24)), (200, 100, 50), 6)


def test_an_embedded_icc_profile_is_converted_to_srgb(workspace, tmp_path):
    red = Image.new("RGB", (64, 48), (255, 0, 0))
    path = save(red, tmp_path / "tagged.png", "PNG", icc_profile=swapped_rgb_profile())
    # In that profile the first channel is sRGB's green.
    assert _close(pixel(_web(workspace, _imported(workspace, path)), (32, 24)), (0, 255, 0), 30)


def test_a_profile_for_another_colour_space_is_ignored(workspace, tmp_path):
    orange = Image.new("RGB", (64, 48), (250, 150, 20))
    path = save(orange, tmp_path / "lab-tagged.png", "PNG", icc_profile=lab_profile())
    assert _close(pixel(_web(workspace, _imported(workspace, path)), (32, 24)), (250, 150, 20))


def test_srgb_profile_is_a_no_op(workspace, tmp_path):
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    path = save(Image.new("RGB", (64, 48), (30, 120, 210)), tmp_path / "srgb.jpg", "JPEG", icc_profile=srgb)
    assert _close(pixel(_web(workspace, _imported(workspace, path)), (32, 24)), (30, 120, 210))


@pytest.mark.parametrize(
    ("name", "fmt", "mime"),
    [("a.webp", "WEBP", "image/webp"), ("a.tif", "TIFF", "image/tiff"), ("a.gif", "GIF", "image/gif")],
)
def test_webp_tiff_and_still_gif_are_accepted(workspace, tmp_path, name, fmt, mime):
    photo = _imported(workspace, save(gradient((120, 80)), tmp_path / name, fmt))
    assert (photo.mime, photo.width, photo.height) == (mime, 120, 80)
    assert _web(workspace, photo).size == (120, 80)


def test_transparency_is_flattened_onto_white(workspace, tmp_path):
    image = Image.new("RGBA", (64, 48), (0, 0, 0, 0))
    photo = _imported(workspace, save(image, tmp_path / "clear.png", "PNG"))
    assert _close(pixel(_web(workspace, photo), (10, 10)), (255, 255, 255))


def test_an_animated_gif_is_refused_with_a_reason(workspace, data_dir, tmp_path):
    path = animated_gif(tmp_path / "dance.gif")
    with Image.open(path) as image:
        assert isinstance(image, GifImagePlugin.GifImageFile)
        assert image.is_animated
    outcome = _import(workspace, path)
    assert "dance.gif" in str(outcome.error)
    assert "animated" in str(outcome.error)
    _assert_nothing_stored(workspace, data_dir)


def test_heic_without_pillow_heif_says_what_to_install(workspace, data_dir, tmp_path, monkeypatch):
    monkeypatch.setattr(decode_module, "heif_available", lambda: False)
    path = tmp_path / "IMG_0001.HEIC"
    path.write_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64)
    outcome = _import(workspace, path)
    assert "IMG_0001.HEIC" in str(outcome.error)
    assert "pillow-heif" in str(outcome.error)
    _assert_nothing_stored(workspace, data_dir)


# -- bad files: a clear message naming the file, nothing half-stored --------------------------


def test_an_empty_file(workspace, data_dir, tmp_path):
    path = tmp_path / "empty.jpg"
    path.write_bytes(b"")
    outcome = _import(workspace, path)
    assert str(outcome.error) == f"{path}: the file is empty (0 bytes)"
    _assert_nothing_stored(workspace, data_dir)


def test_a_file_that_is_not_an_image(workspace, data_dir, tmp_path):
    path = tmp_path / "notes.jpg"
    path.write_text("Not a photo at all\n")
    outcome = _import(workspace, path)
    assert str(outcome.error).startswith(f"{path}: not a photo")
    _assert_nothing_stored(workspace, data_dir)


def test_a_truncated_jpeg(workspace, data_dir, tmp_path):
    whole = camera_jpeg(tmp_path / "whole.jpg", (800, 600)).read_bytes()
    path = tmp_path / "cut.jpg"
    path.write_bytes(whole[: len(whole) * 2 // 3])
    outcome = _import(workspace, path)
    assert str(outcome.error).startswith(f"{path}: ")
    assert "truncated" in str(outcome.error)
    _assert_nothing_stored(workspace, data_dir)


def test_a_decompression_bomb(workspace, data_dir, tmp_path):
    path = bomb_png(tmp_path / "bomb.png")
    assert path.stat().st_size < 200
    outcome = _import(workspace, path)
    assert str(outcome.error).startswith(f"{path}: the image is too large")
    assert "100 megapixels" in str(outcome.error)
    _assert_nothing_stored(workspace, data_dir)


def test_an_image_just_over_the_limit_is_refused_too(workspace, data_dir, tmp_path):
    path = bomb_png(tmp_path / "huge.png", 12_000, 10_000)  # 120 MP: Pillow only warns
    outcome = _import(workspace, path)
    assert "too large" in str(outcome.error)
    assert "huge.png" in str(outcome.error)
    _assert_nothing_stored(workspace, data_dir)


def test_an_image_over_the_limit_is_refused_where_pillow_only_warns(workspace, data_dir, tmp_path):
    """Outside the tests Pillow's DecompressionBombWarning is just printed; the app's own check refuses."""
    path = bomb_png(tmp_path / "huge.png", 12_000, 10_000)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        outcome = _import(workspace, path)
    assert str(outcome.error) == (
        f"{path}: the image is too large to import safely: 12,000 x 10,000 pixels (120 megapixels); "
        "the limit is 100 megapixels"
    )
    _assert_nothing_stored(workspace, data_dir)


def test_a_folder(workspace, data_dir, tmp_path):
    outcome = _import(workspace, tmp_path)
    assert str(outcome.error) == f"{tmp_path}: is a folder, not a photo"


def test_a_file_that_is_gone(workspace, data_dir, tmp_path):
    path = tmp_path / "moved.jpg"
    outcome = _import(workspace, path)
    assert str(outcome.error).startswith(f"{path}: no such file")
    _assert_nothing_stored(workspace, data_dir)


def test_a_file_that_disappears_while_it_is_read(workspace, data_dir, tmp_path, monkeypatch):
    path = camera_jpeg(tmp_path / "share.jpg")
    real = storage.copy_and_hash

    def vanishing(source, target):
        target.write(source.read(100))
        path.unlink()  # a network share going away mid-read
        raise FileNotFoundError(errno.ENOENT, "No such file or directory")

    monkeypatch.setattr(storage, "copy_and_hash", vanishing)
    outcome = _import(workspace, path)
    assert str(outcome.error).startswith(f"{path}: no such file: it was moved or deleted")
    _assert_nothing_stored(workspace, data_dir)
    monkeypatch.setattr(storage, "copy_and_hash", real)


def test_a_source_deleted_after_it_was_copied_still_imports_what_was_read(workspace, tmp_path, monkeypatch):
    """The copy in the data dir is what gets checked and stored, so it cannot differ from it."""
    path = camera_jpeg(tmp_path / "gone-later.jpg")
    stage = storage.PhotoFiles.stage

    def stage_then_delete(self, source):
        staged = stage(self, source)
        source.unlink()
        return staged

    monkeypatch.setattr(storage.PhotoFiles, "stage", stage_then_delete)
    photo = _imported(workspace, path)
    assert workspace.photos.original_path(photo).is_file()


def test_a_full_disk_while_storing_the_original(workspace, data_dir, tmp_path, monkeypatch):
    path = camera_jpeg(tmp_path / "kim.jpg")

    def full(source, target):
        target.write(source.read(10))
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage, "copy_and_hash", full)
    outcome = _import(workspace, path)
    assert str(outcome.error) == f"{path}: disk full: free some space on the data drive and import again"
    _assert_nothing_stored(workspace, data_dir)


def test_a_full_disk_while_writing_renditions(workspace, data_dir, tmp_path, monkeypatch):
    path = camera_jpeg(tmp_path / "kim.jpg")
    real = storage.write_file_atomically
    calls = []

    def full_on_second(target, data):
        calls.append(target)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(target, data)

    monkeypatch.setattr(storage, "write_file_atomically", full_on_second)
    outcome = _import(workspace, path)
    assert "disk full" in str(outcome.error)
    assert str(path) in str(outcome.error)
    _assert_nothing_stored(workspace, data_dir)


def test_the_atomic_write_leaves_no_temporary_file(tmp_path, monkeypatch):
    target = tmp_path / "r" / "x.jpg"

    def fail(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(OSError, match="No space left"):
        storage.write_file_atomically(target, b"data")
    assert list(target.parent.iterdir()) == []


def test_a_bad_file_does_not_stop_the_batch(workspace, tmp_path):
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"\xff\xd8\xff garbage")
    good = camera_jpeg(tmp_path / "good.jpg")
    outcomes = workspace.photos.import_files([bad, good])
    assert [o.ok for o in outcomes] == [False, True]
    assert "bad.jpg" in str(outcomes[0].error)
    assert [p.original_filename for p in workspace.photos.search()] == ["good.jpg"]


# -- metadata prefill ------------------------------------------------------------------------


def test_iptc_fields_prefill_the_photo(workspace, tmp_path):
    iptc = {80: "Ri Jin-man", 110: "KCNA via AP/TT", 115: "TT", 116: "© KCNA", 120: "Kim Jong-Un at a test"}
    photo = _imported(workspace, camera_jpeg(tmp_path / "kim.jpg", iptc=iptc))
    meta = photo.metadata
    assert (meta.photographer, meta.credit, meta.source, meta.copyright, meta.caption) == (
        "Ri Jin-man",
        "KCNA via AP/TT",
        "TT",
        "© KCNA",
        "Kim Jong-Un at a test",
    )
    assert meta.credit_line == "Photo: KCNA via AP/TT"
    assert meta.alt_text == ""


def test_xmp_fields_prefill_the_photo_and_win_over_iptc(workspace, tmp_path):
    fields = {
        "caption": "Drones over Pyongyang",
        "creator": "Åsa Fotograf",
        "rights": "© TT",
        "credit": "TT Nyhetsbyrån",
        "source": "NTB",
        "alt": "Three drones in a grey sky",
    }
    path = camera_jpeg(tmp_path / "sky.jpg", iptc={110: "Old credit", 120: "Old caption"}, xmp_fields=fields)
    meta = _imported(workspace, path).metadata
    assert (meta.caption, meta.photographer, meta.copyright, meta.credit, meta.source, meta.alt_text) == (
        "Drones over Pyongyang",
        "Åsa Fotograf",
        "© TT",
        "TT Nyhetsbyrån",
        "NTB",
        "Three drones in a grey sky",
    )


def test_exif_text_is_the_last_resort(workspace, tmp_path):
    exif = Image.Exif()
    exif[0x010E] = "A caption from the camera"
    exif[0x013B] = "Camera Artist"
    exif[0x8298] = "(c) Someone"
    path = save(gradient((60, 40)), tmp_path / "e.jpg", "JPEG", exif=exif)
    meta = _imported(workspace, path).metadata
    assert (meta.caption, meta.photographer, meta.copyright) == (
        "A caption from the camera",
        "Camera Artist",
        "(c) Someone",
    )


def test_latin_1_iptc_without_a_charset_is_read(workspace, tmp_path):
    segment = iptc_app13({})  # a charset marker ...
    segment = segment.replace(b"\x1c\x01\x5a\x00\x03\x1b%G", b"")  # ... taken out again
    import struct

    data = b"\x1c\x02\x6e" + struct.pack(">H", 9) + "Nyhetsbyr".encode("latin-1")
    data += b"\x1c\x02\x78" + struct.pack(">H", 6) + "Malmö".encode("latin-1") + b"!"
    block = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(data)) + data
    payload = b"Photoshop 3.0\x00" + block
    app13 = b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload
    path = save(gradient((60, 40)), tmp_path / "latin.jpg", "JPEG", extra=app13)
    meta = _imported(workspace, path).metadata
    assert (meta.credit, meta.caption) == ("Nyhetsbyr", "Malmö!")


def test_hostile_or_broken_xmp_is_ignored(workspace, tmp_path):
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/">&lol2;</x:xmpmeta>'
    )
    for name, packet in (("laughs.jpg", laughs), ("broken.jpg", b"<x:xmpmeta><unclosed>")):
        path = save(gradient((60, 40)), tmp_path / name, "JPEG", xmp=packet)
        assert _imported(workspace, path).metadata.caption == ""
    assert xmp({"caption": "x"}).startswith(b"<?xpacket")
