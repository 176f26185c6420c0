"""Found by tests/fuzz: a lone surrogate in any field (a damaged store, a pasted "\\ud800")
raised UnicodeEncodeError in the sanitizer, and a page with one in its byline could not be
written. Both now show U+FFFD, and a surrogate pair is still its one character."""

from __future__ import annotations

from workstation.domain.article import ArticleContent
from workstation.domain.safe_text import encodable
from workstation.services.rendering import PageInput, PageRenderer, markdown_to_html


def test_a_lone_surrogate_in_the_body_renders_as_the_replacement_character() -> None:
    assert markdown_to_html("Before \ud800 after") == "<p>Before \ufffd after</p>"


def test_a_page_with_a_lone_surrogate_in_its_byline_can_be_written_as_utf8() -> None:
    page = PageRenderer().render(
        PageInput(ArticleContent(headline="Storm", body="Text.", byline="Kim \udc00"))
    )
    assert page.problem is None
    assert "Kim \ufffd" in page.html.encode("utf-8").decode("utf-8")


def test_a_surrogate_pair_stays_the_character_it_means() -> None:
    assert encodable("smile \ud83d\ude00") == "smile \U0001f600"
    assert encodable("plain") == "plain"
