"""The photo form's "Prints as" line is the credit as the article's page prints it: "Foto:" on a
Swedish page, "Photo:" on an English one, following the article's language as it changes."""

from __future__ import annotations

from tests.fakes.photo_images import camera_jpeg
from tests.gui.helpers import ws_of
from workstation.domain.article import ArticleContent
from workstation.domain.photo import PhotoRole
from workstation.ui.window.main_window import MainWindow


def test_prints_as_follows_the_articles_language(qtbot, window: MainWindow, tmp_path) -> None:
    ws = ws_of(window)
    (outcome,) = ws.photos.import_files([camera_jpeg(tmp_path / "kim.jpg")])
    assert outcome.photo is not None
    photo = ws.photos.update_fields(outcome.photo.id, credit="KCNA via AP/TT", caption="Drönare")
    article = ws.articles.create(ArticleContent(headline="Drönare", language="sv"))
    ws.photos.attach(article.id, photo.id, PhotoRole.INLINE)
    window.signals.articles_changed.emit([article.id])
    window.list_pane.select_article(article.id)
    panel = window.editing.photo_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    assert panel.select_photo(photo.id)
    label = panel.form.credit_line_label
    assert label.text() == "Foto: KCNA via AP/TT"
    picker = window.editing.editor.language_picker
    picker.setCurrentIndex(picker.findData("en"))
    picker.activated.emit(picker.currentIndex())  # as a pick from the list does
    assert label.text() == "Photo: KCNA via AP/TT"
