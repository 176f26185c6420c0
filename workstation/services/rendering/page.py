"""The article page: one renderer for preview, export and publishing.

Markdown -> sanitized HTML -> a Jinja2 template in a sandbox. A template folder holds
article.html, style.css and any assets; the default one is resources/templates/default. A broken
template gives an error page naming the template, the line and the message."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from workstation.domain.article import ArticleContent, ArticleSummary
from workstation.domain.taxonomy import SectionNode
from workstation.domain.text import reading_minutes
from workstation.domain.timefmt import relative_time
from workstation.resources import resource_path
from workstation.services.rendering.body import inline_markdown_to_html, markdown_to_html
from workstation.services.rendering.sanitize import PHOTO_SCHEME

TEMPLATE_NAME = "article.html"
STYLESHEET_NAME = "style.css"
NOT_YET_PUBLISHED = "Not yet published"
# What a page may load: its own inline CSS and local or inline images. No scripts, no network.
CONTENT_SECURITY_POLICY = (
    f"default-src 'none'; img-src {PHOTO_SCHEME}: data:; style-src 'unsafe-inline'; font-src data:"
)


def default_template_dir() -> Path:
    return resource_path("templates", "default")


@dataclass(frozen=True, slots=True)
class FeaturedPhoto:
    src: str  # an ewsphoto: URL or a data: URL
    caption: str = ""
    credit: str = ""
    alt_text: str = ""
    width: int | None = None
    height: int | None = None


@dataclass(frozen=True, slots=True)
class PageInput:
    """Everything one page shows. Content may be unsaved (the preview renders what is typed)."""

    content: ArticleContent
    section_path: tuple[str, ...] = ()
    navigation: tuple[SectionNode, ...] = ()
    first_published_at: datetime | None = None
    updated_at: datetime | None = None
    featured_photo: FeaturedPhoto | None = None
    more_news: tuple[ArticleSummary, ...] = ()
    now: datetime | None = None  # "Today" is relative to this (the machine's clock when None)


@dataclass(frozen=True, slots=True)
class TemplateProblem:
    template: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.template}, line {self.line}" if self.line else self.template
        return f"{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class RenderedPage:
    html: str
    body_html: str = ""
    problem: TemplateProblem | None = None
    paragraphs: tuple[str, ...] = field(default=())


class PageRenderer:
    """Renders pages from one template folder. Safe to share between threads: Jinja2's
    environment is, and the Markdown converters are per thread."""

    def __init__(self, template_dir: Path | None = None) -> None:
        self.template_dir = template_dir or default_template_dir()
        self._env = SandboxedEnvironment(
            loader=jinja2.FileSystemLoader(str(self.template_dir)),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )

    def stylesheet(self) -> str:
        path = self.template_dir / STYLESHEET_NAME
        try:
            return path.read_text(encoding="utf-8")
        except OSError:
            return ""

    def render(self, page: PageInput) -> RenderedPage:
        body_html = markdown_to_html(page.content.body, page.content.language)
        try:
            template = self._env.get_template(TEMPLATE_NAME)
            text = template.render(**self.context(page, body_html))
        except jinja2.TemplateSyntaxError as exc:
            name = exc.filename or exc.name or TEMPLATE_NAME
            problem = TemplateProblem(name, exc.lineno, exc.message or "")
            return RenderedPage(error_page(problem), body_html, problem)
        except jinja2.TemplateNotFound as exc:
            missing = self.template_dir / str(exc.name or TEMPLATE_NAME)
            problem = TemplateProblem(str(missing), None, "template file not found")
            return RenderedPage(error_page(problem), body_html, problem)
        except (jinja2.TemplateError, TypeError, ValueError, AttributeError) as exc:
            problem = TemplateProblem(TEMPLATE_NAME, _template_line(exc), f"{type(exc).__name__}: {exc}")
            return RenderedPage(error_page(problem), body_html, problem)
        return RenderedPage(text, body_html)

    def context(self, page: PageInput, body_html: str) -> dict[str, Any]:
        content = page.content
        when = page.now

        def time_text(moment: datetime | None) -> str | None:
            return relative_time(moment, when) if moment is not None else None

        active = set(page.section_path)
        navigation = [
            {
                "name": node.section.name,
                "slug": node.section.slug,
                "depth": node.depth,
                "active": node.section.name in active and node.path == page.section_path[: len(node.path)],
            }
            for node in page.navigation
        ]
        photo = page.featured_photo
        return {
            "language": content.language,
            "headline": content.headline,
            "standfirst_html": inline_markdown_to_html(content.standfirst, content.language),
            "body_html": body_html,
            "byline": content.byline,
            "source_note": content.source_note,
            "tags": list(content.tags),
            "section": page.section_path[-1] if page.section_path else "",
            "section_path": list(page.section_path),
            "navigation": navigation,
            "published": time_text(page.first_published_at) if page.first_published_at else None,
            "updated": time_text(page.updated_at)
            if page.first_published_at and page.updated_at and page.updated_at > page.first_published_at
            else None,
            "not_yet_published": NOT_YET_PUBLISHED,
            "reading_minutes": content.reading_minutes,
            "photo": None
            if photo is None
            else {
                "src": photo.src,
                "alt": photo.alt_text,
                "caption": photo.caption,
                "credit_line": f"Photo: {photo.credit}" if photo.credit.strip() else "",
                "width": photo.width,
                "height": photo.height,
            },
            "more_news": [
                {"headline": s.headline, "minutes": reading_minutes(s.word_count)} for s in page.more_news
            ],
            "stylesheet": self.stylesheet(),
            "content_security_policy": CONTENT_SECURITY_POLICY,
        }


def _template_line(exc: BaseException) -> int | None:
    tb = exc.__traceback__
    line = None
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(TEMPLATE_NAME) or "<template>" in filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def error_page(problem: TemplateProblem) -> str:
    """A page that says what is wrong with the template instead of the article."""
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<meta http-equiv='Content-Security-Policy' content=\"{CONTENT_SECURITY_POLICY}\">"
        "<title>Template error</title><style>body{font:15px/1.5 sans-serif;margin:2em;color:#222}"
        "h1{color:#b3261e;font-size:1.3em}code{background:#f4f4f4;padding:2px 4px}</style></head><body>"
        "<h1>The page template could not be used</h1>"
        f"<p><code>{html.escape(problem.template)}</code>"
        f"{f', line {problem.line}' if problem.line else ''}</p>"
        f"<p>{html.escape(problem.message)}</p>"
        "<p>Fix the template, or choose another one for this destination.</p></body></html>"
    )
