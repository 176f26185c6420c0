"""Revisions: snapshots of an article's content, grouped in time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from workstation.domain.article import ArticleContent


class RevisionReason(StrEnum):
    CREATED = "created"
    EDIT = "edit"
    CHECKPOINT = "checkpoint"
    RESTORE = "restore"
    IMPORT = "import"
    PUBLISH = "publish"
    SITE = "site"  # the site's version taken in (a pull, or "take theirs" in a conflict)
    REPLACE = "replace"  # a replace-all (in the article or across articles), or its undoing
    COMMAND_LINE = "command-line"  # `workstation edit`: one revision per call, never amended


@dataclass(frozen=True, slots=True)
class Revision:
    id: int
    article_id: int
    created_at: datetime
    saved_at: datetime
    reason: RevisionReason
    content: ArticleContent
    note: str = ""  # what made it, in words, where the reason alone does not say
