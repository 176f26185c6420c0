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
