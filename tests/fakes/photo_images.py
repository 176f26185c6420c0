"""Test photos made with Pillow: EXIF with GPS, a serial number, a MakerNote and an embedded
thumbnail; IPTC (a hand-built APP13 segment); XMP; CMYK, 16-bit, ICC-tagged, animated images;
and a pixel's channel values, read back."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

from PIL import Image, ImageCms

GPS = {1: "N", 2: (59.0, 19.0, 48.0), 3: "E", 4: (18.0, 4.0, 12.0)}
SERIAL = "SN-0042-SECRET"
OWNER = "Jane Owner"
MAKERNOTE = b"MAKERNOTE-SECRET"
THUMB_COMMENT = b"UNCROPPED-THUMB"
SECRETS = (SERIAL.encode(), OWNER.encode(), MAKERNOTE, THUMB_COMMENT)


def _with_thumbnail(exif_bytes: bytes, thumbnail: bytes) -> bytes:
    """EXIF bytes (b"Exif\\0\\0" + little-endian TIFF) with an IFD1 holding a JPEG thumbnail,
    as cameras write it (Pillow writes no IFD1). The TIFF may be either byte order."""
    tiff = bytearray(exif_bytes[6:])
    e = "<" if tiff[:2] == b"II" else ">"
    ifd0 = struct.unpack_from(f"{e}I", tiff, 4)[0]
    count = struct.unpack_from(f"{e}H", tiff, ifd0)[0]
    next_at = ifd0 + 2 + 12 * count
    if len(tiff) % 2:
        tiff += b"\x00"
    ifd1 = len(tiff)
    struct.pack_into(f"{e}I", tiff, next_at, ifd1)
    data_at = ifd1 + 2 + 2 * 12 + 4
    tiff += struct.pack(f"{e}H", 2)
    tiff += struct.pack(f"{e}HHII", 0x0201, 4, 1, data_at)
    tiff += struct.pack(f"{e}HHII", 0x0202, 4, 1, len(thumbnail))
    tiff += struct.pack(f"{e}I", 0)
    tiff += thumbnail
    return b"Exif\x00\x00" + bytes(tiff)


def gradient(size: tuple[int, int] = (600, 400), mode: str = "RGB") -> Image.Image:
    """A picture with structure, so that orientation and crops can be told apart: red grows to
    the right, green downwards, and the top-left corner is white."""
    width, height = size
    red = Image.linear_gradient("L").rotate(90).resize(size)
    red = red.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    green = Image.linear_gradient("L").resize(size)
    blue = Image.new("L", size, 60)
    image = Image.merge("RGB", (red, green, blue))
    image.paste((255, 255, 255), (0, 0, max(1, width // 10), max(1, height // 10)))
    return image.convert(mode) if mode != "RGB" else image


def iptc_app13(fields: dict[int, str]) -> bytes:
    """An APP13 segment with IPTC-IIM record-2 datasets, built by hand (Pillow cannot write one)."""
    data = b"\x1c\x01\x5a\x00\x03\x1b%G"
    for dataset, value in fields.items():
        encoded = value.encode("utf-8")
        data += b"\x1c\x02" + bytes([dataset]) + struct.pack(">H", len(encoded)) + encoded
    block = (
        b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(data)) + data + (b"\x00" if len(data) % 2 else b"")
    )
    payload = b"Photoshop 3.0\x00" + block
    return b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload


def xmp(fields: dict[str, str]) -> bytes:
    """An XMP packet as Lightroom or Photo Mechanic writes one."""
    parts = []
    if "caption" in fields:
        parts.append(
            f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{fields["caption"]}</rdf:li>'
            "</rdf:Alt></dc:description>"
        )
    if "creator" in fields:
        parts.append(f"<dc:creator><rdf:Seq><rdf:li>{fields['creator']}</rdf:li></rdf:Seq></dc:creator>")
    if "rights" in fields:
        parts.append(
            '<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">'
            f"{fields['rights']}</rdf:li></rdf:Alt></dc:rights>"
        )
    if "alt" in fields:
        parts.append(
            "<Iptc4xmpCore:AltTextAccessibility><rdf:Alt>"
            f'<rdf:li xml:lang="x-default">{fields["alt"]}</rdf:li>'
            "</rdf:Alt></Iptc4xmpCore:AltTextAccessibility>"
        )
    attributes = ""
    if "credit" in fields:
        attributes += f' photoshop:Credit="{fields["credit"]}"'
    if "source" in fields:
        attributes += f' photoshop:Source="{fields["source"]}"'
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"'
        ' xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"'
        f"{attributes}>{''.join(parts)}</rdf:Description></rdf:RDF></x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    ).encode()


def camera_jpeg(
    path: Path,
    size: tuple[int, int] = (600, 400),
    *,
    orientation: int = 1,
    gps: bool = True,
    iptc: dict[int, str] | None = None,
    xmp_fields: dict[str, str] | None = None,
    quality: int = 90,
) -> Path:
    """A JPEG as a camera (and an agency) delivers it: orientation, GPS, serial number, owner,
    MakerNote, an embedded thumbnail of the whole picture; optionally IPTC and XMP."""
    image = gradient(size)
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "Camera Maker"
    exif[0x8769] = {0xA431: SERIAL, 0xA430: OWNER, 0x927C: MAKERNOTE}
    if gps:
        exif[0x8825] = dict(GPS)
    thumb = io.BytesIO()
    image.resize((160, 120)).save(thumb, "JPEG", comment=THUMB_COMMENT)
    options: dict[str, object] = {"exif": _with_thumbnail(exif.tobytes(), thumb.getvalue())}
    if iptc:
        options["extra"] = iptc_app13(iptc)
    if xmp_fields:
        options["xmp"] = xmp(xmp_fields)
    image.save(path, "JPEG", quality=quality, **options)
    return path


def save(image: Image.Image, path: Path, fmt: str, **options: object) -> Path:
    image.save(path, fmt, **options)
    return path


def pixel(image: Image.Image, xy: tuple[int, int]) -> tuple[int, ...]:
    """The channel values at xy of a multi-band image (getpixel answers a number for one band)."""
    value = image.getpixel(xy)
    assert isinstance(value, tuple), f"a {image.mode} image has no channel tuple at {xy}: {value!r}"
    return value


def bomb_png(path: Path, width: int = 30_000, height: int = 30_000) -> Path:
    """A tiny PNG whose header claims width x height pixels."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )
    return path


