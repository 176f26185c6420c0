"""The newsroom's house style (domain/house_style.py): the organisation's preset (managed
configuration, [house_style] rules) and the newsroom's own rules, kept in house-style.txt in
the data directory, which the app edits (Edit › House Style…). The page's typography rules
come from it too, so every page this process renders (preview, export, post) agrees."""

from __future__ import annotations

from pathlib import Path

from workstation.domain.errors import WorkstationError
from workstation.domain.house_style import HouseStyle, parse_house_style
from workstation.domain.i18n import QT_TRANSLATE_NOOP, translate
from workstation.services.rendering.body import use_site_typography

HOUSE_STYLE_FILE = "house-style.txt"
PRESET_SOURCE = QT_TRANSLATE_NOOP("HouseStyle", "the managed configuration's [house_style] rules")


class HouseStyleService:
    def __init__(self, data_dir: Path, preset: str = "") -> None:
        self.path = data_dir / HOUSE_STYLE_FILE
        self.preset = preset
        self._base, self.preset_problems = parse_house_style(preset, translate("HouseStyle", PRESET_SOURCE))
        self._cached: tuple[tuple[int, int] | None, HouseStyle] | None = None
        use_site_typography(self.style().typography)

    def text(self) -> str:
        """The newsroom's own rules as written ("" when there are none)."""
        try:
            return self.path.read_text(encoding="utf-8-sig")  # a BOM from a Windows editor is not text
        except FileNotFoundError:
            return ""
        except (OSError, UnicodeDecodeError) as exc:
            raise WorkstationError(
                translate("HouseStyle", "{path}: cannot be read ({error}).").format(path=self.path, error=exc)
            ) from exc

    def check(self, text: str) -> list[str]:
        """What is wrong with `text` as the newsroom's rules (empty: nothing)."""
        return parse_house_style(text, str(self.path), self._base)[1]

    def save(self, text: str) -> None:
        """Keep the newsroom's rules; refused, naming the line, when a line cannot be read."""
        problems = self.check(text)
        if problems:
            raise WorkstationError("\n".join(problems))
        temporary = self.path.with_suffix(".tmp")
        try:
            temporary.write_text(text if text.endswith("\n") or not text else text + "\n", encoding="utf-8")
            temporary.replace(self.path)
        except OSError as exc:
            raise WorkstationError(
                translate("HouseStyle", "{path}: cannot be written ({error}).").format(
                    path=self.path, error=exc.strerror or exc
                )
            ) from exc
        self._cached = None
        use_site_typography(self.style().typography)

    def style(self) -> HouseStyle:
        """The preset with the newsroom's rules added; read again when the file changed. A file
        that cannot be read gives the preset (the editor sees why in Edit › House Style…)."""
        try:
            stat = self.path.stat()
            key: tuple[int, int] | None = (stat.st_mtime_ns, stat.st_size)
        except OSError:
            key = None
        if self._cached is not None and self._cached[0] == key:
            return self._cached[1]
        try:
            style = parse_house_style(self.text(), str(self.path), self._base)[0] if key else self._base
        except WorkstationError:
            style = self._base
        self._cached = (key, style)
        return style
