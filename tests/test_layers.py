"""The layers of DESIGN.md: no Qt below ui/, dependencies point down only."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "hienhao_desktop"


def _qt_imports(folder: Path, root: Path = ROOT) -> list[str]:
    found = []
    for path in folder.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"):
                    found.append(f"{path.relative_to(root)}:{node.lineno}: {name}")
    return found


def test_no_qt_below_ui():
    offenders = []
    for layer in ("domain", "storage", "document", "export"):
        offenders += _qt_imports(PACKAGE / layer)
    assert offenders == []


def test_the_check_sees_a_qt_import(tmp_path):
    (tmp_path / "ok.py").write_text("import json\n", encoding="utf-8")
    (tmp_path / "bad.py").write_text("import os\nfrom PySide6.QtCore import QObject\n", encoding="utf-8")
    assert _qt_imports(tmp_path, tmp_path) == ["bad.py:2: PySide6.QtCore"]


def test_core_runs_without_qt_loaded():
    """Importing and using the core must not pull Qt in, even indirectly."""
    code = (
        "import sys, hienhao_desktop.cli, hienhao_desktop.storage.store, hienhao_desktop.storage.exchange;"
        "import hienhao_desktop.domain.validation;"
        "from hienhao_desktop.storage.paths import sample_report; sample_report();"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_linter_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" in result.stdout and "0 broken" in result.stdout
