"""What the publication states are computed from, read for many articles at once, and the list's
"needs attention" filter as SQL (the same rules as domain.publication_state, over 100,000
articles without reading them)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sqlalchemy import ColumnElement, Select, exists, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from workstation.domain.publication_state import ATTENTION_JOB_STATES, SiteFacts
from workstation.domain.publishing import REMOTE_STATUS_FOR, JobState, OutboxJob, Publication
from workstation.domain.status import SiteStatus
from workstation.store.models import ArticleRow, DestinationRow, OutboxJobRow, PublicationRow
from workstation.store.publishing_repository import job_from_row, publication_from_row

_OPEN = [state.value for state in JobState if state.is_open]
_IntColumn = ColumnElement[int] | InstrumentedAttribute[int]
_CHUNK = 500  # ids per IN (...), well under SQLite's variable limit


def _open_job_for(article_id: _IntColumn, destination_id: _IntColumn) -> ColumnElement[bool]:
    other = aliased(OutboxJobRow)
    return exists().where(
        other.article_id == article_id, other.destination_id == destination_id, other.state.in_(_OPEN)
    )


def _edited_since_sent() -> ColumnElement[bool]:
    """Edited here after the last sync: every sync (a publish, a pull, take theirs) sets
    synced_at to the article's updated_at as it then was; a sync we know nothing of is unsure."""
    return or_(PublicationRow.synced_at.is_(None), ArticleRow.updated_at > PublicationRow.synced_at)


def attention_article_ids() -> Select[tuple[int]]:
    """Articles with a site whose state needs the editor: a conflict or a failure that no job
    under way supersedes, or edits here since the last sync with nothing under way."""
    newest = select(func.max(OutboxJobRow.id)).group_by(OutboxJobRow.article_id, OutboxJobRow.destination_id)
    failed = select(OutboxJobRow.article_id).where(
        OutboxJobRow.id.in_(newest),
        OutboxJobRow.state.in_([state.value for state in ATTENTION_JOB_STATES]),
        ~_open_job_for(OutboxJobRow.article_id, OutboxJobRow.destination_id),
    )
    edited = (
        select(PublicationRow.article_id)
        .join(ArticleRow, ArticleRow.id == PublicationRow.article_id)
        .where(
            PublicationRow.remote_id.is_not(None),
            _edited_since_sent(),
            ~_open_job_for(PublicationRow.article_id, PublicationRow.destination_id),
        )
    )
    return failed.union(edited)  # type: ignore[return-value]


def site_status_article_ids(status: SiteStatus) -> Select[tuple[int]]:
    """Articles a site has published (or scheduled): a post here with that status, or, with no
    post on any site here, the published_elsewhere the article keeps (a site here says more)."""
    on_site = select(PublicationRow.article_id).where(PublicationRow.remote_id.is_not(None))
    here = on_site.where(PublicationRow.remote_status == REMOTE_STATUS_FOR[status].value)
    elsewhere = select(ArticleRow.id).where(
        ArticleRow.published_elsewhere == status.value, ArticleRow.id.not_in(on_site)
    )
    return here.union(elsewhere)  # type: ignore[return-value]


class PublicationStateRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def attention_ids(self) -> list[int]:
        """Articles not in the trash that need the editor (attention_article_ids)."""
        statement = select(ArticleRow.id).where(
            ArticleRow.trashed_at.is_(None), ArticleRow.id.in_(attention_article_ids())
        )
        return list(self._session.scalars(statement.order_by(ArticleRow.id)))

    def facts(self, article_ids: Sequence[int]) -> list[SiteFacts]:
        """Per article and site (with a publication or a job): the publication, the jobs that
        may decide its state, and whether it was edited here since it was sent."""
        names = {
            row.id: row.name for row in self._session.execute(select(DestinationRow.id, DestinationRow.name))
        }
        publications: dict[tuple[int, int], tuple[Publication, bool]] = {}
        jobs: dict[tuple[int, int], list[OutboxJob]] = {}
        for chunk in _chunks(sorted(set(article_ids))):
            rows = self._session.execute(
                select(PublicationRow, _edited_since_sent())
                .join(ArticleRow, ArticleRow.id == PublicationRow.article_id)
                .where(PublicationRow.article_id.in_(chunk))
            )
            for row, edited in rows:
                publications[(row.article_id, row.destination_id)] = (publication_from_row(row), bool(edited))
            newest = (
                select(func.max(OutboxJobRow.id))
                .where(OutboxJobRow.article_id.in_(chunk))
                .group_by(OutboxJobRow.article_id, OutboxJobRow.destination_id)
            )
            job_rows = self._session.scalars(
                select(OutboxJobRow).where(
                    OutboxJobRow.article_id.in_(chunk),
                    or_(OutboxJobRow.id.in_(newest), OutboxJobRow.state.in_(_OPEN)),
                )
            )
            for job_row in job_rows:
                jobs.setdefault((job_row.article_id, job_row.destination_id), []).append(
                    job_from_row(job_row)
                )
        facts = []
        for key in sorted(publications.keys() | jobs.keys()):
            article_id, destination_id = key
            publication, edited = publications.get(key, (None, False))
            site = names.get(destination_id, f"Site {destination_id}")
            facts.append(
                SiteFacts(article_id, destination_id, site, publication, tuple(jobs.get(key, ())), edited)
            )
        return facts


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]
