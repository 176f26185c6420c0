"""The Sections and Tags manager on a real store: the navigation tree, tags, and every change."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QPushButton,
    QWidget,
)

from tests.gui.helpers import child
from workstation.domain.article import ArticleContent
from workstation.domain.errors import NotFoundError, ValidationError
from workstation.domain.taxonomy import Section, SectionNode, Tag
from workstation.services.workspace import Workspace
from workstation.ui.taxonomy import choosers
from workstation.ui.taxonomy.choosers import (
    NO_SECTION_TEXT,
    SectionChoice,
    SectionDeleteDialog,
    SectionNameDialog,
    SectionParentDialog,
    TagMergeDialog,
)
from workstation.ui.taxonomy.dialog import TaxonomyDialog
from workstation.ui.taxonomy.panel import describe_error
from workstation.ui.taxonomy.section_tree_model import ARTICLES, NAME, SLUG, SectionTreeModel
from workstation.ui.taxonomy.tag_table_model import USAGE, TagFilterProxyModel, TagTableModel

# The site's navigation, as the published page shows it.
NAVIGATION = ["Sweden", "Living", "World", "Business", "Sports", "Entertainment"]
REFERENCE_TREE = [
    (0, "Sweden", "sweden"),
    (0, "Living", "living"),
    (0, "World", "world"),
    (0, "Business", "business"),
    (0, "Sports", "sports"),
    (1, "Soccer", "sports-soccer"),
    (0, "Entertainment", "entertainment"),
]
SECTION_BUTTONS = [
    "addSectionButton",
    "addSubsectionButton",
    "renameSectionButton",
    "moveUpButton",
    "moveDownButton",
    "indentButton",
    "outdentButton",
    "moveToButton",
    "deleteSectionButton",
]
TAG_BUTTONS = ["renameTagButton", "mergeTagsButton"]


@pytest.fixture
def nav(workspace: Workspace) -> dict[str, Section]:
    """The reference navigation tree, plus three World articles, one Soccer article and tags."""
    taxonomy = workspace.taxonomy
    made = {name: taxonomy.create_section(name) for name in NAVIGATION}
    made["Soccer"] = taxonomy.create_section("Soccer", made["Sports"].id, slug="sports-soccer")
    stories = [
        ("Kim Jong-Un Orders Mass Production of Drones", "World", ("North Korea", "Drones", "Military")),
        ("Drone strike near the border", "World", ("Drones", "Military")),
        ("Summit ends without a deal", "World", ("north korea",)),
        ("Derby ends in a draw", "Soccer", ("Allsvenskan",)),
    ]
    for headline, section, tags in stories:
        content = ArticleContent(headline=headline, section_id=made[section].id, tags=tags)
        workspace.articles.create(content)
    return made


@pytest.fixture
def dialog(qtbot, workspace: Workspace, nav: dict[str, Section], prompts) -> TaxonomyDialog:
    made = TaxonomyDialog(workspace.taxonomy)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def _walk(
    model: SectionTreeModel, parent: QModelIndex = QModelIndex(), depth: int = 0
) -> list[tuple[int, str, str]]:
    rows: list[tuple[int, str, str]] = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, NAME, parent)
        rows.append((depth, index.data(), model.index(row, SLUG, parent).data()))
        rows.extend(_walk(model, index, depth + 1))
    return rows


def _names(dialog: TaxonomyDialog) -> list[tuple[int, str]]:
    return [(depth, name) for depth, name, _slug in _walk(dialog.sections.model)]


def _button(dialog: QWidget, name: str) -> QPushButton:
    button = dialog.findChild(QPushButton, name)
    assert button is not None, name
    return button


def _click(qtbot, dialog: TaxonomyDialog, name: str) -> None:
    button = _button(dialog, name)
    assert button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _tag(workspace: Workspace, name: str) -> Tag:
    return next(tag for tag in workspace.taxonomy.tags() if tag.name == name)


def _usage(workspace: Workspace) -> dict[str, int]:
    return {tag.name: tag.usage_count for tag in workspace.taxonomy.tags()}


# -- the tree and the models ---------------------------------------------------------------------


def test_shows_the_reference_navigation_tree(dialog: TaxonomyDialog, nav) -> None:
    model = dialog.sections.model
    assert _walk(model) == REFERENCE_TREE
    assert dialog.sections.view.isExpanded(model.index_of(nav["Sports"].id))
    counts = {n.section.name: model.index_of(n.section.id, ARTICLES).data() for n in dialog.section_nodes()}
    assert counts["World"] == "3"
    assert counts["Soccer"] == "1"
    assert counts["Sweden"] == "0"
    assert model.headerData(ARTICLES, Qt.Orientation.Horizontal) == "Articles"
    assert model.index_of(nav["Soccer"].id).data(Qt.ItemDataRole.ToolTipRole) == "Sports / Soccer"


def test_both_models_pass_qtmodeltester(qtmodeltester, dialog: TaxonomyDialog, workspace: Workspace) -> None:
    qtmodeltester.check(dialog.sections.model)
    qtmodeltester.check(dialog.tags.model)
    qtmodeltester.check(dialog.tags.proxy)
    empty_tree, empty_tags = SectionTreeModel(), TagTableModel()
    qtmodeltester.check(empty_tree)
    qtmodeltester.check(empty_tags)
    empty_tags.set_tags(workspace.taxonomy.tags())
    proxy = TagFilterProxyModel()
    proxy.setSourceModel(empty_tags)
    proxy.setFilterFixedString("dr")
    qtmodeltester.check(proxy)


def test_models_stay_consistent_through_changes(qtmodeltester, qtbot, dialog: TaxonomyDialog, nav) -> None:
    """The tester keeps watching the models while they are edited, reset and re-sorted."""
    tree, tags = dialog.sections.model, dialog.tags.model
    qtmodeltester.check(tree)
    qtmodeltester.check(tags)
    with qtbot.waitSignal(dialog.changed):
        tree.setData(tree.index_of(nav["Soccer"].id), "Football")
    dialog.select_section(nav["Soccer"].id)
    with qtbot.waitSignal(dialog.changed):
        qtbot.keyClick(dialog.sections.view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(dialog.changed):
        tags.setData(tags.index(0, 0), "Swedish football")
    dialog.tags.view.sortByColumn(USAGE, Qt.SortOrder.DescendingOrder)
    assert _names(dialog)[-2:] == [(0, "Football"), (0, "Entertainment")]


def test_every_interactive_widget_has_an_object_and_an_accessible_name(dialog: TaxonomyDialog) -> None:
    assert dialog.objectName() == "taxonomyDialog"
    for name in [*SECTION_BUTTONS, *TAG_BUTTONS, "closeButton"]:
        assert _button(dialog, name).accessibleName(), name
    for name in ("sectionTree", "tagTable", "tagFilter", "taxonomyTabs"):
        widget = dialog.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name
    for kind in (QPushButton, QLineEdit, QComboBox, QAbstractItemView):
        for widget in dialog.findChildren(kind):
            if widget.objectName().startswith("qt_"):
                continue  # Qt's own parts (tab scroll buttons, the line edit's clear button)
            assert widget.objectName(), widget
            assert widget.accessibleName(), widget


def test_chooser_dialogs_name_their_widgets(qtbot, workspace: Workspace, nav) -> None:
    nodes = workspace.taxonomy.sections()
    world = next(n for n in nodes if n.section.name == "World")
    tags = workspace.taxonomy.tags()[:2]
    for chooser in (
        SectionNameDialog("Add section", "Name:"),
        SectionDeleteDialog(nodes, world),
        SectionParentDialog(nodes, world),
        TagMergeDialog(tags),
    ):
        qtbot.addWidget(chooser)
        assert chooser.objectName()
        for kind in (QPushButton, QLineEdit, QComboBox):
            for widget in chooser.findChildren(kind):
                assert widget.objectName(), (chooser, widget)
                assert widget.accessibleName(), (chooser, widget)


def test_buttons_follow_the_selection(dialog: TaxonomyDialog, nav) -> None:
    dialog.select_section(None)
    assert [_button(dialog, n).isEnabled() for n in SECTION_BUTTONS] == [True] + [False] * 8
    dialog.select_section(nav["Sweden"].id)
    enabled = {n: _button(dialog, n).isEnabled() for n in SECTION_BUTTONS}
    assert not enabled["moveUpButton"]
    assert not enabled["indentButton"]
    assert not enabled["outdentButton"]
    assert enabled["moveDownButton"]
    assert enabled["deleteSectionButton"]
    dialog.select_section(nav["Soccer"].id)
    assert _button(dialog, "outdentButton").isEnabled()
    assert not _button(dialog, "moveDownButton").isEnabled()


# -- adding, renaming ----------------------------------------------------------------------------


def test_add_section_and_sub_section(qtbot, dialog: TaxonomyDialog, nav, prompts, workspace) -> None:
    prompts.answer("ask_section_name", "Culture")
    with qtbot.waitSignal(dialog.changed):
        _click(qtbot, dialog, "addSectionButton")
    culture = workspace.taxonomy.find_section("Culture")
    assert culture is not None
    assert culture.parent_id is None
    assert _names(dialog)[-1] == (0, "Culture")
    assert dialog.selected_section_id() == culture.id

    dialog.select_section(nav["Sports"].id)
    prompts.answer_with("ask_section_name", lambda title, _prompt: f"Ice hockey ({title})")
    with qtbot.waitSignal(dialog.changed):
        _click(qtbot, dialog, "addSubsectionButton")
    hockey = workspace.taxonomy.find_section("Sports/Ice hockey (Add sub-section)")
    assert hockey is not None
    assert hockey.parent_id == nav["Sports"].id
    assert dialog.selected_section_id() == hockey.id
    assert _names(dialog)[4:7] == [(0, "Sports"), (1, "Soccer"), (1, "Ice hockey (Add sub-section)")]


def test_cancelled_add_changes_nothing(qtbot, dialog: TaxonomyDialog, prompts) -> None:
    prompts.answer("ask_section_name", None)
    with qtbot.assertNotEmitted(dialog.changed):
        _click(qtbot, dialog, "addSectionButton")
    assert _walk(dialog.sections.model) == REFERENCE_TREE


def test_inline_rename_keeps_slug_and_selection(qtbot, dialog: TaxonomyDialog, nav, workspace) -> None:
    dialog.select_section(nav["Soccer"].id)
    model = dialog.sections.model
    with qtbot.waitSignal(dialog.changed):
        assert model.setData(model.index_of(nav["Soccer"].id), "  Football ")
    stored = workspace.taxonomy.section(nav["Soccer"].id)
    assert (stored.name, stored.slug) == ("Football", "sports-soccer")
    assert dialog.selected_section_id() == nav["Soccer"].id
    assert _names(dialog)[5] == (1, "Football")


def test_f2_and_the_rename_button_edit_the_name_in_place(
    qtbot, dialog: TaxonomyDialog, nav, workspace
) -> None:
    view = dialog.sections.view
    dialog.select_section(nav["Living"].id)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert view.state() == QAbstractItemView.State.EditingState
    editor = view.viewport().findChild(QLineEdit)
    assert editor is not None
    assert editor.text() == "Living"
    editor.setText("Lifestyle")
    with qtbot.waitSignal(dialog.changed):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert workspace.taxonomy.section(nav["Living"].id).name == "Lifestyle"
    assert dialog.selected_section_id() == nav["Living"].id

    _click(qtbot, dialog, "renameSectionButton")
    assert view.state() == QAbstractItemView.State.EditingState
    qtbot.keyClick(view.viewport().findChild(QLineEdit), Qt.Key.Key_Escape)
    assert view.state() != QAbstractItemView.State.EditingState


def test_duplicate_slug_is_refused_with_a_message(
    qtbot, dialog: TaxonomyDialog, nav, prompts, workspace
) -> None:
    model = dialog.sections.model
    dialog.select_section(nav["Living"].id)
    with qtbot.waitSignal(dialog.failed) as failed, qtbot.assertNotEmitted(dialog.changed):
        assert model.setData(model.index_of(nav["Living"].id, SLUG), "world")
    assert failed.args == ["'world' is already used by another section."]
    assert prompts.errors == [("Could not rename the section", "'world' is already used by another section.")]
    assert workspace.taxonomy.section(nav["Living"].id).slug == "living"
    assert model.index_of(nav["Living"].id, SLUG).data() == "living"  # the optimistic edit is undone
    assert dialog.selected_section_id() == nav["Living"].id


def test_new_slug_is_stored(qtbot, dialog: TaxonomyDialog, nav, workspace) -> None:
    model = dialog.sections.model
    with qtbot.waitSignal(dialog.changed):
        model.setData(model.index_of(nav["Sweden"].id, SLUG), "Sverige")
    assert workspace.taxonomy.section(nav["Sweden"].id).slug == "sverige"


# -- moving --------------------------------------------------------------------------------------


def test_move_up_and_down_keep_the_selection(qtbot, dialog: TaxonomyDialog, nav, workspace) -> None:
    dialog.select_section(nav["Business"].id)
    with qtbot.waitSignal(dialog.changed):
        _click(qtbot, dialog, "moveUpButton")
    assert [n for d, n in _names(dialog) if d == 0] == [
        "Sweden",
        "Living",
        "Business",
        "World",
        "Sports",
        "Entertainment",
    ]
    assert dialog.selected_section_id() == nav["Business"].id
    with qtbot.waitSignal(dialog.changed):
        _click(qtbot, dialog, "moveDownButton")
    with qtbot.waitSignal(dialog.changed):
        _click(qtbot, dialog, "moveDownButton")
    assert [n.section.name for n in workspace.taxonomy.sections() if n.depth == 0] == [
        "Sweden",
        "Living",
        "World",
        "Sports",
        "Business",
        "Entertainment",
    ]
    assert dialog.selected_section_id() == nav["Business"].id


def test_ctrl_arrows_reorder_and_change_level(qtbot, dialog: TaxonomyDialog, nav, workspace) -> None:
    view = dialog.sections.view
    dialog.select_section(nav["Sweden"].id)
    with qtbot.waitSignal(dialog.changed):
        qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert _names(dialog)[:2] == [(0, "Living"), (0, "Sweden")]
    with qtbot.waitSignal(dialog.changed):
        qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert _walk(dialog.sections.model) == REFERENCE_TREE
    dialog.select_section(nav["Living"].id)
    with qtbot.waitSignal(dialog.changed):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert workspace.taxonomy.section(nav["Living"].id).parent_id == nav["Sweden"].id
    with qtbot.waitSignal(dialog.changed):
        qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert _walk(dialog.sections.model) == REFERENCE_TREE
    assert dialog.selected_section_id() == nav["Living"].id


def test_indent_and_outdent(qtbot, dialog: TaxonomyDialog, nav, workspace) -> None:
    dialog.select_section(nav["Entertainment"].id)
    with qtbot.waitSignal(dialog.changed):
        _click(qtbot, dialog, "indentButton")  # under Sports, after Soccer
    assert _names(dialog)[4:] == [(0, "Sports"), (1, "Soccer"), (1, "Entertainment")]
    dialog.select_section(nav["Soccer"].id)
    with qtbot.waitSignal(dialog.changed):
        _click(qtbot, dialog, "outdentButton")  # right after Sports
    assert _names(dialog)[4:] == [(0, "Sports"), (1, "Entertainment"), (0, "Soccer")]
    assert workspace.taxonomy.section(nav["Soccer"].id).parent_id is None
    assert dialog.selected_section_id() == nav["Soccer"].id


def test_move_to_another_parent(qtbot, dialog: TaxonomyDialog, nav, prompts, workspace) -> None:
    asked: list[tuple[list[str], str]] = []

    def ask(sections: Sequence[SectionNode], moving: SectionNode) -> SectionChoice:
        asked.append(([n.section.name for n in sections], moving.section.name))
        return SectionChoice(nav["World"].id)

    prompts.answer_with("ask_new_parent", ask)
    dialog.select_section(nav["Soccer"].id)
    with qtbot.waitSignal(dialog.changed):
        _click(qtbot, dialog, "moveToButton")
    assert asked == [([name for _d, name, _s in REFERENCE_TREE], "Soccer")]
    assert workspace.taxonomy.section(nav["Soccer"].id).parent_id == nav["World"].id
    assert _names(dialog)[2:4] == [(0, "World"), (1, "Soccer")]
    assert dialog.selected_section_id() == nav["Soccer"].id

    prompts.answer("ask_new_parent", SectionChoice(None))
    with qtbot.waitSignal(dialog.changed):
        _click(qtbot, dialog, "moveToButton")
    assert _names(dialog)[-1] == (0, "Soccer")


def test_moving_a_section_under_itself_is_refused(qtbot, dialog: TaxonomyDialog, nav, prompts) -> None:
    prompts.answer("ask_new_parent", SectionChoice(nav["Soccer"].id))
    dialog.select_section(nav["Sports"].id)
    with qtbot.assertNotEmitted(dialog.changed), qtbot.waitSignal(dialog.failed):
        _click(qtbot, dialog, "moveToButton")
    assert prompts.errors == [("Could not move the section", "A section cannot move under itself.")]
    assert _walk(dialog.sections.model) == REFERENCE_TREE
    assert dialog.selected_section_id() == nav["Sports"].id


def test_parent_picker_offers_neither_the_section_nor_its_subtree(qtbot, workspace, nav) -> None:
    nodes = workspace.taxonomy.sections()
    sports = next(n for n in nodes if n.section.name == "Sports")
    picker = SectionParentDialog(nodes, sports)
    qtbot.addWidget(picker)
    assert nav["Sports"].id not in picker.choices()
    assert nav["Soccer"].id not in picker.choices()
    assert picker.choices()[0] is None
    assert picker.chosen_parent_id() is None
    picker.set_chosen_parent_id(nav["World"].id)
    assert picker.chosen_parent_id() == nav["World"].id


def test_drag_and_drop_moves_a_section(qtbot, dialog: TaxonomyDialog, nav, workspace, prompts) -> None:
    model = dialog.sections.model
    mime = model.mimeData([model.index_of(nav["Sweden"].id)])
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    with qtbot.waitSignal(dialog.changed):
        # dropped between World (row 2) and Business (row 3): the view removes nothing itself
        assert not model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert [n for d, n in _names(dialog) if d == 0][:3] == ["Living", "World", "Sweden"]
    assert dialog.selected_section_id() == nav["Sweden"].id

    mime = model.mimeData([model.index_of(nav["Sports"].id)])
    with qtbot.waitSignal(dialog.failed):  # onto its own sub-section
        model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, model.index_of(nav["Soccer"].id))
    assert prompts.errors[-1][1] == "A section cannot move under itself."
    assert workspace.taxonomy.section(nav["Sports"].id).parent_id is None


# -- deleting ------------------------------------------------------------------------------------


def test_delete_asks_where_the_articles_go(qtbot, dialog: TaxonomyDialog, nav, prompts, workspace) -> None:
    asked: list[tuple[str, int]] = []

    def ask(sections: Sequence[SectionNode], doomed: SectionNode) -> SectionChoice:
        asked.append((doomed.section.name, doomed.article_count))
        return SectionChoice(nav["Sweden"].id)

    prompts.answer_with("ask_move_target", ask)
    world_ids = [a.id for a in workspace.articles.list() if a.section_name == "World"]
    assert len(world_ids) == 3
    dialog.select_section(nav["World"].id)
    with qtbot.waitSignal(dialog.changed):
        _click(qtbot, dialog, "deleteSectionButton")
    assert asked == [("World", 3)]
    assert workspace.taxonomy.find_section("World") is None
    assert {workspace.articles.get(i).content.section_id for i in world_ids} == {nav["Sweden"].id}
    assert dialog.sections.model.index_of(nav["Sweden"].id, ARTICLES).data() == "3"
    assert dialog.selected_section_id() == nav["Business"].id  # the next sibling


def test_delete_key_and_no_section_target(qtbot, dialog: TaxonomyDialog, nav, prompts, workspace) -> None:
    prompts.answer("ask_move_target", SectionChoice(None))
    soccer_ids = [a.id for a in workspace.articles.list() if a.section_name == "Soccer"]
    dialog.select_section(nav["Soccer"].id)
    with qtbot.waitSignal(dialog.changed):
        qtbot.keyClick(dialog.sections.view, Qt.Key.Key_Delete)
    assert workspace.articles.get(soccer_ids[0]).content.section_id is None
    assert dialog.selected_section_id() == nav["Sports"].id  # no siblings left: the parent


def test_cancelled_delete_keeps_the_section(qtbot, dialog: TaxonomyDialog, nav, prompts) -> None:
    prompts.answer("ask_move_target", None)
    dialog.select_section(nav["World"].id)
    with qtbot.assertNotEmitted(dialog.changed):
        _click(qtbot, dialog, "deleteSectionButton")
    assert _walk(dialog.sections.model) == REFERENCE_TREE


def test_delete_an_empty_section_confirms_and_lifts_its_children(
    qtbot, dialog: TaxonomyDialog, nav, workspace, prompts
) -> None:
    def no_chooser(*_args: object) -> SectionChoice:
        raise AssertionError("an empty section needs no target")

    prompts.answer_with("ask_move_target", no_chooser)
    prompts.answer("confirm", False)
    dialog.select_section(nav["Sports"].id)
    with qtbot.assertNotEmitted(dialog.changed):
        _click(qtbot, dialog, "deleteSectionButton")
    prompts.answer("confirm", True)
    with qtbot.waitSignal(dialog.changed):
        _click(qtbot, dialog, "deleteSectionButton")
    assert workspace.taxonomy.section(nav["Soccer"].id).parent_id is None
    assert [n for _d, n in _names(dialog)] == [
        "Sweden",
        "Living",
        "World",
        "Business",
        "Entertainment",
        "Soccer",
    ]


def test_delete_dialog_offers_other_sections_and_no_section(qtbot, workspace, nav) -> None:
    nodes = workspace.taxonomy.sections()
    soccer = next(n for n in nodes if n.section.name == "Soccer")
    chooser = SectionDeleteDialog(nodes, soccer)
    qtbot.addWidget(chooser)
    assert chooser.choices() == [None, *(n.section.id for n in nodes if n.section.id != soccer.section.id)]
    assert chooser.chosen_section_id() == nav["Sports"].id  # the parent is offered first
    chooser.set_chosen_section_id(None)
    assert chooser.chosen_section_id() is None
    combo = child(chooser, QComboBox, "moveTargetCombo")
    assert combo.itemText(0) == NO_SECTION_TEXT
    with pytest.raises(ValueError, match="is not offered"):
        chooser.set_chosen_section_id(soccer.section.id)


def test_a_section_deleted_elsewhere_is_reported_not_raised(
    qtbot, dialog: TaxonomyDialog, nav, workspace, prompts
) -> None:
    workspace.taxonomy.delete_section(nav["Living"].id)
    dialog.select_section(nav["Living"].id)
    with qtbot.waitSignal(dialog.failed):
        _click(qtbot, dialog, "moveDownButton")
    assert prompts.errors[0][0] == "Could not move the section"
    assert "Living" not in [n for _d, n in _names(dialog)]


# -- tags ----------------------------------------------------------------------------------------


def test_tags_show_usage_sort_and_filter(qtbot, dialog: TaxonomyDialog) -> None:
    proxy, view = dialog.tags.proxy, dialog.tags.view
    rows = [(proxy.index(r, 0).data(), proxy.index(r, USAGE).data()) for r in range(proxy.rowCount())]
    assert rows == [("Allsvenskan", "1"), ("Drones", "2"), ("Military", "2"), ("North Korea", "2")]
    view.sortByColumn(USAGE, Qt.SortOrder.AscendingOrder)
    assert proxy.index(0, 0).data() == "Allsvenskan"
    view.sortByColumn(USAGE, Qt.SortOrder.DescendingOrder)
    assert proxy.index(3, 0).data() == "Allsvenskan"
    qtbot.keyClicks(dialog.tags.filter_edit, "NORTH")
    assert proxy.rowCount() == 1
    assert proxy.index(0, 0).data() == "North Korea"
    dialog.tags.filter_edit.clear()
    assert proxy.rowCount() == 4


def test_rename_a_tag_inline(qtbot, dialog: TaxonomyDialog, workspace) -> None:
    drones = _tag(workspace, "Drones")
    dialog.select_tags([drones.id])
    assert _button(dialog, "renameTagButton").isEnabled()
    assert not _button(dialog, "mergeTagsButton").isEnabled()
    row = dialog.tags.model.row_of(drones.id)
    with qtbot.waitSignal(dialog.changed):
        dialog.tags.model.setData(dialog.tags.model.index(row, 0), "UAVs")
    assert _usage(workspace)["UAVs"] == 2
    assert all("UAVs" in a.tags for a in map(workspace.articles.get, [1, 2]))
    assert dialog.selected_tag_ids() == [drones.id]


def test_f2_renames_a_tag(qtbot, dialog: TaxonomyDialog, workspace) -> None:
    dialog.select_tags([_tag(workspace, "Military").id])
    view = dialog.tags.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.viewport().findChild(QLineEdit)
    assert editor is not None
    assert editor.text() == "Military"
    editor.setText("Defence")
    with qtbot.waitSignal(dialog.changed):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert "Defence" in _usage(workspace)


def test_renaming_to_an_existing_tag_offers_a_merge(
    qtbot, dialog: TaxonomyDialog, workspace, prompts
) -> None:
    drones, military = _tag(workspace, "Drones"), _tag(workspace, "Military")
    model = dialog.tags.model
    prompts.answer("confirm", False)
    with qtbot.assertNotEmitted(dialog.changed), qtbot.waitSignal(model.modelReset):
        model.setData(model.index(model.row_of(drones.id), 0), "military")
    assert model.index(model.row_of(drones.id), 0).data() == "Drones"  # the stored name again
    assert _usage(workspace) == {"Allsvenskan": 1, "Drones": 2, "Military": 2, "North Korea": 2}

    prompts.answer("confirm", True)
    with qtbot.waitSignal(dialog.changed):
        model.setData(model.index(model.row_of(drones.id), 0), "military")
    assert _usage(workspace) == {"Allsvenskan": 1, "Military": 2, "North Korea": 2}
    assert dialog.selected_tag_ids() == [military.id]
    assert prompts.errors == []


def test_merge_selected_tags(qtbot, dialog: TaxonomyDialog, workspace, prompts) -> None:
    korea, drones, allsvenskan = (_tag(workspace, n) for n in ("North Korea", "Drones", "Allsvenskan"))
    offered: list[list[str]] = []

    def ask(tags: Sequence[Tag]) -> int:
        offered.append([t.name for t in tags])
        return choosers.default_merge_target(tags).id

    prompts.answer_with("ask_merge_target", ask)
    dialog.select_tags([allsvenskan.id, korea.id, drones.id])
    assert not _button(dialog, "renameTagButton").isEnabled()
    with qtbot.waitSignal(dialog.changed):
        _click(qtbot, dialog, "mergeTagsButton")
    assert offered == [["Allsvenskan", "North Korea", "Drones"]]
    # The most used tag wins; on a tie the first selected (North Korea before Drones).
    assert _usage(workspace) == {"Military": 2, "North Korea": 4}
    assert dialog.selected_tag_ids() == [korea.id]
    assert dialog.tags.model.index(dialog.tags.model.row_of(korea.id), USAGE).data() == "4"


def test_cancelled_merge_changes_nothing(qtbot, dialog: TaxonomyDialog, workspace, prompts) -> None:
    prompts.answer("ask_merge_target", None)
    dialog.select_tags([_tag(workspace, "Drones").id, _tag(workspace, "Military").id])
    with qtbot.assertNotEmitted(dialog.changed):
        _click(qtbot, dialog, "mergeTagsButton")
    assert len(workspace.taxonomy.tags()) == 4


def test_merge_dialog_defaults_to_the_most_used_tag(qtbot, workspace, nav) -> None:
    tags = sorted(workspace.taxonomy.tags(), key=lambda t: t.usage_count)
    chooser = TagMergeDialog(tags)
    qtbot.addWidget(chooser)
    assert chooser.chosen_tag_id() == tags[1].id  # the first of the tags used twice
    chooser.set_chosen_tag_id(tags[0].id)
    assert chooser.chosen_tag_id() == tags[0].id
    with pytest.raises(ValueError, match="at least two tags"):
        TagMergeDialog(tags[:1])


def test_blank_tag_name_is_ignored(qtbot, dialog: TaxonomyDialog, workspace) -> None:
    model = dialog.tags.model
    with qtbot.assertNotEmitted(dialog.changed):
        assert not model.setData(model.index(0, 0), "   ")
        assert not model.setData(model.index(0, USAGE), "9")


# -- small parts ---------------------------------------------------------------------------------


def test_name_dialog_needs_a_name(qtbot) -> None:
    asker = SectionNameDialog("Add section", "Name:")
    qtbot.addWidget(asker)
    ok = child(asker, QPushButton, "sectionNameOkButton")
    assert not ok.isEnabled()
    asker.set_name("  Science   and  tech ")
    assert ok.isEnabled()
    assert asker.name() == "Science and tech"


def test_errors_read_as_sentences() -> None:
    assert describe_error(ValidationError("slug", "must contain letters or digits")) == (
        "Slug must contain letters or digits."
    )
    assert describe_error(ValidationError("parent", "a section cannot move under itself")) == (
        "A section cannot move under itself."
    )
    assert describe_error(NotFoundError("No section with id 9.")) == "No section with id 9."


def test_close_button_closes(qtbot, dialog: TaxonomyDialog) -> None:
    with qtbot.waitSignal(dialog.rejected):
        _click(qtbot, dialog, "closeButton")
    assert not dialog.isVisible()


def test_dropping_a_section_where_it_is_changes_nothing(qtbot, dialog: TaxonomyDialog, nav) -> None:
    model = dialog.sections.model
    mime = model.mimeData([model.index_of(nav["World"].id)])
    with qtbot.assertNotEmitted(dialog.changed), qtbot.assertNotEmitted(dialog.failed):
        model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, QModelIndex())  # just below itself
        model.dropMimeData(mime, Qt.DropAction.MoveAction, 2, 0, QModelIndex())  # just above itself
        QApplication.processEvents()  # deliver the queued move requests: neither may change anything
    assert _walk(model) == REFERENCE_TREE


def test_the_dialog_is_roomy_and_renders(qtbot, dialog: TaxonomyDialog, tmp_path) -> None:
    assert dialog.minimumWidth() >= 640
    assert dialog.minimumHeight() >= 460
    dialog.resize(dialog.minimumSize())
    picture = dialog.grab()
    assert not picture.isNull()
    assert picture.width() >= 640
    assert picture.save(str(tmp_path / "taxonomy_dialog.png"))
    tree_right = dialog.sections.view.geometry().right()
    assert all(_button(dialog, n).x() > tree_right for n in SECTION_BUTTONS)  # a button column on the right


# -- the real questions, answered while their dialog runs ----------------------------------------


def _answer_when_shown(kind: type[QDialog], answer: Callable[[QDialog], None]) -> list[QDialog]:
    """Once the event loop of exec() runs, find the modal dialog and answer it."""
    seen: list[QDialog] = []

    def respond() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            seen.append(dialog)
            answer(dialog)
        elif isinstance(dialog, QDialog):
            dialog.reject()  # never leave a test blocked in exec()

    QTimer.singleShot(0, respond)
    return seen


def test_ask_move_target_runs_the_delete_dialog(qtbot, workspace: Workspace, nav, prompts) -> None:
    ask_move_target = prompts.original("ask_move_target")  # the real dialog, not the script
    nodes = workspace.taxonomy.sections()
    world = next(n for n in nodes if n.section.name == "World")

    def pick_sweden(dialog: QDialog) -> None:
        assert isinstance(dialog, SectionDeleteDialog)
        dialog.set_chosen_section_id(nav["Sweden"].id)
        dialog.accept()

    seen = _answer_when_shown(SectionDeleteDialog, pick_sweden)
    assert ask_move_target(None, nodes, world) == SectionChoice(nav["Sweden"].id)
    assert len(seen) == 1
    _answer_when_shown(SectionDeleteDialog, QDialog.reject)
    assert ask_move_target(None, nodes, world) is None


def test_ask_new_parent_name_and_merge_target_run_their_dialogs(
    qtbot, workspace: Workspace, nav, prompts
) -> None:
    ask_new_parent, ask_section_name, ask_merge_target = (  # the real dialogs, not the script
        prompts.original(name) for name in ("ask_new_parent", "ask_section_name", "ask_merge_target")
    )
    nodes = workspace.taxonomy.sections()
    soccer = next(n for n in nodes if n.section.name == "Soccer")
    _answer_when_shown(SectionParentDialog, QDialog.accept)
    assert ask_new_parent(None, nodes, soccer) == SectionChoice(nav["Sports"].id)  # unchanged

    def name_it(dialog: QDialog) -> None:
        assert isinstance(dialog, SectionNameDialog)
        dialog.set_name("Culture")
        dialog.accept()

    _answer_when_shown(SectionNameDialog, name_it)
    assert ask_section_name(None, "Add section", "Name:") == "Culture"
    _answer_when_shown(SectionNameDialog, QDialog.reject)
    assert ask_section_name(None, "Add section", "Name:") is None

    tags = workspace.taxonomy.tags()
    _answer_when_shown(TagMergeDialog, QDialog.accept)
    assert ask_merge_target(None, tags) == choosers.default_merge_target(tags).id
