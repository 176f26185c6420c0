"""What QtWebEngine needs before the QApplication exists, and whether it can run at all.

The composition root (and the GUI tests' conftest) calls configure_webengine_environment() and
register_url_schemes() before creating the QApplication: Chromium reads its flags when the engine
first starts, and custom URL schemes can only be registered before the application exists.
webengine_unavailable_reason() tells the preview whether to use the simplified fallback instead."""

from __future__ import annotations

import importlib
import os

from workstation.domain.i18n import translate
from workstation.domain.urls import PHOTO_SCHEME

CHROMIUM_FLAGS_ENV = "QTWEBENGINE_CHROMIUM_FLAGS"
DISABLE_SANDBOX_ENV = "QTWEBENGINE_DISABLE_SANDBOX"
# Chromium refuses to start as root with its sandbox on, and exits the whole process (rc=1) when
# it tries. Containers and CI run as root; they get the sandbox off and no GPU process.
ROOT_FLAGS = ("--no-sandbox", "--disable-gpu")
# Chromium builds the page's accessibility tree (what a screen reader reads of the preview) only
# when told to; Qt tells it only when an assistive technology was active as the engine started.
ACCESSIBILITY_FLAG = "--force-renderer-accessibility"


def running_as_root() -> bool:
    geteuid = getattr(os, "geteuid", None)
    return geteuid is not None and geteuid() == 0


def configure_webengine_environment() -> None:
    """Call before the QApplication is created. As root, adds --no-sandbox --disable-gpu to
    QTWEBENGINE_CHROMIUM_FLAGS (keeping any flags already there); otherwise leaves them alone.
    Also lets QtWebEngine share OpenGL contexts, which it needs when imported after the app."""
    if running_as_root():
        flags = os.environ.get(CHROMIUM_FLAGS_ENV, "").split()
        flags += [flag for flag in ROOT_FLAGS if flag not in flags]
        os.environ[CHROMIUM_FLAGS_ENV] = " ".join(flags)
    from PySide6.QtCore import QCoreApplication, Qt

    if QCoreApplication.instance() is None:
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)


def enable_page_accessibility() -> bool:
    """Call before the first page view is built (the engine reads its flags once, then): when an
    assistive technology is listening (QAccessible.isActive), Chromium is told to expose the
    page's tree (headings, paragraphs, links, alt text) under the view. True when it was."""
    from PySide6.QtGui import QAccessible

    if not QAccessible.isActive():
        return False
    flags = os.environ.get(CHROMIUM_FLAGS_ENV, "").split()
    if ACCESSIBILITY_FLAG not in flags:
        os.environ[CHROMIUM_FLAGS_ENV] = " ".join([*flags, ACCESSIBILITY_FLAG])
    return True


def register_url_schemes() -> bool:
    """Register the photo scheme (ewsphoto:<sha256>) with QtWebEngine. Must run before the
    QApplication exists; safe to call more than once. False when QtWebEngine is missing or the
    application already exists (the preview then shows no stored photos)."""
    try:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWebEngineCore import QWebEngineUrlScheme
    except ImportError:
        return False
    name = PHOTO_SCHEME.encode()
    if QWebEngineUrlScheme.schemeByName(name).name() == name:
        return True
    if QCoreApplication.instance() is not None:
        return False
    scheme = QWebEngineUrlScheme(name)
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Path)
    # Secure: a page of this scheme is a secure context with no mixed-content rules to trip.
    # Not CorsEnabled, not ContentSecurityPolicyIgnored: the page's CSP applies to it as to any.
    scheme.setFlags(QWebEngineUrlScheme.Flag.SecureScheme)
    QWebEngineUrlScheme.registerScheme(scheme)
    return True


def photo_scheme_registered() -> bool:
    try:
        from PySide6.QtWebEngineCore import QWebEngineUrlScheme
    except ImportError:
        return False
    name = PHOTO_SCHEME.encode()
    return bool(QWebEngineUrlScheme.schemeByName(name).name() == name)


def webengine_unavailable_reason() -> str | None:
    """Why the full preview cannot start here, or None when it can."""
    if running_as_root():
        flags = os.environ.get(CHROMIUM_FLAGS_ENV, "").split()
        if "--no-sandbox" not in flags and not os.environ.get(DISABLE_SANDBOX_ENV):
            return translate(
                "Environment",
                "Chromium will not run as root with its sandbox on. Start the app as a normal user, or "
                "set {CHROMIUM_FLAGS_ENV}=--no-sandbox.",
            ).format(CHROMIUM_FLAGS_ENV=CHROMIUM_FLAGS_ENV)
    try:
        importlib.import_module("PySide6.QtWebEngineCore")
        importlib.import_module("PySide6.QtWebEngineWidgets")
    except ImportError as exc:
        return translate(
            "Environment", "QtWebEngine could not be loaded ({exc}). Install the system libraries it needs."
        ).format(exc=exc)
    return None
