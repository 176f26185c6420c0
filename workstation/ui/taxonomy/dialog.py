"""TaxonomyDialog: "Sections and Tags", the manager for the site's navigation and the tags.

Two tabs: SectionTreePanel (taxonomy_sections) and TagTablePanel (taxonomy_tags). Every change
goes through TaxonomyService and is followed by `changed`; service errors are shown through
alerts.show_error. The questions it asks (a new section's name, where a deleted section's
articles go, a new parent, which tag a merge keeps) go through the ask_* functions of
taxonomy_choosers, which tests replace.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from workstation.domain.i18n import translate
from workstation.domain.taxonomy import SectionNode
from workstation.services.taxonomy import TaxonomyService
from workstation.ui.taxonomy.sections import SectionTreePanel
from workstation.ui.taxonomy.tags import TagTablePanel

SECTIONS_TAB, TAGS_TAB = range(2)


class TaxonomyDialog(QDialog):
    """Sections and Tags. Non-modal friendly: show() it, or exec() it; connect `changed`."""

    changed = Signal()  # after every change the store accepted (refresh section and tag pickers)
    failed = Signal(str)  # the message of an error just shown to the user

    def __init__(self, taxonomy: TaxonomyService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taxonomyDialog")
        self.setWindowTitle(translate("TaxonomyDialog", "Sections and Tags"))
        self.setMinimumSize(640, 460)
        self.resize(720, 500)

        self.sections = SectionTreePanel(taxonomy)
        self.tags = TagTablePanel(taxonomy)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("taxonomyTabs")
        self.tabs.setAccessibleName(translate("TaxonomyDialog", "Sections and tags"))
        self.tabs.addTab(self.sections, translate("TaxonomyDialog", "Sections"))
        self.tabs.addTab(self.tags, translate("TaxonomyDialog", "Tags"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("taxonomyDialogButtons")
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closeButton")
        close.setAccessibleName(translate("TaxonomyDialog", "Close"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

        for panel in (self.sections, self.tags):
            panel.changed.connect(self.changed)
            panel.failed.connect(self.failed)
        self.reload()

    def reload(self) -> None:
        """Read sections and tags from the store again, keeping the selection."""
        self.sections.reload(self.sections.selected_id())
        self.tags.reload(self.tags.selected_ids())

    def show_tab(self, tab: int) -> None:
        self.tabs.setCurrentIndex(tab)

    # -- values, for callers and tests -------------------------------------------------------

    def section_nodes(self) -> list[SectionNode]:
        """The tree as shown, depth-first in navigation order."""
        return self.sections.model.sections()

    def selected_section_id(self) -> int | None:
        return self.sections.selected_id()

    def select_section(self, section_id: int | None) -> None:
        self.show_tab(SECTIONS_TAB)
        self.sections.select(section_id)

    def selected_tag_ids(self) -> list[int]:
        return self.tags.selected_ids()

    def select_tags(self, tag_ids: Sequence[int]) -> None:
        self.show_tab(TAGS_TAB)
        self.tags.select(tag_ids)
