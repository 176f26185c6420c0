"""The full preview: Chromium (QtWebEngine) with scripts off and the network shut out.

- An off-the-record profile of its own: no cookies, cache or storage on disk.
- Page scripts never run (JavascriptEnabled off; the page's CSP says default-src 'none' too).
- Every request whose scheme is not ewsphoto: or data: is blocked and recorded (the interceptor),
  so a remote image, stylesheet, font or frame is never fetched, whatever the HTML says.
- ewsphoto:<sha256> is served from the photo store through photo_source(sha) -> (mime, bytes).
- Links are not followed and no window opens.

The host reads and sets the scroll position with scripts in the ApplicationWorld, an isolated
world that runs while page scripts are off (checked on Qt 6.11: MainWorld scripts do not run,
ApplicationWorld ones do, and the page's CSP does not apply to them). A new page is scrolled to
where the last one was, and to the followed paragraph, by a DocumentReady script in that world,
before its first paint, so the view does not jump to the top and back.

While the editor types in the body, only the body changes: the page's `.body` element gets the new
body in place (a script in that world) instead of a new page, so Chromium neither navigates nor
asks for the photos again, and the reader's place never moves. Any other change loads a page."""

from __future__ import annotations

import json
import re
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, Qt, QUrl, Signal
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtQuickWidgets import QQuickWidget
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineScript,
    QWebEngineSettings,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
    QWebEngineUrlRequestJob,
    QWebEngineUrlSchemeHandler,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QWidget

from workstation.domain.i18n import QT_TRANSLATE_NOOP, translate
from workstation.domain.urls import PHOTO_SCHEME
from workstation.ui.common.tasks import TaskRunner
from workstation.ui.preview.environment import enable_page_accessibility, photo_scheme_registered
from workstation.ui.preview.photo_cache import remember

PhotoSource = Callable[[str], tuple[str, bytes] | None]

ALLOWED_SCHEMES = frozenset({PHOTO_SCHEME, "data"})
BASE_URL = QUrl(f"{PHOTO_SCHEME}:preview")
# setHtml() sends the page as a data: URL, which Chromium caps at 2 MB (base64 adds a third).
# Bigger pages (inline data: images) are served through the photo scheme instead.
SET_HTML_LIMIT = 1_400_000
PAGE_NAME = "preview-page-{}"
PAGE_WIDGET_NAME = QT_TRANSLATE_NOOP("WebPreview", "Preview page")
SHA256 = re.compile(r"[0-9a-f]{64}")
_FAILED = object()  # the photo source raised
PHOTO_TYPES = frozenset({"image/jpeg", "image/png", "image/webp", "image/gif", "image/avif"})
APP_WORLD = QWebEngineScript.ScriptWorldId.ApplicationWorld
RESTORE_SCRIPT = "ews-restore-scroll"
# The default template's body element, as the page text has it around the body's HTML.
BODY_OPEN = '<div class="body">'
BODY_CLOSE = "</div>"

# Scroll so the idx-th element of the article body is in view, unless it already is (a tall
# one counts as in view while it crosses the middle). The body is `.body` in the default
# template; a template without one falls back to its <article>, then <body>.
FOLLOW_JS = """
function ewsFollow(idx) {
  if (idx < 0) return;
  var root = document.querySelector('.body') || document.querySelector('article') || document.body;
  if (!root || !root.children.length) return;
  var el = root.children[Math.min(idx, root.children.length - 1)];
  var r = el.getBoundingClientRect(), h = window.innerHeight;
  var inView = (r.top >= 0 && r.bottom <= h) || (r.top < h / 2 && r.bottom > h / 2);
  if (!inView) window.scrollTo(0, window.scrollY + r.top - h / 4);
}
"""


def _frame(html: str, body_html: str) -> tuple[str, str] | None:
    """The page around its body (before, after), or None when the body is not the one element
    `.body` of the page text, so it cannot be replaced in place."""
    if not body_html or html.count(BODY_OPEN) != 1:
        return None
    start = html.find(BODY_OPEN) + len(BODY_OPEN)
    end = html.find(body_html, start)
    if end < 0 or html[start:end].strip():
        return None
    after = html[end + len(body_html) :]
    if not after.lstrip().startswith(BODY_CLOSE):
        return None
    return html[:end], after


