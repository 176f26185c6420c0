"""Article content <-> the JSON kept in a revision."""

from __future__ import annotations

import json

from workstation.domain.article import ArticleContent
from workstation.domain.status import workflow_status


def content_to_json(content: ArticleContent) -> str:
    return json.dumps(
        {
            "headline": content.headline,
            "standfirst": content.standfirst,
            "body": content.body,
            "byline": content.byline,
            "source_note": content.source_note,
            "section_id": content.section_id,
            "tags": list(content.tags),
            "language": content.language,
            "status": content.status.value,
            "word_target": content.word_target,
        },
        ensure_ascii=False,
    )


def content_from_json(data: str) -> ArticleContent:
    raw = json.loads(data)
    return ArticleContent(
        headline=raw.get("headline", ""),
        standfirst=raw.get("standfirst", ""),
        body=raw.get("body", ""),
        byline=raw.get("byline", ""),
        source_note=raw.get("source_note", ""),
        section_id=raw.get("section_id"),
        tags=tuple(raw.get("tags", ())),
        language=raw.get("language", "en"),
        status=workflow_status(raw.get("status", "draft")),
        word_target=int(raw.get("word_target", 0)),
    )
