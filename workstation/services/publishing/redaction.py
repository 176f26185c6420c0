"""Secrets out of what a site says. A PHP debug page or a proxy's error page may repeat the
request's headers; whatever a site answers is shown, logged and stored in the outbox, so the
password, its Basic-auth form and any Authorization value are masked before it goes anywhere."""

from __future__ import annotations

import base64
import re

MASK = "[redacted]"
WHOLE_WORD_BELOW = 8  # secrets shorter than this are masked as whole words only
# An Authorization header as an error page prints it ("Authorization: Basic dXNlcjpwYXNz",
# "HTTP_AUTHORIZATION => Bearer …"), whatever else surrounds it.
_AUTHORIZATION = re.compile(
    r"(?i)(\b(?:http_)?authorization\b[\"']?\s*(?:[:=]|=>)\s*[\"']?)(?:(basic|bearer|digest)\s+)?[^\s\"'<>,;]+"
)

# A bare credential anywhere: "Bearer <token>", "Basic <base64>" (with a digit, + / or =, so
# that "Basic information" stays).
_BARE = re.compile(
    r"\b(Bearer)\s+[A-Za-z0-9._~+/-]{8,}=*|\b(Basic)\s+(?=[A-Za-z0-9+/]*[0-9+/=])[A-Za-z0-9+/]{8,}={0,2}"
)


class Redactor:
    """Masks one user's secrets (and every Authorization value) in texts and in decoded JSON."""

    def __init__(self, username: str, password: str | None) -> None:
        secrets: set[str] = set()
        if password:
            basic = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
            secrets.update({password, basic, basic.rstrip("=")})
            if " " in password:  # WordPress shows application passwords in groups of four
                secrets.add(password.replace(" ", ""))
        # Longest first: a password inside its own base64 form is masked as the whole.
        self._secrets = sorted((s for s in secrets if len(s) >= 3), key=len, reverse=True)

    def text(self, text: str) -> str:
        if not text:
            return text
        for secret in self._secrets:
            if len(secret) >= WHOLE_WORD_BELOW:
                text = text.replace(secret, MASK)
            else:  # a short password is masked where it stands alone, not inside "password"
                text = re.sub(rf"(?<![^\W_]){re.escape(secret)}(?![^\W_])", MASK, text)
        text = _AUTHORIZATION.sub(
            lambda m: m.group(1) + (f"{m.group(2)} " if m.group(2) else "") + MASK, text
        )
        return _BARE.sub(lambda m: f"{m.group(1) or m.group(2)} {MASK}", text)

    def value(self, value: object) -> object:
        """`value` (a site's decoded JSON) with every string masked."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.value(item) for item in value]
        if isinstance(value, dict):
            return {key: self.value(item) for key, item in value.items()}
        return value
