"""show --json and export --format json carry the article's photos, every field of each."""

import json
from pathlib import Path

from tests.fakes.photo_images import SECRETS, camera_jpeg


def _article_with_photos(folder: Path) -> Path:
    (folder / "images").mkdir()
    camera_jpeg(folder / "images" / "kim.jpg")
    camera_jpeg(folder / "images" / "drone.jpg", size=(400, 300))
    path = folder / "article.md"
    path.write_text(
        "---\nheadline: Drones\n"
        "photo: {file: images/kim.jpg, caption: Kim at the test, credit: KCNA via AP/TT, alt: Kim,"
        " photographer: Anon, copyright: AP, source: TT}\n"
        "---\n\nText.\n\n![A drone in flight](images/drone.jpg)\n",
        encoding="utf-8",
    )
    return path


def _imported(cli, tmp_path: Path) -> int:
    source = tmp_path / "in"
    source.mkdir()
    code, out, err = cli("import", "--json", str(_article_with_photos(source)))
    assert code == 0, err
    [entry] = json.loads(out)
    return int(entry["id"])


def test_show_json_lists_every_photo_with_every_field(cli, tmp_path):
    article_id = _imported(cli, tmp_path)
    code, out, err = cli("show", str(article_id), "--json")
    assert (code, err) == (0, "")
    kim, drone = json.loads(out)["photos"]
    assert kim["file_name"] == "kim.jpg"
    assert (kim["role"], kim["featured"], kim["order"]) == ("featured", True, 0)
    assert kim["caption"] == "Kim at the test"
    assert (kim["credit"], kim["credit_line"]) == ("KCNA via AP/TT", "Photo: KCNA via AP/TT")
    assert (kim["alt_text"], kim["photographer"]) == ("Kim", "Anon")
    assert (kim["copyright"], kim["source"]) == ("AP", "TT")
    assert len(kim["sha256"]) == 64
    assert (kim["width"], kim["height"], kim["mime"]) == (600, 400, "image/jpeg")
    assert kim["crop"] is None
    assert kim["file"] is None
    assert drone["file_name"] == "drone.jpg"
    assert (drone["role"], drone["featured"], drone["order"]) == ("inline", False, 1)
    assert drone["alt_text"] == "A drone in flight"


def test_a_crop_reaches_the_json(cli, workspace, tmp_path):
    article_id = _imported(cli, tmp_path)
    photo = workspace.photos.for_article(article_id)[0].photo
    from workstation.domain.photo import CropBox

    workspace.photos.set_crop(photo.id, CropBox(10, 20, 300, 200))
    _code, out, _ = cli("show", str(article_id), "--json")
    assert json.loads(out)["photos"][0]["crop"] == {"x": 10, "y": 20, "width": 300, "height": 200}


def test_export_json_to_a_file_writes_the_photos_beside_it(cli, tmp_path):
    article_id = _imported(cli, tmp_path)
    target = tmp_path / "out" / "article.json"
    target.parent.mkdir()
    code, out, err = cli("export", str(article_id), "--format", "json", "-o", str(target))
    assert (code, out, err) == (0, "", "")
    data = json.loads(target.read_text(encoding="utf-8"))
    assert [p["file_name"] for p in data["photos"]] == ["kim.jpg", "drone.jpg"]
    for photo in data["photos"]:
        written = target.parent / photo["file"]
        assert written.is_file()
        assert photo["file"].startswith("images/")
        assert photo["sha256"][:8] in written.name
        assert not any(secret in written.read_bytes() for secret in SECRETS)  # the web rendition
    printed = json.loads(cli("export", str(article_id), "--format", "json")[1])
    assert [p["file"] for p in printed["photos"]] == [None, None]  # nothing written, nothing named


def test_the_markdown_export_carries_every_photo_and_reads_back_the_same(cli, workspace, tmp_path):
    article_id = _imported(cli, tmp_path)
    drone = workspace.photos.for_article(article_id)[1].photo
    workspace.photos.update_fields(drone.id, caption="A drone", credit="TT", copyright="TT 2024")
    camera_jpeg(tmp_path / "spare.jpg", size=(300, 200))
    spare = workspace.photos.import_file(tmp_path / "spare.jpg").photo
    assert spare is not None
    workspace.photos.update_fields(spare.id, caption="Not in the body", credit="AP", alt_text="Spare")
    workspace.photos.attach(article_id, spare.id)
    target = tmp_path / "md" / "article.md"
    target.parent.mkdir()
    assert cli("export", str(article_id), "--format", "markdown", "-o", str(target))[0] == 0
    other = tmp_path / "other-store"
    code, out, err = cli("import", "--json", str(target), "--data-dir", str(other))
    assert code == 0, err
    [entry] = json.loads(out)
    _, shown, _ = cli("show", str(entry["id"]), "--json", "--data-dir", str(other))
    _, before, _ = cli("show", str(article_id), "--json")
    fields = (
        "role",
        "featured",
        "order",
        "caption",
        "credit",
        "alt_text",
        "photographer",
        "copyright",
        "source",
    )
    expected = [{k: p[k] for k in fields} for p in json.loads(before)["photos"]]
    assert [{k: p[k] for k in fields} for p in json.loads(shown)["photos"]] == expected
    assert [p["caption"] for p in expected] == ["Kim at the test", "A drone", "Not in the body"]


def test_no_field_of_an_article_or_photo_is_left_out_of_the_json(cli, tmp_path):
    """A field added to the model later must reach the JSON too, or this fails."""
    from dataclasses import fields

    from workstation.domain.article import ArticleContent
    from workstation.domain.photo import PhotoMetadata

    article_id = _imported(cli, tmp_path)
    data = json.loads(cli("show", str(article_id), "--json")[1])
    names = {"section" if f.name == "section_id" else f.name for f in fields(ArticleContent)}
    assert names <= set(data)
    for photo in data["photos"]:
        assert {f.name for f in fields(PhotoMetadata)} <= set(photo)
