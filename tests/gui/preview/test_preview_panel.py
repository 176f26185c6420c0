"""The Preview tab: real Chromium with scripts and network off, photos from the store, the
background render pipeline, width presets, cursor following, PDF, and the QTextBrowser fallback."""

from __future__ import annotations

import hashlib
import io
import os
import re
import signal
import socket
import threading
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import QAbstractButton, QComboBox, QTextBrowser, QWidget

from workstation.domain.article import ArticleContent
from workstation.domain.taxonomy import Section, SectionNode
from workstation.services.rendering import (
    FeaturedPhoto,
    PageInput,
    PageRenderer,
    PhotoResolver,
    RenderedPage,
    markdown_to_html,
)
from workstation.ui.preview import environment
from workstation.ui.preview.panel import COALESCE_MS, EMPTY_PAGE, PreviewPanel
from workstation.ui.preview.paragraphs import paragraph_index_for_cursor
from workstation.ui.preview.photo_cache import LOG_LIMIT, PhotoCache, remember

# QtWebEngine's first start in a process, offscreen with no GPU, logs these as Qt warnings, and
# the offscreen platform cannot resize the view's native child. Harmless: Chromium renders in software.
WEBENGINE_NOISE = (
    r"^QRhiGles2: Failed to create (temporary )?context$",
    r"^Failed to create RHI for backend: OpenGL$",
    r"^GPUInfo not initialized on GpuInfoUpdate$",
    r"^This plugin does not support propagateSizeHints\(\)$",
)
pytestmark = pytest.mark.qt_log_ignore(*WEBENGINE_NOISE)
WEB_UNAVAILABLE = environment.webengine_unavailable_reason()
web_only = pytest.mark.skipif(WEB_UNAVAILABLE is not None, reason=f"no QtWebEngine: {WEB_UNAVAILABLE}")
TIMEOUT = 15_000

REFERENCE = Path(__file__).parents[2] / "data" / "reference-article.md"
HEADLINE = "Kim Jong-Un Orders Mass Production of Drones"
STANDFIRST = (
    'North Korea\'s dictator Kim Jong-Un has ordered the "mass production" of attack drones, '
    "according to the state news agency KCNA."
)
SECTIONS = ("Sweden", "Living", "World", "Business", "Sports", "Entertainment")


def reference_body() -> str:
    return REFERENCE.read_text(encoding="utf-8").split("---", 2)[2].strip()


def sample_input(
    headline: str = HEADLINE, body: str | None = None, photo: FeaturedPhoto | None = None
) -> PageInput:
    navigation = tuple(
        SectionNode(Section(i + 1, name, name.lower()), 0, (name,)) for i, name in enumerate(SECTIONS)
    )
    content = ArticleContent(
        headline=headline,
        standfirst=STANDFIRST,
        body=reference_body() if body is None else body,
        byline="TT",
        source_note="This article has been altered and translated by Sweden Herald",
        section_id=3,
        tags=("North Korea", "Kim Jong-Un", "Drones", "TT"),
    )
    return PageInput(
        content=content,
        section_path=("World",),
        navigation=navigation,
        first_published_at=datetime(2024, 11, 15, 1, 2, tzinfo=UTC),
        updated_at=datetime(2024, 11, 15, 1, 17, tzinfo=UTC),
        featured_photo=photo,
        now=datetime(2024, 11, 15, 9, 0, tzinfo=UTC),
    )


def long_body(paragraphs: int = 60) -> str:
    return "\n\n".join(
        f"Paragraph {i}: " + " ".join(f"word{i}x{j}" for j in range(40)) for i in range(paragraphs)
    )


def png_bytes(color: tuple[int, int, int], size: tuple[int, int] = (40, 40)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, format="PNG")
    return buffer.getvalue()


class CountingRenderer(PageRenderer):
    """Counts renders; with gated=True each render waits until `gate` is set."""

    def __init__(self, *, gated: bool = False) -> None:
        super().__init__()
        self.rendered: list[str] = []
        self.started = threading.Event()
        self.gate = threading.Event()
        if not gated:
            self.gate.set()

    def render(
        self, page: PageInput, *, standalone: bool = False, resolve_photo: PhotoResolver | None = None
    ) -> RenderedPage:
        self.started.set()
        assert self.gate.wait(10)
        self.rendered.append(page.content.headline)
        return super().render(page, standalone=standalone, resolve_photo=resolve_photo)


