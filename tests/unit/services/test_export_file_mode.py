"""An export is the user's document: readable as any saved file is (0666 less the umask, or the
mode of the file it replaces), not the store's private 0600."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from workstation.services.formats.export import write_atomically
from workstation.services.media import storage

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_export_gets_the_umask_s_mode_and_a_replaced_one_keeps_its_own(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        new = tmp_path / "article.md"
        write_atomically(new, "# Headline\n")
        assert _mode(new) == 0o644
        kept = tmp_path / "kept.html"
        kept.write_text("old", encoding="utf-8")
        kept.chmod(0o640)
        write_atomically(kept, "<p>new</p>")
        assert _mode(kept) == 0o640
        assert kept.read_text(encoding="utf-8") == "<p>new</p>"
        photo = tmp_path / "article-photos" / "one.jpg"
        storage.write_file_atomically(photo, b"\xff\xd8", mode=storage.user_file_mode(photo))
        assert _mode(photo) == 0o644
        private = tmp_path / "store-file"
        storage.write_file_atomically(private, b"x")
        assert _mode(private) == 0o600  # the store's own files stay the user's alone
    finally:
        os.umask(old)
