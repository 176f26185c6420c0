"""Everything the app and the CLI use, built once over one data directory."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from workstation.services.articles import ArticleService
from workstation.services.clock import Clock, utc_now
from workstation.services.importing import ImportService
from workstation.services.photos import PhotoService
from workstation.services.preflight import PreflightService
from workstation.services.rendering import RenderingService
from workstation.services.taxonomy import TaxonomyService
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

    def close(self) -> None:
        self.db.close()


def open_workspace(data_dir: str | os.PathLike[str] | None = None, clock: Clock = utc_now) -> Workspace:
    """Open the store (creating or migrating it); raises StoreError with a clear message."""
    path = resolve_data_dir(data_dir)
    db = open_database(path)
    articles = ArticleService(db, clock)
    taxonomy = TaxonomyService(db)
    photos = PhotoService(db, path, clock)
    return Workspace(
        data_dir=path,
        db=db,
        articles=articles,
        taxonomy=taxonomy,
        importer=ImportService(articles, taxonomy, photos),
        photos=photos,
        rendering=RenderingService(articles, taxonomy, photos=photos),
        preflight=PreflightService(articles, photos),
    )
