"""The sanitizer: preview HTML never runs a script or loads a remote resource (DESIGN.md section 6).

Each attack is its own case. They go through sanitize_html, through Markdown (raw HTML in a body
is HTML like any other), and through the whole page."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from workstation.domain.article import ArticleContent
from workstation.services.rendering import (
    FeaturedPhoto,
    PageInput,
    PageRenderer,
    markdown_to_html,
    sanitize_html,
)
from workstation.services.rendering.page import CONTENT_SECURITY_POLICY, STANDALONE_CONTENT_SECURITY_POLICY

PNG = (  # a 1x1 PNG
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9"
    "awAAAABJRU5ErkJggg=="
)


class Elements(HTMLParser):
    """Every start tag with its attributes, as a browser would parse them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {name: value or "" for name, value in attrs}))

    handle_startendtag = handle_starttag


def elements(html: str) -> list[tuple[str, dict[str, str]]]:
    parser = Elements()
    parser.feed(html)
    parser.close()
    return parser.tags


def attribute_values(html: str, name: str) -> list[str]:
    return [attrs[name] for _, attrs in elements(html) if name in attrs]


def assert_no_script_can_run(html: str) -> None:
    for tag, attrs in elements(html):
        assert tag not in {"script", "iframe", "object", "embed", "svg", "math", "frame", "base", "form"}, tag
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            assert name != "style", tag
            plain = re.sub(r"[\s\x00-\x1f]", "", value).lower()
            assert not plain.startswith(("javascript:", "vbscript:")), (tag, name, value)


# -- scripts and event handlers ----------------------------------------------------------------


@pytest.mark.parametrize(
    "attack",
    [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
        "<script type='module'>import('https://evil.example')</script>",
        "<noscript><p title='</noscript><img src=x onerror=alert(1)>'></noscript>",
    ],
)
def test_scripts_are_removed_with_their_text(attack):
    cleaned = sanitize_html(f"<p>before</p>{attack}<p>after</p>")
    assert_no_script_can_run(cleaned)
    assert "alert" not in cleaned
    assert "import(" not in cleaned
    assert "<p>before</p>" in cleaned
    assert "<p>after</p>" in cleaned


def test_a_script_tag_split_by_another_stays_text():
    cleaned = sanitize_html("<p>before</p><scr<script>ipt>alert(1)</script><p>after</p>")
    assert_no_script_can_run(cleaned)
    assert "<script" not in cleaned.lower()
    assert "<scr" not in cleaned.lower()


@pytest.mark.parametrize(
    ("attack", "handler"),
    [
        ('<img src="ewsphoto:abc" onerror="alert(1)">', "onerror"),
        ('<a href="https://example.com" onclick="alert(1)">x</a>', "onclick"),
        ('<p onload="alert(1)">x</p>', "onload"),
        ('<body onload="alert(1)"><p>x</p></body>', "onload"),
        ('<p ONMOUSEOVER="alert(1)">x</p>', "onmouseover"),
        ("<img src=x onerror=alert(1)//>", "onerror"),
    ],
)
def test_inline_event_handlers_are_removed(attack, handler):
    cleaned = sanitize_html(attack)
    assert_no_script_can_run(cleaned)
    assert handler not in cleaned.lower()
    assert "alert" not in cleaned


# -- javascript: and data: URLs ----------------------------------------------------------------


@pytest.mark.parametrize(
    "href",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "  javascript:alert(1)",
        "\tjavascript:alert(1)",
        "java\tscript:alert(1)",
        "java&#x09;script:alert(1)",
        "jav&#x0A;ascript:alert(1)",
        "&#106;avascript:alert(1)",
        "&#x6A;&#x61;vascript&colon;alert(1)",
        "javascript&#58;alert(1)",
        "vbscript:msgbox(1)",
    ],
)
def test_javascript_links_lose_their_target_but_keep_their_text(href):
    cleaned = sanitize_html(f'<a href="{href}">read more</a>')
    assert_no_script_can_run(cleaned)
    assert attribute_values(cleaned, "href") == []
    assert "read more" in cleaned


def test_a_javascript_link_in_markdown_is_not_a_link():
    cleaned = markdown_to_html("[click](javascript:alert(1)) and [ok](https://example.com)")
    assert_no_script_can_run(cleaned)
    assert attribute_values(cleaned, "href") == ["https://example.com"]


