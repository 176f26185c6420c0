"""Image links and code spans are matched in one pass: 40,000 of each in well under a second
(a look-ahead regex per backtick and a scan of every span per image took over 90 s)."""

import time

import pytest

from workstation.domain.photo_refs import find_local_images, find_photo_refs, rewrite_photo_refs

SHA = "ab" * 32
PAIRS = 40_000


def _body(pairs: int) -> str:
    return "".join(f"`c{i}` ![a](photo:{SHA}) ![b](img{i}.jpg)\n" for i in range(pairs))


@pytest.mark.timing
def test_40k_image_and_code_span_pairs_take_well_under_a_second():
    body = _body(PAIRS)
    timings = []
    for match in (find_photo_refs, find_local_images, lambda b: rewrite_photo_refs(b, "ewsphoto:{}".format)):
        started = time.perf_counter()
        found = match(body)
        timings.append(time.perf_counter() - started)
        assert (len(found) if isinstance(found, list) else found.count("ewsphoto:")) == PAIRS
    assert find_local_images(body)[-1].line == PAIRS
    assert max(timings) < 1.0, timings


@pytest.mark.timing
def test_40k_unmatched_backticks_take_well_under_a_second():
    body = "".join(f"a `` b ![a](photo:{SHA}) `\n" for _ in range(PAIRS))
    started = time.perf_counter()
    refs = find_photo_refs(body)
    assert time.perf_counter() - started < 1.0
    # Single backticks pair up line by line (each span hides one line's reference); the double
    # ones pair up too and hide the rest: what a CommonMark renderer shows as code.
    assert len(refs) < PAIRS


@pytest.mark.parametrize(
    ("body", "found"),
    [
        (f"`a``b` ![x](photo:{SHA})", 1),  # a span holds shorter runs: closed by its own length
        (f"``a` ![x](photo:{SHA}) `` after", 0),  # the ` inside does not close ``
        (f"``a ![x](photo:{SHA}) ```", 1),  # ``` does not close ``: no span
        (f"`a` ![x](photo:{SHA}) `b`", 1),
        (f"```\n![x](photo:{SHA})\n```\n`![y](photo:{SHA})` ![z](photo:{SHA})", 1),
    ],
)
def test_code_spans_close_only_at_a_run_of_their_own_length(body, found):
    assert len(find_photo_refs(body)) == found
