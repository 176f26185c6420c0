"""The suggestion helper process (see suggestions.py): one JSON request a line on stdin,
{"name", "folder", "word"}, one answer a line on stdout, {"suggestions": [...]} or {"error"}.
Ends when stdin closes."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def serve() -> int:
    from workstation.services.spelling.checker import open_hunspell
    from workstation.services.spelling.dictionaries import DictionaryFiles

    loaded: dict[str, Any] = {}
    out = sys.stdout.buffer
    for line in sys.stdin.buffer:
        try:
            request = json.loads(line)
            key = f"{request['folder']}/{request['name']}"
            if key not in loaded:
                folder = Path(request["folder"])
                name = request["name"]
                files = DictionaryFiles(name, folder / f"{name}.aff", folder / f"{name}.dic")
                loaded[key] = open_hunspell(files)
            answer: dict[str, object] = {"suggestions": list(loaded[key].suggest(request["word"]))}
        except Exception as exc:  # noqa: BLE001 - answered, so the app says it
            answer = {"error": str(exc)}
        out.write(json.dumps(answer).encode("utf-8") + b"\n")
        out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(serve())