@pytest.fixture(params=["web", "fallback"])
def backend(request: pytest.FixtureRequest) -> str:
    if request.param == "web" and WEB_UNAVAILABLE is not None:
        pytest.skip(f"no QtWebEngine: {WEB_UNAVAILABLE}")
    return str(request.param)


def evaluate(qtbot, panel: PreviewPanel, source: str) -> object:
    """Run host JavaScript in the page's isolated world and wait for its value."""
    assert panel.web_view is not None
    results: list[object] = []
    panel.web_view.run_script(source, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=TIMEOUT)
    return results[0]


def plain_text(qtbot, panel: PreviewPanel) -> str:
    if panel.web_view is None:
        assert panel.fallback_view is not None
        return panel.fallback_view.toPlainText()
    texts: list[str] = []
    panel.web_view.page().toPlainText(texts.append)
    qtbot.waitUntil(lambda: bool(texts), timeout=TIMEOUT)
    return texts[0]


def scroll_y(panel: PreviewPanel) -> float:
    assert panel.web_view is not None
    return panel.web_view.page().scrollPosition().y()


# -- rendering ---------------------------------------------------------------------------------


def test_the_article_page_is_shown(qtbot, make_panel, backend: str) -> None:
    panel = make_panel(force_fallback=backend == "fallback")
    assert panel.is_fallback == (backend == "fallback")
    with qtbot.waitSignal(panel.updated, timeout=TIMEOUT):
        panel.set_source(sample_input)
    assert HEADLINE in panel.current_html()
    text = plain_text(qtbot, panel)
    assert HEADLINE in text
    assert "mass production" in text
    assert "By TT" in text


def test_many_requests_make_one_render(qtbot, make_panel, backend: str) -> None:
    calls: list[int] = []
    renderer = CountingRenderer()

    def make_input() -> PageInput:
        calls.append(1)
        return sample_input()

    panel = make_panel(render=make_input, renderer=renderer, force_fallback=backend == "fallback")
    with qtbot.waitSignal(panel.updated, timeout=TIMEOUT):
        for _ in range(25):
            panel.request_update()
    with qtbot.assertNotEmitted(panel.updated, wait=COALESCE_MS * 4):
        pass
    assert len(calls) == 1
    assert renderer.rendered == [HEADLINE]


def test_edits_during_a_render_make_one_more_update(qtbot, make_panel, backend: str) -> None:
    renderer = CountingRenderer(gated=True)
    headline = ["first"]
    panel = make_panel(
        render=lambda: sample_input(headline[0]), renderer=renderer, force_fallback=backend == "fallback"
    )
    panel.request_update()
    qtbot.waitUntil(renderer.started.is_set, timeout=TIMEOUT)
    for n in range(10):  # typing goes on while the first page renders
        headline[0] = f"typed {n}"
        panel.request_update()
    with qtbot.waitSignals([panel.updated, panel.updated], timeout=TIMEOUT):
        renderer.gate.set()
    assert renderer.rendered == ["first", "typed 9"]
    assert "typed 9" in panel.current_html()


def test_stale_results_are_dropped(qtbot, make_panel, backend: str) -> None:
    renderer = CountingRenderer(gated=True)
    panel = make_panel(renderer=renderer, force_fallback=backend == "fallback")
    panel.set_source(lambda: sample_input("old article"))
    qtbot.waitUntil(renderer.started.is_set, timeout=TIMEOUT)
    panel.set_source(lambda: sample_input("skipped article"))  # overtaken before it starts
    panel.set_source(lambda: sample_input("new article"))
    shown: list[str] = []
    panel.updated.connect(lambda: shown.append(panel.current_html()))
    with qtbot.waitSignal(panel.updated, timeout=TIMEOUT):
        renderer.gate.set()
    with qtbot.assertNotEmitted(panel.updated, wait=COALESCE_MS * 4):
        pass
    assert len(shown) == 1
    assert "new article" in shown[0]
    assert "old article" not in shown[0]
    assert renderer.rendered == ["old article", "new article"]
    assert panel.dropped_results == 2  # the old result, and the skipped request


