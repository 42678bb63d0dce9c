"""Shared by the benchmarks: the reports measured and how a render is timed.

On a shared machine wall time swings with the other processes' load; CPU time of the
rendering thread (``time.process_time``) is steadier, so both are shown (medians).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hienhao_desktop.domain.model import Report  # noqa: E402
from tests import sample_reports  # noqa: E402


def reports() -> list[tuple[str, Report]]:
    return [("seed (11 activities)", sample_reports.seed())] + [
        (f"{n:,} activities", sample_reports.many_activities(n)) for n in (1000, 2000, 4000)]


def measure(render: Callable[[Report], bytes], report: Report, runs: int) -> dict[str, float]:
    data = render(report)  # warm-up: fonts registered, modules imported
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        data = render(report)
        cpus.append(time.process_time() - cpu)
        walls.append(time.perf_counter() - wall)
    tracemalloc.start()
    render(report)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {"wall": statistics.median(walls), "cpu": statistics.median(cpus), "peak": peak / 2**20,
            "size": len(data) / 1024, "data": data}  # type: ignore[dict-item]


def command_line(report: Report, option: str, runs: int) -> float | None:
    """Wall time of ``python -m hienhao_desktop export --json F OPTION OUT`` (start-up
    included), or None when this build cannot write the exchange file."""
    try:
        from hienhao_desktop.storage import exchange
    except ImportError:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "report.json"
        exchange.write_file(report, source)
        walls = []
        for _ in range(max(1, runs)):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "hienhao_desktop", "export", "--json", str(source), option,
                            str(Path(tmp) / "out")], cwd=ROOT, check=True)
            walls.append(time.perf_counter() - start)
    return statistics.median(walls)
