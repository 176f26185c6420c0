"""Reading a conflict field by field: the site's post as the article's fields, beside this copy,
in the page's form (the dialog shows it), and what taking the site's value of each field writes
(a resolution applies it). One reading serves both, so taking theirs produces what was shown.

A field the site does not hold is kept from this copy: the byline or the source note when the
content lost its paragraph, a section or a featured photo this store does not know; photos'
captions and credits are this store's (a figure of a photo uploaded from here becomes its
`photo:` reference again)."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from workstation.domain.article import Article, ArticleChanges, ArticleContent
from workstation.domain.byline import printed_byline
from workstation.domain.conflict import ConflictComparison, ConflictField, ConflictFieldState
from workstation.domain.diff import section_label
from workstation.domain.errors import ValidationError, WorkstationError
from workstation.domain.page_diff import PageBlock, VersionView, diff_views
from workstation.domain.photo import Photo
from workstation.domain.publishing import JobState, OutboxJob, RemoteVersion
from workstation.services.publishing.deps import PublishingDeps
from workstation.services.publishing.html_markdown import media_id_of, split_content, split_post_content
from workstation.services.publishing.mapping import plain_text, site_fields
from workstation.services.publishing.site_terms import local_terms
from workstation.services.rendering.body import typographic_quotes
from workstation.services.rendering.page_blocks import PhotoIdentity, html_blocks
from workstation.services.rendering.version_view import VersionComparer
from workstation.store.publishing_repository import PublicationRepository, RemoteIdRepository

F = ConflictField


@dataclass(frozen=True, slots=True)
class _Side:
    """A post's fields (the site's now, or as last synced) in the terms of this store. `values`
    compare with this copy's; `held` names the fields the post holds."""

    values: Mapping[ConflictField, Any]
    held: frozenset[ConflictField]
    why_not_held: Mapping[ConflictField, str]
    featured_id: int | None  # the featured photo here, when held


@dataclass(frozen=True, slots=True)
class ConflictCase:
    """A reading of one conflict: what the dialog shows, and per field what taking theirs writes."""

    job: OutboxJob
    remote: RemoteVersion
    article: Article
    comparison: ConflictComparison
    theirs: Mapping[ConflictField, Mapping[str, Any]]  # ArticleChanges fields per field
    featured_id: int | None  # the site's featured photo here (None: no featured photo)
    on_site: Mapping[str, Any]  # the post's fields, for the publication's sync


class _Photos:
    """Photos uploaded from here to one site, by media id and by address."""

    def __init__(self, deps: PublishingDeps, destination_id: int) -> None:
        with deps.db.session() as session:
            uploads = RemoteIdRepository(session).media_photos(destination_id)
        self.by_id: dict[int, Photo] = {}
        self.by_url: dict[str, Photo] = {}
        for remote_id, url, photo_id in uploads:
            try:
                photo = deps.photos.get(photo_id)
            except WorkstationError:
                continue  # deleted here since: the site's picture is just a picture
            if remote_id:
                self.by_id[remote_id] = photo
            if url:
                self.by_url[url] = photo

    def sha(self, src: str, media_id: int) -> str | None:
        photo = self.by_id.get(media_id) or self.by_url.get(src)
        return photo.sha256 if photo is not None else None

    def identity(self, src: str, classes: str, caption: str | None) -> PhotoIdentity:
        sha = self.sha(src, media_id_of(classes))
        return PhotoIdentity(sha or src, caption or "", stored=sha is not None)


def featured_label(photo: Photo | None) -> str:
    if photo is None:
        return ""
    return photo.metadata.caption.strip() or photo.original_filename


def _in_order(names: Sequence[str], order: Sequence[str]) -> tuple[str, ...]:
    """Tag names in this copy's order, the others after them: the order is no difference."""
    place = {name: index for index, name in enumerate(order)}
    return tuple(sorted(names, key=lambda name: (place.get(name, len(place)), name.casefold())))


