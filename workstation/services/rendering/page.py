"""The article page: one renderer for preview, export and publishing.

Markdown -> sanitized HTML -> a Jinja2 template in a sandbox. A template folder holds
article.html, style.css and any assets; the default one is resources/templates/default. A broken
template gives an error page naming the template, the line and the message."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from workstation.domain.article import ArticleContent, ArticleSummary
from workstation.domain.page_labels import PageLabels
from workstation.domain.safe_text import encodable
from workstation.domain.taxonomy import SectionNode
from workstation.domain.text import reading_minutes
from workstation.domain.timefmt import relative_time
from workstation.domain.typography import TypographyRules, typographic_text
from workstation.domain.urls import PHOTO_SCHEME
from workstation.resources import resource_path
from workstation.services.rendering.attribution import render_attribution
from workstation.services.rendering.body import (
    inline_markdown_to_html,
    markdown_to_html,
    site_typography,
    typographic_quotes,
)
from workstation.services.rendering.captions import BodyPhoto, figure_body_photos
from workstation.services.rendering.labels import LabelsError, template_labels
from workstation.services.rendering.photos import PhotoResolver, embed_photos, resolve_photo_src
from workstation.services.rendering.sanitize import is_local_image_src

TEMPLATE_NAME = "article.html"
STYLESHEET_NAME = "style.css"
# What a page may load: its own inline CSS and local or inline images. No scripts, no network.
_POLICY = "default-src 'none'; img-src {images}; style-src 'unsafe-inline'; font-src data:; " + (
    "base-uri 'none'; form-action 'none'"
)
CONTENT_SECURITY_POLICY = _POLICY.format(images=f"{PHOTO_SCHEME}: data:")
# A page that stands alone (an export) has its photos inline.
STANDALONE_CONTENT_SECURITY_POLICY = _POLICY.format(images="data:")


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
    # The stored photos the body shows: each prints with its caption and credit, as on the site.
    body_photos: tuple[BodyPhoto, ...] = ()


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
    environment is, the Markdown converters are per thread, and the stylesheet cache is one
    tuple swapped whole. The compiled template is kept until its file changes (Jinja2's
    auto_reload), the stylesheet until style.css changes."""

    def __init__(self, template_dir: Path | None = None) -> None:
        self.template_dir = template_dir or default_template_dir()
        self._env = SandboxedEnvironment(
            loader=jinja2.FileSystemLoader(str(self.template_dir)),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self._stylesheet: tuple[tuple[int, int], str] | None = None

    def stylesheet(self) -> str:
        """style.css of the template folder ("" if there is none), read again only when it changed."""
        path = self.template_dir / STYLESHEET_NAME
        try:
            stat = path.stat()
            key = (stat.st_mtime_ns, stat.st_size)
            cached = self._stylesheet
            if cached is not None and cached[0] == key:
                return cached[1]
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return ""
        self._stylesheet = (key, text)
        return text

    def render(
        self, page: PageInput, *, standalone: bool = False, resolve_photo: PhotoResolver | None = None
    ) -> RenderedPage:
        """The page, or an error page naming what is wrong with the template: never raises.

        `standalone` is for a file that must show without the app (an export): stored photos
        (ewsphoto: URLs) become data: URIs through `resolve_photo`, or are left out."""
        language = page.content.language
        try:
            labels = template_labels(self.template_dir, language)
        except LabelsError as exc:  # the site's labels file: name it and what is wrong, as for a template
            problem = TemplateProblem(str(exc.path), None, str(exc).removeprefix(f"{exc.path}: "))
            return RenderedPage(error_page(problem), "", problem)
        photos = {photo.src: photo for photo in page.body_photos}
        body_html = figure_body_photos(markdown_to_html(page.content.body, language), photos, language)
        if standalone:
            body_html = embed_photos(body_html, resolve_photo)
        context = self.context(page, body_html, standalone, resolve_photo, labels)
        try:
            template = self._env.get_template(TEMPLATE_NAME)
            text = template.render(**context)
        except jinja2.TemplateSyntaxError as exc:
            name = self._template_name(exc.filename, exc.name)
            problem = TemplateProblem(name, exc.lineno, exc.message or "")
            return RenderedPage(error_page(problem), body_html, problem)
        except jinja2.TemplateNotFound as exc:
            missing = self.template_dir / str(exc.name or TEMPLATE_NAME)
            problem = TemplateProblem(str(missing), None, "template file not found")
            return RenderedPage(error_page(problem), body_html, problem)
        except Exception as exc:  # noqa: BLE001 - a template is code an editor may have broken: report, never raise
            name, line = self._template_frame(exc.__traceback__)
            problem = TemplateProblem(name, line, _describe(exc))
            return RenderedPage(error_page(problem), body_html, problem)
        # A field's lone surrogate (a damaged store, a pasted "\ud800") must not make the page
        # unwritable: it shows as U+FFFD, as the body's does.
        return RenderedPage(encodable(text), body_html)

    def _template_name(self, filename: str | None, name: str | None = None) -> str:
        """A template file as the error page names it: its path."""
        if filename:
            return filename
        return str(self.template_dir / (name or TEMPLATE_NAME))

    def _template_frame(self, tb: TracebackType | None) -> tuple[str, int | None]:
        """The innermost template file and line in a traceback (Jinja2 rewrites the frames of
        template code to the template's file and line)."""
        folder = str(self.template_dir.resolve())
        found: tuple[str, int | None] = (self._template_name(None), None)
        while tb is not None:
            filename = tb.tb_frame.f_code.co_filename
            if filename.startswith(folder) or filename.startswith(str(self.template_dir)):
                found = (filename, tb.tb_lineno)
            tb = tb.tb_next
        return found

    def context(
        self,
        page: PageInput,
        body_html: str,
        standalone: bool = False,
        resolve_photo: PhotoResolver | None = None,
        labels: PageLabels | None = None,
    ) -> dict[str, Any]:
        content = page.content
        when = page.now
        language = content.language

        def quoted(text: str) -> str:
            return typographic_quotes(text, language)

        # The site's list of other articles prints their headlines with quotes only: the
        # reference page's "Called for Putin's murder - sentenced to prison" keeps its hyphen.
        listed_rules = TypographyRules(quotes=site_typography().quotes, dashes=False, spaces=False)

        def listed(text: str) -> str:
            return typographic_text(text, language, listed_rules)

        labels = labels or template_labels(self.template_dir, language)

        def time_text(moment: datetime | None) -> str | None:
            return relative_time(moment, when, labels) if moment is not None else None

        def iso(moment: datetime | None) -> str | None:
            return moment.astimezone(UTC).isoformat().replace("+00:00", "Z") if moment is not None else None

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
        standfirst_html = inline_markdown_to_html(content.standfirst, content.language)
        if standalone:
            standfirst_html = embed_photos(standfirst_html, resolve_photo)
        attribution = render_attribution(content.byline, content.source_note, language, labels)
        return {
            "language": content.language,
            "headline": quoted(content.headline),
            "standfirst_html": standfirst_html,
            "body_html": body_html,
            # The closing lines as printed ("By TT"); `byline` and `source_note` are the fields as
            # typed, for a site's own template that needs them.
            "byline_line": attribution.byline,
            "source_note_html": attribution.source_note_html,
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
            "published_at": iso(page.first_published_at),
            "updated_at": iso(page.updated_at),
            "not_yet_published": labels.not_yet_published,
            "labels": labels.words(),  # the page's own words, in the article's language
            "reading_minutes": content.reading_minutes,
            "photo": _photo(page.featured_photo, standalone, resolve_photo, quoted, labels),
            "more_news": [
                {
                    "headline": listed(s.headline),
                    "minutes": reading_minutes(s.word_count),
                    "read_time": labels.minutes(reading_minutes(s.word_count)),
                }
                for s in page.more_news
            ],
            "stylesheet": self.stylesheet(),
            "content_security_policy": STANDALONE_CONTENT_SECURITY_POLICY
            if standalone
            else CONTENT_SECURITY_POLICY,
        }


def _photo(
    photo: FeaturedPhoto | None,
    standalone: bool,
    resolve_photo: PhotoResolver | None,
    quoted: Callable[[str], str],
    labels: PageLabels,
) -> dict[str, Any] | None:
    """The featured photo as the template sees it; None if its image may not be shown (a remote
    URL, or in a standalone page a stored photo that could not be embedded)."""
    if photo is None or not is_local_image_src(photo.src):
        return None
    src: str | None = photo.src.strip()
    if standalone:
        src = resolve_photo_src(photo.src, resolve_photo)
    if src is None:
        return None
    return {
        "src": src,
        "alt": photo.alt_text,
        "caption": quoted(photo.caption),
        "credit_line": labels.credit_line(photo.credit),
        "width": photo.width,
        "height": photo.height,
    }


def _describe(exc: BaseException) -> str:
    if isinstance(exc, jinja2.UndefinedError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


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
