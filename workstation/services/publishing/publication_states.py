"""The one place the publication states are computed (domain.publication_state's rules over the
store's facts); OutboxService offers them to the window, the list and the command line."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from workstation.domain.publication_state import SiteState
from workstation.domain.publishing import Publication
from workstation.store.database import Database
from workstation.store.publication_states import PublicationStateRepository


def states_by_article(db: Database, article_ids: Sequence[int]) -> dict[int, tuple[SiteState, ...]]:
    """Each article's state on every site it is on or being sent to (absent: on no site)."""
    with db.session() as session:
        facts = PublicationStateRepository(session).facts(article_ids)
    found: dict[int, list[SiteState]] = {}
    for fact in facts:
        state = fact.state()
        if state is not None:
            found.setdefault(fact.article_id, []).append(state)
    return {article_id: tuple(states) for article_id, states in found.items()}


def attention_ids(db: Database) -> list[int]:
    """Articles (not in the trash) that a site needs the editor for."""
    with db.session() as session:
        return PublicationStateRepository(session).attention_ids()


def synced_at_after_taking_theirs(
    publication: Publication | None, edited_before: datetime, updated_after: datetime, replaced_all: bool
) -> datetime | None:
    """Taking the site's version syncs the fields the site changed; edits made here to the others
    stay unsent, so the article stays "edited here since it was sent" unless it had no such edits
    or every field was replaced (a needless Update then sends nothing)."""
    synced = publication.synced_at if publication is not None else None
    had_local_edits = synced is None or edited_before > synced
    return updated_after if replaced_all or not had_local_edits else synced
