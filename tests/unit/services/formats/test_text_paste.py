"""Plain text pasted into the body, and where a paste lands (services/formats/text_paste.py)."""

from __future__ import annotations

import pytest

from workstation.services.formats.text_paste import fit, paragraphs_from_text
from workstation.services.rendering.body import markdown_to_html

WIRE = (
    "STOCKHOLM (TT) The government presented its budget on Monday.\n"
    "   Unemployment is expected to fall to 7.5 percent next year, the finance minister said.\n"
    "The opposition called the budget a missed chance.\r\n"
)


def test_wire_copy_becomes_one_paragraph_a_line():
    markdown = paragraphs_from_text(WIRE)
    assert markdown == (
        "STOCKHOLM (TT) The government presented its budget on Monday.\n\n"
        "Unemployment is expected to fall to 7.5 percent next year, the finance minister said.\n\n"
        "The opposition called the budget a missed chance."
    )
    assert markdown_to_html(markdown).count("<p>") == 3


@pytest.mark.parametrize(
    "text",
    [
        "A paragraph.\n\nAnother paragraph.\nIts second line.",  # blank lines: Markdown already
        "Shopping:\n- milk\n- bread",
        "1. First\n2. Second",
        "> Quoted\n> still quoted",
        "## Heading\nText",
        "```\ncode line\nmore code\n```",
        "| a | b |\n|---|---|",
    ],
)
def test_markdown_stays_as_it_is(text):
    assert paragraphs_from_text(text) == text


def test_soft_wrapped_text_stays_one_paragraph():
    email = (
        "The council will meet again on Thursday to discuss the tram line and\n"
        "the new bus routes that the transport committee proposed in its report\n"
        "last spring, after the consultation with the districts ended."
    )
    assert paragraphs_from_text(email) == email


def test_short_lines_without_full_stops_are_still_paragraphs():
    assert paragraphs_from_text("Stockholm\nGöteborg\nMalmö") == "Stockholm\n\nGöteborg\n\nMalmö"


def test_one_line_is_pasted_as_it_is():
    assert paragraphs_from_text("just a phrase ") == "just a phrase "
    assert paragraphs_from_text("a line with its newline\n") == "a line with its newline"


@pytest.mark.parametrize(
    ("before", "after", "markdown", "fitted"),
    [
        ("Text in a ", " paragraph", "**bold** words", "**bold** words"),  # inline: as it is
        ("Text in a ", "", "First.\n\nSecond.", "First.\n\nSecond."),  # merges, as Word does
        ("Intro ", " outro", "- a\n- b", "\n\n- a\n- b\n\n"),  # a list needs its own lines
        ("Intro\n", "\nNext", "## Heading", "\n## Heading\n"),
        ("Para\n\n", "\n\nNext", "> quote", "> quote"),
        ("", "", "- a", "- a"),
        ("x ", "", "```\ncode\n```", "\n\n```\ncode\n```"),
    ],
)
def test_fit_puts_blocks_on_lines_of_their_own(before, after, markdown, fitted):
    assert fit(before, after, markdown) == fitted