def test_a_hidden_panel_renders_when_shown(qtbot, make_panel, backend: str) -> None:
    renderer = CountingRenderer()
    panel = make_panel(render=sample_input, renderer=renderer, force_fallback=backend == "fallback")
    panel.hide()
    with qtbot.assertNotEmitted(panel.updated, wait=COALESCE_MS * 4):
        for _ in range(3):
            panel.request_update()
    assert renderer.rendered == []
    with qtbot.waitSignal(panel.updated, timeout=TIMEOUT):
        panel.show()
    assert renderer.rendered == [HEADLINE]


def test_no_input_and_a_failing_source_show_a_message(qtbot, make_panel, backend: str) -> None:
    panel = make_panel(force_fallback=backend == "fallback")
    with qtbot.waitSignal(panel.updated, timeout=TIMEOUT):
        panel.set_source(lambda: None)
    assert panel.current_html() == EMPTY_PAGE

    def broken() -> PageInput:
        raise LookupError("Article 7 no longer exists")

    with qtbot.waitSignal(panel.updated, timeout=TIMEOUT):
        panel.set_source(broken)
    assert "Article 7 no longer exists" in plain_text(qtbot, panel)


# -- safety ------------------------------------------------------------------------------------


@web_only
def test_page_scripts_do_not_run(qtbot, make_panel) -> None:
    panel = make_panel()
    page = (
        "<html><head><title>original</title></head><body><p id='x'>static text</p>"
        "<img src='ewsphoto:nothing' onerror=\"document.title='onerror ran'\">"
        "<script>document.title='script ran'; document.getElementById('x').textContent='changed';</script>"
        "</body></html>"
    )
    with qtbot.waitSignal(panel.updated, timeout=TIMEOUT):
        panel.set_html(page)
    assert panel.web_view is not None
    assert panel.web_view.page().title() == "original"
    assert "static text" in plain_text(qtbot, panel)
    settings = panel.web_view.page().settings()
    assert not settings.testAttribute(settings.WebAttribute.JavascriptEnabled)
    assert panel.web_view.page().profile().isOffTheRecord()


@web_only
def test_no_request_reaches_the_network(qtbot, make_panel) -> None:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.setblocking(False)
    port = server.getsockname()[1]
    image, sheet, frame = (f"http://127.0.0.1:{port}/{name}" for name in ("x.png", "s.css", "frame"))
    panel = make_panel()
    try:
        with qtbot.waitSignal(panel.updated, timeout=TIMEOUT):
            # Raw HTML, past the sanitizer and with no CSP: only the interceptor stands in the way.
            panel.set_html(
                f"<html><head><link rel='stylesheet' href='{sheet}'></head><body>"
                f"<img src='{image}'><iframe src='{frame}'></iframe><p>remote things</p></body></html>"
            )
        qtbot.waitUntil(lambda: {image, sheet} <= set(panel.blocked_requests), timeout=TIMEOUT)
        with pytest.raises(BlockingIOError):
            server.accept()
    finally:
        server.close()


@web_only
def test_links_and_other_navigation_are_refused(make_panel) -> None:
    from PySide6.QtWebEngineCore import QWebEnginePage

    panel = make_panel()
    assert panel.web_view is not None
    page = panel.web_view.page()
    kinds = QWebEnginePage.NavigationType
    assert not page.acceptNavigationRequest(
        QUrl("http://example.com/"), kinds.NavigationTypeLinkClicked, True
    )
    assert not page.acceptNavigationRequest(QUrl("ewsphoto:preview"), kinds.NavigationTypeLinkClicked, True)
    assert not page.acceptNavigationRequest(QUrl("https://example.com/"), kinds.NavigationTypeRedirect, True)
    assert page.acceptNavigationRequest(QUrl("data:text/html,x"), kinds.NavigationTypeTyped, True)


