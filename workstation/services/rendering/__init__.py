"""One renderer for preview, export and publishing: Markdown -> safe HTML -> page template."""

from workstation.services.rendering.body import inline_markdown_to_html, markdown_to_html, typographic_quotes
from workstation.services.rendering.page import (
    FeaturedPhoto,
    PageInput,
    PageRenderer,
    RenderedPage,
    TemplateProblem,
    default_template_dir,
)
from workstation.services.rendering.photos import PhotoResolver, embed_photos
from workstation.services.rendering.sanitize import is_local_image_src, sanitize_html
from workstation.services.rendering.service import RenderingService

__all__ = [
    "FeaturedPhoto",
    "PageInput",
    "PageRenderer",
    "PhotoResolver",
    "RenderedPage",
    "RenderingService",
    "TemplateProblem",
    "default_template_dir",
    "embed_photos",
    "inline_markdown_to_html",
    "is_local_image_src",
    "markdown_to_html",
    "sanitize_html",
    "typographic_quotes",
]
