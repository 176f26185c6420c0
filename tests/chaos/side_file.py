"""Reading the driver's side file (one JSON object a line; the last line may be cut by the kill)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Typing:
    article_id: int | None = None
    base: str = ""  # the body before the first keystroke
    keys: list[tuple[float, str]] = field(default_factory=list)  # (time typed, character)
    events: list[dict[str, Any]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(char for _, char in self.keys)

    def last(self, event: str) -> dict[str, Any] | None:
        for entry in reversed(self.events):
            if entry.get("event") == event:
                found: dict[str, Any] = entry
                return found
        return None


def read_side_file(path: Path) -> Typing:
    typing = Typing()
    if not path.exists():
        return typing
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue  # cut by the kill
        typing.events.append(entry)
        if entry["event"] == "article":
            typing.article_id, typing.base, typing.keys = entry["id"], entry["body"], []
        elif entry["event"] == "key":
            typing.keys.append((entry["t"], entry["char"]))
    return typing
