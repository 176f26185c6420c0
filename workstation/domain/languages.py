"""The languages an article can be written in: (code, English name), in the order offered."""

LANGUAGES = (
    ("en", "English"),
    ("sv", "Swedish"),
    ("nb", "Norwegian"),
    ("da", "Danish"),
    ("fi", "Finnish"),
    ("de", "German"),
    ("fr", "French"),
    ("es", "Spanish"),
)


def base_language(language: str) -> str:
    """The language of a code without its region: "sv" of "sv", "sv_SE" and "sv-SE"."""
    return language.strip().replace("_", "-").split("-")[0].lower()
