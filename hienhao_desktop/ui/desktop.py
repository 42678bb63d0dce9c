"""What the desktop needs to know about the running program: its icon, and on
Windows a named mutex that tells the installer (Inno Setup's AppMutex) that the
program is running, so it is never installed over or uninstalled while open."""

from __future__ import annotations

import sys

from PySide6.QtGui import QIcon

from hienhao_desktop.locate import folder

#: Must match ``AppMutex`` in packaging/windows/hienhao-desktop.iss.
MUTEX_NAME = "HienHaoDesktop"

_mutex_handles: list[int] = []  # kept open for the life of the process


def announce_running() -> None:
    """Create the named mutex (this session and ``Global\\``) on Windows; no-op elsewhere.
    Windows closes the handles when the process ends."""
    if sys.platform != "win32" or _mutex_handles:
        return
    import ctypes

    create = ctypes.windll.kernel32.CreateMutexW  # windll exists on Windows only
    create.restype = ctypes.c_void_p
    for name in (MUTEX_NAME, "Global\\" + MUTEX_NAME):
        handle = create(None, False, name)
        if handle:
            _mutex_handles.append(handle)


def app_icon() -> QIcon:
    """The program's icon (every size in resources/icons), or an empty icon."""
    icon = QIcon()
    try:
        icons = folder("resources") / "icons"
    except FileNotFoundError:
        return icon
    for png in sorted(icons.glob("hienhao-desktop-*.png")):
        icon.addFile(str(png))
    return icon