def swapped_rgb_profile() -> bytes:
    """An ICC v2 RGB profile whose red and green colorants are sRGB's green and red, with a linear
    tone curve: (255, 0, 0) in it is pure sRGB green."""
    # sRGB colorants (D50-adapted), as in the sRGB profile.
    red = (0.4361, 0.2225, 0.0139)
    green = (0.3851, 0.7169, 0.0971)
    blue = (0.1431, 0.0606, 0.7141)
    white = (0.9642, 1.0, 0.8249)

    def s15(value: float) -> bytes:
        return struct.pack(">i", round(value * 65536))

    def xyz(values: tuple[float, float, float]) -> bytes:
        return b"XYZ \x00\x00\x00\x00" + b"".join(s15(v) for v in values)

    curve = b"curv\x00\x00\x00\x00" + struct.pack(">I", 0)  # identity (gamma 1.0)
    description = b"Swapped RG"
    desc = (
        b"desc\x00\x00\x00\x00"
        + struct.pack(">I", len(description) + 1)
        + description
        + b"\x00"
        + b"\x00" * 8
        + b"\x00" * 3
        + b"\x00" * 67
    )
    tags = [
        (b"desc", desc),
        (b"wtpt", xyz(white)),
        (b"rXYZ", xyz(green)),
        (b"gXYZ", xyz(red)),
        (b"bXYZ", xyz(blue)),
        (b"rTRC", curve),
        (b"gTRC", curve),
        (b"bTRC", curve),
    ]
    offset = 128 + 4 + 12 * len(tags)
    table = struct.pack(">I", len(tags))
    data = b""
    for signature, body in tags:
        while (offset + len(data)) % 4:
            data += b"\x00"
        table += signature + struct.pack(">II", offset + len(data), len(body))
        data += body
    size = offset + len(data)
    header = (
        struct.pack(">I", size)
        + b"lcms"
        + b"\x02\x10\x00\x00"
        + b"mntr"
        + b"RGB "
        + b"XYZ "
        + b"\x00" * 12
        + b"acsp"
        + b"\x00" * 24
        + struct.pack(">I", 0)
        + s15(0.9642)
        + s15(1.0)
        + s15(0.8249)
        + b"\x00" * 48
    )
    assert len(header) == 128, len(header)
    return header + table + data


def lab_profile() -> bytes:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("LAB")).tobytes()


def animated_gif(path: Path, frames: int = 3) -> Path:
    images = [Image.new("RGB", (40, 30), (i * 80, 255 - i * 80, 0)) for i in range(frames)]
    images[0].save(path, "GIF", save_all=True, append_images=images[1:], duration=100, loop=0)
    return path
