"""Markdown import and export with photos: front matter `photo:`, local images in the body."""

import io
from pathlib import Path

import pytest
from PIL import Image

from tests.fakes.photo_images import SECRETS, camera_jpeg
from workstation.cli import build_parser, run_command
from workstation.domain.photo import PhotoRole
from workstation.domain.photo_refs import find_local_images, find_photo_refs
from workstation.services.formats.front_matter import ImportFileError, parse_markdown
from workstation.services.workspace import Workspace


def _article_md(folder: Path, body: str = "", photo: str | None = None, name: str = "article.md") -> Path:
    header = "---\nheadline: Kim Orders Drones\nbyline: TT\n"
    if photo is not None:
        header += photo
    path = folder / name
    path.write_text(f"{header}---\n\nFirst paragraph.\n\n{body}\n", encoding="utf-8")
    return path


def _photos_folder(tmp_path: Path) -> Path:
    images = tmp_path / "images"
    images.mkdir()
    camera_jpeg(images / "kim.jpg", (600, 400))
    camera_jpeg(images / "drone.jpg", (500, 400), gps=False)
    return images


def _files(data_dir: Path) -> list[Path]:
    return sorted(p for sub in ("photos", "renditions") for p in (data_dir / sub).rglob("*") if p.is_file())


# -- parsing ---------------------------------------------------------------------------------


def test_front_matter_photo_forms():
    parsed = parse_markdown("---\nphoto: images/kim.jpg\n---\nBody", "a.md")
    assert parsed.photo is not None
    assert parsed.photo.file == "images/kim.jpg"
    parsed = parse_markdown(
        "---\nphoto:\n  file: kim.jpg\n  credit: KCNA via AP/TT\n  alt: Kim\n---\nBody", "a.md"
    )
    assert parsed.photo is not None
    assert (parsed.photo.file, parsed.photo.fields) == ("kim.jpg", {"credit": "KCNA via AP/TT", "alt": "Kim"})


def test_bad_front_matter_photos_name_the_line():
    for header, message in (
        ("photo: {credit: TT}", "give the photo's file"),
        ("photo: {file: a.jpg, gps: yes}", "unknown key 'gps'"),
        ("photo: [a.jpg]", "must be a file name or a mapping"),
        ("photo: {file: a.jpg, credit: [a, b]}", "every value must be text"),
    ):
        with pytest.raises(ImportFileError) as caught:
            parse_markdown(f"---\nheadline: x\n{header}\n---\nBody", "a.md")
        assert str(caught.value).startswith("a.md:3: photo: "), str(caught.value)
        assert message in str(caught.value), str(caught.value)


def test_local_images_are_found_but_not_urls_or_code():
    body = (
        '![a](images/x.jpg) ![b](<my photos/y.png> "t") ![c](https://example.com/z.jpg)\n'
        "![d](data:image/png;base64,AAAA) ![e](photo:abcdef12) `![f](g.jpg)`\n![h](/abs/h.jpg)"
    )
    assert [(i.alt, i.target, i.line) for i in find_local_images(body)] == [
        ("a", "images/x.jpg", 1),
        ("b", "my photos/y.png", 1),
        ("h", "/abs/h.jpg", 3),
    ]


# -- import ----------------------------------------------------------------------------------


def test_import_stores_the_featured_and_inline_photos(workspace, tmp_path):
    _photos_folder(tmp_path)
    md = _article_md(
        tmp_path,
        body="![A drone over the sea](images/drone.jpg)\n\nMore text.",
        photo="photo: {file: images/kim.jpg, caption: Kim at the test, credit: KCNA via AP/TT, alt: Kim}\n",
    )
    (outcome,) = workspace.importer.import_files([md])
    assert outcome.error is None, outcome.error
    article = outcome.article
    assert article is not None
    attached = workspace.photos.for_article(article.id)
    assert [(p.photo.original_filename, p.role) for p in attached] == [
        ("kim.jpg", PhotoRole.FEATURED),
        ("drone.jpg", PhotoRole.INLINE),
    ]
    kim, drone = (p.photo for p in attached)
    assert (kim.metadata.caption, kim.metadata.credit, kim.metadata.alt_text) == (
        "Kim at the test",
        "KCNA via AP/TT",
        "Kim",
    )
    assert drone.metadata.alt_text == "A drone over the sea"  # from the image's alt text
    (ref,) = find_photo_refs(article.body)
    assert (ref.ref, ref.alt) == (drone.sha256, "A drone over the sea")
    assert "images/drone.jpg" not in article.body


def test_a_photo_used_twice_is_imported_once(workspace, tmp_path):
    _photos_folder(tmp_path)
    md = _article_md(
        tmp_path, body="![one](images/kim.jpg)\n\n![two](images/kim.jpg)", photo="photo: images/kim.jpg\n"
    )
    (outcome,) = workspace.importer.import_files([md])
    assert outcome.article is not None
    assert [p.role for p in workspace.photos.for_article(outcome.article.id)] == [PhotoRole.FEATURED]
    assert len(find_photo_refs(outcome.article.body)) == 2
    assert len(workspace.photos.search()) == 1


