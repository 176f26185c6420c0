"""Pull: the site's sections, tags and posts into the store, so published work is revised offline.

Categories map to local sections and tags to local tags by slug (remote ids kept, so publishing
uses them); posts come in page by page, only those modified since the last pull. A post this
store already holds is updated only if nobody edited it here since the last sync; otherwise the
local edits are kept and the post is reported (the next publish shows the conflict).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from workstation.domain.article import ArticleChanges, ArticleContent, ArticleStatus
from workstation.domain.errors import ValidationError, WorkstationError
from workstation.domain.publishing import Destination, RemotePost, RemoteStatus, UnreadablePost
from workstation.domain.revision import RevisionReason
from workstation.services.publishing.deps import PublishingDeps
from workstation.services.publishing.errors import CredentialsError, explain
from workstation.services.publishing.html_markdown import split_post_content
from workstation.services.publishing.mapping import changed_on_site, plain_text, site_fields
from workstation.services.publishing.publisher import Publisher, RemoteTerm
from workstation.services.publishing.site_terms import local_terms
from workstation.services.rendering.labels import site_labels
from workstation.store.publishing_repository import (
    DestinationRepository,
    PublicationRepository,
    RemoteIdRepository,
)
from workstation.store.taxonomy_repository import SectionRepository

PullListener = Callable[[str], None]


def pulled_status(remote: RemoteStatus) -> ArticleStatus:
    """The workflow status of an article a pull creates (only then: a pull never changes it): a
    post the site shows or will show went through the newsroom; a site's draft is a draft here."""
    return ArticleStatus.DRAFT if remote is RemoteStatus.DRAFT else ArticleStatus.READY


# A field of the post on the site -> the article's fields it carries.
_LOCAL_FIELDS = {
    "title": ("headline",),
    "excerpt": ("standfirst",),
    "content": ("body", "byline", "source_note"),
    "categories": ("section_id",),
    "tags": ("tags",),
}


@dataclass
class PullReport:
    created: list[int] = field(default_factory=list)  # local article ids
    updated: list[int] = field(default_factory=list)
    kept_local: list[int] = field(default_factory=list)  # edited here and there: not overwritten
    headlines: dict[int, str] = field(default_factory=dict)  # of the articles above, to name them
    sections_added: int = 0
    tags_mapped: int = 0
    problems: list[str] = field(default_factory=list)


