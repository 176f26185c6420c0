"""`workstation import FILE.json`: IPTC ninjs items (the IPTC's and agencies' samples in
tests/data/ninjs, MIT licence there) into a real store, with real photos through Pillow."""

import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from tests.fakes.photo_images import SECRETS, camera_jpeg
from workstation.domain.photo import PhotoRole

NINJS = Path(__file__).resolve().parents[3] / "data" / "ninjs"


def _one_line(err: str, start: str) -> str:
    lines = [line for line in err.splitlines() if line.startswith(start)]
    assert len(lines) == 1, err
    return lines[0]


def _import_json(cli, path: Path, *extra: str) -> tuple[dict[str, Any], str]:
    code, out, err = cli("import", "--json", *extra, str(path))
    assert code == 0, err
    [entry] = json.loads(out)
    return entry, err


def _show(cli, article_id: int) -> dict[str, Any]:
    code, out, err = cli("show", str(article_id), "--json")
    assert code == 0, err
    data: dict[str, Any] = json.loads(out)
    return data


def _write_item(folder: Path, item: dict[str, Any], name: str = "item.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(item, ensure_ascii=False), encoding="utf-8")
    return path


# -- the sample items --------------------------------------------------------------------------


def test_the_ninjs_2_2_example_imports_its_html_body_as_paragraphs(cli):
    entry, err = _import_json(cli, NINJS / "004_simple_text_article.json")
    article = _show(cli, entry["id"])
    assert article["headline"] == "Captain of wrecked cruise ship on trial in Italy"
    assert article["byline"] == "Paulo Santalucia and Frances d'Emilio"
    paragraphs = article["body"].split("\n\n")
    assert len(paragraphs) == 4  # the body_xhtml one, not the single-line text/plain
    assert paragraphs[0].startswith("GROSSETO, Italy (AP) -- The trial")
    assert "<p>" not in article["body"]
    assert article["status"] == "draft"
    assert article["photos"] == []
    note = _one_line(err, "workstation: note:")
    assert "uri http://ninjs.example.com/newsitems/20130709simp123" in note
    assert "versioncreated 2013-07-09T10:37:00+00:00" in note


def test_the_complex_example_keeps_its_copyright_as_the_source_note(cli):
    entry, _ = _import_json(cli, NINJS / "005_complex_text_article.json")
    article = _show(cli, entry["id"])
    assert article["source_note"] == "Copyright 2013 The News Agency, www.tna.org - all rights reserved."
    assert article["language"] == "en"


def test_the_dpa_item_gives_the_agency_language_and_body(cli):
    entry, _ = _import_json(cli, NINJS / "dpa_text.json")
    article = _show(cli, entry["id"])
    assert article["headline"] == "Faktencheck Derby-Elfmeter: Hat Schiedsrichter Zwayer recht?"
    assert article["language"] == "de"
    assert article["source_note"] == "Source: dpa. Copyright 2019, dpa (www.dpa.de). Alle Rechte vorbehalten"
    assert article["body"].startswith("Für Lucien Favre war es «der größte Skandal im Fußball seit Jahren».")
    assert article["body"].count("\n\n") >= 8


def test_the_ntb_item_gives_standfirst_tags_and_says_it_has_no_body(cli):
    entry, err = _import_json(cli, NINJS / "ntb_text.json")
    article = _show(cli, entry["id"])
    assert article["headline"] == "Google har kjøpt giganttomt i Skien"
    assert article["standfirst"].startswith("IT-giganten Google har kjøpt en tomt")
    assert (article["byline"], article["language"], article["source_note"]) == (
        "NTB",
        "nb-NO",
        "Source: NTB.",
    )
    assert article["tags"] == ["Innenriks", "Teknologi", "Industri", "Olje og energi"]
    assert article["section"] is None
    assert "bodies: the item has no body" in _one_line(err, "workstation: warning:")
    note = _one_line(err, "workstation: note:")
    assert "slugline skien-google" in note
    assert "version 6" in note


def test_the_items_identity_is_kept_in_the_import_revisions_note(cli, workspace):
    entry, _ = _import_json(cli, NINJS / "ntb_text.json")
    [revision] = workspace.articles.revisions(entry["id"])
    assert revision.note == (
        "Imported from ninjs (NTB): uri urn:8d19cf88-b3ab-4972-8fec-1207599f2872, version 6, "
        "firstcreated 2019-08-09T09:30:04+00:00, versioncreated 2019-08-09T09:46:53+00:00, "
        "pubstatus usable, urgency 5, slugline skien-google"
    )


def test_the_same_item_twice_is_imported_once(cli):
    first, _ = _import_json(cli, NINJS / "dpa_text.json")
    again, _ = _import_json(cli, NINJS / "dpa_text.json")
    assert again == {"file": str(NINJS / "dpa_text.json"), "id": first["id"], "already": True}


# -- sections and tags through the editor's mapping -------------------------------------------


def test_a_mapping_file_is_written_for_the_editor_and_read_on_every_import(cli, data_dir):
    _import_json(cli, NINJS / "004_simple_text_article.json")
    mapping = data_dir / "ninjs-mapping.json"
    assert json.loads(mapping.read_text(encoding="utf-8"))["sections"] == {}
    mapping.write_text(json.dumps({"sections": {"13010000": "Business/Tech"}}), encoding="utf-8")
    entry, err = _import_json(cli, NINJS / "ntb_text.json")
    article = _show(cli, entry["id"])
    assert article["section"]["path"] == "Business/Tech"
    assert "Teknologi" not in article["tags"]  # mapped to the section, not a tag
    assert "created section 'Business/Tech'" in err


def test_genres_map_before_subjects_and_media_topic_uris_match_their_qcode(cli, data_dir, tmp_path):
    (data_dir / "ninjs-mapping.json").write_text(
        json.dumps({"sections": {"medtop:15054000": "Sports/Soccer", "Inrikes": "Sweden"}}), encoding="utf-8"
    )
    item = {
        "uri": "urn:tt:1",
        "headlines": [{"role": "main", "value": "Derby"}],
        "bodies": [{"role": "text", "contenttype": "text/plain", "value": "Line one.\nLine two."}],
        "genres": [{"name": "Sport", "uri": "http://cv.iptc.org/newscodes/mediatopic/15054000"}],
        "subjects": [{"name": "Inrikes", "literal": "x"}, {"name": "Fotboll"}],
    }
    entry, _ = _import_json(cli, _write_item(tmp_path, item))
    article = _show(cli, entry["id"])
    assert article["section"]["path"] == "Sports/Soccer"
    assert article["tags"] == ["Fotboll"]
    assert article["body"] == "Line one.\n\nLine two."  # wire copy: a paragraph a line


def test_a_genre_named_like_an_existing_section_is_that_section(cli, workspace, tmp_path):
    workspace.taxonomy.resolve_section("Living", create=True)
    item = {"uri": "urn:tt:2", "headline": "Gardens", "body_text": "Text.", "genre": [{"name": "Living"}]}
    entry, _ = _import_json(cli, _write_item(tmp_path, item))
    assert _show(cli, entry["id"])["section"]["name"] == "Living"


def test_a_ninjs_1_subject_maps_by_its_scheme_and_code(cli, data_dir, tmp_path):
    (data_dir / "ninjs-mapping.json").write_text(
        '{"sections": {"MEDTOP:11000000": "Politics"}}', encoding="utf-8"
    )
    item = {
        "uri": "urn:old:2",
        "headline": "Vote",
        "subject": [{"name": "Politik", "code": "11000000", "scheme": "medtop"}],
    }
    entry, _ = _import_json(cli, _write_item(tmp_path, item))
    article = _show(cli, entry["id"])
    assert (article["section"]["name"], article["tags"]) == ("Politics", [])


def test_a_broken_mapping_file_is_named(cli, data_dir):
    (data_dir / "ninjs-mapping.json").write_text('{"sections": {"a": 1}}', encoding="utf-8")
    code, _, err = cli("import", str(NINJS / "dpa_text.json"))
    assert code == 2
    assert f"{data_dir / 'ninjs-mapping.json'}: sections: must map codes or names" in err


# -- ninjs 1.x --------------------------------------------------------------------------------


def test_a_ninjs_1_item_with_its_old_field_names(cli, tmp_path):
    item = {
        "uri": "urn:agency:1",
        "version": 3,
        "headline": "Old style",
        "description_text": "The lead.",
        "body_html": "<p>One <b>bold</b>.</p><script>alert(1)</script><style>p{}</style><p>Two.</p>",
        "byline": "AP",
        "subject": [{"name": "Politics", "code": "11000000", "scheme": "medtop"}],
        "embargoed": "2030-01-01T00:00:00Z",
        "pubstatus": "withheld",
    }
    entry, err = _import_json(cli, _write_item(tmp_path, item))
    article = _show(cli, entry["id"])
    assert (article["headline"], article["standfirst"], article["byline"]) == ("Old style", "The lead.", "AP")
    assert article["body"] == "One **bold**.\n\nTwo."
    assert article["tags"] == ["Politics"]
    assert "under embargo until 2030-01-01T00:00:00+00:00" in err
    assert "pubstatus: the agency marked this item 'withheld'" in err
    assert "version 3" in err


# -- pictures -----------------------------------------------------------------------------------


def _picture_item(folder: Path, renditions: list[dict[str, Any]], **extra: object) -> Path:
    item = {
        "uri": "urn:tt:pic",
        "headlines": [{"role": "main", "value": "Kim Jong-Un Orders Mass Production of Drones"}],
        "bodies": [{"role": "html5", "contenttype": "text/html", "value": "<p>North Korea's dictator.</p>"}],
        "associations": [
            {
                "name": "featureimage",
                "type": "picture",
                "uri": "urn:tt:photo:1",
                "by": "KCNA via AP/TT",
                "copyrightholder": "AP",
                "descriptions": [
                    {"role": "caption", "value": "Kim Jong-Un inspects drones."},
                    {"role": "alt", "value": "Kim Jong-Un beside a drone"},
                ],
                "renditions": renditions,
            },
            {"name": "related", "type": "text", "uri": "urn:tt:other"},
        ],
        **extra,
    }
    return _write_item(folder, item)


def test_a_picture_beside_the_item_is_imported_scrubbed_and_featured(cli, workspace, tmp_path):
    camera_jpeg(tmp_path / "kim.jpg", size=(800, 600))
    camera_jpeg(tmp_path / "kim-small.jpg", size=(200, 150))
    path = _picture_item(
        tmp_path,
        [
            {
                "name": "thumbnail",
                "href": "kim-small.jpg",
                "contenttype": "image/jpeg",
                "width": 200,
                "height": 150,
            },
            {"name": "original", "href": "kim.jpg", "contenttype": "image/jpeg", "width": 800, "height": 600},
            {"name": "web", "href": "https://tt.example/kim.jpg", "contenttype": "image/jpeg"},
        ],
    )
    entry, err = _import_json(cli, path)
    [photo] = _show(cli, entry["id"])["photos"]
    assert photo["file_name"] == "kim.jpg"  # the largest local rendition
    assert (photo["role"], photo["featured"]) == ("featured", True)
    assert photo["caption"] == "Kim Jong-Un inspects drones."
    assert photo["credit"] == "KCNA via AP/TT"
    assert photo["alt_text"] == "Kim Jong-Un beside a drone"
    assert (photo["copyright"], photo["source"]) == ("AP", "AP")
    # The remote rendition is recorded, not fetched, and says so.
    assert entry["remote_renditions"] == [
        {
            "picture": "featureimage",
            "href": "https://tt.example/kim.jpg",
            "credit": "KCNA via AP/TT",
            "caption": "Kim Jong-Un inspects drones.",
        }
    ]
    assert "remote rendition https://tt.example/kim.jpg recorded, not fetched" in err
    [revision] = workspace.articles.revisions(entry["id"])
    assert revision.note.endswith("Remote renditions, not fetched: featureimage https://tt.example/kim.jpg")
    assert "associations: related (text) is not a picture" in err
    # The privacy scrub: what leaves the machine has no GPS or camera secrets.
    stored = workspace.photos.for_article(entry["id"])[0]
    assert stored.role is PhotoRole.FEATURED
    web = workspace.photos.web_bytes(stored.photo)
    assert all(secret not in web for secret in SECRETS)
    assert "exif" not in Image.open(io.BytesIO(web)).info


def test_only_remote_renditions_never_block_the_import(cli, tmp_path):
    path = _picture_item(tmp_path, [{"href": "https://tt.example/kim.jpg", "contenttype": "image/jpeg"}])
    entry, _ = _import_json(cli, path)
    assert _show(cli, entry["id"])["photos"] == []
    assert [r["href"] for r in entry["remote_renditions"]] == ["https://tt.example/kim.jpg"]


def test_a_rendition_outside_the_items_folder_is_refused(cli, tmp_path):
    camera_jpeg(tmp_path / "outside.jpg")
    folder = tmp_path / "item"
    folder.mkdir()
    path = _picture_item(folder, [{"href": "../outside.jpg", "contenttype": "image/jpeg"}])
    entry, err = _import_json(cli, path)
    assert _show(cli, entry["id"])["photos"] == []
    assert f"{path}: picture featureimage: rendition ../outside.jpg is outside the item's folder" in err
    again, _ = _import_json(
        cli, _picture_item(folder, [{"href": "../outside.jpg"}], version="2"), "--allow-outside"
    )
    assert [p["file_name"] for p in _show(cli, again["id"])["photos"]] == ["outside.jpg"]


def test_a_picture_that_fails_the_photo_pipeline_is_left_out_and_named(cli, tmp_path):
    (tmp_path / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a JPEG")
    path = _picture_item(tmp_path, [{"href": "broken.jpg", "contenttype": "image/jpeg"}])
    entry, err = _import_json(cli, path)
    article = _show(cli, entry["id"])
    assert article["headline"] == "Kim Jong-Un Orders Mass Production of Drones"
    assert article["photos"] == []
    assert f"{path}: picture featureimage:" in err
    assert "imported without it" in err


def test_a_ninjs_1_picture_with_renditions_keyed_by_name(cli, tmp_path):
    camera_jpeg(tmp_path / "pic.jpg")
    item = {
        "uri": "urn:old:pic",
        "headline": "With a picture",
        "body_text": "Text.",
        "associations": {
            "main": {
                "type": "picture",
                "byline": "Jane Doe",
                "creditline": "Jane Doe/TT",
                "description_text": "A caption.",
                "renditions": {
                    "original": {"href": "file://" + str(tmp_path / "pic.jpg"), "mimetype": "image/jpeg"}
                },
            }
        },
    }
    entry, _ = _import_json(cli, _write_item(tmp_path, item))
    [photo] = _show(cli, entry["id"])["photos"]
    assert (photo["credit"], photo["photographer"], photo["caption"]) == (
        "Jane Doe/TT",
        "Jane Doe",
        "A caption.",
    )


# -- bad input: one line naming the file and the field, never a traceback ----------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"uri": "x", "headline": }', ":1: not valid JSON: Expecting value (column 26)"),
        (b"[1, 2]", ": not a ninjs item: the JSON is a list, not an object"),
        (b'{"headline": "No uri"}', ": uri: missing; every ninjs item has one"),
        (b'{"uri": "x", "headlines": [{"value": 3}]}', ": headlines[0].value: must be text, not a number"),
        (b'{"uri": "x", "headlines": "Title"}', ": headlines: must be a list of objects, not text"),
        (b'{"uri": "x", "subjects": [{"name": ["a"]}]}', ": subjects[0].name: must be text, not a list"),
        (
            b'{"uri": "x", "versioncreated": "yesterday"}',
            ": versioncreated: 'yesterday' is not a date and time",
        ),
        (
            b'{"uri": "x", "headline": "H", "language": "not a language"}',
            ": language: 'not a language' is not a language tag",
        ),
        (b'{"uri": "x"}', ": headlines, bodies: the item has no headline and no text to import"),
        (
            b'{"uri": "x", "bodies": [{"contenttype": "application/pdf", "value": "%PDF"}]}',
            ": bodies[0].contenttype: 'application/pdf' is not a body that can be imported",
        ),
        (b'{"uri": "x", "headline": "caf\xe9"}', ":1: not UTF-8 text (byte 0xe9)"),
        (b"[" * 100_000 + b"]" * 100_000, ": the JSON is nested too deeply to be a ninjs item"),
    ],
)
def test_bad_items_get_one_line_naming_the_file_and_field(cli, tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    code, out, err = cli("import", str(path))
    assert (code, out) == (2, "")
    line = _one_line(err, "workstation: error:")
    assert line.startswith(f"workstation: error: {path}{message}"), line
    assert "Traceback" not in err


def test_a_huge_file_is_refused_before_it_is_read(cli, tmp_path):
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    code, _, err = cli("import", str(path))
    assert code == 2
    assert f"{path}: is 50.0 MB; a ninjs file may be at most 16.0 MB" in err


def test_json_is_detected_by_its_content_whatever_its_name(cli, tmp_path):
    path = tmp_path / "item.txt"
    shutil.copy(NINJS / "004_simple_text_article.json", path)
    entry, _ = _import_json(cli, path)
    assert _show(cli, entry["id"])["headline"] == "Captain of wrecked cruise ship on trial in Italy"


def test_control_characters_are_removed_and_reported(cli, tmp_path):
    item = {"uri": "urn:x", "headline": "Bad\x1b[31m red", "body_text": "Text\x00."}
    entry, err = _import_json(cli, _write_item(tmp_path, item))
    article = _show(cli, entry["id"])
    assert (article["headline"], article["body"]) == ("Bad[31m red", "Text.")
    assert "removed 2 control characters" in _one_line(err, "workstation: warning:")
