"""How long the Excel export takes (a benchmark, not a test).

    .venv/bin/python benchmarks/bench_xlsx.py [--runs 5] [--no-cli]

In-process: median time of render_xlsx (wall and CPU) and peak Python memory
(tracemalloc) for the seed report and reports of 1,000, 2,000 and 4,000 activities.
Whole process: wall time of ``python -m hienhao_desktop export --json … --xlsx …``
(start-up included).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import command_line, measure, reports  # noqa: E402

from hienhao_desktop.export.xlsx import render_xlsx  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-cli", action="store_true")
    args = parser.parse_args()
    print(f"{'report':<22} {'wall':>9} {'CPU':>9} {'peak mem':>10} {'size':>9} {'CLI wall':>10}")
    for label, report in reports():
        m = measure(render_xlsx, report, args.runs)
        cli = None if args.no_cli or "4,000" in label else command_line(report, "--xlsx", max(1, args.runs // 2))
        print(f"{label:<22} {m['wall'] * 1000:>6.0f} ms {m['cpu'] * 1000:>6.0f} ms {m['peak']:>7.1f} MB "
              f"{m['size']:>6.0f} KB {'n/a' if cli is None else f'{cli * 1000:.0f} ms':>10}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
