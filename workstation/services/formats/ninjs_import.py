"""A ninjs item (ninjs_parse.py) made into an article's content and photos.

- Sections and tags: genres, then subjects, through the editor's mapping table
  (ninjs_mapping.py); a genre named like an existing section is that section; subjects the table
  does not map become tags by name.
- The agency (infosources, else the copyright holder) and the copyright notice make the source
  note; the byline is the item's `by`, else the agency.
- Pictures: the largest rendition that is a file beside the item goes through the photo import
  pipeline (privacy scrub included) and gets the association's caption, credit, alt text,
  copyright and source; the first picture is featured. A rendition outside the item's folder is
  refused (unless allow_outside), one that fails the pipeline leaves the picture out; either is
  a warning and the item still imports. Remote renditions are not fetched: each is reported
  (`RemoteRendition`) so the caller can name it, and they never block the import.
- What the article has no field for (uri, version, times, embargo, pubstatus, urgency,
  slugline) and the remote renditions go into the note of the import's revision (the History
  tab shows it: `provenance_note`), and come back as notes that say so.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from workstation.domain.article import ArticleChanges, ArticleContent
from workstation.domain.errors import ValidationError
from workstation.domain.photo import PhotoRole
from workstation.services.formats.front_matter import ImportFileError
from workstation.services.formats.ninjs_mapping import SectionMapping
from workstation.services.formats.ninjs_parse import NinjsItem, NinjsPicture, Rendition
from workstation.services.media.errors import PhotoFileError
from workstation.services.photos import PhotoService
from workstation.services.taxonomy import TaxonomyService


@dataclass(frozen=True, slots=True)
class RemoteRendition:
    """A picture's rendition on a server: recorded, not fetched."""

    picture: str
    href: str
    credit: str = ""
    caption: str = ""


@dataclass
class NinjsArticle:
    """What an item comes to: the content, its photos (links to make, photos new to the library
    to remove again if the article cannot be stored), and what to tell the editor."""

    content: ArticleContent
    section_path: str | None = None
    links: list[tuple[int, PhotoRole]] = field(default_factory=list)
    created_photos: list[int] = field(default_factory=list)
    remote: list[RemoteRendition] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def item_content(
    item: NinjsItem, path: Path, mapping: SectionMapping, taxonomy: TaxonomyService
) -> NinjsArticle:
    """The article's fields (checked as an edit's are: a bad language names its field)."""
    source = str(path)
    section_path, tags = _section_and_tags(item, mapping, taxonomy)
    note = f"Source: {item.agency}." if item.agency else ""
    if item.copyrightnotice and item.copyrightnotice not in note:
        note = f"{note} {item.copyrightnotice}".strip()
    changes: dict[str, object] = {
        "headline": item.headline,
        "standfirst": item.standfirst,
        "body": item.body,
        "byline": item.byline or item.agency,
        "source_note": note,
        "tags": tags,
    }
    if item.language:
        changes["language"] = item.language
    try:
        content = ArticleChanges.from_fields(changes).apply_to(ArticleContent())
    except ValidationError as exc:
        raise ImportFileError(source, f"{exc.field}: {exc.message}", field=exc.field) from None
    result = NinjsArticle(content, section_path, warnings=list(item.warnings))
    result.notes.extend(_unheld(item, source))
    if not item.body:
        result.warnings.append(f"{source}: bodies: the item has no body; the article is imported without one")
    if item.pubstatus in {"withheld", "canceled", "cancelled"}:
        result.warnings.append(
            f"{source}: pubstatus: the agency marked this item '{item.pubstatus}'; do not publish it"
        )
    if item.embargoed is not None:
        when = item.embargoed.isoformat()
        result.warnings.append(
            f"{source}: embargoed: under embargo until {when}; "
            "the article keeps no embargo, do not publish before then"
        )
    for other in item.other_associations:
        result.notes.append(f"{source}: associations: {other} is not a picture; not imported")
    return result


def _unheld_values(item: NinjsItem) -> str:
    """The item's identity and times, which the article has no field for: 'uri X, version 6, ...'."""
    held = [
        ("uri", item.uri),
        ("version", item.version),
        ("firstcreated", item.firstcreated.isoformat() if item.firstcreated else ""),
        ("versioncreated", item.versioncreated.isoformat() if item.versioncreated else ""),
        ("embargoed", item.embargoed.isoformat() if item.embargoed else ""),
        ("pubstatus", item.pubstatus),
        ("urgency", "" if item.urgency is None else str(item.urgency)),
        ("slugline", item.slugline),
    ]
    return ", ".join(f"{name} {value}" for name, value in held if value)


