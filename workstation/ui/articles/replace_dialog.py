"""Edit › Replace in Selected Articles…: find and replace over the articles chosen in the list,
with a preview of every change (per article and field, the words around each match, the old
struck out and the new marked) before anything is written; and the status bar's offer to undo it.

The dialog runs the service's calls off the GUI thread (a Runner from ui/common/tasks.py): the
preview as the fields are typed (the newest request wins), then Apply."""

from __future__ import annotations

import html
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.errors import WorkstationError
from workstation.domain.find import FindOptions
from workstation.domain.i18n import translate
from workstation.domain.text import plural
from workstation.services.find_replace import ArticleReplacement, ReplaceOutcome, ReplacePlan
from workstation.ui.common.tasks import Runner
from workstation.ui.common.undo_offer import UndoOffer

PREVIEW_DELAY_MS = 150  # the preview follows typing without reading the articles per keystroke
PREVIEW_ARTICLES = 200  # the preview lists at most this many articles (Apply changes them all)
FIELD_WORDS = {"headline": "Headline", "standfirst": "Standfirst", "body": "Body"}
PREVIEW_STYLE = """
body { font-size: 10pt; }
h3 { margin: 14px 0 2px 0; font-size: 11pt; }
p.field { margin: 6px 0 0 0; color: #555; font-weight: 600; }
p.match { margin: 2px 0 0 14px; }
p.more { margin: 2px 0 0 14px; color: #666; font-style: italic; }
span.old { background: #fde2e1; color: #8a1c14; text-decoration: line-through; }
span.new { background: #d7f5dd; color: #14532d; font-weight: 600; }
"""

PlanFn = Callable[[FindOptions, str], ReplacePlan]
ApplyFn = Callable[[ReplacePlan], ReplaceOutcome]


def _field_title(name: str, label: str, photo_name: str) -> str:
    if photo_name:
        return f"{label.capitalize()} of {photo_name}"
    return FIELD_WORDS.get(name, label.capitalize())


def preview_html(plan: ReplacePlan, limit: int = PREVIEW_ARTICLES) -> str:
    """Every change of the plan as HTML: per article its headline, per field the matches."""
    parts = [f"<html><head><style>{PREVIEW_STYLE}</style></head><body>"]
    for article in plan.articles[:limit]:
        parts.append(_article_html(article))
    hidden = len(plan.articles) - limit
    if hidden > 0:
        parts.append(
            translate("ReplaceDialog", "<p class='more'>… and {plural} (Apply changes them too).</p>").format(
                plural=plural(hidden, "more article")
            )
        )
    parts.append("</body></html>")
    return "".join(parts)


def _article_html(article: ArticleReplacement) -> str:
    e = html.escape
    headline = article.headline.strip() or translate("ReplaceDialog", "(no headline)")
    lines = [
        f"<h3>{e(headline)} <span style='font-weight:normal;color:#666'>· {e(article.summary)}</span></h3>"
    ]
    for change in article.changes:
        title = _field_title(change.name, change.label, change.photo_name)
        lines.append(f"<p class='field'>{e(title)} · {change.count}</p>")
        for shown in change.snippets:
            old = f"<span class='old'>{e(shown.old)}</span>"
            new = f"<span class='new'>{e(shown.new)}</span>" if shown.new else ""
            lines.append(f"<p class='match'>{e(shown.before)}{old}{new}{e(shown.after)}</p>")
        more = change.count - len(change.snippets)
        if more > 0:
            lines.append(
                translate("ReplaceDialog", "<p class='more'>… and {plural}</p>").format(
                    plural=plural(more, "more match", "more matches")
                )
            )
    return "".join(lines)


