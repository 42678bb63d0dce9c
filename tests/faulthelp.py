"""Helpers for the fault tests (issue 13): the command line in a child process, data
files made and fingerprinted, small or read-only disks (tmpfs, as root), and kill -9
at an exact system call (strace's fault injection)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from hienhao_desktop.domain.model import Report
from hienhao_desktop.storage.store import Store
from tests.conftest import ROOT

CHILD_ENV = {"PYTHONDONTWRITEBYTECODE": "1", "HIENHAO_LANG": "vi"}


def cli(*args: str | Path, data_dir: Path | None = None, timeout: float = 60,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, **CHILD_ENV, **(env or {})}
    if data_dir is not None:
        full["HIENHAO_DESKTOP_DATA"] = str(data_dir)
    return subprocess.run([sys.executable, "-m", "hienhao_desktop", *map(str, args)], cwd=ROOT, env=full,
                          capture_output=True, text=True, timeout=timeout)


def refused(result: subprocess.CompletedProcess[str]) -> str:
    """The one line a refusal (status 2) prints on stderr."""
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("hienhao-desktop: "), result.stderr
    return lines[0]


def make_db(path: Path, report: Report, copies: int = 1) -> Path:
    with Store.create(path) as store:
        for _ in range(copies):
            store.add_report(report)
    return path


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# ---- disks that are full or read-only -------------------------------------------------------


def _mount_allowed() -> str | None:
    """None when this process may mount a tmpfs; else why not."""
    if sys.platform != "linux":
        return "tmpfs mounts are a Linux test"
    if os.geteuid() != 0:
        return "mounting a tmpfs needs root"
    if shutil.which("mount") is None or shutil.which("umount") is None:
        return "mount/umount not installed"
    return None


@contextlib.contextmanager
def small_disk(folder: Path, size: str = "256k") -> Iterator[Path]:
    """``folder`` with a tmpfs of ``size`` mounted on it, unmounted afterwards;
    the test is skipped (with the reason) where mounting is not allowed."""
    why = _mount_allowed()
    if why is not None:
        pytest.skip(why)
    folder.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(folder)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not allowed here: {result.stderr.strip()}")
    try:
        yield folder
    finally:
        if subprocess.run(["umount", str(folder)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def remount_read_only(folder: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True, capture_output=True)


def fill(folder: Path) -> None:
    """Use up every free byte of the disk holding ``folder``."""
    for name, chunk in (("filler", 4096), ("filler-2", 1)):
        with contextlib.suppress(OSError), open(folder / name, "wb", buffering=0) as f:
            while True:
                f.write(b"\0" * chunk)


# ---- kill -9 at an exact system call -------------------------------------------------------

KILL_SYSCALLS = ("pwrite64", "write", "fdatasync", "fsync", "ftruncate", "link", "rename", "unlink")


def strace_or_skip() -> str:
    path = shutil.which("strace")
    if path is None or sys.platform != "linux":
        pytest.skip("strace is not installed (scripts/setup --test installs it)")
    probe = subprocess.run([path, "-f", "-qq", "-o", "/dev/null", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("strace cannot trace here (ptrace not allowed)")
    return path


def syscall_counts(strace: str, code: str, *args: str) -> dict[str, int]:
    """How often ``python -c code args`` makes each of KILL_SYSCALLS (it must end
    well: status 0)."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        trace = Path(folder) / "trace"
        out = subprocess.run(
            [strace, "-f", "-qq", "-o", str(trace), "-e", f"trace={','.join(KILL_SYSCALLS)}",
             sys.executable, "-c", code, *args],
            cwd=ROOT, env={**os.environ, **CHILD_ENV}, capture_output=True, text=True, timeout=120,
        )
        assert out.returncode == 0, out.stderr[-2000:]
        lines = trace.read_text(errors="replace").splitlines()
    counts = dict.fromkeys(KILL_SYSCALLS, 0)
    for line in lines:
        name = line.split("(", 1)[0].split()[-1] if "(" in line else ""
        if name in counts and "resumed>" not in line:
            counts[name] += 1
    return counts


def run_killed_at(strace: str, syscall: str, nth: int, code: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -c code args`` and kill it (SIGKILL) at its ``nth`` ``syscall``,
    before the call is made."""
    return subprocess.run(
        [strace, "-f", "-qq", "-o", "/dev/null", "-e", f"trace={syscall}",
         "-e", f"inject={syscall}:signal=KILL:when={nth}", sys.executable, "-c", code, *args],
        cwd=ROOT, env={**os.environ, **CHILD_ENV}, capture_output=True, text=True, timeout=120,
    )


def offsets(counts: dict[str, int], write_step: int = 3) -> list[tuple[str, int]]:
    """(system call, n) to kill at: every sync, rename, link, unlink and truncation;
    every ``write_step``-th write (every write with HIENHAO_KILL_EVERY=1)."""
    every = os.environ.get("HIENHAO_KILL_EVERY") == "1"
    chosen = []
    for name, count in counts.items():
        step = 1 if every or name not in ("pwrite64", "write") else write_step
        chosen += [(name, n) for n in range(1, count + 1, step)]
    return chosen
