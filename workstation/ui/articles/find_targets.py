"""What the find bar searches and what it asks of the window: the fields (Target), a match
(Match), the photos' captions and alt text from the Photos tab (PhotoTexts, implemented by the
window over that other feature) and saving (FindHost)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple, Protocol

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from workstation.ui.articles.find_fields import Span, TextField

# A photo's searched fields: (field name, the word a sentence uses), caption first.
PHOTO_FIELDS = (("caption", "caption"), ("alt_text", "alt text"))


@dataclass(frozen=True, slots=True)
class PhotoText:
    """A photo of the open article, as the Photos tab holds it (typed edits included)."""

    photo_id: int
    name: str
    caption: str
    alt_text: str


class PhotoTexts(Protocol):
    """The open article's photos' captions and alt text (the window implements it over the
    Photos tab)."""

    def photo_texts(self) -> list[PhotoText]: ...

    def field_widget(self, photo_id: int, field: str) -> QLineEdit | QPlainTextEdit | None:
        """The widget showing this photo's field now, if it is shown."""
        ...

    def reveal(self, photo_id: int, field: str) -> QLineEdit | QPlainTextEdit | None:
        """Show the photo's field (the Photos tab, that photo) and return its widget."""
        ...

    def write(self, changes: dict[int, dict[str, str]]) -> bool:
        """Write these photos' fields now, through the Photos tab's service calls."""
        ...

    def watch(self, callback: Callable[[], None] | None) -> None:
        """Call back when a photo's text may have changed (typed, another photo shown); None
        stops."""
        ...


class FindHost(Protocol):
    def save_now(self) -> bool:
        """Write the article's and its photos' pending edits; False when they could not be."""
        ...

    def save_labelled(self, note: str) -> bool:
        """Write the open article's edits now, as one revision labelled with the note."""
        ...

    def show_status(self, text: str, msecs: int = 0) -> None: ...


@dataclass(frozen=True, slots=True)
class Target:
    """A searchable field: an article field, or one photo's caption or alt text."""

    name: str  # "headline", "photo.3.caption"
    label: str  # "headline", "caption"
    text: str
    field: TextField | None  # None: a photo's field not shown now
    photo_id: int | None = None
    photo_field: str = ""


class Match(NamedTuple):
    """A match: the field's name and where in its text."""

    target: str
    span: Span
