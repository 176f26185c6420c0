"""Photos in the body field as one object each: the Markdown <-> document conversion, the caret,
Backspace and Delete, undo, the clipboard and dragging, driven with real key events."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QGuiApplication, QTextCursor
from PySide6.QtWidgets import QApplication

from workstation.domain.photo_refs import photo_markdown
from workstation.services.formats.front_matter import parse_markdown, read_text
from workstation.services.sample import sample_file
from workstation.ui.articles.body_edit import BodyTextEdit
from workstation.ui.articles.formatting import BodyFormatter
from workstation.ui.articles.photo_chips import BODY_MIME, MARKDOWN_PROPERTY, OBJECT_CHAR, PHOTO_OBJECT

SHA_A = "3961053366810d10ea6ae875e0cd0163df3d961fc5fad7e12d4c93bb6f20ea81"
SHA_B = "789fe08b8a34e77572319427fe0e2f07000eb458764a397e0f67c82d2bc3f14b"
REF_A = photo_markdown(SHA_A, "The city council chamber during the vote.")
REF_B = photo_markdown(SHA_B, "Drones [prototype] on a runway")
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def body(qtbot) -> BodyTextEdit:
    edit = BodyTextEdit()
    qtbot.addWidget(edit)
    edit.resize(640, 480)
    edit.show()
    qtbot.waitExposed(edit)
    edit.setFocus()
    return edit


def sample_body() -> str:
    return parse_markdown(read_text(sample_file()), "sample").content.body


def objects(edit: BodyTextEdit) -> list[str]:
    """The reference each photo object in the body carries, in order."""
    document = edit.document()
    cursor = QTextCursor(document)
    found = []
    for position, char in enumerate(document.toRawText()):
        if char == OBJECT_CHAR:
            cursor.setPosition(position + 1)
            fmt = cursor.charFormat()
            assert fmt.objectType() == PHOTO_OBJECT
            found.append(str(fmt.property(MARKDOWN_PROPERTY)))
    return found


def put_cursor(edit: BodyTextEdit, position: int) -> None:
    cursor = edit.textCursor()
    cursor.setPosition(position)
    edit.setTextCursor(cursor)


# -- Markdown <-> document ---------------------------------------------------------------------


def _with_photos() -> list[tuple[str, list[str]]]:
    sample = sample_body()
    paragraphs = sample.split("\n\n")
    three = "\n\n".join([paragraphs[0], REF_A, paragraphs[1], REF_B, *paragraphs[2:], REF_A])
    return [
        (sample, []),
        (three, [REF_A, REF_B, REF_A]),
        (f"{REF_A}\n\nText after a photo at the start.", [REF_A]),
        (f"Text before a photo at the end.\n\n{REF_B}", [REF_B]),
        (f"Adjacent{REF_A}text and {REF_B}{REF_A} two together.", [REF_A, REF_B, REF_A]),
        (REF_A, [REF_A]),
        (
            f'By hand: ![A prefix](photo:{SHA_A[:10]} "A title") stays as written.',
            [f'![A prefix](photo:{SHA_A[:10]} "A title")'],
        ),
        ("No-break\u00a0spaces, 10\u00a0000 kronor, stay.", []),
        (f"In code stays text: `{REF_A}`\n\n```\n{REF_B}\n```", []),
        (f"Across lines stays text: ![Alt](\nphoto:{SHA_A})", []),
        (f"- a list {REF_A}\n> a quote {REF_B}\n\n## Heading\n", [REF_A, REF_B]),
    ]


@pytest.mark.parametrize(("markdown", "refs"), _with_photos())
def test_the_markdown_round_trips_exactly(body: BodyTextEdit, markdown: str, refs: list[str]) -> None:
    body.set_markdown(markdown)
    assert body.markdown() == markdown
    assert objects(body) == refs
    shown = body.toPlainText()
    assert shown.count(OBJECT_CHAR) == len(refs)  # one character a photo, not three lines of hash
    for ref in refs:
        assert ref not in shown
    assert not body.document().isUndoAvailable()  # loading is not an edit


def test_a_reference_in_the_sample_article_round_trips_after_an_edit(qtbot, body: BodyTextEdit) -> None:
    markdown = f"{sample_body()}\n\n{REF_A}\n\nThe end."
    body.set_markdown(markdown)
    put_cursor(body, len(body.toPlainText()))
    qtbot.keyClicks(body, " Really.")
    assert body.markdown() == markdown + " Really."


@pytest.mark.parametrize(
    ("text", "cursor", "expected"),
    [
        ("", 0, "REF"),
        ("One.", 4, "One.\n\nREF"),
        ("One.\n\nTwo.", 5, "One.\n\nREF\n\nTwo."),  # on the blank line between paragraphs
        ("One two.", 3, "One\n\nREF\n\n two."),  # a paragraph is split
        ("One.\n", 5, "One.\n\nREF"),
        ("One.", 0, "REF\n\nOne."),
    ],
)
def test_a_reference_is_inserted_as_a_paragraph_of_its_own(
    qtbot, text: str, cursor: int, expected: str
) -> None:
    """Moved from the Photos tab's tests with its assertions: the body now inserts the block."""
    editor = BodyTextEdit()
    qtbot.addWidget(editor)
    editor.set_markdown(text)
    place = editor.textCursor()
    place.setPosition(cursor)
    editor.setTextCursor(place)
    editor.photo_chips.insert_block("REF")
    assert editor.markdown() == expected
    assert editor.markdown()[: editor.textCursor().position()].endswith("REF")
    editor.undo()
    assert editor.markdown() == text  # one undo step


