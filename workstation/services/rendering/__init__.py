"""One renderer for preview, export and publishing: Markdown -> safe HTML -> page template."""

from workstation.services.rendering.body import inline_markdown_to_html, markdown_to_html
from workstation.services.rendering.page import (
    FeaturedPhoto,
    PageInput,
    PageRenderer,
    RenderedPage,
    TemplateProblem,
    default_template_dir,
)
from workstation.services.rendering.sanitize import PHOTO_SCHEME, sanitize_html
from workstation.services.rendering.service import RenderingService

__all__ = [
    "PHOTO_SCHEME",
    "FeaturedPhoto",
    "PageInput",
    "PageRenderer",
    "RenderedPage",
    "RenderingService",
    "TemplateProblem",
    "default_template_dir",
    "inline_markdown_to_html",
    "markdown_to_html",
    "sanitize_html",
]
