"""The languages an article can be written in: (code, English name; shown as translate("Languages",
name)), in the order offered; and
what a language code looks like (the app offers these; an import or a script may give others)."""

import re
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


# RFC 5646 (BCP 47) well-formed tags: language[-extlang][-script][-region](-variant)*(-ext)*[-x-...],
# or a private-use tag alone. Any case is well-formed; the registry is not consulted.
_BCP47 = re.compile(
    r"""^(?:
        (?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4,8})   # language (with extlangs)
        (?:-[a-z]{4})?                                # script
        (?:-(?:[a-z]{2}|[0-9]{3}))?                   # region
        (?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*      # variants
        (?:-[0-9a-wy-z](?:-[a-z0-9]{2,8})+)*          # extensions
        (?:-x(?:-[a-z0-9]{1,8})+)?                    # private use
      | x(?:-[a-z0-9]{1,8})+
    )$""",
    re.IGNORECASE | re.VERBOSE,
)


def is_language_tag(text: str) -> bool:
    """Whether text is a well-formed BCP 47 language tag (en, sv, pt-BR, zh-Hant-TW, sr-Latn)."""
    return len(text) <= 64 and text.isascii() and _BCP47.match(text) is not None
