"""PhotoService: de-duplication, batches (progress, cancel), an article's photos, the library,
crops and renditions, and cleaning up."""

import io
import os
import time

import pytest
from PIL import Image

from tests.fakes.photo_images import camera_jpeg, gradient, pixel, save
from workstation.domain.article import ArticleContent
from workstation.domain.errors import NotFoundError, ValidationError
from workstation.domain.photo import AspectPreset, CropBox, FocalPoint, PhotoMetadata, PhotoRole
from workstation.domain.photo_refs import photo_markdown
from workstation.services.media.pipeline import RenditionKind
from workstation.store.errors import StoreError
from workstation.store.photo_repository import PhotoRepository


def _files(data_dir):
    return sorted(p for sub in ("photos", "renditions") for p in (data_dir / sub).rglob("*") if p.is_file())


def _photo(workspace, tmp_path, name="kim.jpg", size=(600, 400), **options):
    (outcome,) = workspace.photos.import_files([camera_jpeg(tmp_path / name, size, **options)])
    assert outcome.photo is not None, outcome.error
    return outcome.photo


def _distinct(tmp_path, count):
    paths = []
    for i in range(count):
        image = Image.new("RGB", (40, 30), (i * 20 % 256, 100, 200))
        paths.append(save(image, tmp_path / f"p{i}.png", "PNG"))
    return paths


# -- importing -------------------------------------------------------------------------------


def test_the_same_bytes_are_stored_once(workspace, data_dir, tmp_path):
    source = camera_jpeg(tmp_path / "kim.jpg")
    copy = tmp_path / "copy-of-kim.jpg"
    copy.write_bytes(source.read_bytes())
    first, second = workspace.photos.import_files([source, copy])
    assert (first.existing, second.existing) == (False, True)
    assert first.photo == second.photo
    assert len(workspace.photos.search()) == 1
    originals = [p for p in _files(data_dir) if p.parts[-3] == "photos"]
    assert len(originals) == 1
    assert not list((data_dir / "photos" / ".incoming").iterdir())


def test_reimporting_restores_a_lost_original(workspace, tmp_path):
    photo = _photo(workspace, tmp_path)
    workspace.photos.original_path(photo).unlink()
    (outcome,) = workspace.photos.import_files([tmp_path / "kim.jpg"])
    assert outcome.existing
    assert workspace.photos.original_path(photo).read_bytes() == (tmp_path / "kim.jpg").read_bytes()


def test_progress_is_reported_after_each_file(workspace, tmp_path):
    paths = _distinct(tmp_path, 3)
    seen = []
    outcomes = workspace.photos.import_files(paths, progress=lambda d, t, p: seen.append((d, t, p.name)))
    assert all(o.ok for o in outcomes)
    assert seen == [(1, 3, "p0.png"), (2, 3, "p1.png"), (3, 3, "p2.png")]


def test_cancelling_a_batch_keeps_what_was_done_and_stores_nothing_else(workspace, data_dir, tmp_path):
    paths = _distinct(tmp_path, 4)
    done = []
    outcomes = workspace.photos.import_files(
        paths, progress=lambda d, t, p: done.append(d), cancelled=lambda: len(done) >= 2
    )
    assert [(o.ok, o.cancelled) for o in outcomes] == [
        (True, False),
        (True, False),
        (False, True),
        (False, True),
    ]
    assert len(workspace.photos.search()) == 2


def test_cancelling_mid_file_leaves_nothing_of_it(workspace, data_dir, tmp_path):
    checks = iter([False, False, True])  # before the batch, before the file, after decoding
    (outcome,) = workspace.photos.import_files(
        [camera_jpeg(tmp_path / "a.jpg")], cancelled=lambda: next(checks)
    )
    assert outcome.cancelled
    assert not outcome.ok
    assert workspace.photos.search() == []
    assert _files(data_dir) == []


