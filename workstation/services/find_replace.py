"""Replace across several articles: a preview of every change (per article, per field, the text
around each match), then the writing of it (one labelled revision per article), and its undoing
(each article back to its text before, again one revision each). The captions and alt text of
the articles' photos are replaced too; a photo two of the articles share is changed once.

Qt-free: the window runs these calls off the GUI thread."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from workstation.domain.article import Article, ArticleChanges
from workstation.domain.errors import NotFoundError
from workstation.domain.find import (
    Finder,
    FindOptions,
    Snippet,
    replacement_note,
    replacement_summary,
    snippet,
    undo_note,
)
from workstation.domain.i18n import translate
from workstation.domain.text import plural
from workstation.services.articles import ArticleService
from workstation.services.photos import PhotoService

# (field name, the word a sentence uses), in page order.
ARTICLE_FIELDS = (("headline", "headline"), ("standfirst", "standfirst"), ("body", "body"))
PHOTO_FIELDS = (("caption", "caption"), ("alt_text", "alt text"))
SNIPPETS_PER_FIELD = 50  # the preview shows at most this many matches of one field (and says so)


@dataclass(frozen=True, slots=True)
class ChangeSnippet:
    """One match in the preview: the text around it, the old words and what they become."""

    before: str
    old: str
    new: str
    after: str


@dataclass(frozen=True, slots=True)
class FieldChange:
    """A field whose text a replacement changes. For a photo's caption or alt text, photo_id is
    the photo and photo_name its file."""

    name: str
    label: str
    before: str
    after: str
    count: int
    snippets: tuple[ChangeSnippet, ...]
    photo_id: int | None = None
    photo_name: str = ""


@dataclass(frozen=True, slots=True)
class ArticleReplacement:
    article_id: int
    headline: str
    changes: tuple[FieldChange, ...]

    @property
    def count(self) -> int:
        return sum(change.count for change in self.changes)

    @property
    def summary(self) -> str:
        """'Replaced 3 in headline and body'."""
        return replacement_summary([(change.label, change.count) for change in self.changes])


@dataclass(frozen=True, slots=True)
class ReplacePlan:
    """What a replacement would change in the chosen articles; nothing is written yet."""

    options: FindOptions
    replacement: str
    articles: tuple[ArticleReplacement, ...]
    unchanged: int = 0  # chosen articles without a match
    trashed: int = 0  # chosen articles left alone because they are in the trash
    missing: int = 0  # chosen articles deleted meanwhile

    @property
    def count(self) -> int:
        return sum(article.count for article in self.articles)

    @property
    def summary(self) -> str:
        """'7 replacements in 3 articles (1 has none).', 'No matches in the 4 chosen articles.'"""
        if not self.articles:
            if not self.unchanged:
                return translate("ReplacePlan", "No articles to search.")
            return translate("ReplacePlan", "No matches in the {plural}.").format(
                plural=plural(self.unchanged, "chosen article")
            )
        text = f"{plural(self.count, 'replacement')} in {plural(len(self.articles), 'article')}"
        if self.unchanged:
            return translate("ReplacePlan", "{text} ({unchanged} {value} none).").format(
                text=text, unchanged=self.unchanged, value="has" if self.unchanged == 1 else "have"
            )
        return f"{text}."

    @property
    def notes(self) -> list[str]:
        """What the plan leaves out, in sentences."""
        lines: list[str] = []
        if self.trashed:
            lines.append(
                translate(
                    "ReplacePlan",
                    "{plural} in the trash and left as {value} (open the Trash view to replace there).",
                ).format(
                    plural=plural(self.trashed, "article is", "articles are"),
                    value="it is" if self.trashed == 1 else "they are",
                )
            )
        if self.missing:
            lines.append(
                translate("ReplacePlan", "{plural} deleted meanwhile.").format(
                    plural=plural(self.missing, "article was", "articles were")
                )
            )
        return lines


@dataclass(frozen=True, slots=True)
class WrittenArticle:
    """One article as a replacement wrote it: each changed field's text before and after, and
    the photos whose caption or alt text it changed."""

    article_id: int
    headline: str
    before: dict[str, str]
    after: dict[str, str]
    count: int
    photo_ids: tuple[int, ...] = ()
    note: str = ""  # the label of its revision


@dataclass(frozen=True, slots=True)
class WrittenPhoto:
    photo_id: int
    before: dict[str, str]
    after: dict[str, str]


@dataclass(frozen=True, slots=True)
class ReplaceOutcome:
    """What apply() wrote; undo() takes it back. `saved` are the articles as now stored."""

    note: str
    articles: tuple[WrittenArticle, ...]
    photos: tuple[WrittenPhoto, ...] = ()
    saved: tuple[Article, ...] = field(default=(), compare=False)

    @property
    def count(self) -> int:
        return sum(article.count for article in self.articles)

    @property
    def article_ids(self) -> list[int]:
        return [article.article_id for article in self.articles]

    @property
    def summary(self) -> str:
        """'Replaced 7 in 3 articles'."""
        if not self.articles:
            return translate("ReplaceOutcome", "Nothing was replaced.")
        return translate("ReplaceOutcome", "Replaced {count} in {plural}").format(
            count=self.count, plural=plural(len(self.articles), "article")
        )


@dataclass(frozen=True, slots=True)
class UndoOutcome:
    restored: tuple[int, ...]  # article ids brought back
    kept: tuple[int, ...]  # articles (or their photos) changed since, left as they are now
    saved: tuple[Article, ...] = field(default=(), compare=False)

    @property
    def summary(self) -> str:
        text = (
            translate("UndoOutcome", "Undone in {plural}.").format(
                plural=plural(len(self.restored), "article")
            )
            if self.restored
            else translate("UndoOutcome", "Nothing to undo.")
        )
        if self.kept:
            text += translate("UndoOutcome", " {plural} edited since and {value} kept as now.").format(
                plural=plural(len(self.kept), "article was", "articles were"),
                value="is" if len(self.kept) == 1 else "are",
            )
        return text


class FindReplaceService:
    def __init__(self, articles: ArticleService, photos: PhotoService | None = None) -> None:
        self._articles = articles
        self._photos = photos

    # -- the preview -------------------------------------------------------------------------

    def plan(
        self,
        article_ids: Sequence[int],
        options: FindOptions,
        replacement: str,
        *,
        include_trashed: bool = False,
    ) -> ReplacePlan:
        """Every change the replacement would make in these articles (in this order). Raises
        FindError for an expression or replacement that cannot be used."""
        finder = Finder(options)
        finder.check_replacement(replacement)
        found: list[ArticleReplacement] = []
        unchanged = trashed = missing = 0
        seen_photos: set[int] = set()
        for article_id in dict.fromkeys(article_ids):
            try:
                article = self._articles.get(article_id)
            except NotFoundError:
                missing += 1
                continue
            if article.is_trashed and not include_trashed:
                trashed += 1
                continue
            changes = [
                change
                for name, label in ARTICLE_FIELDS
                if (change := _field_change(finder, replacement, name, label, getattr(article, name)))
            ]
            changes += self._photo_changes(finder, replacement, article.id, seen_photos)
            if changes:
                found.append(ArticleReplacement(article.id, article.headline, tuple(changes)))
            else:
                unchanged += 1
        return ReplacePlan(options, replacement, tuple(found), unchanged, trashed, missing)

    def _photo_changes(
        self, finder: Finder, replacement: str, article_id: int, seen: set[int]
    ) -> list[FieldChange]:
        if self._photos is None:
            return []
        changes: list[FieldChange] = []
        for used in self._photos.for_article(article_id):
            photo = used.photo
            if photo.id in seen:
                continue
            seen.add(photo.id)
            for name, label in PHOTO_FIELDS:
                change = _field_change(finder, replacement, name, label, getattr(photo.metadata, name))
                if change is not None:
                    name_shown = photo.original_filename or photo.sha256[:12]
                    changes.append(_with_photo(change, photo.id, name_shown))
        return changes

    # -- writing -----------------------------------------------------------------------------

    def apply(self, plan: ReplacePlan) -> ReplaceOutcome:
        """Write the plan: each article's fields in one revision labelled 'Replaced “a” with
        “b” (n)', and its photos' changed fields. The replacement runs again over the text as it
        is now, so an edit saved since the preview is kept."""
        finder = Finder(plan.options)
        finder.check_replacement(plan.replacement)
        written: list[WrittenArticle] = []
        photos: dict[int, WrittenPhoto] = {}
        saved: list[Article] = []
        for planned in plan.articles:
            try:
                article = self._articles.get(planned.article_id)
            except NotFoundError:
                continue
            before: dict[str, str] = {}
            after: dict[str, str] = {}
            count = 0
            for name, _label in ARTICLE_FIELDS:
                text = getattr(article, name)
                new, n = finder.replace_all(text, plan.replacement)
                if n:
                    before[name], after[name], count = text, new, count + n
            photo_ids: list[int] = []
            for change in planned.changes:
                if change.photo_id is None:
                    continue
                done = self._replace_photo_field(finder, plan.replacement, change.photo_id, change.name)
                if done is not None:
                    photo, n = done
                    photos[photo.photo_id] = _merged(photos.get(photo.photo_id), photo)
                    photo_ids.append(photo.photo_id)
                    count += n
            note = replacement_note(plan.options, plan.replacement, count)
            if after:
                saved.append(self._articles.update(article.id, ArticleChanges.from_fields(after), note=note))
            if after or photo_ids:
                photo_ids = list(dict.fromkeys(photo_ids))
                written.append(
                    WrittenArticle(article.id, article.headline, before, after, count, tuple(photo_ids), note)
                )
        note = replacement_note(plan.options, plan.replacement, sum(w.count for w in written))
        return ReplaceOutcome(note, tuple(written), tuple(photos.values()), tuple(saved))

    def _replace_photo_field(
        self, finder: Finder, replacement: str, photo_id: int, name: str
    ) -> tuple[WrittenPhoto, int] | None:
        if self._photos is None:
            return None
        try:
            photo = self._photos.get(photo_id)
        except NotFoundError:
            return None
        text = getattr(photo.metadata, name)
        new, n = finder.replace_all(text, replacement)
        if not n:
            return None
        self._photos.update_fields(photo_id, **{name: new})
        return WrittenPhoto(photo_id, {name: text}, {name: new}), n

    def undo(self, outcome: ReplaceOutcome) -> UndoOutcome:
        """Put back each field the replacement changed, where it still reads as the replacement
        left it: a field edited since keeps its newer text, and its article is reported. Each
        article's fields go back in one revision ('Undid: Replaced “a” with “b” (n)')."""
        restored: list[int] = []
        kept: list[int] = []
        saved: list[Article] = []
        photos = {photo.photo_id: photo for photo in outcome.photos}
        for written in outcome.articles:
            put_back = edited_since = False
            if written.after:
                try:
                    article = self._articles.get(written.article_id)
                except NotFoundError:
                    continue
                back = {
                    name: old
                    for name, old in written.before.items()
                    if getattr(article, name) == written.after[name]
                }
                edited_since = len(back) < len(written.before)
                if back:
                    note = undo_note(written.note or outcome.note)
                    saved.append(
                        self._articles.update(article.id, ArticleChanges.from_fields(back), note=note)
                    )
                    put_back = True
            for photo_id in written.photo_ids:
                photo = photos.pop(photo_id, None)  # a shared photo is put back once
                if photo is not None:
                    all_back, any_back = self._restore_photo(photo)
                    edited_since = edited_since or not all_back
                    put_back = put_back or any_back
            if put_back:
                restored.append(written.article_id)
            if edited_since:
                kept.append(written.article_id)
        return UndoOutcome(tuple(restored), tuple(kept), tuple(saved))

    def _restore_photo(self, written: WrittenPhoto) -> tuple[bool, bool]:
        """(every field put back, any put back)."""
        if self._photos is None:
            return False, False
        try:
            photo = self._photos.get(written.photo_id)
        except NotFoundError:
            return True, False  # gone: nothing left to put back
        back = {
            name: old
            for name, old in written.before.items()
            if getattr(photo.metadata, name) == written.after[name]
        }
        if back:
            self._photos.update_fields(written.photo_id, **back)
        return len(back) == len(written.before), bool(back)


def _field_change(finder: Finder, replacement: str, name: str, label: str, text: str) -> FieldChange | None:
    edits = finder.edits(text, replacement)
    if not edits:
        return None
    snippets = tuple(
        _snippet(snippet(text, start, end), new) for start, end, new in edits[:SNIPPETS_PER_FIELD]
    )
    after, _count = finder.replace_all(text, replacement)
    return FieldChange(name, label, text, after, len(edits), snippets)


def _snippet(around: Snippet, new: str) -> ChangeSnippet:
    return ChangeSnippet(
        around.before, around.match, " ".join(new.split()) if new.strip() else new, around.after
    )


def _with_photo(change: FieldChange, photo_id: int, photo_name: str) -> FieldChange:
    return FieldChange(
        change.name,
        change.label,
        change.before,
        change.after,
        change.count,
        change.snippets,
        photo_id=photo_id,
        photo_name=photo_name,
    )


def _merged(known: WrittenPhoto | None, photo: WrittenPhoto) -> WrittenPhoto:
    """One entry per photo: its caption and alt text together."""
    if known is None:
        return photo
    return WrittenPhoto(photo.photo_id, {**known.before, **photo.before}, {**known.after, **photo.after})
