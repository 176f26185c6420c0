"""Photos in the domain: crop presets around a focal point, publish rules, body references."""

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workstation.domain.photo import (
    ArticlePhoto,
    AspectPreset,
    CropBox,
    FocalPoint,
    Photo,
    PhotoMetadata,
    PhotoRole,
    check_crop,
    check_focal,
    crop_for_preset,
    photo_problems,
)
from workstation.domain.photo_refs import (
    find_photo_refs,
    match_prefix,
    photo_markdown,
    rewrite_photo_refs,
)

SHA = "3f2a9c1b" + "0" * 56
OTHER = "3f2a9c1c" + "1" * 56


def _photo(**metadata: str) -> Photo:
    return Photo(
        id=7,
        sha256=SHA,
        original_filename="kim.jpg",
        mime="image/jpeg",
        width=6000,
        height=4000,
        size_bytes=1,
        created_at=datetime(2024, 11, 15, tzinfo=UTC),
        metadata=PhotoMetadata(**metadata),
    )


# -- crop ------------------------------------------------------------------------------------


def test_presets_have_their_ratios():
    assert AspectPreset.FREE.ratio is None
    assert AspectPreset.WIDE.ratio == pytest.approx(16 / 9)
    assert AspectPreset.LANDSCAPE.ratio == pytest.approx(1.5)
    assert AspectPreset.CLASSIC.ratio == pytest.approx(4 / 3)
    assert AspectPreset.SQUARE.ratio == 1


def test_free_preset_is_the_whole_photo():
    assert crop_for_preset(6000, 4000, AspectPreset.FREE, FocalPoint(0.1, 0.9)) is None


def test_square_crop_of_a_landscape_photo_is_centred_on_the_focal_point():
    assert crop_for_preset(6000, 4000, AspectPreset.SQUARE) == CropBox(1000, 0, 4000, 4000)
    assert crop_for_preset(6000, 4000, AspectPreset.SQUARE, FocalPoint(0.4, 0.5)) == CropBox(
        400, 0, 4000, 4000
    )


def test_the_crop_stays_inside_the_photo_when_the_focal_point_is_near_an_edge():
    assert crop_for_preset(6000, 4000, AspectPreset.SQUARE, FocalPoint(0.0, 0.5)) == CropBox(0, 0, 4000, 4000)
    assert crop_for_preset(6000, 4000, AspectPreset.SQUARE, FocalPoint(1.0, 0.5)) == CropBox(
        2000, 0, 4000, 4000
    )


def test_wide_crop_of_a_portrait_photo_uses_the_full_width():
    box = crop_for_preset(3000, 4500, AspectPreset.WIDE, FocalPoint(0.5, 0.2))
    assert box is not None
    assert (box.x, box.width, box.height) == (0, 3000, 1688)
    assert box.y == round(0.2 * 4500 - 1688 / 2)


def test_a_photo_already_of_the_aspect_is_not_cut():
    assert crop_for_preset(6000, 4000, AspectPreset.LANDSCAPE) == CropBox(0, 0, 6000, 4000)


@given(
    st.integers(1, 9000),
    st.integers(1, 9000),
    st.sampled_from([p for p in AspectPreset if p is not AspectPreset.FREE]),
    st.floats(0, 1),
    st.floats(0, 1),
)
def test_preset_crops_always_fit_and_keep_the_aspect(width, height, preset, fx, fy):
    box = crop_for_preset(width, height, preset, FocalPoint(fx, fy))
    assert box is not None
    assert check_crop(box, width, height) is None
    assert box.width == width or box.height == height  # as large as it can be
    if min(box.width, box.height) >= 50:
        assert box.width / box.height == pytest.approx(preset.ratio, rel=0.03)


def test_photo_effective_crop():
    photo = _photo()
    assert photo.effective_crop is None
    from dataclasses import replace

    square = replace(photo, aspect=AspectPreset.SQUARE, focal=FocalPoint(0.25, 0.5))
    assert square.effective_crop == CropBox(0, 0, 4000, 4000)
    explicit = replace(square, crop=CropBox(10, 20, 30, 40))
    assert explicit.effective_crop == CropBox(10, 20, 30, 40)


def test_crop_and_focal_checks():
    assert check_crop(CropBox(0, 0, 6000, 4000), 6000, 4000) is None
    assert "outside" in (check_crop(CropBox(1, 0, 6000, 4000), 6000, 4000) or "")
    assert "at least 1 pixel" in (check_crop(CropBox(0, 0, 0, 10), 6000, 4000) or "")
    assert check_focal(FocalPoint(0, 1)) is None
    assert check_focal(FocalPoint(1.2, 0.5)) is not None


# -- publish rules ---------------------------------------------------------------------------


def test_credit_and_alt_text_are_required_and_the_problem_names_the_file():
    problems = photo_problems([_photo(caption="Kim")])
    assert [p.field for p in problems] == ["photo.credit", "photo.alt_text"]
    assert all("kim.jpg" in p.message and p.file_name == "kim.jpg" and p.photo_id == 7 for p in problems)


def test_a_complete_photo_has_no_problems():
    photo = _photo(credit="KCNA via AP/TT", alt_text="Kim watches a drone launch")
    assert photo_problems([ArticlePhoto(photo, PhotoRole.FEATURED, 0)]) == []
    assert photo.metadata.credit_line == "Photo: KCNA via AP/TT"


def test_blank_fields_count_as_missing():
    assert len(photo_problems([_photo(credit="  ", alt_text="\n")])) == 2


# -- references in a body --------------------------------------------------------------------


def test_the_app_writes_a_full_reference_that_reads_back():
    text = photo_markdown(SHA.upper(), "Kim [at] a test")
    assert text == f"![Kim \\[at\\] a test](photo:{SHA})"
    (ref,) = find_photo_refs(f"Before\n\n{text}\n\nAfter")
    assert (ref.ref, ref.alt) == (SHA, "Kim [at] a test")


def test_prefix_and_title_are_accepted():
    (ref,) = find_photo_refs('![Drones](photo:3F2A9C1B "At the test site")')
    assert (ref.ref, ref.alt, ref.title) == ("3f2a9c1b", "Drones", "At the test site")


def test_references_in_code_and_too_short_prefixes_are_not_photos():
    body = (
        f"`![a](photo:{SHA})` inline code\n\n```\n![b](photo:{SHA})\n```\n\n"
        "![c](photo:3f2a9c1)\n\n"
        f"    ![d](photo:{SHA})\n"  # indented code is left to Markdown: counted
    )
    assert [r.alt for r in find_photo_refs(body)] == ["d"]


def test_rewrite_replaces_only_resolved_references():
    body = f'A ![one](photo:{SHA} "t") B ![two](photo:ffffffff) C'
    out = rewrite_photo_refs(body, lambda ref: f"ewsphoto:{SHA}" if SHA.startswith(ref) else None)
    assert out == f'A ![one](ewsphoto:{SHA} "t") B ![two](photo:ffffffff) C'


def test_a_prefix_must_be_unambiguous():
    assert match_prefix("3f2a9c1b", [SHA, OTHER]) == SHA
    assert match_prefix("3f2a9c1", [SHA, OTHER]) is None
    assert match_prefix("ffffffff", [SHA]) is None