def test_a_failing_photo_imports_nothing_and_names_the_file_line_and_photo(workspace, data_dir, tmp_path):
    _photos_folder(tmp_path)
    (tmp_path / "images" / "broken.jpg").write_bytes(b"")
    md = _article_md(
        tmp_path,
        body="![ok](images/drone.jpg)\n\n![bad](images/broken.jpg)",
        photo="photo: {file: images/kim.jpg, credit: TT}\n",
    )
    good = _article_md(tmp_path, name="other.md")
    bad_outcome, good_outcome = workspace.importer.import_files([md, good])
    # The body starts on line 7 ("First paragraph."); the broken image is on its fifth line.
    assert str(bad_outcome.error) == f"{md}:11: photo images/broken.jpg: the file is empty (0 bytes)"
    assert good_outcome.article is not None  # the rest of the batch still imports
    assert workspace.articles.count() == 1
    assert workspace.photos.search() == []  # kim.jpg and drone.jpg were taken out again
    assert _files(data_dir) == []


def test_a_missing_featured_photo_names_the_front_matter_line(workspace, tmp_path):
    md = _article_md(tmp_path, photo="photo: {file: nowhere.jpg}\n")
    (outcome,) = workspace.importer.import_files([md])
    assert str(outcome.error).startswith(f"{md}:4: photo nowhere.jpg: no such file")
    assert workspace.articles.count() == 0


def test_a_photo_already_in_the_library_stays_when_the_article_fails(workspace, tmp_path):
    images = _photos_folder(tmp_path)
    (kept,) = workspace.photos.import_files([images / "kim.jpg"])
    md = _article_md(tmp_path, body="![x](images/missing.jpg)", photo="photo: images/kim.jpg\n")
    (outcome,) = workspace.importer.import_files([md])
    assert outcome.error is not None
    assert [p.id for p in workspace.photos.search()] == [kept.photo.id]


# -- export ----------------------------------------------------------------------------------


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_command(build_parser().parse_args(list(argv)), out, err)
    return code, out.getvalue(), err.getvalue()


def _imported_article(workspace: Workspace, tmp_path: Path) -> int:
    _photos_folder(tmp_path)
    md = _article_md(
        tmp_path,
        body="![A drone](images/drone.jpg)",
        photo="photo: {file: images/kim.jpg, caption: Kim, credit: KCNA via AP/TT, alt: Kim Jong-Un}\n",
    )
    (outcome,) = workspace.importer.import_files([md])
    assert outcome.article is not None
    return outcome.article.id


def test_export_to_a_file_writes_clean_photos_beside_it_and_reads_back(workspace, data_dir, tmp_path):
    article_id = _imported_article(workspace, tmp_path)
    workspace.close()
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, _, err = _run(
        "export",
        str(article_id),
        "--format",
        "markdown",
        "-o",
        str(out_dir / "kim.md"),
        "--data-dir",
        str(data_dir),
    )
    assert code == 0, err
    text = (out_dir / "kim.md").read_text(encoding="utf-8")
    images = sorted(p.name for p in (out_dir / "images").iterdir())
    assert len(images) == 2
    assert all(name.endswith(".jpg") for name in images)
    assert "photo:\n  file: images/kim-" in text
    assert "credit: KCNA via AP/TT" in text
    assert "![A drone](images/drone-" in text
    for image in (out_dir / "images").iterdir():
        data = image.read_bytes()
        assert all(secret not in data for secret in SECRETS)
        assert "exif" not in Image.open(io.BytesIO(data)).info  # no GPS
    # And it imports again: same text, the photos as renditions (new files, same metadata).
    parsed = parse_markdown(text, "kim.md")
    assert parsed.photo is not None
    assert parsed.photo.fields["alt"] == "Kim Jong-Un"
    code, _, err = _run("import", str(out_dir / "kim.md"), "--data-dir", str(tmp_path / "other-store"))
    assert code == 0, err


def test_export_to_stdout_names_the_stored_originals(workspace, data_dir, tmp_path):
    article_id = _imported_article(workspace, tmp_path)
    kim, drone = (p.photo for p in workspace.photos.for_article(article_id))
    kim_path, drone_path = workspace.photos.original_path(kim), workspace.photos.original_path(drone)
    workspace.close()
    code, text, err = _run("export", str(article_id), "--format", "markdown", "--data-dir", str(data_dir))
    assert code == 0, err
    assert f"file: {kim_path.resolve()}" in text
    assert f"![A drone]({drone_path.resolve()})" in text
    # Importing it again into the same store finds the same photos.
    again = tmp_path / "again.md"
    again.write_text(text, encoding="utf-8")
    code, _, err = _run("import", str(again), "--data-dir", str(data_dir))
    assert code == 0, err
    from workstation.services.workspace import open_workspace

    ws = open_workspace(data_dir)
    try:
        assert len(ws.photos.search()) == 2
        newest = max(a.id for a in ws.articles.list())
        assert [p.photo.id for p in ws.photos.for_article(newest)] == [kim.id, drone.id]
    finally:
        ws.close()


def test_export_without_photos_is_unchanged(workspace, data_dir, tmp_path):
    from workstation.domain.article import ArticleContent
    from workstation.services.formats.export import article_to_markdown

    article = workspace.articles.create(ArticleContent(headline="Plain", body="Text"))
    workspace.close()
    code, text, _ = _run("export", str(article.id), "--format", "markdown", "--data-dir", str(data_dir))
    assert code == 0
    assert text == article_to_markdown(article)