@web_only
def test_stored_photos_are_served_through_the_photo_scheme(qtbot, make_panel) -> None:
    red = png_bytes((220, 20, 20))
    sha = hashlib.sha256(red).hexdigest()
    missing = "0" * 64
    photos = {sha: ("image/png", red)}
    panel = make_panel(photo_source=photos.get)
    panel.set_width_preset("phone")  # no scaling: one CSS pixel is one pixel of the grab
    with qtbot.waitSignal(panel.updated, timeout=TIMEOUT):
        panel.set_html(
            "<html><body style='margin:0;background:#fff'>"
            f"<img src='ewsphoto:{sha}' style='display:block;width:200px;height:120px'>"
            f"<img src='ewsphoto:{missing}' style='display:block;width:200px;height:120px'>"
            "</body></html>"
        )
    assert panel.web_view is not None

    def red_at_top_left() -> bool:
        color = QColor(panel.web_view.grab().toImage().pixelColor(30, 30)) if panel.web_view else QColor()
        return color.red() > 200 and color.green() < 60 and color.blue() < 60

    qtbot.waitUntil(red_at_top_left, timeout=TIMEOUT)
    handler = panel.web_view.scheme_handler
    assert sha in handler.served
    qtbot.waitUntil(lambda: missing in handler.refused, timeout=TIMEOUT)
    assert panel.blocked_requests == []


@web_only
def test_a_photo_is_read_off_the_gui_thread_and_a_failing_source_only_loses_it(qtbot, make_panel) -> None:
    """A first read makes the web rendition (a decode, a resize): never on the GUI thread."""
    red = png_bytes((220, 20, 20))
    sha, broken = hashlib.sha256(red).hexdigest(), "f" * 64
    threads: list[bool] = []

    def source(name: str) -> tuple[str, bytes] | None:
        threads.append(threading.current_thread() is threading.main_thread())
        if name == broken:
            raise OSError("the photo store is unreadable")
        return ("image/png", red) if name == sha else None

    panel = make_panel(photo_source=source)
    with qtbot.waitSignal(panel.updated, timeout=TIMEOUT):
        panel.set_html(f"<html><body><img src='ewsphoto:{sha}'><img src='ewsphoto:{broken}'></body></html>")
    assert panel.web_view is not None
    handler = panel.web_view.scheme_handler
    qtbot.waitUntil(lambda: sha in handler.served and broken in handler.refused, timeout=TIMEOUT)
    assert threads
    assert not any(threads)


def test_the_featured_photo_of_a_rendered_page_loads(qtbot, make_panel, backend: str) -> None:
    blue = png_bytes((20, 20, 220), (300, 200))
    sha = hashlib.sha256(blue).hexdigest()
    reads: list[str] = []

    def source(wanted: str) -> tuple[str, bytes] | None:
        reads.append(wanted)
        return ("image/png", blue) if wanted == sha else None

    panel = make_panel(photo_source=source, force_fallback=backend == "fallback")
    photo = FeaturedPhoto(f"ewsphoto:{sha}", caption="Drones", credit="KCNA via AP/TT", alt_text="A drone")
    with qtbot.waitSignal(panel.updated, timeout=TIMEOUT):
        panel.set_source(lambda: sample_input(photo=photo))
    qtbot.waitUntil(lambda: reads == [sha], timeout=TIMEOUT)
    assert "Photo: KCNA via AP/TT" in plain_text(qtbot, panel)
    if panel.web_view is not None:
        assert panel.web_view.scheme_handler.served == [sha]
    for _ in range(3):  # each update shows the photo again; the store is read once
        with qtbot.waitSignal(panel.updated, timeout=TIMEOUT):
            panel.update_now()
    assert reads == [sha]


def test_photo_cache_and_request_logs_are_bounded() -> None:
    reads: list[str] = []

    def source(sha: str) -> tuple[str, bytes] | None:
        reads.append(sha)
        return None if sha == "missing" else ("image/png", bytes(40))

    cache = PhotoCache(source, budget=100)
    assert cache("a") == cache("a") == ("image/png", bytes(40))
    assert cache("missing") is None
    assert cache("missing") is None
    cache("b")
    cache("c")  # over the budget: "a", the least recently used, goes
    cache("a")
    assert reads == ["a", "missing", "missing", "b", "c", "a"]
    log: list[str] = []
    for n in range(LOG_LIMIT + 50):
        remember(log, str(n))
    assert len(log) == LOG_LIMIT
    assert log[-1] == str(LOG_LIMIT + 49)