def _unheld(item: NinjsItem, source: str) -> list[str]:
    given = _unheld_values(item)
    return [f"{source}: kept in the History only (the article has no field for them): {given}"]


MAX_NOTED_RENDITIONS = 10  # a note a person reads, not a list of every size an agency sends


def provenance_note(item: NinjsItem, remote: list[RemoteRendition]) -> str:
    """The import revision's note (the History tab shows it): where the item came from, what
    the article keeps no field for, and the remote renditions that were not fetched."""
    who = f" ({item.agency})" if item.agency else ""
    note = f"Imported from ninjs{who}: {_unheld_values(item)}"
    if remote:
        shown = "; ".join(f"{r.picture} {r.href}" for r in remote[:MAX_NOTED_RENDITIONS])
        more = f" and {len(remote) - MAX_NOTED_RENDITIONS} more" if len(remote) > MAX_NOTED_RENDITIONS else ""
        note += f". Remote renditions, not fetched: {shown}{more}"
    return note


def _section_and_tags(
    item: NinjsItem, mapping: SectionMapping, taxonomy: TaxonomyService
) -> tuple[str | None, list[str]]:
    section: str | None = None
    for genre in item.genres:
        section = mapping.section_for(genre)
        if section is None and genre.name and taxonomy.find_section(genre.name) is not None:
            section = genre.name
        if section is not None:
            break
    tags: list[str] = []
    for subject in item.subjects:
        mapped = mapping.section_for(subject)
        if mapped is not None:
            section = section or mapped
        elif subject.name or subject.codes:
            tags.append(subject.name or subject.codes[0])
    return section, list(dict.fromkeys(tags))


def import_pictures(
    photos: PhotoService, item: NinjsItem, path: Path, result: NinjsArticle, *, allow_outside: bool = False
) -> None:
    """Each picture's best local rendition through the photo pipeline, into result (see the
    module's docstring). On an unexpected failure the photos new to the library go again."""
    source = str(path)
    try:
        for picture in item.pictures:
            local = sorted(
                (r for r in picture.renditions if not r.is_remote),
                key=lambda r: r.width * r.height,
                reverse=True,
            )
            for rendition in picture.renditions:
                if rendition.is_remote:
                    result.remote.append(
                        RemoteRendition(picture.name, rendition.href, picture.credit, picture.caption)
                    )
            if not local:
                if not picture.renditions:
                    result.warnings.append(f"{source}: picture {picture.name}: no renditions; not imported")
                continue
            _import_picture(photos, picture, local[0], path, result, allow_outside=allow_outside)
    except BaseException:
        photos.delete_if_unused(result.created_photos)
        raise
    for remote in result.remote:
        result.notes.append(
            f"{source}: picture {remote.picture}: remote rendition {remote.href} recorded, not fetched"
        )


def _rendition_file(href: str, folder: Path) -> Path:
    if href.lower().startswith("file:"):
        return Path(url2pathname(unquote(urlsplit(href).path)))
    file = Path(unquote(href)).expanduser()
    return file if file.is_absolute() else folder / file


def _import_picture(
    photos: PhotoService,
    picture: NinjsPicture,
    rendition: Rendition,
    path: Path,
    result: NinjsArticle,
    *,
    allow_outside: bool,
) -> None:
    source = str(path)
    folder = path.parent.resolve()
    file = _rendition_file(rendition.href, folder)
    if not allow_outside and not file.resolve().is_relative_to(folder):
        result.warnings.append(
            f"{source}: picture {picture.name}: rendition {rendition.href} is outside the item's folder; "
            "not read (import with --allow-outside if it should be)"
        )
        return
    outcome = photos.import_file(file)
    if outcome.photo is None:
        error = outcome.error
        message = error.message if isinstance(error, PhotoFileError) else str(error or "cancelled")
        result.warnings.append(f"{source}: picture {picture.name}: {message}; imported without it")
        return
    photo = outcome.photo
    if not outcome.existing:
        result.created_photos.append(photo.id)
    given = {
        key: value
        for key, value in (
            ("caption", picture.caption),
            ("credit", picture.credit),
            ("alt_text", picture.alt_text),
            ("photographer", picture.photographer),
            ("copyright", picture.copyright),
            ("source", picture.source),
        )
        if value
    }
    if given:
        photo = photos.update_metadata(photo.id, replace(photo.metadata, **given))
    if any(photo_id == photo.id for photo_id, _ in result.links):
        return
    role = PhotoRole.INLINE if result.links else PhotoRole.FEATURED
    result.links.append((photo.id, role))
