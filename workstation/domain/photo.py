"""Photo metadata as the page shows it: caption, credit line, alt text."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PhotoMetadata:
    caption: str = ""
    credit: str = ""
    alt_text: str = ""
    photographer: str = ""
    copyright: str = ""
    source: str = ""

    @property
    def credit_line(self) -> str:
        """The credit as printed under the photo: "Photo: KCNA via AP/TT"."""
        return f"Photo: {self.credit}" if self.credit.strip() else ""
