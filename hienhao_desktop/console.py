"""Standard output and error that work for every way the program is started.

- Redirected to a file or a pipe, Windows' Python writes in the ANSI code page
  (cp1252, cp1258), which has no precomposed Vietnamese letters: ``list`` or a path
  with "Nguyễn" in it would stop with UnicodeEncodeError. Output is always UTF-8.
- The windowed program (``pythonw``, PyInstaller's ``--windowed`` hienhao-desktop.exe)
  has no standard output or error at all (``None``): a ``print`` or a traceback would
  itself fail. There, both go to the program's log file instead (storage/logfile.py).
"""

from __future__ import annotations

import io
import logging
import sys

_LOGGER = "hienhao_desktop.console"


class LogStream(io.TextIOBase):
    """A text stream that hands each line written to it to the log (nothing is lost
    when no log is open: the text is dropped, never raised about)."""

    def __init__(self, name: str, level: int) -> None:
        super().__init__()
        self.name = name
        self.level = level
        self._pending = ""
        self._busy = False  # logging's last-resort handler writes to sys.stderr: us

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return "utf-8"

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self._pending += text
        *lines, self._pending = self._pending.split("\n")
        for line in lines:
            self._emit(line)
        return len(text)

    def flush(self) -> None:
        if self._pending:
            line, self._pending = self._pending, ""
            self._emit(line)

    def _emit(self, line: str) -> None:
        if self._busy or not line.strip() or not logging.getLogger().handlers:
            return
        self._busy = True
        try:
            logging.getLogger(_LOGGER).log(self.level, "%s: %s", self.name, line.rstrip())
        finally:
            self._busy = False


def _is_utf8(stream: object) -> bool:
    encoding = getattr(stream, "encoding", None) or ""
    return encoding.lower().replace("-", "").replace("_", "") == "utf8"


def prepare_streams() -> bool:
    """Make standard output and error safe for any text (call first thing at start).
    Returns True when the program has no console (its output now goes to the log)."""
    windowed = False
    for name, level in (("stdout", logging.INFO), ("stderr", logging.ERROR)):
        stream = getattr(sys, name)
        if stream is None:
            setattr(sys, name, LogStream(name, level))
            windowed = True
        elif not isinstance(stream, LogStream) and not _is_utf8(stream):
            reconfigure = getattr(stream, "reconfigure", None)
            if reconfigure is not None:
                stream.flush()
                reconfigure(encoding="utf-8", errors="backslashreplace")
    return windowed