@web_only
def test_a_page_too_big_for_set_html_is_still_shown(qtbot, make_panel) -> None:
    panel = make_panel()
    filler = "<p>" + "lorem ipsum " * 150_000 + "</p>"
    with qtbot.waitSignal(panel.updated, timeout=TIMEOUT):
        panel.set_html(f"<html><body><h1>big page marker</h1>{filler}</body></html>")
    assert plain_text(qtbot, panel).startswith("big page marker")


# -- layout and scrolling -----------------------------------------------------------------------


@web_only
def test_width_presets_lay_the_page_out_at_their_width(qtbot, make_panel) -> None:
    panel = make_panel(width=1300, height=700)
    with qtbot.waitSignal(panel.updated, timeout=TIMEOUT):
        panel.set_source(sample_input)
    assert panel.web_view is not None
    columns = "getComputedStyle(document.querySelector('.page')).gridTemplateColumns.split(' ').length"

    def layout() -> tuple[object, object]:
        return evaluate(qtbot, panel, "window.innerWidth"), evaluate(qtbot, panel, columns)

    qtbot.waitUntil(lambda: layout() == (1200, 2), timeout=TIMEOUT)
    panel.set_width_preset("phone")
    assert panel.web_view.width() == 390
    qtbot.waitUntil(lambda: layout() == (390, 1), timeout=TIMEOUT)
    assert panel.findChild(QComboBox, "previewWidthPicker").currentData() == "phone"
    panel.set_width_preset("tablet")
    qtbot.waitUntil(lambda: layout() == (768, 1), timeout=TIMEOUT)
    # Narrower than the preset: the whole page is shown scaled down, laid out at 1200 px.
    panel.set_width_preset("desktop")
    panel.resize(600, 700)
    qtbot.waitUntil(lambda: abs(panel.web_view.page().zoomFactor() - 0.5) < 0.01, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: layout() == (1200, 2), timeout=TIMEOUT)
    with pytest.raises(ValueError, match="unknown width preset"):
        panel.set_width_preset("watch")


@web_only
def test_follow_paragraph_scrolls_and_updates_keep_the_place(qtbot, make_panel) -> None:
    body = [long_body()]
    panel = make_panel(width=480, height=600, render=lambda: sample_input(body=body[0]))
    panel.set_width_preset("phone")
    with qtbot.waitSignal(panel.updated, timeout=TIMEOUT):
        panel.update_now()
    assert scroll_y(panel) == 0
    panel.follow_paragraph(50)
    qtbot.waitUntil(lambda: scroll_y(panel) > 1000, timeout=TIMEOUT)
    in_view = (
        "(function(){var r=document.querySelector('.body').children[50].getBoundingClientRect();"
        "return r.top >= 0 && r.top < window.innerHeight;})()"
    )
    assert evaluate(qtbot, panel, in_view) is True
    place = scroll_y(panel)
    for n in range(5):  # an edit far above, several pages in a row: the view stays put
        body[0] = long_body().replace("Paragraph 3:", f"Paragraph 3 (edit {n}):")
        with qtbot.waitSignal(panel.updated, timeout=TIMEOUT):
            panel.request_update()
    assert "edit 4" in panel.current_html()
    assert abs(scroll_y(panel) - place) < 2
    assert evaluate(qtbot, panel, in_view) is True


@web_only
def test_the_reader_s_scroll_position_survives_updates(qtbot, make_panel) -> None:
    body = [long_body()]
    panel = make_panel(width=480, height=600, render=lambda: sample_input(body=body[0]))
    panel.set_width_preset("phone")
    with qtbot.waitSignal(panel.updated, timeout=TIMEOUT):
        panel.update_now()
    evaluate(qtbot, panel, "window.scrollTo(0, 2500); window.scrollY")
    qtbot.waitUntil(lambda: abs(scroll_y(panel) - 2500) < 2, timeout=TIMEOUT)
    for n in range(3):
        body[0] += f"\n\nNew paragraph {n}."
        with qtbot.waitSignal(panel.updated, timeout=TIMEOUT):
            panel.request_update()
    assert evaluate(qtbot, panel, "window.scrollY") == 2500
    # Another article starts at its top.
    with qtbot.waitSignal(panel.updated, timeout=TIMEOUT):
        panel.set_source(lambda: sample_input("another", body=long_body()))
    assert evaluate(qtbot, panel, "window.scrollY") == 0


