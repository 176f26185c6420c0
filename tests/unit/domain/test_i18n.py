"""The Qt-free translation hook: English until a translator is installed, then the translator's."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from workstation.domain import i18n


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    i18n.install(None)


def test_with_no_translator_the_text_is_the_english_source() -> None:
    assert i18n.translate("Ctx", "Save") == "Save"
    assert i18n.translate("Ctx", "Saved {time}").format(time="02:17") == "Saved 02:17"


def test_with_no_translator_a_count_fills_percent_n_as_qt_does() -> None:
    assert i18n.translate("Ctx", "%n words", None, 184) == "184 words"


def test_an_installed_translator_answers_and_none_restores_english() -> None:
    calls: list[tuple[str, str, str | None, int]] = []

    def swedish(context: str, text: str, disambiguation: str | None, n: int) -> str:
        calls.append((context, text, disambiguation, n))
        return {"Save": "Spara"}.get(text, text)

    i18n.install(swedish, lambda value: f"{value:,}".replace(",", "\u00a0"))
    assert i18n.translate("Editor", "Save") == "Spara"
    assert calls == [("Editor", "Save", None, -1)]
    assert i18n.format_number(1234) == "1\u00a0234"
    i18n.install(None)
    assert i18n.translate("Editor", "Save") == "Save"
    assert i18n.format_number(1234) == "1,234"


def test_noop_marks_without_translating() -> None:
    i18n.install(lambda _c, _t, _d, _n: "översatt")
    assert i18n.QT_TRANSLATE_NOOP("Ctx", "Drafts") == "Drafts"


def test_every_plural_call_has_its_nouns_in_the_catalogue_list() -> None:
    """plural() translates its noun at run time: a call with words not in PLURAL_NOUNS would
    stay English in the Swedish interface."""
    import ast
    from pathlib import Path

    import workstation
    from workstation.domain.text import PLURAL_NOUNS, plural

    root = Path(workstation.__file__).parent
    missing = []
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "plural"
                and len(node.args) >= 2
            ):
                words = [str(a.value) for a in node.args[1:] if isinstance(a, ast.Constant)]
                if len(words) == 1:
                    words.append(words[0] + "s")
                missing += [f"{path.name}:{node.lineno} {w!r}" for w in words if w not in PLURAL_NOUNS]
    assert missing == []
    assert plural(1, "tag") == "1 tag"
    assert plural(3, "tag") == "3 tags"
