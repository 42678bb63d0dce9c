"""The command line as outside scripts use it: ``python -m hienhao_desktop ...`` with
its exit statuses (0 done, 2 refused with one stderr line, 1 unexpected)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from hienhao_desktop import cli
from hienhao_desktop.storage.store import Store
from tests.conftest import DATA, OUTLINE_JSON, ROOT, SEED_JSON, SEED_V2_JSON
from tests.exchange_cases import CASES, make_big
from tests.storehelp import fingerprint, side_files


def run(*args: str | Path, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HIENHAO_DESKTOP_DATA": str(data_dir), "HIENHAO_LANG": "vi"}
    return subprocess.run(
        [sys.executable, "-m", "hienhao_desktop", *map(str, args)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture
def data_dir(tmp_path):
    folder = tmp_path / "userdata"
    folder.mkdir()
    return folder


@pytest.fixture(scope="module")
def template_db(tmp_path_factory):
    """One database holding the seed, made once; tests get a copy."""
    from hienhao_desktop.storage import exchange

    path = tmp_path_factory.mktemp("template") / "template.db"
    with Store.create(path) as store:
        store.add_report(exchange.read_file(SEED_JSON))
    return path


@pytest.fixture
def db(tmp_path, template_db):
    """(path, id of the seed report) of a fresh copy of the template database."""
    path = tmp_path / "new.db"
    shutil.copy(template_db, path)
    return path, 1


def _one_refusal_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("hienhao-desktop: ")
    assert "Traceback" not in result.stderr
    return lines[0]


# ---- the happy path ------------------------------------------------------------------------


def test_import_list_export_round_trip(tmp_path, data_dir):
    path = tmp_path / "new.db"
    imported = run("import", SEED_JSON, "--db", path, data_dir=data_dir)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout == "1\n" and path.exists()
    rid = 1
    assert side_files(path) == []
    listed = run("list", "--db", path, data_dir=data_dir)
    assert listed.returncode == 0 and listed.stderr == ""
    assert listed.stdout == "1\tso_ket\t2023-2024\tHọc kỳ I\tdraft\tSơ kết năm học 2023-2024\n"
    out = tmp_path / "out.json"
    exported = run("export", "--report", rid, "--db", path, "--out-json", out, data_dir=data_dir)
    assert exported.returncode == 0, exported.stderr
    # written as version 2: the seed's outline
    assert out.read_text(encoding="utf-8") == SEED_V2_JSON.read_text(encoding="utf-8")
    # a second import adds a second report
    again = run("import", out, "--db", path, data_dir=data_dir)
    assert again.returncode == 0 and again.stdout.strip() == "2"
    assert len(run("list", "--db", path, data_dir=data_dir).stdout.splitlines()) == 2
    # --db before the command works too
    assert run("--db", path, "list", data_dir=data_dir).stdout.count("\n") == 2
    assert list(data_dir.iterdir()) == []  # the default database was never involved


def test_export_from_json_file(tmp_path, data_dir):
    out = tmp_path / "out.json"
    result = run("export", "--json", SEED_JSON, "--out-json", out, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(SEED_V2_JSON.read_text(encoding="utf-8"))
    assert list(data_dir.iterdir()) == []
    result = run("export", "--json", OUTLINE_JSON, "--out-json", out, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8") == OUTLINE_JSON.read_text(encoding="utf-8")


def test_version_2_files_import_and_list(tmp_path, data_dir):
    path = tmp_path / "new.db"
    for expected_id, file in ((1, SEED_V2_JSON), (2, OUTLINE_JSON), (3, SEED_JSON)):
        result = run("import", file, "--db", path, data_dir=data_dir)
        assert result.returncode == 0 and result.stdout == f"{expected_id}\n", result.stderr
    listed = run("list", "--db", path, data_dir=data_dir).stdout.splitlines()
    # the example's title is three lines: listed on one
    assert "2\ttong_ket\t\tTừ tháng 10/2018 đến tháng 5/2019\tdraft\tTổng kết công tác khuyến học, khuyến tài và " in listed[-1]
    assert all(line.count("\t") == 5 for line in listed)


def test_list_names_a_report_without_a_title_of_its_own_by_its_default_one(tmp_path, data_dir, seed_report):
    """A report whose title was left empty prints "Sơ kết học kỳ I năm học …" under
    BÁO CÁO: the list says the same instead of a blank."""
    path = tmp_path / "new.db"
    seed_report.title = ""
    with Store.create(path) as store:
        store.add_report(seed_report)
    listed = run("list", "--db", path, data_dir=data_dir).stdout
    assert listed == "1\tso_ket\t2023-2024\tHọc kỳ I\tdraft\tSơ kết học kỳ I năm học 2023-2024\n"


def test_a_database_of_the_previous_release_is_upgraded_by_any_command(tmp_path, data_dir):
    path = tmp_path / "old.sqlite3"
    shutil.copy(DATA / "v2-release.sqlite3", path)
    listed = run("list", "--db", path, data_dir=data_dir)
    assert listed.returncode == 0, listed.stderr
    assert [line.split("\t")[0] for line in listed.stdout.splitlines()] == ["3", "2", "1"]
    assert (tmp_path / "old.sqlite3.v2.bak").exists()
    out = tmp_path / "long.json"
    assert run("export", "--report", "2", "--db", path, "--out-json", out, data_dir=data_dir).returncode == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["version"] == 2 and len(doc["report"]["activities"]) == 200
    assert [p["role"] for p in doc["report"]["parts"]] == ["assessment", "implementation", "plans", "recommendations"]


def test_finalise_and_backup_on_the_outline(tmp_path, db, capsys, monkeypatch):
    """finalise and backup through main(), the PDF renderer stood in for (the printed
    document is another part's work; the archive and the lock are the store's)."""
    import types

    stub = types.ModuleType("hienhao_desktop.export.pdf")
    stub.render_pdf = lambda report: b"%PDF-1.7 " + report.parts[0].blocks[0].text.encode()  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "hienhao_desktop.export.pdf", stub)
    path, rid = db
    assert cli.main(["finalise", "--report", str(rid), "--db", str(path)]) == 0
    digest = capsys.readouterr().out.strip()
    with Store.open(path) as store:
        archive = store.current_archive(rid)
        assert archive is not None and archive.sha256 == digest and archive.pdf == "%PDF-1.7 Thuận lợi".encode()
    assert cli.main(["finalise", "--report", str(rid), "--db", str(path)]) == 2  # already final
    out = tmp_path / "final.json"
    assert cli.main(["export", "--report", str(rid), "--db", str(path), "--out-json", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == SEED_V2_JSON.read_text(encoding="utf-8")
    copy = tmp_path / "copy.sqlite3"
    capsys.readouterr()
    assert cli.main(["backup", "--db", str(path), "--to", str(copy)]) == 0
    with Store.open(copy) as backup, Store.open(path) as store:
        assert backup.status(rid) == "final" and backup.load(rid) == store.load(rid)
        assert backup.current_archive(rid) == store.current_archive(rid)


def test_default_database_is_created_holding_the_sample(data_dir):
    result = run("list", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "1\tso_ket\t2023-2024\tHọc kỳ I\tdraft\tSơ kết năm học 2023-2024\n"
    default = data_dir / "hienhao.sqlite3"
    assert default.exists()
    before = fingerprint(default)
    # the second start uses it as it is
    assert run("list", data_dir=data_dir).stdout == result.stdout
    assert fingerprint(default) == before


def test_default_database_in_a_folder_that_does_not_exist_yet(tmp_path):
    folder = tmp_path / "deep" / "data"
    result = run("list", data_dir=folder)
    assert result.returncode == 0, result.stderr
    assert (folder / "hienhao.sqlite3").exists()


# ---- refused input: status 2, one line, nothing changed ---------------------------------------

# The refusals the issue lists, run through a real process each (the full list of
# cases runs in-process below, through the same main()).
SUBPROCESS_CASES = [
    "unknown key in report",
    "duplicate key in report",
    "number where string",
    "list where object",
    "negative participants",
    "fractional participants",
    "boolean participants",
    "month 13",
    "date dd/mm/yyyy",
    "too new version",
    "wrong format",
    "not json",
    "latin-1 bytes",
    "empty file",
    "json array at top",
    "NaN participants",
]


@pytest.mark.parametrize("name", SUBPROCESS_CASES)
def test_bad_import_into_existing_db_refused_and_db_unchanged(tmp_path, db, data_dir, name):
    path, _ = db
    data, json_path, _code = CASES[name]
    bad = tmp_path / "bad.json"
    bad.write_bytes(data)
    before = fingerprint(path)
    result = run("import", bad, "--db", path, data_dir=data_dir)
    line = _one_refusal_line(result)
    assert str(bad) in line
    if json_path:
        assert f": {json_path}: " in line
    assert result.stdout == ""
    assert fingerprint(path) == before
    assert side_files(path) == []


def test_bad_import_into_new_db_creates_nothing(tmp_path, data_dir):
    bad = tmp_path / "bad.json"
    bad.write_bytes(CASES["negative participants"][0])
    target = tmp_path / "not-yet.db"
    line = _one_refusal_line(run("import", bad, "--db", target, data_dir=data_dir))
    assert "report.activities[3].participants: phải là số nguyên không âm" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json", "userdata"]
    assert list(data_dir.iterdir()) == []


def test_bad_import_without_db_does_not_create_the_default_database(tmp_path, data_dir):
    bad = tmp_path / "bad.json"
    bad.write_bytes(CASES["wrong format"][0])
    line = _one_refusal_line(run("import", bad, data_dir=data_dir))
    assert ": format: " in line
    assert list(data_dir.iterdir()) == []


def test_big_file_refused(tmp_path, db, data_dir):
    path, _ = db
    big = make_big(tmp_path / "big.json")
    before = fingerprint(path)
    line = _one_refusal_line(run("import", big, "--db", path, data_dir=data_dir))
    assert "50" in line
    assert fingerprint(path) == before


def test_missing_input_file(tmp_path, db, data_dir):
    path, _ = db
    before = fingerprint(path)
    _one_refusal_line(run("import", tmp_path / "khong-co.json", "--db", path, data_dir=data_dir))
    assert fingerprint(path) == before


@pytest.mark.parametrize(
    "args",
    [
        ("list",),
        ("export", "--report", "1", "--out-json", "{out}"),
    ],
)
def test_missing_db_is_refused_and_not_created(tmp_path, data_dir, args):
    target = tmp_path / "typo.db"
    out = tmp_path / "out.json"
    args = tuple(a.format(out=out) for a in args)
    line = _one_refusal_line(run(*args, "--db", target, data_dir=data_dir))
    assert str(target) in line
    assert not target.exists() and not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["userdata"]
    assert list(data_dir.iterdir()) == []


@pytest.mark.parametrize(
    "kind, command",
    [("foreign", "list"), ("foreign", "import"), ("foreign", "export"), ("text", "import"), ("empty", "list")],
)
def test_foreign_db_refused_and_unchanged(tmp_path, data_dir, kind, command):
    target = tmp_path / "other.db"
    if kind == "foreign":
        conn = sqlite3.connect(target)
        conn.execute("CREATE TABLE report (id INTEGER PRIMARY KEY)")
        conn.commit()
        conn.close()
    elif kind == "text":
        target.write_text("không phải cơ sở dữ liệu\n", encoding="utf-8")
    else:
        target.write_bytes(b"")
    before = fingerprint(target)
    args = {
        "list": ("list",),
        "import": ("import", SEED_JSON),
        "export": ("export", "--report", "1", "--out-json", tmp_path / "out.json"),
    }[command]
    line = _one_refusal_line(run(*args, "--db", target, data_dir=data_dir))
    assert str(target) in line
    assert fingerprint(target) == before
    assert side_files(target) == [] and not (tmp_path / "out.json").exists()


def test_unknown_report_id(tmp_path, db, data_dir):
    path, _ = db
    before = fingerprint(path)
    out = tmp_path / "out.json"
    line = _one_refusal_line(run("export", "--report", "99", "--db", path, "--out-json", out, data_dir=data_dir))
    assert "99" in line
    assert not out.exists() and fingerprint(path) == before


def test_export_without_output_is_refused(db, data_dir):
    path, rid = db
    _one_refusal_line(run("export", "--report", rid, "--db", path, data_dir=data_dir))


def test_unwritable_output_is_refused(tmp_path, db, data_dir):
    path, rid = db
    out = tmp_path / "no-folder" / "out.json"
    line = _one_refusal_line(run("export", "--report", rid, "--db", path, "--out-json", out, data_dir=data_dir))
    assert str(out) in line
    folder = tmp_path / "is-a-folder.json"
    folder.mkdir()
    _one_refusal_line(run("export", "--report", rid, "--db", path, "--out-json", folder, data_dir=data_dir))


def test_usage_errors_are_status_2(data_dir):
    result = run("export", "--report", "x", data_dir=data_dir)
    assert result.returncode == 2 and "usage:" in result.stderr
    assert list(data_dir.iterdir()) == []


# ---- every refused exchange case, in-process through the same main() --------------------------


@pytest.mark.parametrize("name", list(CASES))
def test_every_refused_case_through_main(tmp_path, name, capsys, db):
    path, _ = db
    bad = tmp_path / "bad.json"
    bad.write_bytes(CASES[name][0])
    before = fingerprint(path)
    assert cli.main(["import", str(bad), "--db", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.splitlines()) == 1
    json_path = CASES[name][1]
    if json_path:
        assert f": {json_path}: " in err
    assert fingerprint(path) == before
    assert cli.main(["import", str(bad), "--db", str(tmp_path / "new.sqlite3")]) == 2
    assert not (tmp_path / "new.sqlite3").exists()


def test_the_window_without_a_display_says_so(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["HIENHAO_DESKTOP_DATA"] = str(tmp_path / "data")
    result = subprocess.run([sys.executable, "-m", "hienhao_desktop"], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 2
    assert "DISPLAY" in result.stderr and "--selftest" in result.stderr
