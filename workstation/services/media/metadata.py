"""Photo metadata in and out.

In: the credit, by-line, caption, copyright and source a photo arrives with, read from XMP, then
IPTC-IIM, then EXIF (the first that has a field wins), to prefill the editor's fields.

Out: renditions (the only photo bytes that leave the machine) carry nothing of the original's
metadata. They get the caption, credit and copyright the editor set, written twice: as IPTC-IIM
(an APP13 segment, UTF-8; what WordPress reads into image_meta) and as XMP (dc:description,
photoshop:Credit, dc:rights). EXIF is written only when the editor keeps the location: then it holds
the original's GPS IFD and nothing else. So no device serial numbers, owner names, MakerNotes,
embedded thumbnails (which show the uncropped image) or GPS otherwise.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from PIL import Image, ImageFile, IptcImagePlugin

from workstation.domain.photo import PhotoMetadata
from workstation.domain.safe_text import clean_text

GPS_IFD = 0x8825
_EXIF_DESCRIPTION, _EXIF_ARTIST, _EXIF_COPYRIGHT = 0x010E, 0x013B, 0x8298

# IPTC-IIM datasets (record 2).
IPTC_BYLINE = 80
IPTC_CREDIT = 110
IPTC_SOURCE = 115
IPTC_COPYRIGHT = 116
IPTC_CAPTION = 120
_IPTC_UTF8 = b"\x1b%G"  # 1:90 coded character set

_NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
    "Iptc4xmpCore": "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/",
}


@dataclass(frozen=True, slots=True)
class SourceMetadata:
    """What a photo file says about itself."""

    metadata: PhotoMetadata
    has_location: bool


# -- reading ---------------------------------------------------------------------------------


def read_metadata(image: ImageFile.ImageFile) -> SourceMetadata:
    xmp = _read_xmp(_xmp_bytes(image))
    iptc = _read_iptc(image)
    exif = image.getexif()
    exif_fields = {
        "caption": _exif_text(exif.get(_EXIF_DESCRIPTION)),
        "photographer": _exif_text(exif.get(_EXIF_ARTIST)),
        "copyright": _exif_text(exif.get(_EXIF_COPYRIGHT)),
    }
    values: dict[str, str] = {}
    for name in ("caption", "credit", "alt_text", "photographer", "copyright", "source"):
        for found in (xmp, iptc, exif_fields):
            value = clean_text(found.get(name, "")).strip()  # a file's XMP may carry escape codes
            if value:
                values[name] = value
                break
    try:
        has_location = bool(exif.get_ifd(GPS_IFD))
    except Exception:  # noqa: BLE001 - a damaged GPS IFD: treat it as present (it must not be copied anyway)
        has_location = True
    return SourceMetadata(PhotoMetadata(**values), has_location)


def _exif_text(value: object) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return value.strip("\x00 ").strip() if isinstance(value, str) else ""


def _xmp_bytes(image: ImageFile.ImageFile) -> bytes | None:
    xmp = image.info.get("xmp") or image.info.get("XML:com.adobe.xmp")
    if xmp is None and image.format == "TIFF":
        tags: Any = getattr(image, "tag_v2", {})
        xmp = tags.get(700)
    if isinstance(xmp, str):
        xmp = xmp.encode("utf-8")
    return xmp if isinstance(xmp, bytes) else None


def _read_xmp(packet: bytes | None) -> dict[str, str]:
    if not packet:
        return {}
    from defusedxml import ElementTree

    try:
        root = ElementTree.fromstring(packet.strip(b"\x00 \r\n\t"))
    except Exception:  # noqa: BLE001 - malformed or hostile XML: the fields stay empty
        return {}
    rdf, dc, ps, core = (_NS[k] for k in ("rdf", "dc", "photoshop", "Iptc4xmpCore"))

    def first(tag: str) -> str:
        for description in root.iter(f"{{{rdf}}}Description"):
            attribute = description.get(tag)
            if attribute:
                return attribute
            element = description.find(tag)
            if element is not None:
                item = element.find(f".//{{{rdf}}}li")
                text = item.text if item is not None else element.text
                if text and text.strip():
                    return text
        return ""

    return {
        "caption": first(f"{{{dc}}}description"),
        "photographer": first(f"{{{dc}}}creator"),
        "copyright": first(f"{{{dc}}}rights"),
        "credit": first(f"{{{ps}}}Credit"),
        "source": first(f"{{{ps}}}Source"),
        "alt_text": first(f"{{{core}}}AltTextAccessibility"),
    }


def _read_iptc(image: ImageFile.ImageFile) -> dict[str, str]:
    try:
        info = IptcImagePlugin.getiptcinfo(image) or {}
    except Exception:  # noqa: BLE001 - a damaged IPTC block: the fields stay empty
        return {}
    utf8 = info.get((1, 90)) == _IPTC_UTF8

    def text(dataset: int) -> str:
        value = info.get((2, dataset))
        if isinstance(value, list):
            value = b"; ".join(value)
        if not value:
            return ""
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            return value.decode("utf-8" if utf8 else "latin-1", "replace")

    return {
        "photographer": text(IPTC_BYLINE),
        "credit": text(IPTC_CREDIT),
        "source": text(IPTC_SOURCE),
        "copyright": text(IPTC_COPYRIGHT),
        "caption": text(IPTC_CAPTION),
    }


# -- writing ---------------------------------------------------------------------------------


def iptc_app13(datasets: list[tuple[int, str]]) -> bytes:
    """A JPEG APP13 segment ("Photoshop 3.0" IRB 0x0404) holding IPTC-IIM record-2 datasets,
    UTF-8, for Pillow's `extra=` save argument."""
    data = b"\x1c\x01\x5a" + struct.pack(">H", len(_IPTC_UTF8)) + _IPTC_UTF8
    data += b"\x1c\x02\x00" + struct.pack(">H", 2) + struct.pack(">H", 4)
    budget = 60_000
    for dataset, value in datasets:
        encoded = value.encode("utf-8")[: min(32_767, budget)]
        encoded = encoded.decode("utf-8", "ignore").encode("utf-8")  # never cut a character in two
        if not encoded:
            continue
        budget -= len(encoded) + 5
        data += b"\x1c\x02" + bytes([dataset]) + struct.pack(">H", len(encoded)) + encoded
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(data)) + data
    if len(data) % 2:
        resource += b"\x00"
    payload = b"Photoshop 3.0\x00" + resource
    return b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload


def xmp_packet(caption: str, credit: str, copyright: str) -> bytes:
    """An XMP packet with only these three fields."""

    def alt(tag: str, value: str) -> str:
        return (
            f'<{tag}><rdf:Alt><rdf:li xml:lang="x-default">{escape(value)}</rdf:li></rdf:Alt></{tag}>'
            if value
            else ""
        )

    body = alt("dc:description", caption) + alt("dc:rights", copyright)
    if credit:
        body += f"<photoshop:Credit>{escape(credit)}</photoshop:Credit>"
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        f'<rdf:RDF xmlns:rdf="{_NS["rdf"]}">'
        f'<rdf:Description rdf:about="" xmlns:dc="{_NS["dc"]}" xmlns:photoshop="{_NS["photoshop"]}">'
        f"{body}</rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    ).encode()


def rendition_save_options(metadata: PhotoMetadata | None, location: dict[int, Any] | None) -> dict[str, Any]:
    """Pillow JPEG save arguments for the metadata a rendition may carry: None for none at all
    (thumbnails, which never leave the machine)."""
    options: dict[str, Any] = {}
    if location:
        exif = Image.Exif()
        exif[GPS_IFD] = location
        options["exif"] = exif
    if metadata is None:
        return options
    caption, credit, copyright = metadata.caption.strip(), metadata.credit.strip(), metadata.copyright.strip()
    datasets = [(IPTC_CAPTION, caption), (IPTC_CREDIT, credit), (IPTC_COPYRIGHT, copyright)]
    if any(value for _, value in datasets):
        options["extra"] = iptc_app13(datasets)
        options["xmp"] = xmp_packet(caption, credit, copyright)
    return options


def location_of(image: Image.Image) -> dict[int, Any] | None:
    """The GPS IFD of an image, for an editor who keeps the location; None if it has none."""
    try:
        gps = dict(image.getexif().get_ifd(GPS_IFD))
    except Exception:  # noqa: BLE001 - a damaged GPS IFD: no location to keep
        return None
    return gps or None