def _side(
    deps: PublishingDeps,
    job: OutboxJob,
    photos: _Photos,
    fields: Mapping[str, Any],
    mine: ArticleContent,
) -> _Side:
    language = mine.language
    parts = split_content(str(fields.get("content", "")))
    section_id, tags = local_terms(
        deps.db,
        deps.taxonomy,
        job.destination_id,
        [int(c) for c in fields.get("categories", ())],
        [int(t) for t in fields.get("tags", ())],
    )
    held = {F.HEADLINE, F.STANDFIRST, F.BODY, F.TAGS}
    why: dict[ConflictField, str] = {}
    for field, present in ((F.BYLINE, parts.has_byline), (F.SOURCE_NOTE, parts.has_source_note)):
        if present:
            held.add(field)
        else:
            why[field] = "none on the site"
    if section_id is not None:
        held.add(F.SECTION)
    else:
        why[F.SECTION] = "the site's category is not known here"
    media = int(fields.get("featured_media") or 0)
    featured = photos.by_id.get(media) if media else None
    if media and featured is None:
        why[F.FEATURED_PHOTO] = "the site's photo is not in this store"
    else:
        held.add(F.FEATURED_PHOTO)
    values: dict[ConflictField, Any] = {
        # In the page's typography, as this copy is shown: a straight quote typed on the site
        # is no difference.
        F.HEADLINE: typographic_quotes(plain_text(str(fields.get("title", ""))), language),
        F.STANDFIRST: typographic_quotes(plain_text(str(fields.get("excerpt", ""))), language),
        F.BODY: html_blocks(parts.body_html, photos.identity),
        F.BYLINE: _byline_here(parts.byline, parts.byline_line, mine),
        F.SOURCE_NOTE: parts.source_note,
        F.SECTION: section_id,
        F.TAGS: _in_order(tags, mine.tags),
        F.FEATURED_PHOTO: featured.id if featured is not None else None,
    }
    return _Side(values, frozenset(held), why, featured.id if featured is not None else None)


def _byline_here(name: str, line: str, mine: ArticleContent) -> str:
    """The site's byline as this copy's field: this copy's byline when the site prints the same
    line (a byline typed with its word, "By Anna Sjögren", is printed as typed), else its name."""
    if line and line == printed_byline(mine.byline, mine.language):
        return mine.byline.strip()
    return name


def _mine_values(
    view: VersionView, section_id: int | None, featured: Photo | None
) -> dict[ConflictField, Any]:
    return {
        F.HEADLINE: view.headline,
        F.STANDFIRST: view.standfirst,
        F.BODY: view.body,
        F.BYLINE: view.byline,
        F.SOURCE_NOTE: view.source_note,
        F.SECTION: section_id,
        F.TAGS: view.tags,
        F.FEATURED_PHOTO: featured.id if featured is not None else None,
    }


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == ()


def _site_view(
    mine: VersionView,
    side: _Side,
    section_names: Mapping[int, str],
    photo_label: Callable[[int | None], str],
) -> VersionView:
    """The site's version as the page reads, fields it does not hold as this copy has them."""

    def value(field: ConflictField, ours: Any) -> Any:
        return side.values[field] if field in side.held else ours

    body: tuple[PageBlock, ...] = value(F.BODY, mine.body)
    return replace(
        mine,
        headline=value(F.HEADLINE, mine.headline),
        standfirst=value(F.STANDFIRST, mine.standfirst),
        body=body,
        byline=value(F.BYLINE, mine.byline),
        source_note=value(F.SOURCE_NOTE, mine.source_note),
        section=section_label(side.values[F.SECTION], section_names)
        if F.SECTION in side.held
        else mine.section,
        tags=value(F.TAGS, mine.tags),
        featured_photo=photo_label(side.featured_id)
        if F.FEATURED_PHOTO in side.held
        else mine.featured_photo,
    )


