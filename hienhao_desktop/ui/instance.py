"""One window per data file.

The window opens its data file holding the file's lock (``storage.lock``), so no
other window or command can write it alongside. When the program is started a
second time on the same data file (the clerk double-clicks the icon again, or
opens a report file while the program is open):

- the first window, if it is this user's on this computer, is asked to come
  forward through a local socket named after the data file
  (``storage.lock.local_server_name``: a Unix socket in the temporary folder on
  Linux, a named pipe ``\\\\.\\pipe\\hienhao-desktop-…`` on Windows, reachable only by
  the same user). It raises and activates itself and says in its status bar why no
  second window opened; the second program ends quietly (``AlreadyOpenHere``);
- if it does not answer (it hangs), or the holder is another user or another
  computer (a data file on a network share), the second program says plainly who
  holds the file, since when, and what to do, and does not open it for editing
  (``open_refusal``);
- a lock left by a program that crashed or lost power is no one's: the operating
  system dropped it, and the new window simply takes it (and the socket name).

On Windows a program may only bring its window to the front when the program in
front allows it: the second program (just started by the clerk, so in front) calls
``AllowSetForegroundWindow`` for the first before asking it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import logging
import os
import sys
import time
from collections.abc import Callable
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from hienhao_desktop.storage.failures import DatabaseInUse
from hienhao_desktop.storage.lock import LockInfo, local_server_name
from hienhao_desktop.storage.store import Store

log = logging.getLogger(__name__)

REQUEST = b"come-forward\n"
ANSWER = b"came-forward\n"
CONNECT_MS = 500  # a listening window accepts at once, even when busy
ANSWER_MS = 5000  # a window that is only busy (saving, laying out) answers well within this
START_WAIT = 10.0  # seconds to wait for a window that is still starting to listen
REMOTE_WAIT = 2.0  # seconds to wait for a short holder (a command-line import) elsewhere
POLL = 0.2


UNIX_SOCKET_PATH_MAX = 100  # bytes: a Unix socket's path holds 108 on Linux, 104 on macOS


def server_name(db_path: Path) -> str:
    """The local socket's name for ``db_path`` (``storage.lock.local_server_name``).
    On Linux and macOS Qt makes it a file in the temporary folder; when that folder's
    path is too long for a socket (a long TMPDIR), the socket goes in /tmp."""
    name = local_server_name(db_path)
    if sys.platform != "win32" and len(os.fsencode(os.path.join(QDir.tempPath(), name))) > UNIX_SOCKET_PATH_MAX:
        return os.path.join("/tmp", name)
    return name


class AlreadyOpenHere(Exception):
    """The window that has this data file open came forward: this program ends
    quietly (exit status 0)."""


class Answer(Enum):
    CAME_FORWARD = "came forward"
    NO_ANSWER = "no answer"  # it listens but does not answer: it hangs
    NOBODY = "nobody"  # nothing listens under the name (starting, or not a window)


# ---- the first window: listening ----------------------------------------------------------


class WindowServer(QObject):
    """Listens under the data file's name while the window has the file open and
    calls ``come_forward`` when a second start asks; answers once it has."""

    def __init__(self, db_path: Path, come_forward: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(db_path)
        self._come_forward = come_forward
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)  # this user only
        self._server.newConnection.connect(self._connected)

    def listen(self) -> bool:
        """Start listening. The caller holds the data file's lock, so whatever still
        answers to the name is a leftover of a program that ended without closing (a
        crash, a power cut): it is removed first (Unix; Windows has no leftovers)."""
        QLocalServer.removeServer(self.name)
        if self._server.listen(self.name):
            return True
        log.warning("a second start cannot call this window forward: %s", self._server.errorString())
        return False

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    def close(self) -> None:
        self._server.close()

    def _connected(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.setParent(self)
            socket.readyRead.connect(self._readable)
            socket.disconnected.connect(socket.deleteLater)
            self._answer(socket)

    def _readable(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._answer(socket)

    def _answer(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        request = bytes(socket.readLine().data())
        if request == REQUEST:
            log.info("the program was started again on this data file: this window came forward")
            self._come_forward()
            socket.write(ANSWER)
            socket.flush()
        socket.disconnectFromServer()


# ---- the second start: asking ------------------------------------------------------------


def ask_to_come_forward(db_path: Path, holder: LockInfo | None) -> Answer:
    """Ask the window that has ``db_path`` open to come forward."""
    socket = QLocalSocket()
    try:
        socket.connectToServer(server_name(db_path))
        if not socket.waitForConnected(CONNECT_MS):
            return Answer.NOBODY
        allow_to_come_forward(holder.pid if holder is not None else None)
        socket.write(REQUEST)
        socket.flush()
        deadline = time.monotonic() + ANSWER_MS / 1000
        while not socket.canReadLine():
            left = int((deadline - time.monotonic()) * 1000)
            if left <= 0 or not socket.waitForReadyRead(left):
                break
        if socket.canReadLine() and bytes(socket.readLine().data()) == ANSWER:
            return Answer.CAME_FORWARD
        return Answer.NO_ANSWER
    finally:
        socket.abort()


def allow_to_come_forward(pid: int | None) -> None:
    """Windows lets only the program in front bring another to the front: this one
    (just started by the clerk) passes that right to the first window. No-op elsewhere."""
    if sys.platform != "win32":
        return
    import ctypes

    asfw_any = 0xFFFFFFFF  # ASFW_ANY, when the holder's process id is unknown
    with contextlib.suppress(Exception):
        ctypes.windll.user32.AllowSetForegroundWindow(pid if pid else asfw_any)


class NoAnswer(DatabaseInUse):
    """The window holding the data file on this computer did not come forward (it
    hangs): the message says so."""


def same_user(holder: LockInfo) -> bool:
    try:
        me = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in the environment
        return True
    return holder.user.lower() == me.lower()


def open_for_editing(db_path: Path, *, rebuild_empty: bool = False) -> Store:
    """The data file opened holding its lock. When another program holds it: its
    window is asked to come forward (``AlreadyOpenHere``); a window still starting is
    waited for; a holder elsewhere (another computer, another user), or one that does
    not answer, ends in ``DatabaseInUse`` (``NoAnswer``) naming it."""
    started = time.monotonic()
    while True:
        try:
            return Store.open(db_path, hold_lock=True, rebuild_empty=rebuild_empty)
        except DatabaseInUse as exc:
            holder = exc.holder
            waited = time.monotonic() - started
            if holder is not None and not (holder.on_this_computer() and same_user(holder)):
                if waited >= REMOTE_WAIT:  # not a short command: a window elsewhere
                    raise
                time.sleep(POLL)
                continue
            answer = ask_to_come_forward(db_path, holder)
            if answer is Answer.CAME_FORWARD:
                raise AlreadyOpenHere() from None
            if answer is Answer.NO_ANSWER or waited >= START_WAIT:
                raise NoAnswer(exc.code, exc.path, holder=holder, **exc.params) from None
            time.sleep(POLL)


# ---- words ---------------------------------------------------------------------------------


def _since(text: str) -> str:
    """'2024-01-15 08:00:00' as the clerk writes it: 08:00 15/01/2024."""
    try:
        return dt.datetime.fromisoformat(text).strftime("%H:%M %d/%m/%Y")
    except ValueError:
        return text


def open_refusal(exc: DatabaseInUse) -> tuple[str, str]:
    """Title and text saying who holds the data file and what to do."""
    from hienhao_desktop.ui.failures import message_of

    translate = QCoreApplication.translate
    title = translate("OpenElsewhere", "The data file is open elsewhere")
    holder = exc.holder
    if not isinstance(holder, LockInfo):
        return title, message_of(exc)
    if not holder.on_this_computer():
        text = (translate("OpenElsewhere", "The data file %1 is open for editing in the program on computer %2, "
                          "user %3, since %4.")
                + "\n\n" + translate("OpenElsewhere", "So that two people never change it at the same time, it is "
                                     "not opened here. Use the program on that computer, or close it there and then "
                                     "open the program here again."))
    elif not same_user(holder):
        text = (translate("OpenElsewhere", "The data file %1 is open for editing in the program of user %3 on this "
                          "computer, since %4.")
                + "\n\n" + translate("OpenElsewhere", "So that two people never change it at the same time, it is "
                                     "not opened here. Ask that user to close the program, then open it here again."))
    else:
        text = (translate("OpenElsewhere", "The data file %1 is already open in another window of the program on "
                          "this computer (since %4), but that window does not answer.")
                + "\n\n" + translate("OpenElsewhere", "Switch to that window on the taskbar. If it stays frozen, "
                                     "close it (with the Task Manager if need be), then open the program again. "
                                     "Nothing is opened here, so that two windows never change the same data file."))
    path = str(exc.path) if exc.path is not None else ""
    for key, value in (("%1", path), ("%2", holder.host), ("%3", holder.user), ("%4", _since(holder.since))):
        text = text.replace(key, value)
    return title, text