@web_only
def test_a_body_edit_replaces_the_body_in_place_and_other_edits_load_a_page(qtbot, make_panel) -> None:
    """Typing in the body: no navigation, no photo asked for again, the place kept; a headline
    edit (or a page without one `.body`) loads the page in full."""
    photo = png_bytes((200, 30, 30))
    sha = hashlib.sha256(photo).hexdigest()
    served: list[str] = []

    def source(name: str) -> tuple[str, bytes] | None:
        served.append(name)
        return ("image/png", photo) if name == sha else None

    state = {"headline": HEADLINE, "body": long_body() + f"\n\n![A red square](ewsphoto:{sha})"}
    panel = make_panel(
        width=480,
        height=600,
        render=lambda: sample_input(state["headline"], body=state["body"]),
        photo_source=source,
    )
    panel.set_width_preset("phone")
    assert panel.web_view is not None
    loads: list[bool] = []
    panel.web_view.page().loadFinished.connect(loads.append)
    with qtbot.waitSignal(panel.updated, timeout=TIMEOUT):
        panel.update_now()
    qtbot.waitUntil(lambda: sha in served, timeout=TIMEOUT)
    evaluate(qtbot, panel, "window.scrollTo(0, 1800); window.scrollY")
    qtbot.waitUntil(lambda: abs(scroll_y(panel) - 1800) < 2, timeout=TIMEOUT)
    loaded, asked, typed_into = len(loads), len(served), state["body"]
    for n in range(3):
        state["body"] = typed_into.replace("Paragraph 5:", f"Paragraph 5 (typed {n}):", 1)
        with qtbot.waitSignal(panel.updated, timeout=TIMEOUT):
            panel.request_update()
    assert panel.web_view.patched_pages == 3
    assert len(loads) == loaded  # no new page
    assert len(served) == asked  # and no photo asked for again
    assert "Paragraph 5 (typed 2):" in plain_text(qtbot, panel)
    assert evaluate(qtbot, panel, "document.querySelectorAll('.body img').length") == 1
    assert evaluate(qtbot, panel, "window.scrollY") == 1800
    state["headline"] = "A new headline"
    with qtbot.waitSignal(panel.updated, timeout=TIMEOUT):
        panel.request_update()
    qtbot.waitUntil(lambda: len(loads) > loaded, timeout=TIMEOUT)
    assert panel.web_view.patched_pages == 3
    assert "A new headline" in plain_text(qtbot, panel)
    # A page whose `.body` is gone (a template changed under it): the patch fails and it loads.
    evaluate(qtbot, panel, "document.querySelector('.body').className = 'gone'; true")
    loaded = len(loads)
    state["body"] += "\n\nThe last paragraph."
    with qtbot.waitSignal(panel.updated, timeout=TIMEOUT):
        panel.request_update()
    qtbot.waitUntil(lambda: len(loads) > loaded, timeout=TIMEOUT)
    assert panel.web_view.patched_pages == 3
    assert "The last paragraph." in plain_text(qtbot, panel)


