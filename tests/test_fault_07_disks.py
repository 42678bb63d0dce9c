"""Fault 7 of issue 13: full and read-only disks.

Was: ``backup`` on a read-only folder gave a traceback; importing into a new data
file on a full disk gave a traceback (status 1); ``backup`` on a full disk left
0-byte ``.part`` files; interrupted backups left ``.part``/``.part-journal`` files that
were never cleaned. Now each is a message naming the cause (status 2 on the command
line; a coded StoreError for the window), nothing is left half-written, and leftovers
are cleaned at the next start.

The disks are real: a small tmpfs mounted on the test's folder (as root; skipped
with the reason elsewhere), filled up, or remounted read-only."""

from __future__ import annotations

import os
import shutil
import time

import pytest

from hienhao_desktop.domain import edits as E
from hienhao_desktop.domain.model import ListItem, Run
from hienhao_desktop.storage.store import Store, StoreError
from tests.conftest import SEED_JSON
from tests.faulthelp import cli, fill, make_db, refused, remount_read_only, sha, small_disk


def _not_ours(folder):
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("filler"))


# ---- a full disk --------------------------------------------------------------------------


def test_import_creating_a_data_file_on_a_full_disk(tmp_path):
    with small_disk(tmp_path / "usb") as usb:
        fill(usb)
        db = usb / "new.sqlite3"
        line = refused(cli("import", SEED_JSON, "--db", db, data_dir=tmp_path))
        assert "ổ đĩa đã đầy" in line and str(db) in line
        assert _not_ours(usb) == []  # no 0-byte data file, no .part, no journal, no lock
        for filler in usb.glob("filler*"):
            filler.unlink()
        result = cli("import", SEED_JSON, "--db", db, data_dir=tmp_path)
        assert result.returncode == 0, result.stderr


def test_import_into_an_existing_data_file_on_a_full_disk(tmp_path, seed_report):
    with small_disk(tmp_path / "usb") as usb:
        db = make_db(usb / "s.sqlite3", seed_report)
        before = sha(db)
        fill(usb)
        line = refused(cli("import", SEED_JSON, "--db", db, data_dir=tmp_path))
        assert "ổ đĩa đã đầy" in line
        assert sha(db) == before
        assert _not_ours(usb) == ["s.sqlite3"]


def test_backup_on_a_full_disk_leaves_nothing_behind(tmp_path, seed_report):
    with small_disk(tmp_path / "usb") as usb:
        db = make_db(usb / "s.sqlite3", seed_report)
        (usb / "backups").mkdir()
        fill(usb)
        line = refused(cli("backup", "--db", db, data_dir=tmp_path))
        assert "ổ đĩa đã đầy" in line and "bản sao lưu" in line
        assert list((usb / "backups").iterdir()) == []
        refused(cli("backup", "--db", db, "--to", usb / "copy.sqlite3", data_dir=tmp_path))
        assert _not_ours(usb) == ["backups", "s.sqlite3"]


def test_an_edit_on_a_full_disk_is_refused_and_the_file_stays_sound(tmp_path, seed_report):
    with small_disk(tmp_path / "usb") as usb:
        db = make_db(usb / "s.sqlite3", seed_report)
        with Store.open(db) as store:
            fill(usb)
            with pytest.raises(StoreError) as info:  # CannotWrite
                store.apply_edit(1, E.InsertItems("parts[2].blocks", 0, (ListItem(1, [Run("Một giải pháp rất dài " * 400)]),)))
            assert getattr(info.value, "code", None) == "db_disk_full", str(info.value)
            assert "ổ đĩa đã đầy" in str(info.value) and "disk is full" in info.value.message("en")
            assert store.load(1) == seed_report
            for filler in usb.glob("filler*"):
                filler.unlink()
            store.apply_edit(1, E.SetField("title", "Sau khi dọn ổ đĩa"))  # goes on once there is room
        with Store.open(db) as store:
            assert store.load(1).title == "Sau khi dọn ổ đĩa"


