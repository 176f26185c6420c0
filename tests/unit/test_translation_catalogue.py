"""The Swedish catalogue is complete: every message is translated (finished, not empty), keeps
the source's placeholders and mnemonic, and running pyside6-lupdate over today's source finds no
message the catalogue lacks. A new translate() string without its Swedish fails here, with the
command that adds it (make update-translations)."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.fakes.catalogue import LUPDATE, swedish_ts

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n")
# Translations identical to their source are allowed only where Swedish uses the same words.
SAME_IN_SWEDISH = frozenset(
    word.lower()
    for line in (
        "Status Byline Slug Destination Version Problem Text Zoom Format OK PDF Markdown HTML API MB",
        "Editorial Workstation px pt https http news example org xxxx KCNA AP TT Lee Jin man Reuters",
        "Sweden Herald md",
    )
    for word in line.split(" ")
)


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _translations(message: ET.Element) -> list[str]:
    node = message.find("translation")
    assert node is not None
    forms = node.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [node.text or ""]


def test_every_message_has_a_finished_swedish_translation() -> None:
    problems = []
    for context, source, message in _messages(swedish_ts()):
        node = message.find("translation")
        assert node is not None
        if node.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {node.get('type')}")
        elif not all(text.strip() for text in _translations(message)):
            problems.append(f"{context}: {source!r} has an empty translation")
    assert problems == [], "Translate these in workstation/ui/translations/workstation_sv.ts"


def test_translations_keep_the_placeholders_and_the_mnemonic() -> None:
    """str.format() of a translation with a placeholder the code does not pass raises; a menu
    item without its & loses its Alt key."""
    problems = []
    for context, source, message in _messages(swedish_ts()):
        wanted = set(PLACEHOLDER.findall(source))
        for text in _translations(message):
            extra = set(PLACEHOLDER.findall(text)) - wanted
            if extra:
                problems.append(f"{context}: {source!r} -> {text!r} adds {sorted(extra)}")
            mnemonic = re.search(r"&[^&\s]", source.replace("&&", ""))
            if mnemonic and not re.search(r"&[^&\s]", text.replace("&&", "")):
                problems.append(f"{context}: {source!r} -> {text!r} lost its & mnemonic")
    assert problems == []


def test_a_translation_equal_to_its_source_is_a_word_swedish_shares() -> None:
    problems = []
    for context, source, message in _messages(swedish_ts()):
        for text in _translations(message):
            words = re.findall(
                r"[A-Za-z]{2,}", PLACEHOLDER.sub("", re.sub(r"<[^>]*>", "", text.replace("&", "")))
            )
            if text == source and not all(word.lower() in SAME_IN_SWEDISH for word in words):
                problems.append(f"{context}: {source!r}")
    assert problems == [], "still English in the Swedish catalogue"


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is part of PySide6")
def test_lupdate_over_the_source_finds_nothing_new(tmp_path: Path) -> None:
    """What `make update-translations` would add: nothing, or the catalogue is behind the code."""
    fresh = tmp_path / "workstation_sv.ts"
    shutil.copy(swedish_ts(), fresh)
    subprocess.run(
        [
            str(LUPDATE),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-extensions",
            "py",
            "workstation",
            "-ts",
            str(fresh),
        ],
        cwd=ROOT,
        check=True,
    )
    committed = {(context, source) for context, source, _message in _messages(swedish_ts())}
    current = {(context, source) for context, source, _message in _messages(fresh)}
    assert sorted(current - committed) == [], "new strings: run make update-translations and translate them"
    assert sorted(committed - current) == [], "strings no longer in the code: run make update-translations"