@pytest.mark.parametrize(
    "attack",
    [
        '<a href="data:text/html,<script>alert(1)</script>">x</a>',
        '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
        '<a href="DATA:text/html,x">x</a>',
        f'<a href="{PNG}">x</a>',  # data: URLs are for images shown, not links
    ],
)
def test_data_urls_are_not_links(attack):
    assert attribute_values(sanitize_html(attack), "href") == []


@pytest.mark.parametrize(
    "src",
    [
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "data:text/html,<script>alert(1)</script>",
        "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+",
        "data:application/javascript,alert(1)",
    ],
)
def test_images_take_no_data_url_but_raster_images(src):
    assert attribute_values(sanitize_html(f'<img src="{src}" alt="x">'), "src") == []


def test_a_raster_data_image_stays():
    assert attribute_values(sanitize_html(f'<img src="{PNG}" alt="x">'), "src") == [PNG]


# -- frames, plugins, foreign content -----------------------------------------------------------


@pytest.mark.parametrize(
    "attack",
    [
        '<iframe src="https://evil.example">inside</iframe>',
        '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
        '<object data="https://evil.example/x.swf">inside</object>',
        '<embed src="https://evil.example/x.swf">',
        '<frameset><frame src="https://evil.example"></frameset>',
        '<svg onload="alert(1)"><script>alert(1)</script><circle r="5"/></svg>',
        '<svg><a xlink:href="javascript:alert(1)"><text>inside</text></a></svg>',
        '<math><mtext><img src=x onerror="alert(1)"></mtext></math>',
        '<math href="javascript:alert(1)"><mi>inside</mi></math>',
    ],
)
def test_frames_plugins_svg_and_math_are_dropped_with_their_content(attack):
    cleaned = sanitize_html(f"<p>kept</p>{attack}")
    assert cleaned == "<p>kept</p>"


@pytest.mark.parametrize(
    "attack",
    [
        '<base href="https://evil.example/">',
        '<link rel="stylesheet" href="https://evil.example/x.css">',
        '<meta http-equiv="refresh" content="0;url=https://evil.example">',
        '<form action="https://evil.example"><input name="q"><button>Go</button></form>',
        "<style>@import url(https://evil.example/x.css);</style>",
    ],
)
def test_document_level_tags_are_removed(attack):
    cleaned = sanitize_html(attack)
    assert_no_script_can_run(cleaned)
    assert "evil.example" not in cleaned


# -- remote resources and styles ---------------------------------------------------------------


@pytest.mark.parametrize(
    "src",
    [
        "http://evil.example/pixel.png",
        "https://evil.example/pixel.png",
        "HTTPS://EVIL.EXAMPLE/PIXEL.PNG",
        "//evil.example/pixel.png",
        " https://evil.example/pixel.png",
        "/etc/passwd",
        "file:///etc/passwd",
        "pixel.png",
    ],
)
def test_remote_and_file_images_are_removed(src):
    cleaned = sanitize_html(f'<p><img src="{src}" alt="tracker"></p>')
    assert attribute_values(cleaned, "src") == []
    assert "evil.example" not in cleaned


def test_srcset_and_other_loading_attributes_are_removed():
    cleaned = sanitize_html(
        '<img src="ewsphoto:abc" srcset="https://evil.example/a.png 2x" longdesc="https://evil.example" '
        'usemap="#m"><p background="https://evil.example/b.png">x</p>'
    )
    assert "evil.example" not in cleaned
    assert attribute_values(cleaned, "src") == ["ewsphoto:abc"]


def test_a_remote_image_in_markdown_is_removed():
    cleaned = markdown_to_html("![tracker](https://evil.example/pixel.png)\n\n![photo](ewsphoto:abc)")
    assert attribute_values(cleaned, "src") == ["ewsphoto:abc"]


@pytest.mark.parametrize(
    "attack",
    [
        '<p style="background:url(https://evil.example/x.png)">x</p>',
        '<span style="color:red">x</span>',
        '<img src="ewsphoto:abc" style="width:expression(alert(1))">',
    ],
)
def test_style_attributes_are_removed(attack):
    cleaned = sanitize_html(attack)
    assert attribute_values(cleaned, "style") == []
    assert "evil.example" not in cleaned
    assert "expression" not in cleaned