# ---- a read-only disk ------------------------------------------------------------------------


def test_read_only_disk_every_write_says_so(tmp_path, seed_report):
    with small_disk(tmp_path / "usb") as usb:
        db = make_db(usb / "s.sqlite3", seed_report)
        remount_read_only(usb)
        before = sha(db)
        line = refused(cli("backup", "--db", db, data_dir=tmp_path))
        assert "chỉ cho đọc" in line
        line = refused(cli("import", SEED_JSON, "--db", db, data_dir=tmp_path))
        assert "chỉ cho đọc" in line
        refused(cli("export", "--report", "1", "--db", db, "--pdf", usb / "r.pdf", data_dir=tmp_path))
        assert cli("list", "--db", db, data_dir=tmp_path).returncode == 0
        with Store.open(db) as store:
            for write in (lambda: store.apply_edit(1, E.SetField("title", "x")),
                          lambda: store.add_report(seed_report),
                          lambda: store.duplicate(1),
                          lambda: store.delete(1),
                          lambda: store.finalise(1, b"%PDF")):
                with pytest.raises(StoreError) as info:  # CannotWrite
                    write()
                assert getattr(info.value, "code", None) == "db_read_only", str(info.value)
            assert store.load(1) == seed_report
        assert sha(db) == before


# ---- leftovers of interrupted copies ---------------------------------------------------------


def test_leftover_part_files_are_cleaned_at_the_next_start(tmp_path, seed_report):
    from hienhao_desktop.storage.backup import rolling_backup

    db = make_db(tmp_path / "s.sqlite3", seed_report)
    backups = tmp_path / "backups"
    backups.mkdir()
    old = time.time() - 3600
    leftovers = [backups / "s-20240101-000000-000000.sqlite3.part",
                 backups / "s-20240101-000000-000000.sqlite3.part-journal",
                 tmp_path / "s.sqlite3.v1.bak.part", tmp_path / "s.sqlite3.v1.bak.part-journal",
                 tmp_path / "s.sqlite3.new.part"]
    for path in leftovers:
        path.write_bytes(b"")
        os.utime(path, (old, old))
    fresh = backups / "s-20990101-000000-000000.sqlite3.part"  # a copy being written right now
    fresh.write_bytes(b"x")
    with Store.open(db, hold_lock=True) as store:
        assert not any(p.exists() for p in leftovers)
        assert fresh.exists()
        os.utime(fresh, (old, old))
        rolling_backup(store)
        assert not fresh.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backups", "s.sqlite3"]
    shutil.rmtree(backups)


def test_a_failed_backup_copy_removes_its_part_files(tmp_path, seed_report, monkeypatch):
    import errno

    db = make_db(tmp_path / "s.sqlite3", seed_report)
    target = tmp_path / "copy.sqlite3"
    with Store.open(db) as store:
        def full(*args, **kwargs):
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(os, "replace", full)
        with pytest.raises(StoreError) as info:
            store.backup_to(target)
        monkeypatch.undo()
        assert "ổ đĩa đã đầy" in str(info.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.sqlite3"]


def test_the_window_opens_on_a_read_only_disk_and_says_why_edits_are_not_saved(qtbot, tmp_path, seed_report):
    from hienhao_desktop.ui.main_window import MainWindow
    from tests.ui_helpers import ScriptedDialogs

    with small_disk(tmp_path / "usb") as usb:
        db = make_db(usb / "s.sqlite3", seed_report)
        remount_read_only(usb)
        window = MainWindow.open_database(db, dialogs=ScriptedDialogs())  # no daily copy possible: no matter
        assert window is not None
        qtbot.addWidget(window)
        failures: list[str] = []
        window.document.failed.connect(failures.append)
        assert not window.document.push(E.SetField("title", "Sửa trên USB khóa ghi"), "edit")
        assert failures and "chỉ cho đọc" in failures[-1]
        window.close()