class PullService:
    def __init__(self, deps: PublishingDeps) -> None:
        self._db = deps.db
        self._articles = deps.articles
        self._taxonomy = deps.taxonomy
        self._photos = deps.photos
        self._destinations = deps.destinations
        self._now = deps.now

    def _publisher(self, destination: Destination) -> Publisher:
        password = self._destinations.password(destination)
        if password is None:
            raise CredentialsError(
                f"No application password is stored for {destination.name}; enter it first."
            )
        return self._destinations.publisher(destination, password)

    # -- taxonomy ----------------------------------------------------------------------------

    def sync_taxonomy(self, destination_id: int, report: PullReport | None = None) -> PullReport:
        """The site's categories as local sections (same tree, matched by slug) and its tags."""
        report = report or PullReport()
        destination = self._destinations.get(destination_id)
        publisher = self._publisher(destination)
        try:
            self._sync_categories(destination, publisher.categories(), report)
            for term in publisher.tags():
                tag = self._taxonomy.get_or_create_tag(term.name)
                with self._db.session() as session:
                    RemoteIdRepository(session).set_term(destination.id, "tag", tag.id, term.id, term.slug)
                report.tags_mapped += 1
        finally:
            publisher.close()
        return report

    def _sync_categories(self, destination: Destination, terms: list[RemoteTerm], report: PullReport) -> None:
        by_id = {term.id: term for term in terms}
        local_for: dict[int, int] = {}
        skipped: set[int] = set()

        def depth(term: RemoteTerm) -> int:
            seen, level = set(), 0
            while term.parent and term.parent in by_id and term.id not in seen:
                seen.add(term.id)
                term, level = by_id[term.parent], level + 1
            return level

        for term in sorted(terms, key=depth):
            if term.slug == "uncategorized" and term.id == 1:
                continue  # WordPress's default; not a section of the paper
            if term.parent in skipped:  # under a category that could not be a section
                skipped.add(term.id)
                continue
            parent_local = local_for.get(term.parent)
            with self._db.session() as session:
                existing = next((s for s in SectionRepository(session).all() if s.slug == term.slug), None)
            if existing is None:
                try:
                    existing = self._taxonomy.create_section(term.name, parent_local, term.slug)
                except ValidationError as exc:  # deeper than sections nest, or an unusable slug
                    report.problems.append(f"category '{term.name}' not added as a section: {exc}")
                    skipped.add(term.id)
                    continue
                report.sections_added += 1
            local_for[term.id] = existing.id
            with self._db.session() as session:
                RemoteIdRepository(session).set_term(
                    destination.id, "category", existing.id, term.id, term.slug
                )

    # -- posts -------------------------------------------------------------------------------

    def pull(self, destination_id: int, listener: PullListener | None = None) -> PullReport:
        report = PullReport()
        destination = self._destinations.get(destination_id)
        say = listener or (lambda _text: None)
        say(f"Reading sections and tags of {destination.name}")
        self.sync_taxonomy(destination_id, report)
        publisher = self._publisher(destination)
        # modified_after leaves out the given second: step back one and skip what we have.
        since = destination.last_pull_at - timedelta(seconds=1) if destination.last_pull_at else None
        newest = destination.last_pull_at
        failed_at: datetime | None = None  # the oldest post that could not be taken in
        try:
            page, pages = 1, 1
            while page <= pages:
                say(f"Reading posts (page {page} of {pages})")
                posts, pages = publisher.posts_page(page, since)
                if not posts:
                    break  # past the last post, whatever the site said of its pages
                for post in posts:
                    if isinstance(post, UnreadablePost):
                        named = f"Post {post.id}" if post.id else "A post"
                        report.problems.append(
                            f"{named} could not be read ({post.reason}); the other posts were pulled."
                        )
                        continue
                    try:
                        self._take(destination, publisher, post, report)
                    except WorkstationError as exc:
                        reason = explain(exc, destination.name).sentence
                        report.problems.append(f"Post {post.id} ({plain_text(post.title)[:60]}): {reason}")
                        if post.modified_gmt and (failed_at is None or post.modified_gmt < failed_at):
                            failed_at = post.modified_gmt
                    if post.modified_gmt and (newest is None or post.modified_gmt > newest):
                        newest = post.modified_gmt
                page += 1
        finally:
            publisher.close()
        if failed_at is not None and newest is not None:
            newest = min(newest, failed_at - timedelta(seconds=1))  # read again next time
        if newest is not None:
            with self._db.session() as session:
                DestinationRepository(session).update(destination_id, last_pull_at=newest)
        return report

    def _take(
        self, destination: Destination, publisher: Publisher, post: RemotePost, report: PullReport
    ) -> None:
        with self._db.session() as session:
            publication = PublicationRepository(session).by_remote_id(destination.id, post.id)
        text = split_post_content(post.content or post.content_rendered)
        section_id, tag_names = local_terms(
            self._db, self._taxonomy, destination.id, post.categories, post.tags
        )
        content = ArticleContent(
            headline=plain_text(post.title),
            standfirst=plain_text(post.excerpt),
            body=text.body,
            byline=text.byline,
            source_note=text.source_note,
            section_id=section_id,
            tags=tag_names,
            status=pulled_status(post.status),
        )
        on_site = site_fields(
            post.title,
            post.excerpt,
            post.content,
            categories=list(post.categories),
            tags=list(post.tags),
            featured_media=post.featured_media,
        )
        first = post.date_gmt if post.status.value in ("publish", "future") else None
        take_photo = bool(post.featured_media)
        if publication is None:
            article = self._articles.create(content, first_published_at=first, reason=RevisionReason.SITE)
            report.created.append(article.id)
            report.headlines[article.id] = article.headline
        else:
            if publication.modified_gmt == post.modified_gmt:
                return  # what we published ourselves
            article = self._articles.get(publication.article_id)
            if publication.synced_at is not None and article.updated_at > publication.synced_at:
                report.kept_local.append(article.id)
                report.headlines[article.id] = article.headline  # as it is here
                return
            changed = changed_on_site(on_site, publication.synced_fields)
            # Never the workflow status: the site's status is the publication's (saved below).
            wanted = {name for key, names in _LOCAL_FIELDS.items() if key in changed for name in names}
            self._articles.apply_site_changes(
                article.id, ArticleChanges.from_content(content, wanted), first_published_at=first
            )
            take_photo = take_photo and "featured_media" in changed
            report.updated.append(article.id)
            report.headlines[article.id] = self._articles.get(article.id).headline
        # The link to the post first: whatever happens to the photo, a later pull or publish
        # knows this article is that post (never a second article, never a second post).
        with self._db.session() as session:
            PublicationRepository(session).save_post(
                article.id,
                destination.id,
                post,
                synced_at=self._articles.get(article.id).updated_at,
                synced=on_site,
            )
        if take_photo:
            try:
                self._featured_photo(publisher, article.id, post.featured_media, report, content.language)
            except WorkstationError as exc:  # the article is in; the photo is reported
                reason = explain(exc, destination.name).sentence
                report.problems.append(f"The featured photo of “{content.headline[:60]}”: {reason}")

    def _featured_photo(
        self, publisher: Publisher, article_id: int, media_id: int, report: PullReport, language: str
    ) -> None:
        info = publisher.media_info(media_id)
        if info is None:
            return
        url, caption, alt_text = info
        data = publisher.download(url)
        suffix = Path(url.split("?")[0]).suffix or ".jpg"
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"featured-{media_id}{suffix}"
            path.write_bytes(data)
            outcome = self._photos.import_file(path)
        if outcome.photo is None:
            report.problems.append(f"The featured photo {url}: {outcome.error}")
            return
        photo = outcome.photo
        credit = ""
        # The page's own word first, then the English one: the same answer on every run.
        word = next((w for w in (f"{site_labels(language).photo}:", "Photo:") if w in caption), None)
        if word is not None:  # the credit line the page printed: "Photo: TT", "Foto: TT"
            caption, _, credit = caption.rpartition(word)
        updates = {"caption": caption.strip(), "alt_text": alt_text}
        if credit.strip() and not photo.metadata.credit:
            updates["credit"] = credit.strip()
        self._photos.update_fields(photo.id, **{k: v for k, v in updates.items() if v})
        self._photos.set_featured(article_id, photo.id)
