"""Image links and code spans are matched in one pass: four times the pairs take about four
times as long, not sixteen (a look-ahead regex per backtick and a scan of every span per image
took over 90 s for 40,000). Growth, not a wall-clock limit: a busy machine slows both sizes."""

import time

import pytest

from workstation.domain.photo_refs import find_local_images, find_photo_refs, rewrite_photo_refs

SHA = "ab" * 32
PAIRS = 40_000
GROWTH = 9.0  # the time for 4x the pairs, at most: linear is ~4, quadratic ~16


def _best(work, body: str) -> float:
    """The fastest of three runs (the least disturbed by other work on the machine)."""
    times = []
    for _ in range(3):
        started = time.perf_counter()
        work(body)
        times.append(time.perf_counter() - started)
    return min(times)


def _body(pairs: int) -> str:
    return "".join(f"`c{i}` ![a](photo:{SHA}) ![b](img{i}.jpg)\n" for i in range(pairs))


@pytest.mark.timing
def test_image_and_code_span_matching_grows_linearly_to_40k_pairs():
    body, quarter = _body(PAIRS), _body(PAIRS // 4)
    for match in (find_photo_refs, find_local_images, lambda b: rewrite_photo_refs(b, "ewsphoto:{}".format)):
        found = match(body)
        assert (len(found) if isinstance(found, list) else found.count("ewsphoto:")) == PAIRS
        assert _best(match, body) < GROWTH * _best(match, quarter)
    assert find_local_images(body)[-1].line == PAIRS


@pytest.mark.timing
def test_unmatched_backticks_grow_linearly_to_40k_lines():
    def lines(count: int) -> str:
        return "".join(f"a `` b ![a](photo:{SHA}) `\n" for _ in range(count))

    body = lines(PAIRS)
    assert _best(find_photo_refs, body) < GROWTH * _best(find_photo_refs, lines(PAIRS // 4))
    # Single backticks pair up line by line (each span hides one line's reference); the double
    # ones pair up too and hide the rest: what a CommonMark renderer shows as code.
    assert len(find_photo_refs(body)) < PAIRS


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
