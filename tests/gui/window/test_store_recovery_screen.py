"""The app on a damaged store: the recovery screen (restore a backup, salvage, open read-only,
quit) instead of an empty or hung window; on read-only media, a banner and no editing."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from tests.fakes.damaged_store import SECRET, build_store, damage, digest
from tests.fakes.small_disk import remount_read_only, small_tmpfs
from workstation.app import _StoreOpening
from workstation.services.managed_config import ManagedConfig
from workstation.store.backups import list_backups, make_backup
from workstation.store.database import DB_FILENAME
from workstation.store.faults import quick_check
from workstation.ui.window.main_window import MainWindow

SHOTS = os.environ.get("WORKSTATION_SCREENSHOTS")  # a folder: save the screens there (docs/)


@pytest.fixture
def start_app(qtbot, qapp) -> Iterator[object]:
    """Start as the app does: the window, then the store opened on a worker and attached."""
    made: list[tuple[MainWindow, _StoreOpening]] = []

    def start(data_dir: Path) -> tuple[MainWindow, _StoreOpening]:
        window = MainWindow(data_dir)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        opening = _StoreOpening(qapp, window, data_dir, ManagedConfig(path=None), quit_after_show=False)
        opening.open_after_first_paint()
        made.append((window, opening))
        return window, opening

    yield start
    for window, opening in made:
        opening.wait()
        if window.isVisible():
            window.close()
        opening.close()
        if window.workspace is not None:
            window.workspace.close()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _shot(window: MainWindow, name: str) -> None:
    if SHOTS:
        window.grab().save(str(Path(SHOTS) / name))


def _damaged_store_with_a_backup(tmp_path: Path) -> Path:
    data_dir = tmp_path / "data"
    build_store(data_dir, articles=12)
    make_backup(data_dir, "manual")
    damage(data_dir, table="articles")
    return data_dir


def test_a_damaged_store_shows_the_recovery_screen_and_a_backup_restores_it(
    start_app, qtbot, prompts, tmp_path
):
    data_dir = _damaged_store_with_a_backup(tmp_path)
    before = digest(data_dir / DB_FILENAME)
    window, _opening = start_app(data_dir)
    qtbot.waitUntil(
        lambda: window.store_recovery.screen is not None and window.store_recovery.screen.isVisible(),
        timeout=20_000,
    )
    screen = window.store_recovery.screen
    assert screen is not None
    problem = screen.problem_label.text()
    assert str(data_dir / DB_FILENAME) in problem
    assert "damaged" in problem
    assert SECRET not in problem
    assert screen.backup_list.count() == len(list_backups(data_dir)) >= 1
    assert screen.restore_button.isEnabled()
    assert screen.salvage_button.isEnabled()
    assert not window.commands.new.isEnabled()
    assert digest(data_dir / DB_FILENAME) == before  # shown, never written
    _shot(window, "recovery-screen.png")
    prompts.answer("confirm", True)
    screen.restore_button.click()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20_000)
    assert quick_check(data_dir / DB_FILENAME) is None
    workspace = window.workspace
    assert workspace is not None
    assert not workspace.read_only
    assert workspace.articles.count() == 12
    assert window.list_model.rowCount() == 12
    assert not window.store_recovery.banner.isVisible()
    assert window.commands.new.isEnabled()


def test_salvage_from_the_recovery_screen_builds_a_fresh_store(start_app, qtbot, prompts, tmp_path):
    data_dir = _damaged_store_with_a_backup(tmp_path)
    out_dir = tmp_path / "salvaged"
    out_dir.mkdir()
    window, _opening = start_app(data_dir)
    qtbot.waitUntil(
        lambda: window.store_recovery.screen is not None and window.store_recovery.screen.isVisible(),
        timeout=20_000,
    )
    screen = window.store_recovery.screen
    assert screen is not None
    prompts.answer("ask_directory", str(out_dir))
    screen.salvage_button.click()
    qtbot.waitUntil(lambda: "Salvaged" in screen.status_label.text(), timeout=30_000)
    assert str(out_dir / DB_FILENAME) in screen.status_label.text()
    assert (out_dir / DB_FILENAME).is_file()
    assert quick_check(out_dir / DB_FILENAME) is None


def test_a_damaged_but_readable_store_opens_read_only_from_the_recovery_screen(start_app, qtbot, tmp_path):
    data_dir = tmp_path / "data"
    build_store(data_dir, articles=30)
    damage(data_dir)  # a page mid-file: the list still reads
    window, _opening = start_app(data_dir)
    qtbot.waitUntil(
        lambda: window.store_recovery.screen is not None and window.store_recovery.screen.isVisible(),
        timeout=20_000,
    )
    screen = window.store_recovery.screen
    assert screen is not None
    assert screen.read_only_button.isVisible()
    screen.read_only_button.click()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20_000)
    assert window.store_recovery.banner.isVisible()
    assert window.store_recovery.banner.recover_button.isVisible()
    assert not window.commands.new.isEnabled()
    assert not window.commands.import_markdown.isEnabled()
    assert window.commands.export_markdown.isEnabled()


def test_a_store_on_read_only_media_opens_with_a_banner_and_editing_off(start_app, qtbot, tmp_path):
    with small_tmpfs("8m") as disk:
        data_dir = disk / "data"
        build_store(data_dir, articles=5)
        remount_read_only(disk)
        window, _opening = start_app(data_dir)
        qtbot.waitUntil(lambda: window.workspace is not None, timeout=20_000)
        assert window.store_recovery.banner.isVisible()
        assert "read-only media" in window.store_recovery.banner.label.text()
        assert not window.store_recovery.banner.recover_button.isVisible()
        assert window.list_model.rowCount() == 5
        for action in (window.commands.new, window.commands.import_markdown, window.commands.trash):
            assert not action.isEnabled(), action.objectName()
        assert window.commands.export_markdown.isEnabled()
        assert window.commands.find.isEnabled()
        first = window.list_model.summary(0)
        assert first is not None
        window.list_pane.select_article(first.id)
        qtbot.waitUntil(lambda: window.editing.editor.article_id is not None, timeout=10_000)
        assert window.editing.editor.read_only
        assert window.editing.editor.headline_edit.isReadOnly()
        _shot(window, "read-only-banner.png")
        window.close()  # closes its store too, before the disk is unmounted
        assert window.workspace is None


def test_recover_from_the_banner_restores_a_backup_and_asks_for_a_new_start(
    start_app, qtbot, prompts, tmp_path
):
    data_dir = tmp_path / "data"
    build_store(data_dir, articles=30)
    made = make_backup(data_dir, "manual")
    damage(data_dir)
    window, _opening = start_app(data_dir)
    qtbot.waitUntil(
        lambda: window.store_recovery.screen is not None and window.store_recovery.screen.isVisible(),
        timeout=20_000,
    )
    screen = window.store_recovery.screen
    assert screen is not None
    screen.read_only_button.click()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20_000)
    window.list_pane.refresh()
    window.store_recovery.banner.recover_button.click()
    assert screen.isVisible()
    prompts.answer("confirm", True)
    screen.restore_button.click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20_000)
    assert quick_check(data_dir / DB_FILENAME) is None
    assert any(shown.name == "show_info" for shown in prompts.shown)
    assert made.id in {b.id for b in list_backups(data_dir)}