class BlockingInterceptor(QWebEngineUrlRequestInterceptor):
    """Blocks every request that is not for the page itself (data:) or a stored photo."""

    def __init__(self, parent: QWidget | QWebEngineProfile | None = None) -> None:
        super().__init__(parent)
        self.blocked: list[str] = []

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        if url.scheme().lower() not in ALLOWED_SCHEMES:
            info.block(True)
            remember(self.blocked, url.toString())


class PhotoSchemeHandler(QWebEngineUrlSchemeHandler):
    """Serves ewsphoto:<sha256> from photo_source, and pages too big for setHtml."""

    def __init__(self, photo_source: PhotoSource | None, parent: QWebEngineProfile | None = None) -> None:
        super().__init__(parent)
        self.photo_source = photo_source
        self._tasks = TaskRunner(self)
        self.pages: dict[str, bytes] = {}
        self.served: list[str] = []
        self.refused: list[str] = []

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:
        name = job.requestUrl().path()
        if job.requestMethod() != QByteArray(b"GET"):
            self._fail(job, name, QWebEngineUrlRequestJob.Error.RequestDenied)
        elif name in self.pages:
            self._reply(job, name, "text/html;charset=utf-8", self.pages[name])
        elif not SHA256.fullmatch(name):
            self._fail(job, name, QWebEngineUrlRequestJob.Error.UrlInvalid)
        else:
            self._serve_photo(job, name)

    def _serve_photo(self, job: QWebEngineUrlRequestJob, sha: str) -> None:
        # Read (and made, the first time: a decode and a resize) off the GUI thread: a photo
        # asked for while the editor types must not hold up a keystroke.
        source = self.photo_source
        if source is None:
            self._fail(job, sha, QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        self._tasks.run(
            lambda: source(sha),
            lambda found: self._answer_photo(job, sha, found),
            # A broken store must not break the page: the photo is just missing.
            lambda _exc: self._answer_photo(job, sha, _FAILED),
        )

    def _answer_photo(self, job: QWebEngineUrlRequestJob, sha: str, found: object) -> None:
        if not shiboken6.isValid(job):
            return  # the page that asked for it is gone
        if found is _FAILED:
            self._fail(job, sha, QWebEngineUrlRequestJob.Error.RequestFailed)
        elif not isinstance(found, tuple):
            self._fail(job, sha, QWebEngineUrlRequestJob.Error.UrlNotFound)
        elif found[0] not in PHOTO_TYPES:  # never SVG or HTML: those can carry scripts
            self._fail(job, sha, QWebEngineUrlRequestJob.Error.RequestDenied)
        else:
            self._reply(job, sha, found[0], found[1])

    def _reply(self, job: QWebEngineUrlRequestJob, name: str, mime: str, data: bytes) -> None:
        buffer = QBuffer(job)  # lives as long as the job
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(QByteArray(mime.encode()), buffer)
        remember(self.served, name)

    def _fail(self, job: QWebEngineUrlRequestJob, name: str, error: QWebEngineUrlRequestJob.Error) -> None:
        job.fail(error)
        remember(self.refused, name)


class PreviewPage(QWebEnginePage):
    """Follows no link and submits no form; console messages are kept, not logged."""

    def __init__(self, profile: QWebEngineProfile, parent: QWidget | None = None) -> None:
        super().__init__(profile, parent)
        self.console: list[str] = []

    def acceptNavigationRequest(
        self, url: QUrl | str, navigation_type: QWebEnginePage.NavigationType, _is_main_frame: bool
    ) -> bool:
        if navigation_type in (
            QWebEnginePage.NavigationType.NavigationTypeLinkClicked,
            QWebEnginePage.NavigationType.NavigationTypeFormSubmitted,
            QWebEnginePage.NavigationType.NavigationTypeBackForward,
        ):
            return False
        return QUrl(url).scheme().lower() in ALLOWED_SCHEMES

    def javaScriptConsoleMessage(
        self, _level: QWebEnginePage.JavaScriptConsoleMessageLevel, message: str, _line: int, _source: str
    ) -> None:
        self.console.append(message)  # e.g. a CSP refusal; never a Qt warning


def _configure(settings: QWebEngineSettings) -> None:
    attribute = QWebEngineSettings.WebAttribute
    for name, on in (
        (attribute.JavascriptEnabled, False),
        (attribute.JavascriptCanOpenWindows, False),
        (attribute.JavascriptCanAccessClipboard, False),
        (attribute.LocalContentCanAccessRemoteUrls, False),
        (attribute.LocalContentCanAccessFileUrls, False),
        (attribute.PluginsEnabled, False),
        (attribute.PdfViewerEnabled, False),
        (attribute.AutoLoadImages, True),
        (attribute.AutoLoadIconsForPage, False),
        (attribute.ErrorPageEnabled, False),
        (attribute.DnsPrefetchEnabled, False),
        (attribute.HyperlinkAuditingEnabled, False),
        (attribute.LocalStorageEnabled, False),
        (attribute.WebGLEnabled, False),
        (attribute.NavigateOnDropEnabled, False),
        (attribute.FocusOnNavigationEnabled, False),  # a new page never takes the editor's focus
        (attribute.ScrollAnimatorEnabled, False),
        (attribute.PrintElementBackgrounds, True),
    ):
        settings.setAttribute(name, on)


class WebPreview(QWebEngineView):
    """The Chromium view. show_html() loads a page; `loaded` says when it is shown."""

    loaded = Signal()
    crashed = Signal(str)
    pdf_done = Signal(str, bool)

    def __init__(self, photo_source: PhotoSource | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewView")
        self.setAccessibleName(translate("WebPreview", "Preview"))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        enable_page_accessibility()  # before the first profile starts the engine
        profile = QWebEngineProfile()  # no storage name: off the record, nothing on disk
        profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
        profile.setPersistentCookiesPolicy(QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies)
        profile.setSpellCheckEnabled(False)
        _configure(profile.settings())
        self.interceptor = BlockingInterceptor(profile)
        profile.setUrlRequestInterceptor(self.interceptor)
        self.scheme_handler = PhotoSchemeHandler(photo_source, profile)
        if photo_scheme_registered():
            profile.installUrlSchemeHandler(PHOTO_SCHEME.encode(), self.scheme_handler)
        self._page = PreviewPage(profile, self)
        _configure(self._page.settings())
        self.setPage(self._page)
        # Parented after the page: children are deleted in order, and a page must go before its
        # profile ("Release of profile requested but WebEnginePage still not deleted").
        profile.setParent(self)
        self._profile = profile
        self._pages_served = 0
        self._scroll_y = 0.0  # CSS pixels; what the next page restores
        self._loading = False
        self._frame: tuple[str, str] | None = None  # the shown page around its body, to patch in place
        self._patching = ""  # the page whose body is being replaced; loaded in full if that fails
        self.patched_pages = 0  # bodies replaced in place (tests, diagnostics)
        self.follow_index = -1
        self._page.loadFinished.connect(self._on_page_load_finished)
        self._page.scrollPositionChanged.connect(self._on_page_scroll_position_changed)
        self._page.renderProcessTerminated.connect(self._on_page_render_process_terminated)
        self._page.pdfPrintingFinished.connect(self.pdf_done.emit)

    # -- loading -----------------------------------------------------------------------------

    @property
    def web_page(self) -> PreviewPage:
        return self._page

    @property
    def loading(self) -> bool:
        return self._loading

    def show_html(self, html: str, body_html: str = "") -> None:
        """Show this page: in place when only its body differs from the page shown."""
        frame = _frame(html, body_html)
        if frame is not None and frame == self._frame and not self._loading:
            self._loading = True
            self._patching = html
            self.run_script(
                f"{FOLLOW_JS}(function(){{var r=document.querySelectorAll('.body');"
                f"if(r.length!==1)return false;r[0].innerHTML={json.dumps(body_html)};"
                f"ewsFollow({int(self.follow_index)});return true;}})()",
                self._on_patched,
            )
            return
        self._frame = frame
        self._load(html)

    def _load(self, html: str) -> None:
        self._set_restore_script(self._scroll_y, self.follow_index)
        self._loading = True
        self._patching = ""
        data = html.encode("utf-8")
        if len(data) <= SET_HTML_LIMIT or not photo_scheme_registered():
            self.scheme_handler.pages.clear()
            self._page.setHtml(html, BASE_URL)
        else:
            self._pages_served += 1
            name = PAGE_NAME.format(self._pages_served)
            self.scheme_handler.pages = {name: data}
            self._page.load(QUrl(f"{PHOTO_SCHEME}:{name}"))

    def _on_patched(self, ok: object) -> None:
        html, self._patching = self._patching, ""
        if not html:
            return  # a page load replaced the patch meanwhile
        if not shiboken6.isValid(self) or not shiboken6.isValid(self._page):
            return  # the view is being deleted: Qt answers the pending script with nothing
        if ok is not True:  # the page shown is not the one patched (a crash, a template without .body)
            self._frame = None
            self._load(html)
            return
        self.patched_pages += 1
        self._loading = False
        self.loaded.emit()

    def reset_scroll(self) -> None:
        self._frame = None  # another article: a new page, at its top
        self._scroll_y = 0.0
        self.follow_index = -1

    def _set_restore_script(self, y: float, follow_index: int) -> None:
        scripts = self._page.scripts()
        for old in scripts.find(RESTORE_SCRIPT):
            scripts.remove(old)
        script = QWebEngineScript()
        script.setName(RESTORE_SCRIPT)
        script.setWorldId(APP_WORLD)
        script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentReady)
        script.setRunsOnSubFrames(False)
        script.setSourceCode(f"{FOLLOW_JS}\nwindow.scrollTo(0, {y:.1f});\newsFollow({int(follow_index)});")
        scripts.insert(script)

    def _on_page_load_finished(self, ok: bool) -> None:
        if not ok and self._page.isLoading():
            return  # replaced by a newer page, which reports in turn
        if not ok:
            self._frame = None  # what is shown is not that page: the next one loads in full
        self._loading = False
        self._name_page_widget()
        self.loaded.emit()

    def _name_page_widget(self) -> None:
        """QtWebEngine draws the page in a child widget it makes with the first page and gives
        the focus to (its focus proxy), and in that widget's offscreen window, which AT-SPI
        lists under the application: unnamed, Tab and review mode would stop there in silence."""
        proxy = self.focusProxy()
        if proxy is None or proxy.accessibleName():
            return
        proxy.setObjectName("previewPageWidget")
        proxy.setAccessibleName(translate("WebPreview", PAGE_WIDGET_NAME))
        if proxy.inherits("QQuickWidget"):  # Qt 6: its offscreen window is named by its title
            widget = shiboken6.wrapInstance(shiboken6.getCppPointer(proxy)[0], QQuickWidget)
            quick = widget.quickWindow() if isinstance(widget, QQuickWidget) else None
            if quick is not None:
                quick.setTitle(translate("WebPreview", PAGE_WIDGET_NAME))

    def _on_page_scroll_position_changed(self, position: QPointF) -> None:
        if not self._loading:  # while a page loads, its start at the top is not the reader's place
            self._scroll_y = position.y() / max(self._page.zoomFactor(), 0.01)

    # -- scripts in the isolated world ---------------------------------------------------------

    def run_script(self, source: str, callback: Callable[[object], None] | None = None) -> None:
        """Run host JavaScript in the ApplicationWorld (page scripts stay off)."""
        if callback is None:
            self._page.runJavaScript(source, APP_WORLD)
        else:
            self._page.runJavaScript(source, APP_WORLD, callback)

    def follow(self, index: int) -> None:
        self.follow_index = index
        if not self._loading:
            self.run_script(f"{FOLLOW_JS}\newsFollow({int(index)});")

    def set_layout_zoom(self, factor: float) -> None:
        if abs(self._page.zoomFactor() - factor) > 1e-3:
            self._page.setZoomFactor(factor)

    # -- printing and failure ----------------------------------------------------------------

    def print_to_pdf(self, path: str) -> None:
        layout = QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
        self._page.printToPdf(path, layout)

    def _on_page_render_process_terminated(
        self, status: QWebEnginePage.RenderProcessTerminationStatus, exit_code: int
    ) -> None:
        kinds = QWebEnginePage.RenderProcessTerminationStatus
        self._frame = None  # the page is gone: the next one loads in full
        self._patching = ""  # and no answer comes for a body being replaced
        self._loading = False
        if status == kinds.NormalTerminationStatus:
            return
        how = {
            kinds.AbnormalTerminationStatus: "stopped",
            kinds.CrashedTerminationStatus: "crashed",
            kinds.KilledTerminationStatus: "was killed",
        }.get(status, "stopped")
        self.crashed.emit(f"The page renderer {how} (exit code {exit_code}).")
