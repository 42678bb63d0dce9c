"""How long the PDF export takes, and how much memory it needs (a benchmark, not a test).

    PATH=/work/venv/bin:$PATH python benchmarks/bench_pdf.py [--runs 5]

For the seed report and a 2,000-activity report: in-process render_pdf time (median
of --runs, after one warm-up that also registers the fonts), peak Python memory of one
render (tracemalloc), output size, and the whole command
``python -m hienhao_desktop export --json F --pdf OUT`` as a new process (wall time,
median), which includes interpreter start-up, imports and font loading.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from render_pages import long_report, seed_report  # noqa: E402

from hienhao_desktop.export.pdf import render_pdf  # noqa: E402
from hienhao_desktop.storage import exchange  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for label, report in (("seed (11 activities)", seed_report()), ("2,000 activities", long_report(2000))):
            render_pdf(report)  # warm-up: fonts registered, modules imported
            times = []
            for _ in range(args.runs):
                start = time.perf_counter()
                data = render_pdf(report)
                times.append(time.perf_counter() - start)
            tracemalloc.start()
            render_pdf(report)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()

            source = Path(tmp) / "report.json"
            exchange.write_file(report, source)
            walls = []
            for _ in range(max(1, args.runs // 2)):
                start = time.perf_counter()
                subprocess.run([sys.executable, "-m", "hienhao_desktop", "export", "--json", str(source),
                                "--pdf", str(Path(tmp) / "out.pdf")], cwd=ROOT, check=True)
                walls.append(time.perf_counter() - start)
            pages = data.count(b"/Type /Page\n") or data.count(b"/Type /Page ")
            rows.append((label, statistics.median(times), peak / 2**20, len(data) / 1024, pages,
                         statistics.median(walls)))

    print(f"{'report':<22} {'render (median)':>16} {'peak mem':>10} {'size':>10} {'pages':>6} {'CLI wall':>10}")
    for label, t, mem, size, pages, wall in rows:
        print(f"{label:<22} {t * 1000:>13.0f} ms {mem:>7.1f} MB {size:>7.0f} KB {pages:>6} {wall * 1000:>7.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
