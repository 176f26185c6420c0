"""Suggestions for a misspelt word, computed in a helper process.

Hunspell holds the GIL while it suggests (chunspell releases it nowhere) and a Swedish
suggestion takes 0.2-0.5 s: on a thread of this process that is 0.5 s of a frozen window. The
helper (suggest_server.py, over JSON lines on its stdin and stdout) keeps its own dictionaries;
the caller, a worker thread, waits on the pipe with the GIL released. It starts on the first
request (about 0.1 s, plus the dictionary's load) and ends with close(), or when its stdin
closes (the app gone)."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from typing import IO, Any

from workstation.domain.errors import WorkstationError
from workstation.domain.i18n import translate
from workstation.services.spelling.dictionaries import DictionaryFiles

MAX_SUGGESTIONS = 8
FROZEN_FLAG = "--spelling-suggestions"  # the frozen app's entry runs the helper on this


def helper_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, FROZEN_FLAG]
    return [sys.executable, "-m", "workstation.services.spelling.suggest_server"]


class SuggestionProcess:
    """suggest() blocks: call it on a worker. One request at a time."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None

    def _pipes(self) -> tuple[IO[bytes], IO[bytes]]:
        process = self._process
        if process is None or process.poll() is not None:
            flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console window on Windows
            try:
                process = subprocess.Popen(
                    helper_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE, creationflags=flags
                )
            except OSError as exc:
                raise WorkstationError(
                    translate("Spelling", "Could not start the spelling suggestions: {error}").format(
                        error=exc
                    )
                ) from exc
            self._process = process
        assert process.stdin is not None
        assert process.stdout is not None
        return process.stdin, process.stdout

    def suggest(self, files: DictionaryFiles, word: str) -> list[str]:
        request = {"name": files.name, "folder": str(files.folder), "word": word}
        with self._lock:
            stdin, stdout = self._pipes()
            try:
                stdin.write(json.dumps(request).encode("utf-8") + b"\n")
                stdin.flush()
                line = stdout.readline()
            except OSError as exc:
                line = b""
                reason: Any = exc
            else:
                reason = translate("Spelling", "it ended")
            if not line:
                self._stop()
                raise WorkstationError(
                    translate("Spelling", "The spelling suggestions stopped: {reason}.").format(reason=reason)
                )
        answer = json.loads(line)
        if "error" in answer:
            raise WorkstationError(
                translate("Spelling", "No suggestions from {file}: {error}").format(
                    file=files.dic, error=answer["error"]
                )
            )
        return [s for s in answer["suggestions"] if s != word][:MAX_SUGGESTIONS]

    def _stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        for pipe in (process.stdin, process.stdout):
            if pipe is not None:
                pipe.close()
        try:
            process.wait(2)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def close(self) -> None:
        with self._lock:
            self._stop()
