"""A body rendered by runs of blocks is the body rendered whole, byte for byte: for random
Markdown made of every block the editor writes, the reference article and the sample."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from workstation.services.rendering import body as rendering
from workstation.services.rendering.markdown_chunks import chunks
from workstation.services.rendering.sanitize import sanitize_html
from workstation.services.sample import sample_file

REFERENCE = Path(__file__).resolve().parents[4] / "tests" / "data" / "reference" / "article-page.txt"


def whole(text: str, language: str = "en") -> str:
    return sanitize_html(rendering._converted(text, language, rendering.site_typography()))


words = st.sampled_from(
    ["Stockholm", "the", "council", '"quoted"', "it's", "*em*", "**strong**", "`code`", "5 km",
     "[link](https://example.com)", "![alt](photo:ab12)", '<span lang="sv">hej</span>', "-", "--",
     "1.", "a_b", "10 000", "'90s", ">", "#", "~~~", "```", ":", "*", "<b>", "  ", "[foo]",
     "[foo]: http://example.com/", "*[HTML]: Hyper Text", "HTML"]
)  # fmt: skip
inline = st.lists(words, min_size=1, max_size=8).map(" ".join)
line_start = st.sampled_from(
    ["", "", "", "# ", "## ", "- ", "* ", "+ ", "1. ", "2) ", "> ", ">> ", "    ", "  ", "\t", ": ",
     "- - -", "***", "| a | b |\n|---|---|\n| ", "Term\n: "]
)  # fmt: skip
fence = st.tuples(
    st.sampled_from(["```", "~~~", "````"]), st.sampled_from(["", "python", " {.x}", "a b"]), inline
).map(lambda f: f"{f[0]}{f[1]}\n{f[2]}\n\n{f[2]}\n{f[0]}")
block = st.one_of(
    st.tuples(line_start, inline).map("".join),
    st.lists(st.tuples(line_start, inline).map("".join), min_size=2, max_size=4).map("\n".join),
    fence,
)
separator = st.sampled_from(["\n", "\n\n", "\n\n", "\n\n\n", "\n  \n", "\n\t\n"])
documents = st.tuples(
    st.sampled_from(["", "", "\n", "   \n", "\t\n"]),
    st.lists(st.tuples(block, separator).map("".join), min_size=1, max_size=12).map("".join),
    st.sampled_from(["", "", "  ", "\n   ", "\t"]),
).map("".join)


@settings(max_examples=600, deadline=None)
@given(documents, st.sampled_from(["en", "sv"]))
def test_a_body_rendered_by_runs_of_blocks_is_the_body_rendered_whole(text: str, language: str) -> None:
    assert rendering.markdown_to_html(text, language) == whole(text, language)


def test_the_reference_article_and_the_sample_render_by_runs_as_they_render_whole() -> None:
    for path in (REFERENCE, sample_file()):
        text = path.read_text(encoding="utf-8")
        runs = chunks(text)
        assert runs is not None, path
        assert len(runs) > 5, path  # cut, paragraph by paragraph
        assert rendering.markdown_to_html(text) == whole(text), path


def test_paragraphs_are_cut_and_what_reaches_across_blank_lines_is_not() -> None:
    assert chunks("One.\n\nTwo.\n\n\n# Three") == ["One.", "Two.", "# Three"]
    assert chunks("- a\n\n- b\n\nAfter.") == ["- a\n\n- b", "After."]
    assert chunks("> a\n\n> b") == ["> a\n\n> b"]  # python-markdown joins the quotes
    assert chunks("Para\n\n    code\n\nNext") == ["Para\n\n    code", "Next"]
    assert chunks("```\none\n\ntwo\n```\n\nAfter") == ["```\none\n\ntwo\n```", "After"]


def test_a_body_with_anything_document_wide_is_rendered_whole() -> None:
    for text in (
        "See [the council][c].\n\n[c]: https://example.com",
        "A claim.[^1]\n\n[^1]: The source.",
        "The EU.\n\n*[EU]: European Union",
        "<div>\n\nInside\n\n</div>",
        "Term\n: One\n\nTerm\n: Two",
        "- [foo]: http://example.com/\n\nSee [foo].",  # definitions in a list or a quote count
        "> [foo]: http://example.com/\n\nSee [foo].",
        "- *[HTML]: Hyper Text\n\nHTML is here.",
        "- item\n\n    [foo]: http://example.com/\n\nSee [foo].",
        "```\nunclosed\n\nfence",
        "```a b\nnot a fence\n\n```\nbut this is\n\nstill\n```",
        "Windows\r\n\r\nlines",
        "    \nAfter a line of spaces",
    ):
        assert chunks(text) is None, text
        assert rendering.markdown_to_html(text) == whole(text)


def test_an_edit_renders_only_its_run_again() -> None:
    rendering._chunk_html.cache_clear()
    text = "\n\n".join(f"Paragraph {n} of the story." for n in range(50))
    rendering.markdown_to_html(text)
    before = rendering._chunk_html.cache_info()
    rendering.markdown_to_html(text.replace("Paragraph 25", "Paragraph twenty-five"))
    after = rendering._chunk_html.cache_info()
    assert after.misses - before.misses == 1
    assert after.hits - before.hits == 49