class ReplaceArticlesDialog(QDialog):
    """Signals: `previewed(ReplacePlan)` when the preview shows a plan, `applied(ReplaceOutcome)`
    once Apply has written it (the dialog then closes)."""

    previewed = Signal(object)
    applied = Signal(object)

    def __init__(
        self,
        count: int,
        plan: PlanFn,
        apply: ApplyFn,
        tasks: Runner,
        parent: QWidget | None = None,
        *,
        in_trash: bool = False,
        find_text: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("replaceArticlesDialog")
        self.setAccessibleName(translate("ReplaceArticlesDialog", "Replace in selected articles"))
        self.setWindowTitle(translate("ReplaceArticlesDialog", "Replace in Selected Articles"))
        self._plan_fn = plan
        self._apply_fn = apply
        self._tasks = tasks
        self._generation = 0
        self._plan: ReplacePlan | None = None
        self._busy = False

        where = (
            translate("ReplaceArticlesDialog", "in the trash")
            if in_trash
            else translate("ReplaceArticlesDialog", "chosen in the list")
        )
        intro = QLabel(
            translate(
                "ReplaceArticlesDialog",
                "Replace in the {plural} {where}: headline, standfirst, body, and the captions and alt "
                "text of their photos. Nothing changes until you apply; each article gets one entry in "
                "its History, and the status bar offers to undo.",
            ).format(plural=plural(count, "article"), where=where)
        )
        intro.setObjectName("replaceArticlesIntro")
        intro.setWordWrap(True)
        self.find_edit = self._line(
            "replaceArticlesFindEdit",
            translate("ReplaceArticlesDialog", "Find"),
            translate("ReplaceArticlesDialog", "What to find"),
        )
        self.find_edit.setText(find_text)
        self.replace_edit = self._line(
            "replaceArticlesReplaceEdit",
            translate("ReplaceArticlesDialog", "Replace with"),
            translate("ReplaceArticlesDialog", "What it becomes"),
        )
        self.case_check = self._check(
            translate("ReplaceArticlesDialog", "&Match case"),
            "replaceArticlesMatchCaseCheck",
            translate("ReplaceArticlesDialog", "Match case"),
        )
        self.word_check = self._check(
            translate("ReplaceArticlesDialog", "Whole wor&ds"),
            "replaceArticlesWholeWordCheck",
            translate("ReplaceArticlesDialog", "Whole words only"),
        )
        self.regex_check = self._check(
            translate("ReplaceArticlesDialog", "Regular e&xpression"),
            "replaceArticlesRegexCheck",
            translate("ReplaceArticlesDialog", "Regular expression"),
        )
        options = QHBoxLayout()
        options.setSpacing(14)
        for check in (self.case_check, self.word_check, self.regex_check):
            options.addWidget(check)
        options.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("ReplaceArticlesDialog", "&Find"), self.find_edit)
        form.addRow(translate("ReplaceArticlesDialog", "&Replace with"), self.replace_edit)
        form.addRow("", options)

        self.summary_label = QLabel()
        self.summary_label.setObjectName("replaceArticlesSummary")
        self.summary_label.setAccessibleName(
            translate("ReplaceArticlesDialog", "What the replacement changes")
        )
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.preview = QTextBrowser()
        self.preview.setObjectName("replaceArticlesPreview")
        self.preview.setAccessibleName(translate("ReplaceArticlesDialog", "Preview of every change"))
        self.preview.setOpenLinks(False)
        self.preview.setPlaceholderText(
            translate(
                "ReplaceArticlesDialog",
                "Type what to find: every change shows here before anything is written.",
            )
        )

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("replaceArticlesButtons")
        self.apply_button = QPushButton(translate("ReplaceArticlesDialog", "Replace"))
        self.apply_button.setObjectName("replaceArticlesApplyButton")
        self.apply_button.setAccessibleName(translate("ReplaceArticlesDialog", "Replace in the articles"))
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("replaceArticlesCancelButton")
        cancel.setAccessibleName(translate("ReplaceArticlesDialog", "Cancel"))
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self.apply_button.setDefault(True)  # Enter applies; set once the button is in the dialog
        self.setMinimumSize(560, 420)
        self.resize(720, 560)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        for edit in (self.find_edit, self.replace_edit):
            edit.textChanged.connect(lambda _t: self._timer.start())
        for check in (self.case_check, self.word_check, self.regex_check):
            check.toggled.connect(lambda _on: self._timer.start())
        self._show_plan(None, "")
        if find_text:
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.find_edit.setFocus()  # the keyboard starts in Find, its text chosen
        self.find_edit.selectAll()

    @staticmethod
    def _line(name: str, accessible: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        for button in edit.findChildren(QToolButton):  # the clear button Qt adds
            button.setObjectName(f"{name}ClearButton")
            button.setAccessibleName(
                translate("ReplaceArticlesDialog", "Clear {lower}").format(lower=accessible.lower())
            )
        return edit

    @staticmethod
    def _check(text: str, name: str, accessible: str) -> QCheckBox:
        check = QCheckBox(text)
        check.setObjectName(name)
        check.setAccessibleName(accessible)
        return check

    # -- values ------------------------------------------------------------------------------

    def options(self) -> FindOptions:
        return FindOptions(
            self.find_edit.text(),
            match_case=self.case_check.isChecked(),
            whole_word=self.word_check.isChecked(),
            regex=self.regex_check.isChecked(),
        )

    def replacement(self) -> str:
        return self.replace_edit.text()

    @property
    def plan(self) -> ReplacePlan | None:
        """The plan the preview shows now (None while none is shown)."""
        return self._plan

    # -- the preview -------------------------------------------------------------------------

    def update_preview(self) -> None:
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        options, replacement = self.options(), self.replacement()
        if not options.text:
            self._show_plan(None, "")
            return
        self._plan = None
        self.apply_button.setEnabled(False)
        self.summary_label.setText(translate("ReplaceArticlesDialog", "Looking…"))
        self._tasks.run(
            lambda: self._plan_fn(options, replacement),
            lambda plan: self._on_planned(generation, plan),
            lambda exc: self._on_failed(generation, exc),
        )

    def _on_planned(self, generation: int, plan: ReplacePlan) -> None:
        if generation == self._generation and shiboken6.isValid(self):
            self._show_plan(plan, "")
            self.previewed.emit(plan)

    def _on_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation or not shiboken6.isValid(self):
            return
        message = (
            str(exc)
            if isinstance(exc, WorkstationError)
            else translate("ReplaceArticlesDialog", "The articles could not be read: {exc}").format(exc=exc)
        )
        self._show_plan(None, message)

    def _show_plan(self, plan: ReplacePlan | None, problem: str) -> None:
        self._plan = plan
        if plan is None:
            self.preview.clear()
            self.summary_label.setText(problem)
            self.summary_label.setStyleSheet("color: #b3261e;" if problem else "")
            self.apply_button.setText(translate("ReplaceArticlesDialog", "Replace"))
            self.apply_button.setEnabled(False)
            return
        self.summary_label.setStyleSheet("")
        self.summary_label.setText(" ".join([plan.summary, *plan.notes]))
        self.preview.setHtml(preview_html(plan))
        count = len(plan.articles)
        self.apply_button.setText(
            translate("ReplaceArticlesDialog", "Replace in {plural}").format(plural=plural(count, "Article"))
            if count
            else translate("ReplaceArticlesDialog", "Replace")
        )
        self.apply_button.setEnabled(bool(count) and not self._busy)

    # -- applying ----------------------------------------------------------------------------

    def apply(self) -> None:
        """Write the plan shown (off the GUI thread); the dialog closes when it is written."""
        plan = self._plan
        if plan is None or not plan.articles or self._busy:
            return
        self._busy = True
        for widget in (self.apply_button, self.find_edit, self.replace_edit):
            widget.setEnabled(False)
        self.summary_label.setText(
            translate("ReplaceArticlesDialog", "Replacing in {plural}…").format(
                plural=plural(len(plan.articles), "article")
            )
        )
        self._tasks.run(lambda: self._apply_fn(plan), self._on_applied, self._on_apply_failed)

    def _on_applied(self, outcome: ReplaceOutcome) -> None:
        self._busy = False
        self.applied.emit(outcome)
        if shiboken6.isValid(self):
            self.accept()

    def _on_apply_failed(self, exc: BaseException) -> None:
        self._busy = False
        if not shiboken6.isValid(self):
            return
        for widget in (self.apply_button, self.find_edit, self.replace_edit):
            widget.setEnabled(True)
        message = str(exc) if isinstance(exc, WorkstationError) else f"{type(exc).__name__}: {exc}"
        self.summary_label.setStyleSheet("color: #b3261e;")
        self.summary_label.setText(
            translate("ReplaceArticlesDialog", "Nothing more was replaced: {message}").format(message=message)
        )


class ReplaceUndoOffer(UndoOffer):
    """In the status bar after a replacement across articles: what was done, and Undo."""

    HIDE_AFTER_MS = 120_000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "replace",
            translate("ReplaceUndoOffer", "the replacement in the articles"),
            self.HIDE_AFTER_MS,
            parent=parent,
        )
        self.setAccessibleName(translate("ReplaceUndoOffer", "Undo the replacement"))