def test_a_photo_from_the_photos_tab_goes_in_as_one_object(body: BodyTextEdit) -> None:
    body.set_markdown("One.\n\nTwo.")
    put_cursor(body, 4)
    body.photo_chips.insert_block(REF_A)
    assert body.markdown() == f"One.\n\n{REF_A}\n\nTwo."
    assert objects(body) == [REF_A]
    assert body.toPlainText() == f"One.\n\n{OBJECT_CHAR}\n\nTwo."
    assert body.textCursor().position() == len(f"One.\n\n{OBJECT_CHAR}")
    body.undo()
    assert body.markdown() == "One.\n\nTwo."


# -- the caret, Backspace, Delete, undo ----------------------------------------------------------


def test_the_arrow_keys_pass_a_photo_in_one_step(qtbot, body: BodyTextEdit) -> None:
    body.set_markdown(f"ab{REF_A}cd")
    put_cursor(body, 2)
    qtbot.keyClick(body, Qt.Key.Key_Right)
    assert body.textCursor().position() == 3
    qtbot.keyClick(body, Qt.Key.Key_Right)
    assert body.textCursor().position() == 4  # now between c and d
    qtbot.keyClick(body, Qt.Key.Key_Left)
    qtbot.keyClick(body, Qt.Key.Key_Left)
    assert body.textCursor().position() == 2
    qtbot.keyClick(body, Qt.Key.Key_Right, SHIFT)
    assert body.textCursor().selectedText() == OBJECT_CHAR  # the photo is selected whole


def test_backspace_removes_a_photo_whole_and_undo_brings_it_back(qtbot, body: BodyTextEdit) -> None:
    markdown = f"Before.\n\n{REF_A}\n\nAfter."
    body.set_markdown(markdown)
    put_cursor(body, len("Before.\n\n") + 1)
    qtbot.keyClick(body, Qt.Key.Key_Backspace)
    assert body.markdown() == "Before.\n\n\n\nAfter."
    assert objects(body) == []
    qtbot.keyClick(body, Qt.Key.Key_Z, CTRL)
    assert body.markdown() == markdown
    assert objects(body) == [REF_A]  # with its reference intact
    qtbot.keyClick(body, Qt.Key.Key_Z, CTRL | SHIFT)  # redo
    assert body.markdown() == "Before.\n\n\n\nAfter."
    qtbot.keyClick(body, Qt.Key.Key_Z, CTRL)
    assert body.markdown() == markdown


def test_delete_removes_a_photo_whole(qtbot, body: BodyTextEdit) -> None:
    body.set_markdown(f"x{REF_B}y")
    put_cursor(body, 1)
    qtbot.keyClick(body, Qt.Key.Key_Delete)
    assert body.markdown() == "xy"
    qtbot.keyClick(body, Qt.Key.Key_Z, CTRL)
    assert body.markdown() == f"x{REF_B}y"


def test_typing_beside_a_photo_is_text(qtbot, body: BodyTextEdit) -> None:
    body.set_markdown(f"{REF_A}\n\nEnd.")
    put_cursor(body, 1)
    qtbot.keyClicks(body, " caption?")
    put_cursor(body, 0)
    qtbot.keyClicks(body, "Look: ")
    assert body.markdown() == f"Look: {REF_A} caption?\n\nEnd."
    assert objects(body) == [REF_A]


# -- the clipboard and drag and drop -------------------------------------------------------------


