"""Found by tests/fuzz: the article's language names the template's labels file
(labels.<language>.json), so a language holding a NUL ended the render in ValueError, and one
holding '/' or '..' named a file outside the template folder. A language that is no code now
names no file: the page renders with the catalogue's words."""

from __future__ import annotations

import json
from pathlib import Path

from workstation.domain.article import ArticleContent
from workstation.services.rendering import PageInput, PageRenderer
from workstation.services.rendering.labels import labels_path, template_labels


def _template(folder: Path) -> Path:
    folder.mkdir()
    (folder / "article.html").write_text("<p>{{ labels.photo }}</p>{{ body_html|safe }}", encoding="utf-8")
    return folder


def test_a_language_with_a_nul_renders_the_page(tmp_path: Path) -> None:
    renderer = PageRenderer(_template(tmp_path / "site"))
    page = renderer.render(PageInput(ArticleContent(headline="Storm", body="Text.", language="sv\x00")))
    assert page.problem is None
    assert "<p>Text.</p>" in page.html


def test_a_language_that_climbs_out_of_the_folder_reads_no_file_there(tmp_path: Path) -> None:
    folder = _template(tmp_path / "site")
    (tmp_path / "labels..json").write_text(json.dumps({"photo": "OUTSIDE"}), encoding="utf-8")
    (folder / "labels.sv.json").write_text(json.dumps({"photo": "Bild"}), encoding="utf-8")
    assert labels_path(folder, "../") is None
    assert labels_path(folder, "x/y") is None
    assert template_labels(folder, "../").photo != "OUTSIDE"
    assert template_labels(folder, "sv-SE").photo == "Bild"  # a real code still finds its file
