"""The SQLite store: one file holds every report.

Rules (DESIGN.md, "Storage rules"): an existing file is opened read-write without
creating; a file that is not ours, damaged or from a newer program is refused and
left byte-for-byte unchanged (it is judged from its header before SQLite opens it);
journal DELETE, synchronous FULL and foreign keys on, so a saved edit survives a
power cut on a USB stick; migrations run in one transaction after a backup copy.
Each edit (``domain.edits``) is one small transaction touching only what changed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from hienhao_desktop.domain import edits as E
from hienhao_desktop.domain.errors import Refused
from hienhao_desktop.domain.model import Report, ReportSummary, Status
from hienhao_desktop.domain.normalize import normalize_report
from hienhao_desktop.storage import files, rows
from hienhao_desktop.storage.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, added_columns
from hienhao_desktop.storage.schema import statements as _statements
from hienhao_desktop.storage.sqlite_uri import sqlite_uri

SQLITE_MAGIC = b"SQLite format 3\x00"


class StoreError(Refused):
    """The database cannot be used as asked (missing, foreign, damaged, too new...)."""


class DatabaseMissing(StoreError):
    pass


class NotOurDatabase(StoreError):
    pass


class DamagedDatabase(StoreError):
    pass


class UnknownReport(StoreError):
    pass


class ReportIsFinal(StoreError):
    pass


@dataclass(frozen=True)
class Archive:
    """The exact PDF of a finalised revision (bản lưu)."""

    report_id: int
    revision: int
    pdf: bytes
    sha256: str
    finalised_at: str


def _now() -> str:
    return dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")


def _check_header(path: Path) -> tuple[int, int]:
    """Judge a file from its 100-byte header, without letting SQLite touch it.
    Returns (application_id, user_version)."""
    try:
        with path.open("rb") as f:
            header = f.read(100)
    except IsADirectoryError:
        raise NotOurDatabase(f"{path}: là một thư mục, không phải tệp dữ liệu (is a folder)") from None
    except OSError as exc:
        raise StoreError(f"{path}: không mở được tệp dữ liệu (cannot open): {exc.strerror}") from None
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise NotOurDatabase(
            f"{path}: không phải tệp dữ liệu của chương trình này; tệp được giữ nguyên "
            "(not a hienhao-desktop database; the file was left unchanged)"
        )
    user_version = int.from_bytes(header[60:64], "big")
    application_id = int.from_bytes(header[68:72], "big")
    if application_id != APPLICATION_ID:
        raise NotOurDatabase(
            f"{path}: là cơ sở dữ liệu của chương trình khác; tệp được giữ nguyên "
            "(an SQLite database of another program; the file was left unchanged)"
        )
    if user_version > SCHEMA_VERSION:
        raise StoreError(
            f"{path}: được tạo bởi phiên bản mới hơn của chương trình (cấu trúc {user_version}, "
            f"phiên bản này đọc đến {SCHEMA_VERSION}); hãy cập nhật chương trình "
            "(made by a newer version of the program; please update)"
        )
    return application_id, user_version


def _connect(uri: str) -> sqlite3.Connection:
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=10)
    conn.row_factory = sqlite3.Row
    # Pragmas before any transaction; see ENVIRONMENT.md.
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


class Store:
    """One open database. Use ``Store.open`` for an existing file, ``Store.create``
    for a new one. Close it (or use ``with``) when done."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path

    # ---- opening --------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> Store:
        path = Path(path)
        if not path.exists():
            raise DatabaseMissing(f"{path}: không có tệp dữ liệu này (no such database file)")
        _, version = _check_header(path)
        conn = None
        try:
            conn = _connect(sqlite_uri(path.resolve(), "rw"))
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            if conn is not None:  # else the refused file stays open (and locked, on Windows)
                conn.close()
            raise DamagedDatabase(
                f"{path}: tệp dữ liệu bị hỏng hoặc không đọc được, hãy khôi phục từ bản sao lưu "
                f"(damaged or unreadable database; restore a backup): {exc}"
            ) from None
        if check != "ok":
            conn.close()
            raise DamagedDatabase(
                f"{path}: tệp dữ liệu bị hỏng, hãy khôi phục từ bản sao lưu "
                f"(damaged database; restore a backup): {check}"
            )
        store = cls(conn, path)
        try:
            mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
            if mode.lower() != "delete":
                conn.execute("PRAGMA journal_mode = DELETE")
            if version < SCHEMA_VERSION:
                backup = store.backup_to(path.with_name(f"{path.name}.v{version}.bak"))
                try:
                    store._migrate(version)
                except sqlite3.Error as exc:
                    raise StoreError(
                        f"{path}: không nâng cấp được tệp dữ liệu lên phiên bản mới; tệp vẫn như cũ, "
                        f"bản sao lưu ở {backup} (the upgrade failed; the file is unchanged): {exc}"
                    ) from None
        except BaseException:
            conn.close()
            raise
        return store

    @classmethod
    def create(cls, path: str | os.PathLike[str], *, schema_version: int = SCHEMA_VERSION) -> Store:
        """A new, empty database at ``path``, which must not exist yet.
        ``schema_version`` below the current one is for migration tests only."""
        path = Path(path)
        if path.exists():
            raise StoreError(f"{path}: tệp đã có, không tạo đè (file exists; not overwritten)")
        if not path.parent.is_dir():
            raise StoreError(f"{path}: không có thư mục {path.parent} (no such folder)")
        try:
            conn = _connect(sqlite_uri(path.resolve(), "rwc"))
        except sqlite3.Error as exc:
            raise StoreError(f"{path}: không tạo được tệp dữ liệu (cannot create): {exc}") from None
        store = cls(conn, path)
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            store._migrate(0, schema_version)
        except BaseException:
            conn.close()
            with contextlib.suppress(OSError):
                path.unlink()
            raise
        return store

    def _migrate(self, current: int, target: int = SCHEMA_VERSION) -> None:
        # Foreign keys off while a migration runs, so that it may rebuild a table
        # (SQLite's "twelve steps"); they are checked before each version commits.
        # (The pragma cannot change inside a transaction: here, before any.)
        self._conn.execute("PRAGMA foreign_keys = OFF")
        try:
            for version in range(current + 1, target + 1):
                with self.transaction() as conn:
                    step = MIGRATIONS.get(version, "")
                    if callable(step):
                        step(conn)
                    else:
                        for statement in _statements(step):
                            conn.execute(statement)
                    for statement in added_columns(version):
                        conn.execute(statement)
                    broken = conn.execute("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise sqlite3.IntegrityError(f"foreign key check failed after version {version}: {broken[:3]}")
                    conn.execute(f"PRAGMA user_version = {version}")
        finally:
            self._conn.execute("PRAGMA foreign_keys = ON")

    @property
    def schema_version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One transaction; a file that cannot be written (read-only USB stick, held
        by another program, disk full) is reported as a StoreError, nothing changed."""
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if _cannot_write(exc):
                raise _write_refused(self.path, exc) from None
            raise
        try:
            yield self._conn
            self._conn.execute("COMMIT")
        except BaseException as exc:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.OperationalError) and _cannot_write(exc):
                raise _write_refused(self.path, exc) from None
            raise

    def backup_to(self, target: str | os.PathLike[str]) -> Path:
        """A consistent copy of the whole database (SQLite's backup API)."""
        target = Path(target)
        tmp = target.with_name(target.name + ".part")
        # A leftover of an interrupted backup is not a database SQLite can copy into.
        tmp.unlink(missing_ok=True)
        dest = sqlite3.connect(tmp)
        try:
            self._conn.backup(dest)
        finally:
            dest.close()
        files.replace(tmp, target)  # retried while an antivirus holds the new copy
        return target

    def restore_from(self, source: str | os.PathLike[str]) -> None:
        """Replace the whole database with a backup copy (khôi phục). The copy is
        checked like any file we open (a foreign or damaged one is refused) and
        upgraded on a temporary copy, so ``source`` itself is never changed."""
        import shutil
        import tempfile

        source = Path(source)
        if not source.exists():
            raise DatabaseMissing(f"{source}: không có tệp sao lưu này (no such backup file)")
        with tempfile.TemporaryDirectory() as folder:
            copy = Path(folder) / "restore.sqlite3"
            shutil.copyfile(source, copy)
            with Store.open(copy) as backup:
                backup._conn.backup(self._conn)

    # ---- reports --------------------------------------------------------------------

    def list_reports(self) -> list[ReportSummary]:
        rows = self._conn.execute(
            "SELECT id, kind, school_year, period, title, status, updated_at FROM report "
            # Newest first: later school years, then the year-end report before the
            # term reports (text order would put "Cả năm" last).
            "ORDER BY school_year DESC, "
            "CASE period WHEN 'Cả năm' THEN 3 WHEN 'Học kỳ II' THEN 2 WHEN 'Học kỳ I' THEN 1 ELSE 0 END DESC, "
            "updated_at DESC, id DESC"
        ).fetchall()
        return [_summary(row) for row in rows]

    def summary(self, report_id: int) -> ReportSummary:
        row = self._conn.execute(
            "SELECT id, kind, school_year, period, title, status, updated_at FROM report WHERE id = ?",
            (report_id,),
        ).fetchone()
        if row is None:
            raise UnknownReport(f"không có báo cáo số {report_id} trong {self.path} (no report with id {report_id})")
        return _summary(row)

    def add_report(self, report: Report) -> int:
        """Keep a new report (normalised first); returns its id."""
        report = normalize_report(report)
        with self.transaction() as conn:
            return rows.insert_report(conn, report, _now())

    def load(self, report_id: int) -> Report:
        try:
            report = rows.load_report(self._conn, report_id)
        except rows.BadRow as exc:
            raise self._damaged(report_id, exc) from None
        if report is None:
            raise UnknownReport(f"không có báo cáo số {report_id} trong {self.path} (no report with id {report_id})")
        return report

    def _damaged(self, report_id: int, exc: rows.BadRow) -> DamagedDatabase:
        return DamagedDatabase(
            f"{self.path}: dữ liệu của báo cáo số {report_id} bị hỏng ở {exc.path}, hãy khôi phục từ bản sao lưu "
            f"(damaged data in report {report_id} at {exc})"
        )

    def delete(self, report_id: int) -> None:
        with self.transaction() as conn:
            if conn.execute("DELETE FROM report WHERE id = ?", (report_id,)).rowcount != 1:
                raise UnknownReport(f"không có báo cáo số {report_id} (no report with id {report_id})")

    def duplicate(self, report_id: int) -> int:
        """A new draft with the same content."""
        return self.add_report(self.load(report_id))

    # ---- edits ----------------------------------------------------------------------

    def apply_edit(self, report_id: int, edit: E.Edit) -> None:
        """Persist one edit in one transaction. The edit's indexes must be valid for
        the kept report; otherwise nothing is written and EditError is raised."""
        edit = edit.normalized()
        with self.transaction() as conn:
            row = conn.execute("SELECT status FROM report WHERE id = ?", (report_id,)).fetchone()
            if row is None:
                raise UnknownReport(f"không có báo cáo số {report_id} (no report with id {report_id})")
            if row["status"] == Status.FINAL:
                raise ReportIsFinal(
                    "báo cáo đã ban hành, muốn sửa phải mở khóa trước (the report is final; unlock it to edit)"
                )
            self._apply(conn, report_id, edit)
            conn.execute("UPDATE report SET updated_at = ? WHERE id = ?", (_now(), report_id))

    def _apply(self, conn: sqlite3.Connection, report_id: int, edit: E.Edit) -> None:
        try:
            rows.apply_edit(conn, report_id, edit)
        except rows.BadRow as exc:
            raise self._damaged(report_id, exc) from None

    # ---- status and archive (ban hành) -------------------------------------------------

    def status(self, report_id: int) -> str:
        return self.summary(report_id).status

    def finalise(self, report_id: int, pdf: bytes) -> Archive:
        """Make the report final and keep the exact PDF bytes of this revision."""
        digest = hashlib.sha256(pdf).hexdigest()
        now = _now()
        with self.transaction() as conn:
            row = conn.execute("SELECT status, revision FROM report WHERE id = ?", (report_id,)).fetchone()
            if row is None:
                raise UnknownReport(f"không có báo cáo số {report_id} (no report with id {report_id})")
            if row["status"] == Status.FINAL:
                raise ReportIsFinal("báo cáo đã được ban hành (the report is already final)")
            conn.execute(
                "INSERT INTO archive (report_id, revision, pdf, sha256, finalised_at) VALUES (?, ?, ?, ?, ?)",
                (report_id, row["revision"], pdf, digest, now),
            )
            conn.execute("UPDATE report SET status = 'final', updated_at = ? WHERE id = ?", (now, report_id))
        return Archive(report_id, row["revision"], pdf, digest, now)

    def unlock(self, report_id: int) -> int:
        """Make a final report a draft again, as a new revision; the archived PDF of
        the earlier revision stays kept. Returns the new revision number."""
        with self.transaction() as conn:
            row = conn.execute("SELECT status, revision FROM report WHERE id = ?", (report_id,)).fetchone()
            if row is None:
                raise UnknownReport(f"không có báo cáo số {report_id} (no report with id {report_id})")
            if row["status"] != Status.FINAL:
                raise StoreError("báo cáo chưa ban hành, không cần mở khóa (the report is not final)")
            revision = row["revision"] + 1
            conn.execute(
                "UPDATE report SET status = 'draft', revision = ?, updated_at = ? WHERE id = ?",
                (revision, _now(), report_id),
            )
        return revision

    def archives(self, report_id: int) -> list[Archive]:
        rows = self._conn.execute(
            "SELECT report_id, revision, pdf, sha256, finalised_at FROM archive WHERE report_id = ? "
            "ORDER BY revision DESC",
            (report_id,),
        ).fetchall()
        return [Archive(**dict(r)) for r in rows]

    def current_archive(self, report_id: int) -> Archive | None:
        """The archived PDF when the report is final, else None."""
        if self.status(report_id) != Status.FINAL:
            return None
        archives = self.archives(report_id)
        return archives[0] if archives else None


_CANNOT_WRITE = ("locked", "busy", "readonly", "read-only", "disk i/o", "disk is full", "unable to open")


def _cannot_write(exc: sqlite3.OperationalError) -> bool:
    return any(word in str(exc).lower() for word in _CANNOT_WRITE)


def _write_refused(path: Path, exc: sqlite3.OperationalError) -> StoreError:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        why = "tệp đang được chương trình khác dùng, hãy đóng chương trình đó rồi thử lại (the file is in use)"
    elif "readonly" in text or "read-only" in text:
        why = "không ghi được vào tệp, có thể USB đang khóa ghi (the file is read-only)"
    else:
        why = f"không ghi được vào tệp dữ liệu (cannot write): {exc}"
    return StoreError(f"{path}: {why}; thay đổi chưa được lưu (nothing was changed)")


def _summary(row: sqlite3.Row) -> ReportSummary:
    """A list line: a title broken over lines by its author is shown on one."""
    values = dict(row)
    values["title"] = " ".join(str(values["title"]).split("\n"))
    return ReportSummary(**values)
