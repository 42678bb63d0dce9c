"""Fault 1 of issue 13: an export onto the data file itself replaced the whole
database with the PDF (status 0, "Exported"). Every write path now refuses a target
that is the open data file (by any name: the same path, a symbolic link, a hard
link), any other data file (of ours or any SQLite file), or a folder: status 2 with
one line naming the file, and the data file byte-identical."""

from __future__ import annotations

import os
import shutil

import pytest

from hienhao_desktop.storage.files import WriteRefused, write_atomic
from hienhao_desktop.storage.store import Store
from tests.faulthelp import cli, listing, make_db, refused, sha


@pytest.fixture
def db(tmp_path, seed_report):
    return make_db(tmp_path / "s.sqlite3", seed_report)


@pytest.mark.parametrize("option", ["--pdf", "--xlsx", "--out-json"])
def test_export_onto_the_database_itself_is_refused(tmp_path, db, option):
    before = sha(db)
    result = cli("export", "--report", "1", "--db", db, option, db, data_dir=tmp_path)
    line = refused(result)
    assert str(db) in line and "tệp dữ liệu" in line
    assert sha(db) == before
    assert listing(tmp_path) == ["s.sqlite3"]
    assert cli("list", "--db", db, data_dir=tmp_path).returncode == 0


@pytest.mark.parametrize("how", ["symlink", "hardlink", "relative", "other_db", "other_sqlite", "folder"])
def test_export_onto_a_data_file_by_another_name_is_refused(tmp_path, db, seed_report, how):
    if how == "symlink":
        target = tmp_path / "report.pdf"
        target.symlink_to(db)
    elif how == "hardlink":
        target = tmp_path / "report.pdf"
        os.link(db, target)
    elif how == "relative":
        (tmp_path / "sub").mkdir()
        target = tmp_path / "sub" / ".." / "s.sqlite3"
    elif how == "other_db":
        target = make_db(tmp_path / "other.sqlite3", seed_report)
    elif how == "other_sqlite":
        import sqlite3

        target = tmp_path / "someone-else.db"
        conn = sqlite3.connect(target)
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
    else:
        target = tmp_path / "a folder"
        target.mkdir()
    before = {p: sha(p) for p in (db, target) if p.is_file()}
    result = cli("export", "--report", "1", "--db", db, "--pdf", target, data_dir=tmp_path)
    refused(result)
    assert {p: sha(p) for p in before} == before


def test_an_export_from_json_onto_a_data_file_is_refused(tmp_path, db, seed_json):
    before = sha(db)
    refused(cli("export", "--json", seed_json, "--xlsx", db, data_dir=tmp_path))
    assert sha(db) == before


def test_one_refused_target_means_nothing_is_written(tmp_path, db):
    pdf = tmp_path / "ok.pdf"
    refused(cli("export", "--report", "1", "--db", db, "--pdf", pdf, "--xlsx", db, data_dir=tmp_path))
    assert not pdf.exists()


def test_backup_to_the_database_itself_is_refused(tmp_path, db):
    before = sha(db)
    line = refused(cli("backup", "--db", db, "--to", db, data_dir=tmp_path))
    assert str(db) in line
    assert sha(db) == before
    folder = tmp_path / "copies"
    folder.mkdir()
    refused(cli("backup", "--db", db, "--to", folder, data_dir=tmp_path))
    assert list(folder.iterdir()) == []


def test_write_atomic_protects_every_data_file_this_process_has_open(tmp_path, db):
    """The window writes its exports through write_atomic while its store is open:
    the open data file is refused even under a name that is not a data file's."""
    link = tmp_path / "bao-cao.pdf"
    os.link(db, link)
    with Store.open(db) as store:
        before = sha(db)
        for target in (db, link, tmp_path / "s.sqlite3-journal", tmp_path / "s.sqlite3.lock"):
            with pytest.raises(WriteRefused) as info:
                write_atomic(target, b"%PDF-1.7")
            assert info.value.code == "out_is_open_database"
            assert "tệp dữ liệu đang dùng" in info.value.message("vi")
            assert "data file in use" in info.value.message("en")
        assert sha(db) == before
        store.load(1)
    # closed, and seen as an SQLite file instead
    from hienhao_desktop.storage.files import check_output_target

    with pytest.raises(WriteRefused, match="tệp dữ liệu báo cáo"):
        check_output_target(link)


def test_window_export_onto_the_open_data_file_says_so_and_writes_nothing(qtbot, tmp_path, db):
    from PySide6.QtCore import QSettings

    from hienhao_desktop.ui.main_window import MainWindow
    from hienhao_desktop.ui.settings import Settings
    from tests.ui_helpers import ScriptedDialogs
    from tests.user import User

    dialogs = ScriptedDialogs()
    window = MainWindow(Store.open(db), Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)),
                        dialogs)
    qtbot.addWidget(window)
    before = sha(db)
    dialogs.export_answers.append(True)
    dialogs.files.append(db)
    User(window).trigger(window.commands.export_pdf)  # Xuất PDF, choosing the data file itself
    assert sha(db) == before
    errors = [text for kind, _title, text in dialogs.shown if kind == "error"]
    assert errors and str(db) in errors[-1]
    window.close()
    with Store.open(db) as store:
        assert store.list_reports()


def test_a_new_target_in_a_fresh_folder_passes(tmp_path, db):
    out = tmp_path / "out" / "r.pdf"
    out.parent.mkdir()
    result = cli("export", "--report", "1", "--db", db, "--pdf", out, data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    shutil.rmtree(out.parent)
