"""Commands that are not built yet (digital signing) must not pretend to work: they
exit non-zero and say so on stderr (the exact wording is not tested)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.not_built_yet


@pytest.mark.parametrize(
    "args",
    [
        ("sign", "--report", "1", "--p12", "key.p12"),
    ],
    ids=["sign"],
)
def test_not_yet_built_commands_say_so(tmp_path, args):
    data = tmp_path / "userdata"
    env = {**os.environ, "HIENHAO_DESKTOP_DATA": str(data)}
    result = subprocess.run(
        [sys.executable, "-m", "hienhao_desktop", *args],
        cwd=tmp_path,
        env={**env, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode != 0
    assert result.returncode != 2 or "usage:" not in result.stderr  # not a mere usage error
    assert result.stdout == ""
    assert result.stderr.strip() and "Traceback" not in result.stderr
    assert not (tmp_path / "shots").exists()