def read_conflict(deps: PublishingDeps, job: OutboxJob) -> ConflictCase:
    """The conflict of a job in CONFLICT, read against the article as it is now."""
    from workstation.services.publishing.conflicts import remote_version_from_json

    remote = remote_version_from_json(job.conflict)
    if job.state is not JobState.CONFLICT or remote is None:
        raise ValidationError("job", f"job {job.id} has no conflict to resolve")
    with deps.db.session() as session:
        publication = PublicationRepository(session).get(job.article_id, job.destination_id)
    article = deps.articles.get(job.article_id)
    photos = _Photos(deps, job.destination_id)
    on_site = site_fields(
        remote.title,
        remote.excerpt,
        remote.content_html,
        categories=list(remote.categories),
        tags=list(remote.tags),
        featured_media=remote.featured_media,
    )
    try:
        synced_fields = json.loads(publication.synced_fields or "{}") if publication else {}
    except json.JSONDecodeError:
        synced_fields = {}
    site = _side(deps, job, photos, on_site, article.content)
    synced = _side(deps, job, photos, synced_fields, article.content) if "content" in synced_fields else None

    section_names = {node.section.id: node.path_text for node in deps.taxonomy.sections()}
    featured_here = deps.photos.featured(article.id)
    mine = VersionComparer(deps.photos).view(
        article.content, section_names, featured_photo=featured_label(featured_here)
    )
    mine_values = _mine_values(mine, article.content.section_id, featured_here)
    site_photos = {p.id: p for p in photos.by_id.values()}

    def photo_label(photo_id: int | None) -> str:
        return featured_label(site_photos.get(photo_id)) if photo_id is not None else ""

    states = []
    for field in ConflictField:
        held = field in site.held
        ours = mine_values[field]
        theirs = site.values[field]
        states.append(
            ConflictFieldState(
                field=field,
                held=held,
                changed_on_site=synced is None or _moved(site, synced, field),
                changed_here=synced is None or synced.values[field] != ours,
                differs=theirs != ours if held else not _empty(ours),
                why_not_held=site.why_not_held.get(field, ""),
            )
        )
    site_view = _site_view(mine, site, section_names, photo_label)
    comparison = ConflictComparison(
        headline=job.headline or article.headline,
        destination_name=job.destination_name,
        site_changed_at=remote.modified_gmt,
        site=site_view,
        mine=mine,
        diff=diff_views(site_view, mine),
        fields=tuple(states),
    )
    text = split_post_content(remote.content_html, photos.sha)
    theirs_changes: dict[ConflictField, Mapping[str, Any]] = {
        F.HEADLINE: {"headline": plain_text(remote.title)},
        F.STANDFIRST: {"standfirst": plain_text(remote.excerpt)},
        F.BODY: {"body": text.body},
        F.BYLINE: {"byline": text.byline},
        F.SOURCE_NOTE: {"source_note": text.source_note},
        F.SECTION: {"section_id": site.values[F.SECTION]},
        F.TAGS: {"tags": site.values[F.TAGS]},
        F.FEATURED_PHOTO: {},  # a photo's role, not a field of the text: set apart
    }
    return ConflictCase(job, remote, article, comparison, theirs_changes, site.featured_id, on_site)


def _moved(now: _Side, synced: _Side, field: ConflictField) -> bool:
    return (field in now.held) != (field in synced.held) or now.values[field] != synced.values[field]


def changes_for(case: ConflictCase, fields: frozenset[ConflictField]) -> ArticleChanges:
    """The article's changes that take the site's value of `fields` (those it holds and that
    differ from this copy; the rest would change nothing or lose what the site lacks)."""
    values: dict[str, Any] = {}
    for field in fields:
        state = case.comparison.state(field)
        if state.held and state.differs:
            values.update(case.theirs[field])
    return replace(ArticleChanges(), **values)
