"""The program's log file, in the data folder: where a failure is written down when
nobody sees a console (the windowed program on Windows has no stdout or stderr).

``start_logging()`` is called once at start-up by the window and the command line;
the window's exception hook and every "this failed" message write here too, so a
helper on the phone can ask the clerk for one file. The file is rotated (five old
copies of at most 1 MB) and written in UTF-8 whatever the system's code page.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from hienhao_desktop.storage.paths import data_dir

LOG_NAME = "hienhao-desktop.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5

_handler: logging.Handler | None = None


def log_path() -> Path:
    """Where the log is (or will be) written."""
    return data_dir() / "logs" / LOG_NAME


def start_logging(level: int = logging.INFO) -> Path | None:
    """Send the program's log to the rotating file (once; later calls only return
    its path). Returns None when the folder cannot be made (read-only profile): the
    program then runs without a log rather than not at all."""
    global _handler
    path = log_path()
    if _handler is not None:
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    _handler = handler
    return path


def stop_logging() -> None:
    """Detach and close the file (tests; the end of the program)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
