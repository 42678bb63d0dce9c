"""Benchmark (not a test): the store's data path for a long report.

For reports of 11, 500 and 2,000 activities: add_report (normalise and insert), load,
duplicate, one cell edit, inserting a row at the top (every later row shifts),
moving the last row to the top, and (with the outline) replacing a paragraph's runs
and inserting a block; median of several runs, in milliseconds. Every edit is a
committed transaction (synchronous FULL: an fsync each), so disk speed shows.

    python benchmarks/bench_store.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hienhao_desktop.domain import edits as E  # noqa: E402
from hienhao_desktop.domain.model import Activity  # noqa: E402
from hienhao_desktop.storage import exchange  # noqa: E402
from hienhao_desktop.storage.store import Store  # noqa: E402

try:  # the outline (schema 3); the benchmark also runs on the release before it, for comparison
    from hienhao_desktop.domain.model import Paragraph, Run

    OUTLINE = True
except ImportError:
    OUTLINE = False

ROOT = Path(__file__).resolve().parent.parent


def ms(action: Callable[[int], object], runs: int) -> float:
    """Median time of ``action(i)`` for i in range(runs), in milliseconds."""
    times = []
    for i in range(runs):
        start = time.perf_counter()
        action(i)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    seed = exchange.read_file(ROOT / "resources" / "samples" / "seed-report.json")
    head = f"{'rows':>6} {'add':>8} {'load':>8} {'dup':>8} {'cell':>8} {'ins@0':>8} {'move':>8}"
    print(head + (f" {'para':>8} {'block':>8}" if OUTLINE else ""))
    with tempfile.TemporaryDirectory() as folder:
        for rows in (11, 500, 2000):
            report = seed.copy()
            if rows != len(report.activities):
                report.activities = [
                    Activity(f"Hoạt động số {i}: tuyên truyền, phổ biến kiến thức cho nhân dân trên địa bàn xã",
                             i % 90, "TTHTCĐ", "Các đoàn thể, Trường TH&THCS") for i in range(rows)
                ]  # fmt: skip
            with Store.create(Path(folder) / f"r{rows}.sqlite3") as store:
                runs = 5 if rows > 100 else 20
                add = ms(lambda i: store.add_report(report), runs)  # noqa: B023
                rid = store.add_report(report)
                load = ms(lambda i: store.load(rid), runs)  # noqa: B023
                dup = ms(lambda i: store.duplicate(rid), runs)  # noqa: B023
                cell = ms(lambda i: store.apply_edit(rid, E.SetItemField("activities", 1, "participants", i)), runs)  # noqa: B023
                ins = ms(lambda i: store.apply_edit(rid, E.InsertItems("activities", 0, (Activity("Mới", i),))), runs)  # noqa: B023
                last = len(store.load(rid).activities) - 1
                move = ms(lambda i: store.apply_edit(rid, E.MoveItem("activities", last, 0)), runs)  # noqa: B023
                extra = ""
                if OUTLINE:
                    para = ms(lambda i: store.apply_edit(rid, E.SetField("parts[0].blocks[1].runs", [Run(f"Đoạn {i}")])), runs)  # noqa: B023
                    block = ms(lambda i: store.apply_edit(rid, E.InsertItems("parts[1].blocks", 1, (Paragraph([Run(f"{i}")]),))), runs)  # noqa: B023
                    extra = f" {para:>8.1f} {block:>8.1f}"
                print(f"{rows:>6} {add:>8.1f} {load:>8.1f} {dup:>8.1f} {cell:>8.1f} {ins:>8.1f} {move:>8.1f}{extra}")


if __name__ == "__main__":
    main()
