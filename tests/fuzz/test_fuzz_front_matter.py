"""Fuzzing the front-matter Markdown importer: any bytes in a file, and front matter made of the
known fields with hostile values, import or give one ImportFileError sentence naming the file;
nothing else is raised, the batch goes on, and the store stays usable."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.fuzz.fuzz_budget import fuzz_settings, ran
from workstation.services.formats.front_matter import KNOWN_KEYS, ImportFileError, parse_markdown
from workstation.services.workspace import Workspace

HOSTILE = st.sampled_from(
    ["", " ", "no", "~", "null", "[a, b]", "{a: b}", "[[[[[x]]]]]", "&a [1]", "*a", "!!binary x", "\\ud800",
     '"\\ud800"', '"\\x00\\x1b[31m"', "'", '"', "|", ">", "- a", "? a", "%YAML 1.1", "0x10", "1e400",
     "2024-11-15T02:02:00+01:00", "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00", "Sports/Soccer",
     "/" * 40, "a/" * 30, "x" * 300, "99999999999999999999999", "-1", "sv-SE", "de-CH-1996", "\u202e", "\t"]
)  # fmt: skip
value = st.one_of(
    HOSTILE, st.text(max_size=40), st.lists(HOSTILE, max_size=4).map(lambda v: "[" + ", ".join(v) + "]")
)
key = st.one_of(st.sampled_from(sorted(KNOWN_KEYS)), st.text(min_size=1, max_size=8))
header_line = st.one_of(
    st.tuples(key, value).map(lambda kv: f"{kv[0]}: {kv[1]}"),
    st.sampled_from(
        ["photo:\n  file: x.jpg\n  caption: [a]", "tags:\n  - a\n  - [b]", "  indented: x", "---", "..."]
    ),
    st.text(max_size=30),
)
body = st.one_of(
    st.text(max_size=200),
    st.lists(
        st.sampled_from(["# H", "![a](missing.jpg)", "![a](/etc/passwd)", "![a](../x.png)", "`![a](b)`",
                         "```\n![a](c.jpg)\n```", "<img src=x>", "text", "\x00", "\r", "\r\n", "\u2028"]),
        max_size=10,
    ).map("\n".join),
)  # fmt: skip
documents = st.tuples(
    st.sampled_from(["---\n", "\ufeff---\n", "--- \r\n", "", "---"]),
    st.lists(header_line, max_size=8),
    st.sampled_from(["\n---\n", "\n...\n", "\n", ""]),
    body,
).map(lambda p: p[0] + "\n".join(p[1]) + p[2] + p[3])


def _one_sentence(error: ImportFileError, path: str) -> None:
    text = str(error)
    assert text.startswith(path), text
    assert text.strip()
    assert "Traceback" not in text


@fuzz_settings()
@given(documents)
def test_parse_markdown_reads_or_names_the_problem(text: str) -> None:
    ran("front matter: parse_markdown")
    try:
        parse_markdown(text, "story.md")
    except ImportFileError as exc:
        _one_sentence(exc, "story.md")


@pytest.fixture(scope="module")
def import_workspace(tmp_path_factory: pytest.TempPathFactory):
    from workstation.services.workspace import open_workspace

    ws = open_workspace(tmp_path_factory.mktemp("fuzz-import-store"))
    yield ws
    ws.close()


@fuzz_settings(share=0.6)
@given(data=st.one_of(documents.map(lambda t: t.encode("utf-8", "surrogatepass")), st.binary(max_size=300)))
def test_a_batch_of_any_files_imports_each_or_names_it(
    data: bytes, import_workspace: Workspace, tmp_path_factory: pytest.TempPathFactory
) -> None:
    ran("front matter: ImportService.import_files")
    folder = tmp_path_factory.mktemp("md")
    (folder / "x.jpg").write_bytes(b"not a photo")
    bad, good = folder / "fuzzed.md", folder / "after.md"
    bad.write_bytes(data)
    good.write_text(f"---\nheadline: After {folder.name}\n---\nBody.\n", encoding="utf-8")
    outcomes = import_workspace.importer.import_files([bad, good])
    assert [o.path for o in outcomes] == [bad, good]
    if outcomes[0].error is not None:
        _one_sentence(outcomes[0].error, str(bad))
        assert "could not be imported (" not in str(outcomes[0].error), "an unforeseen exception"
    assert outcomes[1].article is not None, outcomes[1].error
    import_workspace.articles.get(outcomes[1].article.id)  # the store still reads