def test_a_store_failure_removes_the_files_it_wrote(workspace, data_dir, tmp_path, monkeypatch):
    def broken(self, new, now):
        raise StoreError("Cannot write the store: disk I/O error")

    monkeypatch.setattr(PhotoRepository, "add", broken)
    (outcome,) = workspace.photos.import_files([camera_jpeg(tmp_path / "a.jpg")])
    assert "disk I/O error" in str(outcome.error)
    assert _files(data_dir) == []


def test_import_runs_on_a_worker_thread(workspace, tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    paths = _distinct(tmp_path, 2)
    with ThreadPoolExecutor(1) as pool:
        outcomes = pool.submit(workspace.photos.import_files, paths).result()
    assert all(o.ok for o in outcomes)


# -- an article's photos ---------------------------------------------------------------------


def test_attach_feature_reorder_and_detach(workspace, tmp_path):
    article = workspace.articles.create(ArticleContent(headline="Drones"))
    a, b, c = (o.photo for o in workspace.photos.import_files(_distinct(tmp_path, 3)))
    for photo in (a, b, c):
        workspace.photos.attach(article.id, photo.id)
    workspace.photos.set_featured(article.id, b.id)
    listed = workspace.photos.for_article(article.id)
    assert [(p.photo.id, p.role) for p in listed] == [
        (b.id, PhotoRole.FEATURED),
        (a.id, PhotoRole.INLINE),
        (c.id, PhotoRole.INLINE),
    ]
    workspace.photos.set_featured(article.id, c.id)  # one featured: b goes back inline
    assert workspace.photos.featured(article.id) == c
    assert [p.role for p in workspace.photos.for_article(article.id)].count(PhotoRole.FEATURED) == 1
    workspace.photos.reorder(article.id, [c.id, b.id, a.id])
    assert [p.photo.id for p in workspace.photos.for_article(article.id)][1:] == [b.id, a.id]
    with pytest.raises(ValidationError):
        workspace.photos.reorder(article.id, [a.id, b.id])
    workspace.photos.detach(article.id, c.id)
    assert workspace.photos.featured(article.id) is None
    workspace.photos.set_featured(article.id, None)
    assert [p.photo.id for p in workspace.photos.for_article(article.id)] == [b.id, a.id]
    with pytest.raises(NotFoundError):
        workspace.photos.detach(article.id, c.id)


def test_a_duplicated_article_keeps_its_photos(workspace, tmp_path):
    article = workspace.articles.create(ArticleContent(headline="Drones"))
    a, b = (o.photo for o in workspace.photos.import_files(_distinct(tmp_path, 2)))
    workspace.photos.attach(article.id, a.id, PhotoRole.FEATURED)
    workspace.photos.attach(article.id, b.id)
    copy = workspace.articles.duplicate(article.id)
    assert [(p.photo.id, p.role) for p in workspace.photos.for_article(copy.id)] == [
        (a.id, PhotoRole.FEATURED),
        (b.id, PhotoRole.INLINE),
    ]


def test_attaching_twice_keeps_one_link(workspace, tmp_path):
    article = workspace.articles.create()
    photo = _photo(workspace, tmp_path)
    workspace.photos.attach(article.id, photo.id)
    workspace.photos.attach(article.id, photo.id, PhotoRole.FEATURED)
    assert [(p.photo.id, p.role) for p in workspace.photos.for_article(article.id)] == [
        (photo.id, PhotoRole.FEATURED)
    ]


def test_attaching_to_a_missing_article_or_photo(workspace, tmp_path):
    photo = _photo(workspace, tmp_path)
    with pytest.raises(NotFoundError, match="article"):
        workspace.photos.attach(999, photo.id)
    with pytest.raises(NotFoundError, match="photo"):
        workspace.photos.attach(workspace.articles.create().id, 999)


def test_where_used_and_removing_unused_photos(workspace, data_dir, tmp_path):
    used, trashed_use, unused = (o.photo for o in workspace.photos.import_files(_distinct(tmp_path, 3)))
    live = workspace.articles.create(ArticleContent(headline="Live"))
    trashed = workspace.articles.create(ArticleContent(headline="Trashed"))
    workspace.photos.attach(live.id, used.id, PhotoRole.FEATURED)
    workspace.photos.attach(trashed.id, trashed_use.id)
    workspace.articles.trash([trashed.id])
    uses = workspace.photos.where_used(used.id)
    assert [(u.article_id, u.headline, u.role, u.trashed) for u in uses] == [
        (live.id, "Live", PhotoRole.FEATURED, False)
    ]
    assert workspace.photos.where_used(trashed_use.id)[0].trashed
    unused_path = workspace.photos.original_path(unused)
    assert unused_path is not None
    stray = data_dir / "photos" / "ff" / ("f" * 64 + ".jpg")  # a file whose row never came
    stray.parent.mkdir()
    stray.write_bytes(b"x")
    recent = data_dir / "photos" / "ff" / ("e" * 64 + ".jpg")  # ... or is an import in progress
    recent.write_bytes(b"x")
    an_hour_ago = time.time() - 7200
    os.utime(stray, (an_hour_ago, an_hour_ago))
    removed = workspace.photos.remove_unused()
    assert [p.id for p in removed] == [unused.id]
    assert not unused_path.exists()
    assert not stray.exists()
    assert recent.exists()
    assert not list((data_dir / "renditions" / unused.sha256[:2]).glob(f"{unused.sha256}*"))
    assert {p.id for p in workspace.photos.search()} == {used.id, trashed_use.id}
    assert workspace.photos.original_path(used) is not None


def test_leftover_temporary_files_are_swept(workspace, data_dir):
    incoming = data_dir / "photos" / ".incoming"
    incoming.mkdir(parents=True)
    old, new = incoming / ".tmp-old", incoming / ".tmp-new"
    old.write_bytes(b"x")
    new.write_bytes(b"x")
    an_hour_ago = time.time() - 7200
    os.utime(old, (an_hour_ago, an_hour_ago))
    workspace.photos.remove_unused()
    assert not old.exists()
    assert new.exists()


# -- the library -----------------------------------------------------------------------------


def test_search_by_caption_credit_photographer_or_file_name(workspace, tmp_path):
    kim = _photo(workspace, tmp_path, "kim.jpg", iptc={110: "KCNA via AP/TT", 120: "Kim at a drone test"})
    other = _photo(workspace, tmp_path, "harbour.jpg", size=(300, 200), iptc={80: "Åsa Lind", 120: "Harbour"})
    assert [p.id for p in workspace.photos.search("kcna")] == [kim.id]
    assert [p.id for p in workspace.photos.search("drone KIM")] == [kim.id]
    assert [p.id for p in workspace.photos.search("Lind")] == [other.id]
    assert [p.id for p in workspace.photos.search("harbour.jpg")] == [other.id]
    assert workspace.photos.search("100%") == []
    assert [p.id for p in workspace.photos.search("")] == [other.id, kim.id]  # newest first


def test_update_fields_and_unknown_field(workspace, tmp_path):
    photo = _photo(workspace, tmp_path)
    updated = workspace.photos.update_fields(photo.id, credit="TT", alt_text="Kim")
    assert (updated.metadata.credit, updated.metadata.alt_text) == ("TT", "Kim")
    assert workspace.photos.get(photo.id) == updated
    with pytest.raises(ValidationError):
        workspace.photos.update_fields(photo.id, gps="no")


# -- crops and renditions --------------------------------------------------------------------


def _rendition(workspace, photo, kind=RenditionKind.WEB) -> Image.Image:
    with Image.open(workspace.photos.rendition_path(photo, kind)) as image:
        image.load()
        return image


def test_a_preset_crop_around_the_focal_point(workspace, tmp_path):
    photo = _photo(workspace, tmp_path, size=(600, 400))
    photo = workspace.photos.set_crop(photo.id, aspect=AspectPreset.SQUARE, focal=FocalPoint(0.0, 0.5))
    assert photo.effective_crop == CropBox(0, 0, 400, 400)
    web = _rendition(workspace, photo)
    assert web.size == (400, 400)
    assert min(pixel(web, (5, 5))) > 240  # the white top-left corner is in the crop
    assert _rendition(workspace, photo, RenditionKind.THUMBNAIL).size == (320, 320)
    right = workspace.photos.set_crop(photo.id, aspect=AspectPreset.SQUARE, focal=FocalPoint(1.0, 0.5))
    assert min(pixel(_rendition(workspace, right), (5, 5))) < 240


def test_an_explicit_crop_in_upright_pixels(workspace, tmp_path):
    photo = _photo(workspace, tmp_path, size=(600, 400), orientation=6)  # upright 400 x 600
    photo = workspace.photos.set_crop(photo.id, CropBox(200, 0, 200, 100))
    web = _rendition(workspace, photo)
    assert web.size == (200, 100)
    assert min(pixel(web, (195, 5))) > 240  # the white corner is top right once upright
    with pytest.raises(ValidationError, match="outside"):
        workspace.photos.set_crop(photo.id, CropBox(300, 0, 200, 100))
    with pytest.raises(ValidationError, match="focal"):
        workspace.photos.set_crop(photo.id, focal=FocalPoint(2, 0))


def test_a_crop_of_a_big_jpeg_is_decoded_in_draft_mode_and_sharp_enough(workspace, tmp_path):
    photo = _photo(workspace, tmp_path, size=(4800, 3200))
    assert max(_rendition(workspace, photo).size) == 2048
    photo = workspace.photos.set_crop(photo.id, CropBox(0, 0, 1200, 800))
    assert _rendition(workspace, photo).size == (1200, 800)  # a small crop is not enlarged


def test_renditions_are_made_once_and_cached(workspace, tmp_path):
    photo = _photo(workspace, tmp_path)
    path = workspace.photos.rendition_path(photo)
    stamp = path.stat().st_mtime_ns
    assert workspace.photos.rendition_path(photo) == path
    assert path.stat().st_mtime_ns == stamp
    path.unlink()  # a lost cache entry is made again
    assert workspace.photos.rendition_path(photo).is_file()


def test_web_size_is_configurable(data_dir, tmp_path):
    from workstation.services.media.pipeline import RenditionSizes
    from workstation.services.photos import PhotoService
    from workstation.store.database import open_database

    db = open_database(data_dir)
    try:
        service = PhotoService(db, data_dir, sizes=RenditionSizes(thumbnail=100, web=500))
        (outcome,) = service.import_files([save(gradient((1200, 900)), tmp_path / "a.jpg", "JPEG")])
        assert outcome.photo is not None
        found = service.photo_bytes(outcome.photo.sha256)
        assert found is not None
        _mime, data = found
        assert Image.open(io.BytesIO(data)).size == (500, 375)
        with Image.open(service.thumbnail_path(outcome.photo)) as thumb:
            assert max(thumb.size) == 100
    finally:
        db.close()


def test_a_missing_original_is_a_clear_error(workspace, tmp_path):
    from workstation.services.media.errors import PhotoFileError

    photo = _photo(workspace, tmp_path)
    workspace.photos.original_path(photo).unlink()
    photo = workspace.photos.set_crop(photo.id, CropBox(0, 0, 10, 10))
    with pytest.raises(PhotoFileError, match=r"kim\.jpg: the stored file is missing"):
        workspace.photos.rendition_path(photo)
    assert workspace.photos.photo_bytes(photo.sha256) is None


# -- bodies ----------------------------------------------------------------------------------


def test_body_references_become_preview_urls_or_data_uris(workspace, tmp_path):
    photo = _photo(workspace, tmp_path)
    short = f"![short](photo:{photo.sha256[:8]})"
    body = f"Intro\n\n{photo_markdown(photo.sha256, 'Kim')}\n\n{short}\n\n![x](photo:ffffffff)"
    preview = workspace.photos.body_for_preview(body)
    assert preview.count(f"(ewsphoto:{photo.sha256})") == 2
    assert "![x](photo:ffffffff)" in preview
    exported = workspace.photos.body_with_data_uris(body)
    assert exported.count("(data:image/jpeg;base64,") == 2
    assert workspace.photos.resolve_ref(photo.sha256[:8]) == photo


def test_photo_metadata_defaults():
    assert PhotoMetadata().credit_line == ""