def test_copy_and_paste_through_the_clipboard_keep_the_reference(qtbot, body: BodyTextEdit) -> None:
    body.set_markdown(f"One {REF_A} two.")
    put_cursor(body, 4)
    for _ in range(5):  # the photo and " two"
        qtbot.keyClick(body, Qt.Key.Key_Right, SHIFT)
    qtbot.keyClick(body, Qt.Key.Key_C, CTRL)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == f"{REF_A} two"  # any application gets the Markdown
    assert bytes(mime.data(BODY_MIME).data()).decode() == f"{REF_A} two"
    qtbot.keyClick(body, Qt.Key.Key_End)
    qtbot.keyClick(body, Qt.Key.Key_Space)
    qtbot.keyClick(body, Qt.Key.Key_V, CTRL)
    assert body.markdown() == f"One {REF_A} two. {REF_A} two"
    assert objects(body) == [REF_A, REF_A]
    qtbot.keyClick(body, Qt.Key.Key_Z, CTRL)  # the paste is one step
    assert body.markdown() == f"One {REF_A} two. "


def test_cut_and_paste_move_a_photo_whole(qtbot, body: BodyTextEdit) -> None:
    body.set_markdown(f"First.\n\n{REF_B}\n\nSecond.")
    put_cursor(body, len("First.\n\n"))
    qtbot.keyClick(body, Qt.Key.Key_Right, SHIFT)
    qtbot.keyClick(body, Qt.Key.Key_X, CTRL)
    assert body.markdown() == "First.\n\n\n\nSecond."
    assert QGuiApplication.clipboard().text() == REF_B
    qtbot.keyClick(body, Qt.Key.Key_End, CTRL)
    qtbot.keyClick(body, Qt.Key.Key_Return)  # a new paragraph
    qtbot.keyClick(body, Qt.Key.Key_V, CTRL)
    assert body.markdown().endswith(f"Second.\n\n{REF_B}")
    assert objects(body) == [REF_B]


def test_markdown_pasted_from_elsewhere_shows_its_photos(qtbot, body: BodyTextEdit) -> None:
    body.set_markdown("Start.")
    put_cursor(body, len("Start."))
    mime = QMimeData()
    mime.setText(f"\n\nFrom a Markdown file:\n\n{REF_A}\n\nand `{REF_B}` in code.")
    QGuiApplication.clipboard().setMimeData(mime)
    qtbot.keyClick(body, Qt.Key.Key_V, CTRL)
    expected = f"Start.\n\nFrom a Markdown file:\n\n{REF_A}\n\nand `{REF_B}` in code."
    assert body.markdown() == expected
    assert objects(body) == [REF_A]
    qtbot.keyClick(body, Qt.Key.Key_Z, CTRL)  # the paste and its photos are one undo step
    assert body.markdown() == "Start."
    assert objects(body) == []


def test_dragging_a_photo_within_the_body_keeps_it(body: BodyTextEdit) -> None:
    body.set_markdown(f"Top.\n\n{REF_A}\n\nBottom line.")
    put_cursor(body, len("Top.\n\n"))
    cursor = body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    dragged = body.createMimeDataFromSelection()  # what Qt's drag carries
    target = body.textCursor()
    target.setPosition(len(body.toPlainText()))
    point = body.cursorRect(target).center()
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, dragged, buttons, keys)
    QApplication.sendEvent(body.viewport(), enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(point, Qt.DropAction.CopyAction, dragged, buttons, keys)
    QApplication.sendEvent(body.viewport(), move)
    drop = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, dragged, buttons, keys)
    QApplication.sendEvent(body.viewport(), drop)
    assert body.markdown() == f"Top.\n\n{REF_A}\n\nBottom line.{REF_A}"
    assert objects(body) == [REF_A, REF_A]


# -- formatting over photos ----------------------------------------------------------------------


def test_formatting_a_selection_with_a_photo_in_it_keeps_the_photo(body) -> None:
    body.set_markdown(f"Vote today {REF_A} in the hall.")
    formatter = BodyFormatter(body, body)
    cursor = body.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    body.setTextCursor(cursor)
    assert formatter.toggle_bold()
    assert body.markdown() == f"**Vote today {REF_A} in the hall.**"
    assert objects(body) == [REF_A]
    body.undo()
    assert body.markdown() == f"Vote today {REF_A} in the hall."
    assert objects(body) == [REF_A]


def test_a_quote_over_lines_with_a_photo_leaves_the_photo_line_alone(body) -> None:
    body.set_markdown(f"First line.\n\n{REF_B}\n\nLast line.")
    cursor = body.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    body.setTextCursor(cursor)
    assert BodyFormatter(body, body).toggle_quote()
    assert f"\n{REF_B}\n" in body.markdown()
    assert f"> {REF_B}" not in body.markdown()
    assert body.markdown().startswith("> First line.")
    assert objects(body) == [REF_B]
