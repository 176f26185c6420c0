"""The languages an article can be written in: (code, English name; shown as translate("Languages",
name)), in the order offered; and
what a language code looks like (the app offers these; an import or a script may give others)."""

import string

from workstation.domain.i18n import QT_TRANSLATE_NOOP

LANGUAGES = (
    ("en", QT_TRANSLATE_NOOP("Languages", "English")),
    ("sv", QT_TRANSLATE_NOOP("Languages", "Swedish")),
    ("nb", QT_TRANSLATE_NOOP("Languages", "Norwegian")),
    ("da", QT_TRANSLATE_NOOP("Languages", "Danish")),
    ("fi", QT_TRANSLATE_NOOP("Languages", "Finnish")),
    ("de", QT_TRANSLATE_NOOP("Languages", "German")),
    ("fr", QT_TRANSLATE_NOOP("Languages", "French")),
    ("es", QT_TRANSLATE_NOOP("Languages", "Spanish")),
)


def base_language(language: str) -> str:
    """The language of a code without its region: "sv" of "sv", "sv_SE" and "sv-SE"."""
    return language.strip().replace("_", "-").split("-")[0].lower()


_CODE_CHARS = frozenset(string.ascii_letters + string.digits + "-")


def language_code(text: str) -> str | None:
    """A language code in its stored form ('en', 'sv', 'pt-BR': two or three letters, then
    optional subtags), or None when `text` is not one."""
    code = text.strip()
    head = code.split("-", 1)[0]
    if not (set(code) <= _CODE_CHARS and 2 <= len(head) <= 3 and head.isalpha() and len(code) <= 12):
        return None
    return head.lower() + code[len(head) :]
