"""Everything the app and the CLI use, built once over one data directory."""

from __future__ import annotations

import os
import random
from dataclasses import dataclass, field
from pathlib import Path

from workstation.services.articles import ArticleService
from workstation.services.clock import Clock, utc_now
from workstation.services.find_replace import FindReplaceService
from workstation.services.formats.markdown_import import ImportService
from workstation.services.formats.ninjs_mapping import MAPPING_FILE
from workstation.services.house_style import HouseStyleService
from workstation.services.managed_config import ManagedConfig, ensure_section_tree
from workstation.services.media.pipeline import RenditionSizes
from workstation.services.photos import PhotoService
from workstation.services.preflight import PreflightService
from workstation.services.publishing.credentials import CredentialStore
from workstation.services.publishing.deps import PublishingDeps
from workstation.services.publishing.destinations import DestinationService
from workstation.services.publishing.outbox import OutboxService
from workstation.services.publishing.pull import PullService
from workstation.services.rendering import RenderingService
from workstation.services.taxonomy import TaxonomyService
from workstation.services.trash import TrashService
from workstation.store.data_dir import resolve_data_dir
from workstation.store.database import Database, open_database


@dataclass
class Workspace:
    data_dir: Path
    db: Database
    articles: ArticleService
    taxonomy: TaxonomyService
    importer: ImportService
    photos: PhotoService
    rendering: RenderingService
    preflight: PreflightService
    destinations: DestinationService
    house_style: HouseStyleService
    outbox: OutboxService = field(init=False)  # made by connect_publishing
    pulls: PullService = field(init=False)
    # What opening did for the managed configuration: sections created, presets that failed.
    managed_notes: tuple[str, ...] = field(default=())

    def close(self) -> None:
        self.db.close()

    @property
    def read_only(self) -> bool:
        """A damaged store, or one on read-only media: reading and export work, no change does."""
        return self.db.read_only

    @property
    def read_only_reason(self) -> str | None:
        """The one line that says why nothing can be changed (None when all can)."""
        return self.db.read_only_reason()

    @property
    def find_replace(self) -> FindReplaceService:
        """Replace across articles (and their photos' captions); holds no state."""
        return FindReplaceService(self.articles, self.photos)

    @property
    def trash(self) -> TrashService:
        """The Trash, knowing which articles are live on a site; holds no state."""
        return TrashService(self.articles, self.outbox)

    def connect_publishing(
        self,
        destinations: DestinationService,
        clock: Clock = utc_now,
        rng: random.Random | None = None,
    ) -> None:
        """Publish through these destinations (open_workspace gives the real ones; tests give
        a site of their own, fake or local)."""
        self.destinations = destinations
        deps = PublishingDeps(self.db, self.articles, self.taxonomy, self.photos, destinations, clock)
        self.outbox = OutboxService(deps, self.preflight, rng=rng)
        self.pulls = PullService(deps)


def open_workspace(
    data_dir: str | os.PathLike[str] | None = None,
    clock: Clock = utc_now,
    managed: ManagedConfig | None = None,
    credentials: CredentialStore | None = None,
    *,
    read_only: bool = False,
) -> Workspace:
    """Open the store (creating or migrating it); raises StoreError with a clear message.
    With a managed configuration: its rendition size, and its section tree made to exist.
    `read_only`: the store is only read (salvage), even when it could be written."""
    path = resolve_data_dir(data_dir)
    db = open_database(path, backups_kept=managed.backups_kept if managed else None, read_only=read_only)
    articles = ArticleService(db, clock)
    taxonomy = TaxonomyService(db)
    sizes = RenditionSizes(web=managed.rendition_size) if managed and managed.rendition_size else None
    photos = PhotoService(db, path, clock, sizes=sizes)
    house_style = HouseStyleService(path, managed.house_style if managed else "")
    preflight = PreflightService(articles, photos, house_style)
    destinations = DestinationService(
        db,
        credentials or CredentialStore(),
        clock=clock,
        locked=bool(managed and managed.is_locked("destinations")),
        ca_file=(managed.ca_file or "") if managed else "",
    )
    writable = not db.read_only  # a damaged store or read-only media: read, export, salvage only
    if writable and managed and managed.destinations:
        destinations.apply_presets(managed.destinations)
    notes = db.notes
    if writable and managed and managed.sections:
        notes += ensure_section_tree(taxonomy, managed.sections)
    workspace = Workspace(
        data_dir=path,
        db=db,
        articles=articles,
        taxonomy=taxonomy,
        importer=ImportService(articles, taxonomy, photos, ninjs_mapping=path / MAPPING_FILE),
        photos=photos,
        rendering=RenderingService(articles, taxonomy, photos=photos),
        preflight=preflight,
        destinations=destinations,
        house_style=house_style,
        managed_notes=notes,
    )
    workspace.connect_publishing(destinations, clock)
    return workspace
