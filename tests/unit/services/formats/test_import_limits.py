"""Input limits of the Markdown import: what is read, how much, and what a file may hold. Each
bad input is one line naming the file (and the line and field), never a traceback or a hang."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from PIL import Image, PngImagePlugin

from tests.fakes.photo_images import camera_jpeg
from workstation.domain.article import MAX_TAGS, ArticleChanges
from workstation.domain.errors import ValidationError
from workstation.services import safe_files
from workstation.services.formats.front_matter import ImportFileError, parse_markdown, read_text
from workstation.services.formats.markdown_photos import OutsideFolderError

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


def _within(seconds: float, work):
    """work() run on a thread; fails (instead of hanging the suite) when it does not end."""
    result: list[object] = []
    thread = threading.Thread(target=lambda: result.append(work()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "still waiting: the file was read as a stream"
    return result[0]


def _error(workspace, path: Path) -> str:
    outcome = _within(10, lambda: workspace.importer.import_files([path])[0])
    assert outcome.article is None
    assert outcome.error is not None
    message = str(outcome.error)
    assert "\n" not in message
    assert "Traceback" not in message
    return message


# -- only regular files, of a sane size --------------------------------------------------------


@needs_fifo
def test_a_fifo_as_the_markdown_file_is_a_sentence_not_a_hang(workspace, tmp_path):
    fifo = tmp_path / "story.md"
    os.mkfifo(fifo)
    assert _error(workspace, fifo) == f"{fifo}: is a named pipe (FIFO), not a file; nothing is read from it"


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_dev_zero_as_the_markdown_file_is_refused_before_reading(workspace):
    assert (
        _error(workspace, Path("/dev/zero")) == "/dev/zero: is a device, not a file; nothing is read from it"
    )


def test_a_directory_as_the_markdown_file(workspace, tmp_path):
    assert _error(workspace, tmp_path) == f"{tmp_path}: is a directory, not a Markdown file"


def test_a_markdown_file_over_the_size_cap(tmp_path):
    path = tmp_path / "big.md"
    path.write_text("---\nheadline: H\n---\n" + "word " * 300, encoding="utf-8")
    with pytest.raises(
        ImportFileError, match=r"big\.md: is 1,520 bytes; a Markdown file may be at most 1,000 bytes"
    ):
        read_text(path, limit=1000)
    assert safe_files.MAX_MARKDOWN_BYTES == 16 * 1024 * 1024


def _with_photo(tmp_path: Path, target: str) -> Path:
    path = tmp_path / "story.md"
    path.write_text(f"---\nheadline: H\nphoto: {{file: '{target}'}}\n---\nBody\n", encoding="utf-8")
    return path


@needs_fifo
def test_a_fifo_as_a_photo_is_a_sentence_not_a_hang(workspace, tmp_path):
    os.mkfifo(tmp_path / "kim.jpg")
    message = _error(workspace, _with_photo(tmp_path, "kim.jpg"))
    fifo_text = "is a named pipe (FIFO), not a file; nothing is read from it"
    assert message == f"{tmp_path / 'story.md'}:3: photo kim.jpg: {fifo_text}"
    assert workspace.photos.search() == []


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_dev_zero_as_a_photo_fills_nothing(workspace, tmp_path, data_dir):
    outcome = _within(10, lambda: workspace.photos.import_file(Path("/dev/zero")))
    assert str(outcome.error) == "/dev/zero: is a device, not a file; nothing is read from it"
    incoming = data_dir / "photos" / ".incoming"
    assert not incoming.exists() or list(incoming.iterdir()) == []


def test_a_directory_as_a_photo(workspace, tmp_path):
    (tmp_path / "images").mkdir()
    message = _error(workspace, _with_photo(tmp_path, "images"))
    assert message.endswith(":3: photo images: is a folder, not a photo")


def test_a_photo_over_the_size_cap(workspace, tmp_path, monkeypatch):
    from workstation.services.media import storage

    camera_jpeg(tmp_path / "kim.jpg")
    monkeypatch.setattr(storage, "MAX_PHOTO_BYTES", 100)
    message = _error(workspace, _with_photo(tmp_path, "kim.jpg"))
    assert ":3: photo kim.jpg: is " in message
    assert "a photo may be at most 100 bytes" in message


def test_a_nul_in_a_photo_path_is_named_by_line_and_field():
    with pytest.raises(ImportFileError) as info:
        parse_markdown('---\nheadline: H\nphoto: {file: "kim\\0.jpg"}\n---\n', "in.md")
    assert (
        str(info.value)
        == "in.md:3: photo: the file name contains a control character (a NUL or an escape); no file has it"
    )


# -- what a file may hold ----------------------------------------------------------------------


def test_a_lone_surrogate_nul_and_escape_codes_are_cleaned_with_a_warning():
    text = '---\nheadline: "\\ud800Kim\\0 \\e[31mred"\ntags: ["a\\ud800", b]\n---\n\nBody \x1b[2J here\n'
    parsed = parse_markdown(text, "in.md")
    assert parsed.content.headline == "Kim [31mred"
    assert parsed.content.tags == ("a", "b")
    assert parsed.content.body == "Body [2J here"
    assert parsed.warnings == (
        "in.md:2: headline: removed 3 control characters (NUL, terminal escapes or invalid text)",
        "in.md:3: tags: removed 1 control character (NUL, terminal escapes or invalid text)",
        "in.md:6: body: removed 1 control character (NUL, terminal escapes or invalid text)",
    )


def test_a_surrogate_pair_escape_is_the_character_it_means():
    parsed = parse_markdown('---\nheadline: "Smile \\ud83d\\ude00"\n---\n', "in.md")
    assert parsed.content.headline == "Smile \U0001f600"
    assert parsed.warnings == ()


def test_the_cli_reports_the_cleaning_and_never_prints_an_escape_code(cli, tmp_path, data_dir):
    path = tmp_path / "in.md"
    path.write_text('---\nheadline: "\\ud800Red \\e[31malert"\n---\nBody\n', encoding="utf-8")
    code, out, err = cli("import", str(path))
    assert code == 0
    assert f"workstation: warning: {path}:2: headline: removed 2 control characters" in err
    assert "\x1b" not in out + err
    assert out == f"Imported {path} as article 1: Red [31malert\n"
    # A store an older version filled with escape codes: shown, not obeyed.
    import sqlite3

    from workstation.store.database import DB_FILENAME

    with sqlite3.connect(data_dir / DB_FILENAME) as db:
        db.execute(
            "UPDATE articles SET headline = ?, body = ? WHERE id = 1", ("\x1b]0;pwned\x07Hi", "a\x1b[2Jb")
        )
    db.close()
    code, out, err = cli("list")
    assert code == 0
    assert "\x1b" not in out
    assert "\\x1b]0;pwned\\x07Hi" in out
    code, out, err = cli("show", "1")
    assert code == 0
    assert "\x1b" not in out
    assert "a\\x1b[2Jb" in out


@pytest.mark.parametrize(
    "published",
    ["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:00-01:00", "0001-01-01T00:00:00Z"],
)
def test_a_date_outside_the_representable_range_is_refused_by_field(published):
    with pytest.raises(ImportFileError) as info:
        parse_markdown(f"---\nheadline: H\npublished: {published}\n---\n", "in.md")
    assert str(info.value) == (
        f"in.md:3: published: '{published}' is outside the dates that can be stored (years 1 to 9999)"
    )


def test_yaml_nested_thousands_deep_is_refused_with_a_sentence():
    deep = "[" * 5000 + "]" * 5000
    with pytest.raises(ImportFileError) as info:
        parse_markdown(f"---\nheadline: H\ntags: {deep}\n---\n", "in.md")
    assert str(info.value).startswith("in.md:3: front matter is nested more than 3 levels deep")
    indented = "".join(f"{'  ' * i}k{i}:\n" for i in range(3000))
    with pytest.raises(ImportFileError, match="nested more than 3 levels"):
        parse_markdown(f"---\nphoto:\n{indented}---\n", "in.md")


def test_one_level_too_deep_is_still_named_by_field():
    with pytest.raises(ImportFileError, match=r"in\.md:2: tags: must be a list of names"):
        parse_markdown("---\ntags: [[a]]\n---\n", "in.md")


@pytest.mark.parametrize("language", ["not a lang!!", "e", "1.0", "en-", "~"])
def test_language_must_be_a_bcp47_tag(language):
    with pytest.raises(ImportFileError) as info:
        parse_markdown(f"---\nheadline: H\nlanguage: '{language}'\n---\n", "in.md")
    assert str(info.value).startswith(f"in.md:3: language: '{language}' is not a language tag (BCP 47)")


@pytest.mark.parametrize("language", ["en", "sv-SE", "zh-Hant-TW", "sr-Latn", "de-CH-1901", "x-house"])
def test_well_formed_language_tags_are_kept(language):
    assert parse_markdown(f"---\nlanguage: {language}\n---\n", "in.md").content.language == language


def test_tags_per_article_are_capped():
    ArticleChanges.from_fields({"tags": [f"t{i}" for i in range(MAX_TAGS)]})
    with pytest.raises(ValidationError, match=r"tags: at most 100 tags per article \(this has 101\)"):
        ArticleChanges.from_fields({"tags": [f"t{i}" for i in range(MAX_TAGS + 1)]})
    with pytest.raises(ImportFileError, match=r"in\.md:2: tags: at most 100 tags"):
        parse_markdown("---\ntags: [" + ", ".join(f"t{i}" for i in range(500)) + "]\n---\n", "in.md")


def test_a_png_text_chunk_over_pillows_limit_is_reported(workspace, tmp_path):
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "x" * (PngImagePlugin.MAX_TEXT_CHUNK + 10), zip=True)
    Image.new("RGB", (10, 10), "red").save(tmp_path / "big.png", pnginfo=info)
    message = _error(workspace, _with_photo(tmp_path, "big.png"))
    assert message.endswith(
        ":3: photo big.png: a text block in the PNG (its metadata) is larger than the 1 MB that is "
        "read safely; save the image again without its metadata"
    )


# -- batches, duplicates and photos from elsewhere -------------------------------------------


def _story(folder: Path, name: str, headline: str, extra: str = "") -> Path:
    path = folder / name
    path.write_text(f"---\nheadline: {headline}\n{extra}---\nBody of {headline}\n", encoding="utf-8")
    return path


def test_a_batch_reports_each_file_as_it_finishes_and_keeps_going(workspace, tmp_path):
    one = _story(tmp_path, "one.md", "One")
    bad = _story(tmp_path, "bad.md", "Bad", "published: 9999-12-31T23:59:00-01:00\n")
    two = _story(tmp_path, "two.md", "Two")
    heard: list[tuple[str, int]] = []

    def on_outcome(outcome) -> None:  # what is stored when each outcome is heard
        heard.append((outcome.path.name, len(workspace.articles.list())))

    outcomes = workspace.importer.import_files([one, bad, two], on_outcome)
    assert heard == [("one.md", 1), ("bad.md", 1), ("two.md", 2)]
    assert [o.article is not None for o in outcomes] == [True, False, True]


def test_an_identical_file_already_imported_is_skipped(workspace, tmp_path, cli):
    one = _story(tmp_path, "one.md", "One")
    first = workspace.importer.import_file(one)
    copy = tmp_path / "copy-of-one.md"
    copy.write_bytes(one.read_bytes())
    again = workspace.importer.import_files([one, copy])
    assert [(o.already, o.article.id) for o in again] == [(True, first.article.id)] * 2
    assert len(workspace.articles.list()) == 1
    workspace.articles.trash([first.article.id])
    code, out, err = cli("import", str(one), str(_story(tmp_path, "new.md", "New")))
    assert code == 0
    assert out.splitlines() == [
        f"Already imported {one} as article {first.article.id} (in the trash): One",
        f"Imported {tmp_path / 'new.md'} as article 2: New",
    ]
    assert err.splitlines()[-1] == "workstation: 2 files: 1 imported, 1 already imported"


def test_the_cli_batch_ends_with_a_tally_after_a_bad_file(cli, tmp_path):
    fifo_free = [_story(tmp_path, "a.md", "A"), tmp_path / "missing.md", _story(tmp_path, "b.md", "B")]
    code, out, err = cli("import", *map(str, fifo_free))
    assert code == 2
    assert [line.split(" as ")[0] for line in out.splitlines()] == [
        f"Imported {fifo_free[0]}",
        f"Imported {fifo_free[2]}",
    ]
    assert err.splitlines() == [
        f"workstation: error: {tmp_path / 'missing.md'}: no such file",
        "workstation: 1 of 3 files not imported (2 imported, 0 already imported)",
    ]


def test_reimporting_an_export_stores_no_second_copy_of_its_photos(workspace, tmp_path, cli):
    camera_jpeg(tmp_path / "kim.jpg")
    source = tmp_path / "story.md"
    source.write_text(
        "---\nheadline: Kim\nphoto: {file: kim.jpg, credit: TT}\n---\n\n![Kim](kim.jpg)\n", encoding="utf-8"
    )
    article = workspace.importer.import_file(source).article
    assert len(workspace.photos.search()) == 1
    out_dir = tmp_path / "export"
    out_dir.mkdir()
    code, _, err = cli("export", str(article.id), "--format", "markdown", "-o", str(out_dir / "kim.md"))
    assert code == 0, err
    assert len(list((out_dir / "images").iterdir())) == 1
    back = workspace.importer.import_file(out_dir / "kim.md")
    assert back.error is None
    assert back.article.id != article.id  # the export's text differs from the source: a new article
    assert len(workspace.photos.search()) == 1  # but its photo is the stored one
    featured = workspace.photos.featured(back.article.id)
    assert featured is not None
    assert featured.sha256 == workspace.photos.search()[0].sha256


def test_a_photo_outside_the_markdown_folder_needs_allow_outside(workspace, tmp_path, cli):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    camera_jpeg(elsewhere / "secret.jpg")
    story_dir = tmp_path / "story"
    story_dir.mkdir()
    for target in (str(elsewhere / "secret.jpg"), "../elsewhere/secret.jpg"):
        path = story_dir / "story.md"
        path.write_text(f"---\nheadline: H\n---\n\n![x]({target})\n", encoding="utf-8")
        with pytest.raises(OutsideFolderError) as info:
            workspace.importer.import_file(path)
        assert str(info.value) == (
            f"{path}:5: photo {target}: is outside the folder of the Markdown file; "
            "import with --allow-outside if it should be read"
        )
    assert workspace.photos.search() == []
    code, _, err = cli("import", str(path))
    assert code == 2
    assert "--allow-outside" in err
    code, out, err = cli("import", "--allow-outside", str(path))
    assert code == 0, err
    assert out.startswith(f"Imported {path} as article")


def test_a_printed_export_naming_the_stores_own_photos_imports_again(workspace, tmp_path, cli):
    camera_jpeg(tmp_path / "kim.jpg")
    source = tmp_path / "story.md"
    source.write_text("---\nheadline: Kim\nphoto: kim.jpg\n---\nBody\n", encoding="utf-8")
    article = workspace.importer.import_file(source).article
    code, out, _ = cli("export", str(article.id), "--format", "markdown")
    assert code == 0
    printed = tmp_path / "other" / "printed.md"
    printed.parent.mkdir()
    printed.write_text(out.replace("headline: Kim", "headline: Kim again"), encoding="utf-8")
    back = workspace.importer.import_file(printed)  # the photo's path is in the data dir: allowed
    assert back.error is None
    assert len(workspace.photos.search()) == 1


def test_a_photos_own_metadata_and_a_section_name_are_cleaned_too(workspace, tmp_path):
    path = camera_jpeg(tmp_path / "kim.jpg", iptc={120: "Kim\x1b[31m at a test\x00"})
    outcome = workspace.photos.import_file(path)
    assert outcome.photo is not None
    assert outcome.photo.metadata.caption == "Kim[31m at a test"
    section = workspace.taxonomy.create_section("Sport\x1b]0;x\x07s")
    assert section.name == "Sport]0;xs"


@needs_fifo
def test_a_fifo_in_a_template_folder_is_never_waited_on(tmp_path):
    from workstation.services.rendering.labels import LabelsError, labels_path, template_labels

    fifo = labels_path(tmp_path, "sv")
    assert fifo is not None
    os.mkfifo(fifo)

    def read() -> str:
        try:
            template_labels(tmp_path, "sv")
        except LabelsError as exc:
            return str(exc)
        return "read"

    assert _within(10, read).endswith(
        "cannot be read (is a named pipe (FIFO), not a file; nothing is read from it)"
    )
