"""What publishing works with: the workspace's services over one store, and its clock. The
workspace builds it once (connect_publishing); the outbox, pulls, each send and a conflict's
resolution share it instead of each taking the same services one by one."""

from __future__ import annotations

from dataclasses import dataclass

from workstation.services.articles import ArticleService
from workstation.services.clock import Clock, utc_now
from workstation.services.photos import PhotoService
from workstation.services.publishing.destinations import DestinationService
from workstation.services.taxonomy import TaxonomyService
from workstation.store.database import Database


@dataclass(frozen=True, slots=True)
class PublishingDeps:
    db: Database
    articles: ArticleService
    taxonomy: TaxonomyService
    photos: PhotoService
    destinations: DestinationService
    now: Clock = utc_now
