"""Benchmark (not a test): how the window copes with a long activity table.

Measures, for reports of 11, 500 and 2,000 activities: opening the window, switching
to the activity table, editing one cell; and, for 2,000 activities, the longest pause
of the event loop while the preview PDF is built in the background.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_window.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings, QTimer  # noqa: E402

from hienhao_desktop.domain.model import Activity  # noqa: E402
from hienhao_desktop.storage import exchange  # noqa: E402
from hienhao_desktop.storage.store import Store  # noqa: E402
from hienhao_desktop.ui.app import make_application  # noqa: E402
from hienhao_desktop.ui.dialogs import Dialogs  # noqa: E402
from hienhao_desktop.ui.main_window import MainWindow  # noqa: E402
from hienhao_desktop.ui.settings import Settings  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def window_for(app, folder: Path, rows: int) -> MainWindow:
    report = exchange.read_file(ROOT / "resources" / "samples" / "seed-report.json")
    if rows != len(report.activities):
        report.activities = [
            Activity(f"Hoạt động số {i}: tuyên truyền, phổ biến kiến thức cho nhân dân trên địa bàn xã",
                     i % 90, "TTHTCĐ", "Các đoàn thể, Trường TH&THCS") for i in range(rows)
        ]
    db = folder / f"r{rows}.sqlite3"
    with Store.create(db) as store:
        store.add_report(report)
    settings = Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    return MainWindow(Store.open(db), settings, Dialogs())


def main() -> None:
    app = make_application()
    folder = Path(tempfile.mkdtemp())
    print(f"{'activities':>10} {'open':>8} {'to table':>9} {'edit cell':>10}")
    for rows in (11, 500, 2000):
        t = time.perf_counter()
        window = window_for(app, folder, rows)
        window.show()
        app.processEvents()
        opened = time.perf_counter() - t
        t = time.perf_counter()
        host = window.activity_tab()  # the part whose page shows the activity table
        assert host is not None
        window.tabs.setCurrentWidget(host)
        app.processEvents()
        switched = time.perf_counter() - t
        model = window.activity_table.model
        t = time.perf_counter()
        model.setData(model.index(5, 1), "Sửa tên hoạt động")
        app.processEvents()
        edited = time.perf_counter() - t
        print(f"{rows:>10} {opened * 1000:>6.0f}ms {switched * 1000:>7.0f}ms {edited * 1000:>8.0f}ms")
        if rows == 2000:
            gaps: list[float] = []
            last = [time.perf_counter()]

            def tick(gaps: list[float] = gaps, last: list[float] = last) -> None:
                now = time.perf_counter()
                gaps.append(now - last[0])
                last[0] = now

            timer = QTimer()
            timer.timeout.connect(tick)
            timer.start(10)
            t = time.perf_counter()
            window.preview.built.connect(app.quit)
            QTimer.singleShot(180_000, app.quit)
            window.show_preview()
            app.exec()
            timer.stop()
            gaps.sort()
            print(f"preview of 2,000 activities built in {time.perf_counter() - t:.1f} s; event loop pauses: "
                  f"longest {gaps[-1] * 1000:.0f} ms, 95th percentile {gaps[int(len(gaps) * 0.95)] * 1000:.0f} ms")
        window.close()
        del window


if __name__ == "__main__":
    main()
