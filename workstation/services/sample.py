"""The bundled sample: the reference page's article and its site's navigation."""

from __future__ import annotations

from pathlib import Path

from workstation.domain.article import Article
from workstation.domain.errors import WorkstationError
from workstation.resources import resource_path
from workstation.services.workspace import Workspace

# The navigation of the reference page, in order: (name, sub-sections).
SAMPLE_SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Sweden", ()),
    ("Living", ()),
    ("World", ()),
    ("Business", ()),
    ("Sports", ("Soccer",)),
    ("Entertainment", ()),
)


def sample_file() -> Path:
    return resource_path("sample", "kim-jong-un-drones.md")


def open_sample_article(workspace: Workspace) -> Article:
    """Create the sample's sections where missing, then import the sample article."""
    for name, children in SAMPLE_SECTIONS:
        parent, _ = workspace.taxonomy.resolve_section(name, create=True)
        for child in children:
            workspace.taxonomy.resolve_section(f"{name}/{child}", create=True)
        del parent
    outcome = workspace.importer.import_file(sample_file(), again=True)  # a fresh copy each time
    if outcome.article is None:  # pragma: no cover - the bundled file is tested
        raise WorkstationError(f"The sample article could not be opened: {outcome.error}")
    return outcome.article
