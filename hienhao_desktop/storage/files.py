"""Writing output files so that a failure never leaves a half-written or lost file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from hienhao_desktop.domain.errors import Refused


class WriteRefused(Refused):
    pass


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then
    replace. An existing file stays intact if anything fails, including a target that
    another program holds open (Windows) or a folder that cannot be written."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise WriteRefused(f"{target}: là một thư mục, không phải tệp (is a folder, not a file)")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise WriteRefused(f"{target}: không ghi được vào thư mục này (cannot write here): {exc.strerror}") from exc
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if target.exists():
            with contextlib.suppress(OSError):
                os.chmod(tmp, target.stat().st_mode & 0o777)
        else:
            with contextlib.suppress(OSError):
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise WriteRefused(
            f"{target}: không ghi được tệp (có thể tệp đang mở trong chương trình khác) "
            f"(cannot write the file; it may be open in another program): {exc.strerror}"
        ) from exc
