"""What leaves the machine: the web rendition's bytes carry the editor's caption, credit and
copyright, and nothing private of the original (GPS, serial numbers, owner, MakerNote, the
embedded thumbnail of the uncropped picture) unless the editor keeps the location."""

import io

from PIL import ExifTags, Image, ImageFile, IptcImagePlugin

from tests.fakes.photo_images import GPS, SECRETS, camera_jpeg
from workstation.domain.photo import Photo, PhotoMetadata
from workstation.services.workspace import Workspace

IPTC = {110: "KCNA via AP/TT", 120: "Kim Jong-Un at a drone test", 116: "© KCNA", 80: "Secret Stringer"}


def _upload_bytes(workspace: Workspace, photo: Photo) -> bytes:
    found = workspace.photos.photo_bytes(photo.sha256)
    assert found is not None
    assert found[1] == workspace.photos.web_bytes(photo)
    return found[1]


def _import(workspace, tmp_path, **options):
    source = camera_jpeg(tmp_path / "kim.jpg", (800, 600), orientation=6, iptc=IPTC, **options)
    with Image.open(source) as original:  # the test photo really holds what must not leave
        exif = original.getexif()
        assert exif.get_ifd(ExifTags.IFD.GPSInfo)
        assert exif.get_ifd(ExifTags.IFD.IFD1)  # the embedded thumbnail
        assert all(secret in source.read_bytes() for secret in SECRETS)
    (outcome,) = workspace.photos.import_files([source])
    assert outcome.photo is not None
    return outcome.photo


def _iptc(image: ImageFile.ImageFile) -> dict[int, str]:
    """The application record's datasets (2:...) as text, by dataset number."""
    info = IptcImagePlugin.getiptcinfo(image) or {}
    fields: dict[int, str] = {}
    for (record, dataset), value in info.items():
        if record == 2 and dataset != 0:
            assert isinstance(value, bytes), f"dataset 2:{dataset} is repeated"
            fields[dataset] = value.decode("utf-8")
    return fields


def test_the_web_rendition_carries_credit_caption_and_copyright_and_nothing_private(workspace, tmp_path):
    photo = _import(workspace, tmp_path)
    data = _upload_bytes(workspace, photo)
    for secret in SECRETS:
        assert secret not in data
    assert b"Secret Stringer" not in data  # only caption, credit and copyright are written
    assert data.count(b"\xff\xd8") == 1  # one JPEG: no embedded thumbnail
    image = Image.open(io.BytesIO(data))
    assert "exif" not in image.info  # no EXIF at all: no GPS, no serial, no IFD1
    assert not image.getexif().get_ifd(ExifTags.IFD.GPSInfo)
    assert _iptc(image) == {120: IPTC[120], 110: IPTC[110], 116: IPTC[116]}
    packet = image.info["xmp"].decode("utf-8")
    assert "KCNA via AP/TT" in packet
    assert "Kim Jong-Un at a drone test" in packet
    assert "© KCNA" in packet


def test_thumbnails_carry_no_metadata_at_all(workspace, tmp_path):
    photo = _import(workspace, tmp_path)
    data = workspace.photos.thumbnail_path(photo).read_bytes()
    assert all(secret not in data for secret in SECRETS)
    image = Image.open(io.BytesIO(data))
    assert not {"exif", "xmp", "photoshop", "icc_profile", "comment"} & set(image.info)


def test_an_edited_caption_is_what_the_rendition_carries(workspace, tmp_path):
    photo = _import(workspace, tmp_path)
    first = workspace.photos.rendition_path(photo)
    photo = workspace.photos.update_metadata(
        photo.id,
        PhotoMetadata(caption="Ny bildtext: Malmö", credit="TT", alt_text="x", copyright="© TT 2024"),
    )
    data = _upload_bytes(workspace, photo)
    assert _iptc(Image.open(io.BytesIO(data))) == {120: "Ny bildtext: Malmö", 110: "TT", 116: "© TT 2024"}
    assert not first.exists()  # the stale rendition is gone


def test_keeping_the_location_keeps_gps_and_only_gps(workspace, tmp_path):
    photo = _import(workspace, tmp_path)
    photo = workspace.photos.update_metadata(photo.id, keep_location=True)
    data = _upload_bytes(workspace, photo)
    image = Image.open(io.BytesIO(data))
    exif = image.getexif()
    assert dict(exif.get_ifd(ExifTags.IFD.GPSInfo)) == GPS
    assert set(exif) == {ExifTags.IFD.GPSInfo}
    assert not exif.get_ifd(ExifTags.IFD.Exif)
    assert all(secret not in data for secret in SECRETS)
    assert data.count(b"\xff\xd8") == 1
    # And turning it off again drops it.
    photo = workspace.photos.update_metadata(photo.id, keep_location=False)
    assert "exif" not in Image.open(io.BytesIO(_upload_bytes(workspace, photo))).info


def test_data_uris_for_exports_are_the_clean_rendition(workspace, tmp_path):
    import base64

    photo = _import(workspace, tmp_path)
    uri = workspace.photos.data_uri(f"ewsphoto:{photo.sha256}")
    assert uri is not None
    assert uri.startswith("data:image/jpeg;base64,")
    assert base64.b64decode(uri.split(",", 1)[1]) == _upload_bytes(workspace, photo)
    assert workspace.photos.data_uri("ewsphoto:" + "0" * 64) is None
    assert workspace.photos.photo_bytes("not-a-sha") is None
