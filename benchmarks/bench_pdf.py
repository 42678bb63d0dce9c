"""How long the PDF export takes, and how much memory it needs (a benchmark, not a test).

    .venv/bin/python benchmarks/bench_pdf.py [--runs 5] [--no-cli]

For the seed report and reports of 1,000, 2,000 and 4,000 activities: in-process
render_pdf time (median of --runs after a warm-up that also registers the fonts; wall
and CPU), peak Python memory of one render (tracemalloc), output size, pages, and the
whole command ``python -m hienhao_desktop export --json F --pdf OUT`` as a new process
(wall, median), which includes interpreter start-up, imports and font loading.
Goals (issue 15): seed ≤ 40 ms, 2,000 activities ≤ 3 s, cost linear in size.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import command_line, measure, reports  # noqa: E402

from hienhao_desktop.export.pdf import render_pdf  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-cli", action="store_true")
    args = parser.parse_args()
    print(f"{'report':<22} {'wall':>9} {'CPU':>9} {'peak mem':>10} {'size':>9} {'pages':>6} {'CLI wall':>10}")
    for label, report in reports():
        m = measure(render_pdf, report, args.runs)
        data = m["data"]
        assert isinstance(data, bytes)
        pages = data.count(b"/Type /Page\n") or data.count(b"/Type /Page ")
        cli = None if args.no_cli or "4,000" in label else command_line(report, "--pdf", max(1, args.runs // 2))
        print(f"{label:<22} {m['wall'] * 1000:>6.0f} ms {m['cpu'] * 1000:>6.0f} ms {m['peak']:>7.1f} MB "
              f"{m['size']:>6.0f} KB {pages:>6} {'n/a' if cli is None else f'{cli * 1000:.0f} ms':>10}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
