"""An article's workflow status, and what a site has made of it (their own module: the command
line needs them at start-up).

The two never share a field. The workflow status is the newsroom's (draft, ready, withdrawn; the
review steps of a configurable workflow go between ready and withdrawn, in order). Whether an
article is published or scheduled is the site's answer: a publication's remote status, or, for an
article published on a site this store does not know, the `published_elsewhere` fact kept with it.
"""

from __future__ import annotations

from enum import StrEnum

from workstation.domain.i18n import QT_TRANSLATE_NOOP, translate


class ArticleStatus(StrEnum):
    """The article's own place in the newsroom's workflow, in the order of the workflow."""

    DRAFT = "draft"
    READY = "ready"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        label = _LABELS.get(self)
        return translate("ArticleStatus", label) if label else self.value.replace("_", " ").capitalize()


_LABELS = {
    ArticleStatus.DRAFT: QT_TRANSLATE_NOOP("ArticleStatus", "Draft"),
    ArticleStatus.READY: QT_TRANSLATE_NOOP("ArticleStatus", "Ready"),
    ArticleStatus.WITHDRAWN: QT_TRANSLATE_NOOP("ArticleStatus", "Withdrawn"),
}


class SiteStatus(StrEnum):
    """What a site has made of an article: only publishing sets it, never the editor's Status."""

    PUBLISHED = "published"
    SCHEDULED = "scheduled"

    @property
    def label(self) -> str:
        if self is SiteStatus.PUBLISHED:
            return translate("SiteStatus", "Published")
        return translate("SiteStatus", "Scheduled")

    @property
    def filter_label(self) -> str:
        """The list's filter: 'Published on a site'."""
        return translate("SiteStatus", "{label} on a site").format(label=self.label)

    @property
    def elsewhere_label(self) -> str:
        """An article that a site outside this store holds: 'Published elsewhere (on no site here)'."""
        return translate("SiteStatus", "{label} elsewhere (on no site here)").format(label=self.label)


# Before workflow and site were apart (store revision 0008) "published" and "scheduled" were
# workflow values too: an old file or revision that says so is read as ready, published there.
LEGACY_SITE_STATUSES = frozenset(SiteStatus)


def workflow_status(value: str) -> ArticleStatus:
    """A stored or imported status as the workflow has it: a legacy site value is ready."""
    if value in LEGACY_SITE_STATUSES:
        return ArticleStatus.READY
    return ArticleStatus(value)


def status_problem(value: object) -> str:
    """Why `value` is not a workflow status, in words for the editor (the field is 'status')."""
    allowed = ", ".join(s.value for s in ArticleStatus)
    if str(value).strip().lower() in LEGACY_SITE_STATUSES:
        return translate(
            "Status",
            "'{value}' is set by publishing to a site, not by hand; the workflow status is one of {allowed}",
        ).format(value=value, allowed=allowed)
    return translate("Status", "{value!r} is not one of {allowed}").format(value=value, allowed=allowed)
