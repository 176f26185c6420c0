"""Every prompt of the app (workstation/ui/common/alerts.py) answered from a test's script.

tests/gui/conftest.py's autouse `prompts` fixture puts a Prompts in place for every GUI test."""

from __future__ import annotations

import copy
import functools
import inspect
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from workstation.ui.articles import link_dialog  # noqa: F401 - registers the link question
from workstation.ui.common import alerts
from workstation.ui.taxonomy import choosers  # noqa: F401 - registers the taxonomy questions

MESSAGES = ("show_error", "show_info")  # they show a message and answer nothing


@dataclass(frozen=True)
class Prompt:
    """One prompt the code under test showed: its alerts function, its arguments by name (the
    parent widget left out) and the scripted answer it returned."""

    name: str
    args: dict[str, Any]
    answer: object


class Prompts:
    """Answers every prompt of alerts.DIALOGS from the test's script and logs each one shown.

        prompts.answer("confirm", False)                 every later confirm answers False
        prompts.answer("ask_save_file", "/tmp/x.md")
        prompts.answer_with("ask_section_name", lambda title, prompt: f"Hockey ({title})")
        prompts.asked("confirm")                         [{"title": ..., "message": ..., ...}]
        prompts.errors, prompts.infos                    [(title, message), ...]

    Message boxes (MESSAGES) need no answer. A question with no scripted answer fails the test,
    naming the question, instead of waiting for an editor who never comes."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.shown: list[Prompt] = []
        self._script: dict[str, Callable[..., object]] = {}
        self._unscripted: list[str] = []
        self._originals: dict[str, Callable[..., Any]] = {}
        for name, module_name in alerts.DIALOGS.items():
            module = sys.modules[module_name]
            self._originals[name] = getattr(module, name)
            monkeypatch.setattr(module, name, self._prompt(name, self._originals[name]))

    def answer(self, name: str, answer: object) -> None:
        """Every later `name` prompt answers `answer` (a copy of it, if it is a list)."""
        self.answer_with(name, lambda *_args: copy.copy(answer))

    def answer_with(self, name: str, function: Callable[..., object]) -> None:
        """Every later `name` prompt answers function(*its arguments but the parent)."""
        if name not in alerts.DIALOGS or name in MESSAGES:
            raise ValueError(f"{name!r} is not a question of alerts.DIALOGS: {alerts.DIALOGS}")
        self._script[name] = function

    def asked(self, name: str) -> list[dict[str, Any]]:
        """The arguments of each `name` prompt shown so far, in order."""
        return [prompt.args for prompt in self.shown if prompt.name == name]

    @property
    def errors(self) -> list[tuple[str, str]]:
        return [(args["title"], args["message"]) for args in self.asked("show_error")]

    @property
    def infos(self) -> list[tuple[str, str]]:
        return [(args["title"], args["message"]) for args in self.asked("show_info")]

    def original(self, name: str) -> Callable[..., Any]:
        """The real dialog, for the tests of the dialog itself."""
        return self._originals[name]

    def _prompt(self, name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        signature = inspect.signature(real)

        @functools.wraps(real)  # its signature too: a prompt is called as the real one is
        def prompt(*args: Any, **kwargs: Any) -> object:
            bound = signature.bind(*args, **kwargs)
            bound.apply_defaults()
            arguments = {key: value for key, value in bound.arguments.items() if key != "parent"}
            if name in MESSAGES:
                answer = None
            elif name in self._script:
                answer = self._script[name](*arguments.values())
            else:
                shown = f"alerts.{name}({', '.join(f'{k}={v!r}' for k, v in arguments.items())})"
                self._unscripted.append(shown)
                pytest.fail(f"{shown} was shown with no scripted answer: call prompts.answer({name!r}, ...)")
            self.shown.append(Prompt(name, arguments, answer))
            return answer

        return prompt

    def check_all_answered(self) -> None:
        if self._unscripted:
            pytest.fail("prompts with no scripted answer: " + "; ".join(self._unscripted))