def test_classes_other_than_the_inline_photo_are_removed():
    cleaned = sanitize_html('<figure class="inline-photo"><img src="ewsphoto:a"></figure><p class="x">y</p>')
    assert attribute_values(cleaned, "class") == ["inline-photo"]


def test_links_open_nothing_behind_the_page():
    cleaned = sanitize_html('<a href="https://example.com" target="_blank" rel="opener">x</a>')
    [(_, attrs)] = elements(cleaned)
    assert attrs.get("rel") == "noopener noreferrer"
    assert "target" not in attrs


# -- Markdown raw HTML and the whole page --------------------------------------------------------

MALICIOUS_BODY = """\
A first paragraph.

<script>alert("body")</script>

<div onclick="alert(1)">A div with a handler.</div>

Inline <img src="https://evil.example/pixel.png" onerror="alert(1)"> image and
<a href="javascript:alert(1)">a link</a>.

<iframe src="https://evil.example"></iframe>

<svg><circle r="4"/></svg>

<p style="color:red">Styled.</p>
"""


def test_raw_html_in_a_markdown_body_passes_through_the_sanitizer():
    cleaned = markdown_to_html(MALICIOUS_BODY)
    assert_no_script_can_run(cleaned)
    assert "evil.example" not in cleaned
    assert "alert" not in cleaned
    assert "A first paragraph." in cleaned
    assert "A div with a handler." in cleaned
    assert "a link" in cleaned


def _page(featured_photo: FeaturedPhoto | None = None) -> str:
    content = ArticleContent(
        headline='<script>alert("headline")</script>',
        standfirst='<img src=x onerror="alert(1)"> standfirst',
        body=MALICIOUS_BODY,
        byline="<b onclick=alert(1)>Byline</b>",
        tags=("<svg onload=alert(1)>",),
        source_note="<iframe src=https://evil.example>",
    )
    page = PageInput(content=content, featured_photo=featured_photo)
    rendered = PageRenderer().render(page)
    assert rendered.problem is None
    return rendered.html


def test_the_whole_page_runs_no_script_and_loads_nothing_remote():
    html = _page(featured_photo=FeaturedPhoto(src="https://evil.example/photo.jpg", caption="c", credit="x"))
    assert_no_script_can_run(html)
    assert "evil.example/photo.jpg" not in html
    for value in attribute_values(html, "src"):
        assert value.startswith(("ewsphoto:", "data:image/")), value
    # What the editor typed in plain-text fields is shown as text, never parsed as markup.
    assert "&lt;script&gt;alert(" in html


def test_the_page_carries_the_content_security_policy():
    html = _page()
    metas = [attrs for tag, attrs in elements(html) if tag == "meta" and "http-equiv" in attrs]
    assert metas == [{"http-equiv": "Content-Security-Policy", "content": CONTENT_SECURITY_POLICY}]
    head = html[: html.index("</head>")]
    assert head.index("Content-Security-Policy") < head.index("<style>")  # in force before anything loads
    policy = dict(part.strip().split(" ", 1) for part in CONTENT_SECURITY_POLICY.split(";"))
    assert policy["default-src"] == "'none'"
    assert "script-src" not in policy  # so default-src 'none' applies: no script at all
    assert set(policy["img-src"].split()) == {"ewsphoto:", "data:"}
    assert "http" not in CONTENT_SECURITY_POLICY


def test_a_standalone_page_allows_only_inline_images():
    html = PageRenderer().render(PageInput(content=ArticleContent(headline="h")), standalone=True).html
    metas = [attrs for tag, attrs in elements(html) if tag == "meta" and "http-equiv" in attrs]
    assert metas == [{"http-equiv": "Content-Security-Policy", "content": STANDALONE_CONTENT_SECURITY_POLICY}]
    assert "ewsphoto" not in STANDALONE_CONTENT_SECURITY_POLICY
    assert "img-src data:;" in STANDALONE_CONTENT_SECURITY_POLICY


def test_the_error_page_carries_the_content_security_policy(tmp_path):
    (tmp_path / "article.html").write_text("{% if %}", encoding="utf-8")
    rendered = PageRenderer(tmp_path).render(PageInput(content=ArticleContent(body="<script>x</script>")))
    assert rendered.problem is not None
    assert CONTENT_SECURITY_POLICY in rendered.html
    assert_no_script_can_run(rendered.html)
