"""A small typed wrapper over QSettings. Preferences and window state are kept
apart; report data lives in the database, never here."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings


class Settings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._s = qsettings or QSettings()

    # preferences
    @property
    def language(self) -> str:
        return str(self._s.value("preferences/language", "vi"))

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("preferences/language", value)

    @property
    def last_folder(self) -> str:
        return str(self._s.value("preferences/last_folder", ""))

    @last_folder.setter
    def last_folder(self, value: str) -> None:
        self._s.setValue("preferences/last_folder", value)

    def last_report(self, db_path: str) -> int | None:
        value = self._s.value(f"reports/last/{db_path}", None)
        try:
            return int(str(value)) if value is not None else None
        except (TypeError, ValueError):
            return None

    def set_last_report(self, db_path: str, report_id: int) -> None:
        self._s.setValue(f"reports/last/{db_path}", report_id)

    # window state
    def geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        value = self._s.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._s.setValue("window/geometry", geometry)
        self._s.setValue("window/state", state)
