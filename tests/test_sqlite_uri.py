"""The database's file: URI (storage/sqlite_uri.py) on Windows' path rules, simulated
with PureWindowsPath, and checked against the real SQLite of this machine: its rules
for the URI (authority, percent-encoding, ``?mode=``) are the same on every system."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path, PureWindowsPath
from urllib.parse import unquote, urlsplit

import pytest

from hienhao_desktop.storage.sqlite_uri import sqlite_uri
from hienhao_desktop.storage.store import Store

# Vietnamese letters, spaces and the URI's own characters ("?" cannot be in a Windows file name)
ODD = "Báo cáo #1 100% đủ" if sys.platform == "win32" else "Báo cáo #1 100%? đủ"


@pytest.mark.parametrize("path, expected_path", [
    (r"\\server\share\Báo cáo #1 100%\dữ liệu?.sqlite3", "//server/share/Báo cáo #1 100%/dữ liệu?.sqlite3"),
    (r"Z:\TTHTCĐ\hienhao.sqlite3", "/Z:/TTHTCĐ/hienhao.sqlite3"),  # a mapped drive, kept as a drive
    (r"C:\Users\Nguyễn Văn Ánh\AppData\Local\HienHao\hienhao-desktop\hienhao.sqlite3",
     "/C:/Users/Nguyễn Văn Ánh/AppData/Local/HienHao/hienhao-desktop/hienhao.sqlite3"),
    (r"\\?\C:\very\long\x.sqlite3", "/C:/very/long/x.sqlite3"),
    (r"\\?\UNC\server\share\x.sqlite3", "//server/share/x.sqlite3"),
])
def test_windows_paths_give_an_empty_authority_and_the_whole_name(path, expected_path) -> None:
    uri = sqlite_uri(PureWindowsPath(path), "rw", windows=True)
    parts = urlsplit(uri)
    assert parts.scheme == "file"
    assert parts.netloc == ""  # SQLite accepts only "" or "localhost"
    assert unquote(parts.path) == expected_path
    assert parts.query == "mode=rw" and parts.fragment == ""


def test_what_path_as_uri_did_with_a_share_is_what_sqlite_refuses() -> None:
    share = PureWindowsPath(r"\\server\share\hienhao.sqlite3")
    assert share.as_uri() == "file://server/share/hienhao.sqlite3"
    with pytest.raises(sqlite3.OperationalError, match="invalid uri authority"):
        sqlite3.connect(share.as_uri() + "?mode=rw", uri=True)
    if sys.platform == "win32":
        return  # opening it would look for a server on the network
    with pytest.raises(sqlite3.OperationalError) as ours:
        sqlite3.connect(sqlite_uri(share, "rw", windows=True), uri=True)
    assert "authority" not in str(ours.value)  # accepted; only the file is not on this machine


@pytest.mark.skipif(sys.platform == "win32", reason="maps a UNC path onto this system's root (POSIX)")
def test_sqlite_opens_the_share_form_and_decodes_every_character(tmp_path: Path) -> None:
    """On POSIX a path starting with // is the root, so the URI made for
    \\\\tmp\\pytest-...\\<odd folder>\\dữ liệu.sqlite3 opens that very file here:
    SQLite took the empty authority and decoded the percent-escapes back."""
    folder = tmp_path / ODD
    folder.mkdir()
    unc = PureWindowsPath("\\\\" + "\\".join(folder.parts[1:]) + "\\dữ liệu.sqlite3")
    assert str(unc).startswith("\\\\")
    conn = sqlite3.connect(sqlite_uri(unc, "rwc", windows=True), uri=True)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    assert [p.name for p in folder.iterdir()] == ["dữ liệu.sqlite3"]


def test_the_store_creates_and_opens_a_database_in_an_odd_folder(tmp_path: Path, seed_report) -> None:
    folder = tmp_path / ODD
    folder.mkdir()
    path = folder / "hiền hào #2.sqlite3"
    with Store.create(path) as store:
        report_id = store.add_report(seed_report)
    assert sorted(p.name for p in folder.iterdir()) == ["hiền hào #2.sqlite3"]  # no stray file at a cut name
    with Store.open(path) as store:
        assert store.load(report_id).title == seed_report.title


def test_mode_rw_never_creates_a_file(tmp_path: Path) -> None:
    missing = tmp_path / ODD / "x.sqlite3"
    (tmp_path / ODD).mkdir()
    with pytest.raises(sqlite3.OperationalError):
        sqlite3.connect(sqlite_uri(missing, "rw"), uri=True)
    assert not missing.exists()


@pytest.mark.parametrize("path, windows", [("relative\\x.sqlite3", True), ("C:x.sqlite3", True),
                                           ("relative/x.sqlite3", False)])
def test_a_relative_path_is_refused(path, windows) -> None:
    with pytest.raises(ValueError):
        sqlite_uri(path, "rw", windows=windows)
