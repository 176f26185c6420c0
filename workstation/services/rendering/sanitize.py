"""The allowlist every body passes through before it reaches a page: no scripts, no event
handlers, no frames, no remote or javascript: resources. Links stay links (the preview never
follows them); images must be local photos or data:image URLs."""

from __future__ import annotations

import nh3

from workstation.domain.languages import language_code
from workstation.domain.safe_text import encodable
from workstation.domain.urls import PHOTO_SCHEME

ALLOWED_TAGS = {
    "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "u", "s", "sub", "sup",
    "blockquote", "q", "cite", "ul", "ol", "li", "a", "code", "pre", "abbr", "figure", "figcaption",
    "img", "table", "thead", "tbody", "tr", "th", "td", "caption", "dl", "dt", "dd", "span", "small",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "abbr": {"title"},
    "th": {"align", "colspan", "rowspan"},
    "td": {"align", "colspan", "rowspan"},
    "ol": {"start"},
    "figure": {"class"},
    "span": {"lang"},  # a quote in another language than the article's (spell checking reads it too)
}
LINK_SCHEMES = {"http", "https", "mailto", PHOTO_SCHEME, "data"}
# Inline image data a page may show: raster formats only (an SVG is a document, not a picture).
IMAGE_DATA_TYPES = ("image/png", "image/jpeg", "image/gif", "image/webp", "image/avif")
# Tags whose content goes too: a script's text is not prose.
DROP_WITH_CONTENT = {"script", "style", "iframe", "object", "embed", "noscript", "template", "svg", "math"}


def is_photo_url(src: str) -> bool:
    """A stored photo's URL (ewsphoto:<sha256>), which only the preview can show."""
    return src.strip().lower().startswith(f"{PHOTO_SCHEME}:")


def is_image_data_url(src: str) -> bool:
    lowered = src.strip().lower()
    return any(lowered.startswith((f"data:{kind};", f"data:{kind},")) for kind in IMAGE_DATA_TYPES)


def is_local_image_src(src: str) -> bool:
    """Only stored photos and inline image data: nothing is fetched from the network."""
    return is_photo_url(src) or is_image_data_url(src)


def _filter_attribute(tag: str, name: str, value: str) -> str | None:
    lowered = value.strip().lower()
    if tag == "img" and name == "src":
        return value.strip() if is_local_image_src(value) else None
    if tag == "a" and name == "href" and lowered.startswith("data:"):
        return None  # data: URLs are for images only
    if tag == "figure" and name == "class":
        return value if value in {"inline-photo"} else None
    if name == "lang":
        return language_code(value)
    return value


def sanitize_html(html: str) -> str:
    """Only the allowed tags, attributes and addresses; a lone surrogate (nh3 and UTF-8 refuse
    them) becomes U+FFFD rather than an exception."""
    return nh3.clean(
        encodable(html),
        tags=ALLOWED_TAGS,
        clean_content_tags=DROP_WITH_CONTENT,
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=_filter_attribute,
        url_schemes=LINK_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