@web_only
def test_a_page_deleted_while_its_body_is_replaced_takes_the_answer_quietly(qtbot, make_panel) -> None:
    """Closing the window mid-patch: Qt answers the pending script (with nothing) as the page goes;
    the answer must not reload a deleted page (an error in the event loop at every close)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    panel = make_panel(render=lambda: sample_input(body=long_body()))
    with qtbot.waitSignal(panel.updated, timeout=TIMEOUT):
        panel.update_now()
    view = panel.web_view
    assert view is not None
    view._patching = panel.current_html()  # a body replacement whose answer has not come
    view.web_page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    view._on_patched(None)  # as Qt answers it while the page is deleted
    assert view._patching == ""


def test_the_fallback_follows_paragraphs(qtbot, make_panel) -> None:
    panel = make_panel(width=480, height=600, force_fallback=True)
    with qtbot.waitSignal(panel.updated, timeout=TIMEOUT):
        panel.set_source(lambda: sample_input(body=long_body()))
    assert panel.fallback_view is not None
    bar = panel.fallback_view.verticalScrollBar()
    assert bar.value() == 0
    panel.follow_paragraph(50)
    assert bar.value() > 0
    # Its first line sits a quarter of the way down.
    cursor = panel.fallback_view.cursorForPosition(
        QPoint(20, panel.fallback_view.viewport().height() // 4 + 8)
    )
    assert cursor.block().text().startswith("Paragraph 50:")
    place = bar.value()
    with qtbot.waitSignal(panel.updated, timeout=TIMEOUT):
        panel.set_source(lambda: sample_input(body=long_body()))
    assert bar.value() == 0 != place


# -- PDF and fallback --------------------------------------------------------------------------


def test_print_to_pdf(qtbot, make_panel, backend: str, tmp_path: Path) -> None:
    panel = make_panel(force_fallback=backend == "fallback")
    with qtbot.waitSignal(panel.updated, timeout=TIMEOUT):
        panel.set_source(sample_input)
    target = str(tmp_path / "article.pdf")
    with qtbot.waitSignal(panel.pdf_done, timeout=TIMEOUT) as done:
        panel.print_to_pdf(target)
    assert done.args == [target, True]
    assert Path(target).read_bytes().startswith(b"%PDF")


def test_forced_fallback_shows_a_notice_and_loads_nothing_remote(qtbot, make_panel) -> None:
    red = png_bytes((220, 20, 20))
    sha = hashlib.sha256(red).hexdigest()
    panel = make_panel(force_fallback=True, photo_source={sha: ("image/png", red)}.get)
    notice = panel.findChild(QWidget, "previewNotice")
    assert panel.is_fallback
    assert notice.isVisible()
    assert "full preview is unavailable" in notice.text()
    browser = panel.findChild(QTextBrowser, "previewFallback")
    assert browser is panel.fallback_view
    assert not browser.openLinks()
    assert not browser.openExternalLinks()
    with qtbot.waitSignal(panel.updated, timeout=TIMEOUT):
        panel.set_html(f"<p>shown</p><img src='http://127.0.0.1:9/x.png'><img src='ewsphoto:{sha}'>")
    assert "http://127.0.0.1:9/x.png" in panel.blocked_requests
    image_type = int(QTextDocument.ResourceType.ImageResource.value)
    assert browser.loadResource(image_type, QUrl("https://example.com/y.png")) is None
    assert browser.loadResource(image_type, QUrl("file:///etc/hostname")) is None
    photo = browser.loadResource(image_type, QUrl(f"ewsphoto:{sha}"))
    assert isinstance(photo, QImage)
    assert photo.width() == 40
    assert browser.loadResource(image_type, QUrl("ewsphoto:" + "0" * 64)) is None


def test_the_fallback_fits_photos_to_its_width(qtbot, make_panel) -> None:
    wide = png_bytes((20, 120, 20), (1600, 900))
    sha = hashlib.sha256(wide).hexdigest()
    panel = make_panel(
        width=480, height=600, force_fallback=True, photo_source={sha: ("image/png", wide)}.get
    )
    panel.set_width_preset("phone")
    with qtbot.waitSignal(panel.updated, timeout=TIMEOUT):
        panel.set_html(f"<p>photo</p><img src='ewsphoto:{sha}' width='1600' height='900'>")
    browser = panel.fallback_view
    assert browser is not None
    assert browser.width() == 390
    assert browser.horizontalScrollBar().maximum() == 0
    assert browser.document().size().width() <= browser.viewport().width()


def test_fallback_when_webengine_cannot_start(qtbot, make_panel, monkeypatch: pytest.MonkeyPatch) -> None:
    reason = "QtWebEngine could not be loaded (libnss3.so: cannot open shared object file)."
    monkeypatch.setattr(environment, "webengine_unavailable_reason", lambda: reason)
    panel = make_panel()
    assert panel.is_fallback
    assert panel.fallback_reason == reason
    assert reason in panel.findChild(QWidget, "previewNotice").text()
    with qtbot.waitSignal(panel.updated, timeout=TIMEOUT):
        panel.set_source(sample_input)
    assert HEADLINE in plain_text(qtbot, panel)


@web_only
def test_a_crashed_renderer_falls_back(qtbot, make_panel) -> None:
    panel = make_panel()
    with qtbot.waitSignal(panel.updated, timeout=TIMEOUT):
        panel.set_source(sample_input)
    assert panel.web_view is not None
    pid = panel.web_view.page().renderProcessPid()
    assert pid > 0
    with qtbot.waitSignal(panel.updated, timeout=TIMEOUT):
        os.kill(pid, signal.SIGKILL)
    assert panel.is_fallback
    assert "was killed" in panel.findChild(QWidget, "previewNotice").text()
    assert HEADLINE in plain_text(qtbot, panel)


def test_root_without_no_sandbox_is_refused_before_chromium_exits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(environment, "running_as_root", lambda: True)
    monkeypatch.delenv(environment.DISABLE_SANDBOX_ENV, raising=False)
    monkeypatch.setenv(environment.CHROMIUM_FLAGS_ENV, "--lang=sv")
    assert "sandbox" in (environment.webengine_unavailable_reason() or "")
    environment.configure_webengine_environment()
    assert os.environ[environment.CHROMIUM_FLAGS_ENV] == "--lang=sv --no-sandbox --disable-gpu"
    assert environment.webengine_unavailable_reason() in (None, WEB_UNAVAILABLE)


def test_interactive_widgets_are_named(make_panel) -> None:
    panel = make_panel()
    assert (panel.objectName(), panel.accessibleName()) == ("previewPanel", "Preview")
    for widget in panel.findChildren(QWidget):
        if isinstance(widget, QComboBox | QAbstractButton | QTextBrowser) or widget is panel.web_view:
            assert widget.objectName(), widget
            assert widget.accessibleName(), widget


# -- the cursor's paragraph --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "position", "expected"),
    [
        ("", 0, 0),
        ("One.", 2, 0),
        ("One.\n\nTwo.\n\nThree.", 7, 1),
        ("One.\n\nTwo.\n\nThree.", 13, 2),
        ("One.\n\nTwo.\n\nThree.", 4, 0),  # end of the first block
        ("One.\n\nTwo.", 5, 0),  # the blank line counts with the block before it
        ("\n\n\nOne.", 0, 0),
        ("One.\n\nTwo.", 999, 1),  # past the end: the last block
        ("## Heading\nText under it.", 12, 1),  # a heading is an element of its own
        ("# Title\nText under it.", 9, 0),  # "# " renders as bare text, not an element
        ("- a\n\n- b\n\nAfter.", 6, 0),  # a loose list is one element
        ("> a\n\n> b\n\nAfter.", 14, 1),  # so is a quote split by a blank line
        ("```\ncode\n\nmore\n```\n\nAfter.", 24, 1),  # blank lines inside a fence
        ("[x]: http://example.com\n\nText [y][x].", 30, 0),  # a definition renders nothing
    ],
)
def test_paragraph_index_for_cursor(text: str, position: int, expected: int) -> None:
    assert paragraph_index_for_cursor(text, position) == expected


class _TopLevel(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.texts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth == 0:
            self.texts.append("")
        if tag not in ("br", "hr", "img"):
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.texts[-1] += data


MIXED_BODY = """w1 intro
continues w2

## w3 heading
w4 after heading

# w5 title
w6 after title

- w7 item
- w8 item

- w9 loose item

    w10 indented continuation

w11 para

> w12 quote
> w13 more

> w14 quote two

1. w15 one
2. w16 two

- w17 bullet after numbered

[ref]: http://example.com
*[ABBR]: abbreviation

w18 para with [link][ref]

```
w19 code

w20 more code
```

w21 after fence

---

w22 after rule

| w23 | b |
|---|---|
| w24 | 2 |

<p>w25 raw p</p>

<div>w26 raw div</div>

w27 text
> w28 lazy quote

w29 setext
---

w30 end"""


def test_paragraph_index_matches_the_rendered_body() -> None:
    """Each marker word's index is the top-level element of the rendered body that shows it."""
    parser = _TopLevel()
    parser.feed(markdown_to_html(MIXED_BODY))
    checked = 0
    for match in re.finditer(r"w\d+", MIXED_BODY):
        holders = [i for i, text in enumerate(parser.texts) if re.search(rf"\b{match.group()}\b", text)]
        if holders:  # w5 and w26 render as bare text, outside any element
            assert paragraph_index_for_cursor(MIXED_BODY, match.start()) == holders[0], match.group()
            checked += 1
    assert checked == 28
