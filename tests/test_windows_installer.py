"""The Windows installer (packaging/windows/): the names that must agree between the
Inno Setup script, the program and the Wine check agree; and, where Wine, MinGW and
Inno Setup's compiler are on the machine, packaging/windows/check-installer compiles the
script and installs, upgrades and uninstalls under Wine (about a minute). CI has no
Wine (32-bit Wine needs a multiarch system); the session notes give that run's output."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from hienhao_desktop import APP_NAME, ORG_NAME, __version__

ROOT = Path(__file__).resolve().parent.parent
WINDOWS = ROOT / "packaging" / "windows"
ISS = WINDOWS / "hienhao-desktop.iss"


def _setup_value(key: str) -> str:
    text = ISS.read_text(encoding="utf-8-sig")
    found = re.findall(rf"^{key}=(.*)$", text, flags=re.MULTILINE)
    assert len(found) == 1, f"{key} appears {len(found)} times in {ISS.name}"
    return found[0].strip()


def test_the_script_is_utf8_with_a_byte_order_mark() -> None:
    # Inno Setup reads a script as ANSI unless it starts with the UTF-8 BOM, which
    # would garble "Hiền Hào – Báo cáo" in the shortcuts and the uninstall entry.
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "Hiền Hào – Báo cáo" in raw.decode("utf-8-sig")


def test_the_installer_speaks_vietnamese() -> None:
    assert '\nName: "vi"; MessagesFile: "Vietnamese.isl"' in ISS.read_text(encoding="utf-8-sig")
    raw = (WINDOWS / "Vietnamese.isl").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Inno Setup reads UTF-8 only with the BOM
    text = raw.decode("utf-8-sig")
    assert unicodedata.is_normalized("NFC", text)
    values = dict(line.split("=", 1) for line in text.splitlines() if "=" in line and not line.startswith(";"))
    assert values["LanguageName"] == "Tiếng Việt" and values["LanguageID"] == "$042A"
    assert values["ButtonNext"] == "&Tiếp theo >" and values["ButtonCancel"] == "Hủy"
    assert len(values) > 270  # every message of Default.isl (check-installer: ISCC finds none missing)


def test_the_mutex_name_agrees_between_script_program_and_stand_in() -> None:
    from hienhao_desktop.ui.desktop import MUTEX_NAME

    assert _setup_value("AppMutex") == f"{MUTEX_NAME},Global\\{MUTEX_NAME}"
    stand_in = (WINDOWS / "check" / "standin.c").read_text(encoding="utf-8")
    assert f'L"{MUTEX_NAME}"' in stand_in and f'L"Global\\\\{MUTEX_NAME}"' in stand_in


def test_per_user_install_with_the_fixed_app_id() -> None:
    assert _setup_value("AppId") == "{{3F43D024-F000-4ECB-B0D5-28CFD7690488}"
    assert _setup_value("PrivilegesRequired") == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in ISS.read_text(encoding="utf-8-sig")
    assert _setup_value("DefaultDirName") == "{#InstallDir}"
    assert '#define InstallDir "{autopf}\\HienHao Bao cao"' in ISS.read_text(encoding="utf-8-sig")


def test_uninstall_never_touches_the_users_data_folder() -> None:
    lines = [line.strip() for line in ISS.read_text(encoding="utf-8-sig").splitlines()]
    text = "\n".join(line for line in lines if not line.startswith(";"))  # without comments
    assert "[UninstallDelete]" not in text
    assert "{localappdata}" not in text and "{userappdata}" not in text
    # ... and the stand-in writes where the program keeps its data (storage/paths.py).
    stand_in = (WINDOWS / "check" / "standin.c").read_text(encoding="utf-8")
    assert f'L"\\\\{ORG_NAME}"' in stand_in and f'L"\\\\{APP_NAME}"' in stand_in


def _iscc() -> Path | None:
    path = Path(os.environ.get("ISCC", ROOT / "build" / "inno" / "node_modules" / "innosetup" / "bin" / "ISCC.exe"))
    return path if path.is_file() else None


def _wine_can_run_32_bit() -> bool:
    if shutil.which("wine") is None:
        return False
    result = subprocess.run(["dpkg-query", "-W", "-f=${Status}", "wine32:i386"], capture_output=True, text=True)
    return "install ok installed" in result.stdout


@pytest.mark.slow
@pytest.mark.skipif(not (_wine_can_run_32_bit() and shutil.which("x86_64-w64-mingw32-gcc") and shutil.which("Xvfb")
                         and _iscc()), reason="needs Wine with wine32, MinGW, Xvfb and ISCC.exe (see check-installer)")
def test_the_installer_installs_upgrades_and_uninstalls_under_wine() -> None:
    result = subprocess.run(["bash", str(WINDOWS / "check-installer")], cwd=ROOT, capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"hienhao-desktop-{__version__}-setup.exe" in result.stdout
    assert "ok: Vietnamese.isl: every message of this Inno Setup version, no warning" in result.stdout
    assert "ok: all installer checks" in result.stdout


def test_the_version_resource_text_says_what_the_program_is() -> None:
    """packaging/version_info.py's text is PyInstaller's version-file format: a Python
    expression of its classes. Evaluated here with stand-ins that keep the arguments
    (PyInstaller's own parser runs in check-installer)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("version_info", ROOT / "packaging" / "version_info.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.read_version() == __version__

    def keep(name: str):  # noqa: ANN202 - a stand-in class
        return lambda *args, **kwargs: (name, args, kwargs)

    names = ["VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
             "VarFileInfo", "VarStruct"]
    info = eval(module.version_info_text("2.13.4"), {n: keep(n) for n in names})  # noqa: S307 - our own text
    fixed = info[2]["ffi"][2]
    assert fixed["filevers"] == fixed["prodvers"] == (2, 13, 4, 0)
    string_file_info, var_file_info = info[2]["kids"]
    (table,) = string_file_info[1][0]
    assert table[1][0] == "042a04b0"  # Vietnamese, Unicode
    strings = dict(s[1] for s in table[1][1])
    assert strings["ProductVersion"] == strings["FileVersion"] == "2.13.4"
    assert strings["ProductName"] == "Hiền Hào – Báo cáo"
    assert strings["OriginalFilename"] == "hienhao-desktop.exe"
    assert var_file_info[1][0][0][1] == ("Translation", [0x042A, 1200])


def test_the_installer_refuses_windows_older_than_qt_needs() -> None:
    # Qt 6.11 (as 6.2-6.12): Windows 10 1809 (build 17763) or later; Qt's Core uses the system's
    # icuuc.dll, there from 1703. MinVersion 10.0 alone would let 1507-1803 install.
    assert _setup_value("MinVersion") == "10.0.17763"


def test_the_windows_workflow_runs_the_build_script_and_test_files_that_exist() -> None:
    workflow = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    assert "runs-on: windows-" in workflow
    assert "./packaging/windows/build.ps1" in workflow
    assert "actions/upload-artifact" in workflow
    named = re.findall(r"tests/test_\w+\.py", workflow)
    assert named and all((ROOT / name).is_file() for name in named), named
