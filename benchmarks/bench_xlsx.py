"""Benchmark of the Excel export (not a test): python benchmarks/bench_xlsx.py

In-process: median time of render_xlsx over a few runs and peak Python memory
(tracemalloc) for the seed report and a 2,000-activity report. Whole process: wall
time of `python -m hienhao_desktop export --json … --xlsx …` (start-up included).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hienhao_desktop.domain.model import Activity, Report  # noqa: E402
from hienhao_desktop.export.xlsx import render_xlsx  # noqa: E402
from hienhao_desktop.storage import exchange  # noqa: E402

SEED = ROOT / "resources" / "samples" / "seed-report.json"
RUNS = 5


def big_report(n: int = 2000) -> Report:
    report = exchange.read_file(SEED)
    report.activities = [
        Activity(
            name=f"Hoạt động số {i}: tuyên truyền, phổ biến " + "nội dung " * (i % 7),
            participants=None if i % 10 == 0 else 10 + i % 90,
            lead_unit=f"Đơn vị chủ trì {i % 13}",
            partner_units="Các đoàn thể, Trường TH&THCS",
        )
        for i in range(n)
    ]
    return report


def in_process(report: Report) -> tuple[float, float, int]:
    render_xlsx(report)  # warm-up: lazy imports
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        data = render_xlsx(report)
        times.append(time.perf_counter() - start)
    tracemalloc.start()
    render_xlsx(report)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return statistics.median(times), peak / 2**20, len(data)


def whole_process(report: Report) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "report.json"
        exchange.write_file(report, source)
        times = []
        for _ in range(3):
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "hienhao_desktop", "export", "--json", str(source),
                 "--xlsx", str(Path(tmp) / "out.xlsx")],
                cwd=ROOT, check=True,
            )
            times.append(time.perf_counter() - start)
        return statistics.median(times)


def main() -> None:
    print(f"{'report':<22}{'render median':>15}{'peak memory':>14}{'file size':>12}{'export process':>17}")
    for label, report in (("seed (11 activities)", exchange.read_file(SEED)), ("2,000 activities", big_report())):
        seconds, peak_mib, size = in_process(report)
        wall = whole_process(report)
        print(f"{label:<22}{seconds * 1000:>12.0f} ms{peak_mib:>10.1f} MiB{size / 1024:>8.0f} KiB{wall * 1000:>14.0f} ms")


if __name__ == "__main__":
    main()
