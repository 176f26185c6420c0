"""The closing lines of an article (byline, source note) and photo captions, printed one way."""

from __future__ import annotations

from workstation.services.rendering.attribution import render_attribution
from workstation.services.rendering.captions import BodyPhoto, caption_html, figure_body_photos


def test_the_byline_line_follows_the_language():
    assert render_attribution("TT", "", "en").byline == "By TT"
    assert render_attribution("Anna Sjögren", "", "sv_SE").byline == "Av Anna Sjögren"
    assert render_attribution("By Anna Sjögren, Stockholm", "", "en").byline == "By Anna Sjögren, Stockholm"


def test_nothing_to_print_without_byline_or_note():
    attribution = render_attribution("  ", " ", "en")
    assert (attribution.byline, attribution.source_note_html, attribution.source_note) == ("", "", "")


def test_the_source_note_is_inline_markdown_with_the_languages_quotes():
    note = render_attribution("", 'Translated by *Sweden Herald*, "edited"', "sv").source_note_html
    assert note == "Translated by <em>Sweden Herald</em>, \u201dedited\u201d"
    assert render_attribution("", "A <script>x</script>note", "en").source_note == "A note"


def test_the_source_note_text_is_what_a_reader_reads():
    attribution = render_attribution("", "By [TT](https://tt.se) & AFP", "en")
    assert attribution.source_note == "By TT & AFP"


def test_a_caption_then_its_credit_line():
    assert (
        caption_html("A *drone*.", "Photo: KCNA", "en")
        == 'A <em>drone</em>. <span class="ews-credit">Photo: KCNA</span>'
    )
    assert caption_html("", "Photo: A & B", "en") == '<span class="ews-credit">Photo: A &amp; B</span>'
    assert caption_html("Only a caption", "", "en") == "Only a caption"


def test_a_paragraph_of_one_stored_photo_becomes_a_figure_with_its_caption():
    photos = {"ewsphoto:aaa": BodyPhoto("ewsphoto:aaa", "A drone.", "Photo: KCNA")}
    body = (
        '<p>Before <img src="ewsphoto:aaa" alt="in text"></p>\n'
        '<p><img src="ewsphoto:aaa" alt="A"></p>\n'
        '<p><a href="https://x.org"><img src="ewsphoto:aaa" alt="linked"></a></p>\n'
        '<p><img src="ewsphoto:bbb" alt="unknown"></p>'
    )
    html = figure_body_photos(body, photos, "en").splitlines()
    assert html[0] == '<p>Before <img src="ewsphoto:aaa" alt="in text"></p>'  # in a sentence: as it is
    assert html[1] == (
        '<figure class="inline-photo"><img src="ewsphoto:aaa" alt="A">'
        '<figcaption>A drone. <span class="ews-credit">Photo: KCNA</span></figcaption></figure>'
    )
    assert html[2].startswith('<figure class="inline-photo"><img src="ewsphoto:aaa" alt="linked">')
    assert html[3] == '<p><img src="ewsphoto:bbb" alt="unknown"></p>'


def test_a_photo_without_caption_or_credit_is_a_figure_without_caption():
    photos = {"ewsphoto:aaa": BodyPhoto("ewsphoto:aaa")}
    html = figure_body_photos('<p><img src="ewsphoto:aaa" alt="A"></p>', photos, "en")
    assert html == '<figure class="inline-photo"><img src="ewsphoto:aaa" alt="A"></figure>'
