"""File › Import: a Markdown file naming a photo outside its folder is imported with that photo
only when the editor says yes; the same file twice is one article."""

from __future__ import annotations

from pathlib import Path

from tests.fakes.photo_images import camera_jpeg
from tests.gui.helpers import ws_of
from workstation.ui.window.main_window import MainWindow


def _story(tmp_path: Path) -> Path:
    camera_jpeg(tmp_path / "elsewhere.jpg")
    folder = tmp_path / "story"
    folder.mkdir()
    path = folder / "story.md"
    path.write_text("---\nheadline: From afar\n---\n\n![x](../elsewhere.jpg)\n", encoding="utf-8")
    return path


def test_a_photo_outside_the_folder_is_read_only_after_a_yes(qtbot, window: MainWindow, tmp_path, prompts):
    path = _story(tmp_path)
    prompts.answer("confirm", False)
    window.article_commands.import_files([path])
    qtbot.waitUntil(lambda: bool(prompts.asked("confirm")), timeout=5000)
    (asked,) = prompts.asked("confirm")
    assert asked["title"] == "Read photos from other folders?"
    assert "../elsewhere.jpg" in asked["message"]
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=5000)
    assert ws_of(window).articles.list() == []
    assert ws_of(window).photos.search() == []

    prompts.answer("confirm", True)
    window.article_commands.import_files([path])
    qtbot.waitUntil(lambda: len(ws_of(window).articles.list()) == 1, timeout=5000)
    assert len(ws_of(window).photos.search()) == 1
    assert prompts.errors == []


def test_the_same_file_twice_is_one_article(qtbot, window: MainWindow, tmp_path) -> None:
    path = tmp_path / "one.md"
    path.write_text("---\nheadline: Once\n---\nBody\n", encoding="utf-8")
    for _ in range(2):
        window.article_commands.import_files([path])
        qtbot.waitUntil(lambda: not window.tasks.busy, timeout=5000)
    assert [s.headline for s in ws_of(window).articles.list()] == ["Once"]
    assert "1 already in the store" in window.statusBar().currentMessage()
