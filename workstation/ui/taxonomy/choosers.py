"""The questions the taxonomy manager asks: a name, a new parent, where a deleted section's
articles go, which tag a merge keeps.

Each question is a small dialog that exposes its value (tests drive it without exec()). The ask_*
functions that run them are in ui/common/alerts.py, with every other prompt, so that tests answer
them all in one place."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.i18n import QT_TRANSLATE_NOOP, translate
from workstation.domain.taxonomy import SectionNode, Tag
from workstation.ui.common import alerts

NO_SECTION_TEXT = QT_TRANSLATE_NOOP("Choosers", "No section")
TOP_LEVEL_TEXT = QT_TRANSLATE_NOOP("Choosers", "Top level")


@dataclass(frozen=True, slots=True)
class SectionChoice:
    """A section the user picked; section_id None means "no section" / "top level"."""

    section_id: int | None


def _name_button(button: QPushButton | None, object_name: str, accessible: str) -> None:
    if button is not None:
        button.setObjectName(object_name)
        button.setAccessibleName(accessible)


def _button_box(dialog: QDialog, ok_text: str, prefix: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.setObjectName(f"{prefix}Buttons")
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    _name_button(ok, f"{prefix}OkButton", ok_text)
    _name_button(
        buttons.button(QDialogButtonBox.StandardButton.Cancel),
        f"{prefix}CancelButton",
        translate("Choosers", "Cancel"),
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _settle_minimum_size(dialog: QDialog, width: int) -> None:
    """Fix the minimum size (both ways) before the window exists: the layout then has nothing to
    change once it is shown (offscreen Qt warns about size hints changed on a shown window)."""
    dialog.setMinimumSize(dialog.minimumSizeHint().expandedTo(QSize(width, 0)))


def _indented(node: SectionNode) -> str:
    return "    " * node.depth + node.section.name


def _subtree_ids(sections: Sequence[SectionNode], root_id: int) -> set[int]:
    """The section and everything below it (nodes are depth-first, so they follow it)."""
    found: set[int] = set()
    root_depth = -1
    for node in sections:
        if node.section.id == root_id:
            root_depth = node.depth
            found.add(root_id)
        elif root_depth >= 0:
            if node.depth <= root_depth:
                break
            found.add(node.section.id)
    return found


class SectionNameDialog(QDialog):
    """Asks for a section name; ok is enabled only when the name is not blank."""

    def __init__(self, title: str, prompt: str, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sectionNameDialog")
        self.setWindowTitle(title)
        self._edit = QLineEdit(name)
        self._edit.setObjectName("sectionNameEdit")
        self._edit.setAccessibleName(translate("SectionNameDialog", "Section name"))
        self._edit.setPlaceholderText(translate("SectionNameDialog", "e.g. Sports"))
        self._buttons = _button_box(self, translate("SectionNameDialog", "OK"), "sectionName")
        layout = QFormLayout(self)
        layout.addRow(prompt, self._edit)
        layout.addRow(self._buttons)
        _settle_minimum_size(self, 360)
        self._edit.textChanged.connect(self._on_edit_text_changed)
        self._on_edit_text_changed(name)

    def name(self) -> str:
        return " ".join(self._edit.text().split())

    def set_name(self, name: str) -> None:
        self._edit.setText(name)

    def _on_edit_text_changed(self, text: str) -> None:
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip()))


class _SectionComboDialog(QDialog):
    """A dialog whose answer is the section (or None) picked in its combo box."""

    _combo: QComboBox

    def _chosen(self) -> int | None:
        data = self._combo.currentData()
        return data if isinstance(data, int) else None

    def _choose(self, section_id: int | None) -> None:
        index = self._combo.findData(section_id)
        if index < 0:
            raise ValueError(f"section {section_id} is not offered")
        self._combo.setCurrentIndex(index)

    def choices(self) -> list[int | None]:
        return [self._combo.itemData(row) for row in range(self._combo.count())]


class SectionDeleteDialog(_SectionComboDialog):
    """Asks where the articles of a section being deleted should go."""

    def __init__(
        self, sections: Sequence[SectionNode], doomed: SectionNode, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sectionDeleteDialog")
        self.setWindowTitle(translate("SectionDeleteDialog", "Delete section"))
        count = doomed.article_count
        noun = "article" if count == 1 else "articles"
        message = QLabel(
            translate("SectionDeleteDialog", "“{name}” holds {count:,} {noun}. Move them to:").format(
                name=doomed.section.name, count=count, noun=noun
            )
        )
        message.setWordWrap(True)
        self._combo = QComboBox()
        self._combo.setObjectName("moveTargetCombo")
        self._combo.setAccessibleName(translate("SectionDeleteDialog", "Move articles to"))
        message.setBuddy(self._combo)
        self._combo.addItem(translate("Choosers", NO_SECTION_TEXT), None)
        for node in sections:
            if node.section.id != doomed.section.id:
                self._combo.addItem(_indented(node), node.section.id)
        self._combo.setCurrentIndex(max(0, self._combo.findData(doomed.section.parent_id)))
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self._combo)
        children = [n for n in sections if n.section.parent_id == doomed.section.id]
        if children:
            parent_node = next((n for n in sections if n.section.id == doomed.section.parent_id), None)
            where = (
                translate("SectionDeleteDialog", "the top level")
                if parent_node is None
                else f"“{parent_node.section.name}”"
            )
            note = QLabel(
                translate("SectionDeleteDialog", "Its sub-sections move up to {where}.").format(where=where)
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addSpacing(8)
        layout.addWidget(
            _button_box(self, translate("SectionDeleteDialog", "Delete section"), "sectionDelete")
        )
        _settle_minimum_size(self, 400)

    def chosen_section_id(self) -> int | None:
        return self._chosen()

    def set_chosen_section_id(self, section_id: int | None) -> None:
        self._choose(section_id)


class SectionParentDialog(_SectionComboDialog):
    """Asks which section another section should move under (or the top level)."""

    def __init__(
        self, sections: Sequence[SectionNode], moving: SectionNode, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sectionParentDialog")
        self.setWindowTitle(translate("SectionParentDialog", "Move section"))
        message = QLabel(
            translate("SectionParentDialog", "Move “{name}” under:").format(name=moving.section.name)
        )
        self._combo = QComboBox()
        self._combo.setObjectName("newParentCombo")
        self._combo.setAccessibleName(translate("SectionParentDialog", "New parent section"))
        message.setBuddy(self._combo)
        self._combo.addItem(translate("Choosers", TOP_LEVEL_TEXT), None)
        excluded = _subtree_ids(sections, moving.section.id)
        for node in sections:
            if node.section.id not in excluded:
                self._combo.addItem(_indented(node), node.section.id)
        self._combo.setCurrentIndex(max(0, self._combo.findData(moving.section.parent_id)))
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self._combo)
        layout.addSpacing(8)
        layout.addWidget(_button_box(self, translate("SectionParentDialog", "Move"), "sectionParent"))
        _settle_minimum_size(self, 400)

    def chosen_parent_id(self) -> int | None:
        return self._chosen()

    def set_chosen_parent_id(self, section_id: int | None) -> None:
        self._choose(section_id)


def default_merge_target(tags: Sequence[Tag]) -> Tag:
    """The most used tag; on a tie, the first one given (the first selected)."""
    return max(tags, key=lambda tag: tag.usage_count)


class TagMergeDialog(QDialog):
    """Asks which of the selected tags the others are merged into."""

    def __init__(self, tags: Sequence[Tag], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if len(tags) < 2:
            raise ValueError("merging needs at least two tags")
        self.setObjectName("tagMergeDialog")
        self.setWindowTitle(translate("TagMergeDialog", "Merge tags"))
        message = QLabel(translate("TagMergeDialog", "Merge {len} tags into:").format(len=len(tags)))
        self._combo = QComboBox()
        self._combo.setObjectName("mergeTargetCombo")
        self._combo.setAccessibleName(translate("TagMergeDialog", "Keep tag"))
        message.setBuddy(self._combo)
        for tag in tags:
            noun = "article" if tag.usage_count == 1 else "articles"
            self._combo.addItem(f"{tag.name} ({tag.usage_count:,} {noun})", tag.id)
        self._combo.setCurrentIndex(self._combo.findData(default_merge_target(tags).id))
        note = QLabel(
            translate("TagMergeDialog", "The other tags are removed; their articles get the tag you keep.")
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self._combo)
        layout.addWidget(note)
        layout.addSpacing(8)
        layout.addWidget(_button_box(self, translate("TagMergeDialog", "Merge"), "tagMerge"))
        _settle_minimum_size(self, 440)

    def chosen_tag_id(self) -> int:
        data = self._combo.currentData()
        assert isinstance(data, int)
        return data

    def set_chosen_tag_id(self, tag_id: int) -> None:
        index = self._combo.findData(tag_id)
        if index < 0:
            raise ValueError(f"tag {tag_id} is not offered")
        self._combo.setCurrentIndex(index)


# -- the questions (tests answer them through alerts.DIALOGS) -----------------------------------


@alerts.dialog
def ask_section_name(parent: QWidget | None, title: str, prompt: str) -> str | None:
    """A name for a new section, or None if the user cancelled."""

    dialog = SectionNameDialog(title, prompt, parent=parent)
    try:
        return dialog.name() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


@alerts.dialog
def ask_move_target(
    parent: QWidget | None, sections: Sequence[SectionNode], doomed: SectionNode
) -> SectionChoice | None:
    """Where the articles of a section being deleted go, or None if the user cancelled."""

    dialog = SectionDeleteDialog(sections, doomed, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return SectionChoice(dialog.chosen_section_id())
    finally:
        dialog.deleteLater()


@alerts.dialog
def ask_new_parent(
    parent: QWidget | None, sections: Sequence[SectionNode], moving: SectionNode
) -> SectionChoice | None:
    """The section to move under (section_id None: top level), or None if the user cancelled."""

    dialog = SectionParentDialog(sections, moving, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return SectionChoice(dialog.chosen_parent_id())
    finally:
        dialog.deleteLater()


@alerts.dialog
def ask_merge_target(parent: QWidget | None, tags: Sequence[Tag]) -> int | None:
    """The id of the tag the others merge into, or None if the user cancelled."""

    dialog = TagMergeDialog(tags, parent)
    try:
        return dialog.chosen_tag_id() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
