"""The command line (DESIGN.md, "Command line"): opens the window, or runs one
headless command. Exit status 0 done, 2 input refused (one line on stderr saying
what and where), 1 anything unexpected."""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from hienhao_desktop import __version__
from hienhao_desktop.domain.errors import Refused
from hienhao_desktop.domain.model import Report

PROG = "hienhao-desktop"


class NotAvailable(Exception):
    """A command whose part of the program is not built into this version."""


def _parser() -> argparse.ArgumentParser:
    db = argparse.ArgumentParser(add_help=False)
    db.add_argument("--db", metavar="PATH", type=Path, default=argparse.SUPPRESS,
                    help="the database file (default: the one in your data folder)")

    parser = argparse.ArgumentParser(
        prog=PROG, parents=[db],
        description="Báo cáo sơ kết, tổng kết của Trung tâm học tập cộng đồng. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--selftest", action="store_true",
                        help="start, load the sample, export, close; exit 0 if all worked")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("list", parents=[db], help="one line per report: id, kind, year, period, status, title")

    p = sub.add_parser("import", parents=[db], help="import a report file (JSON); prints the new report's id")
    p.add_argument("file", type=Path, metavar="FILE.json")

    def source(p: argparse.ArgumentParser) -> None:
        group = p.add_mutually_exclusive_group(required=True)
        group.add_argument("--report", type=int, metavar="ID", help="a report kept in the database")
        group.add_argument("--json", type=Path, metavar="FILE.json", help="a report file (exchange format)")

    p = sub.add_parser("export", parents=[db], help="write a report as PDF, Excel and/or JSON")
    source(p)
    p.add_argument("--pdf", type=Path, metavar="OUT.pdf")
    p.add_argument("--xlsx", type=Path, metavar="OUT.xlsx")
    p.add_argument("--out-json", type=Path, metavar="OUT.json")

    p = sub.add_parser("print", parents=[db], help="print a report without a dialog")
    source(p)
    p.add_argument("--printer", metavar="NAME")
    p.add_argument("--copies", type=int, default=1, metavar="N")

    p = sub.add_parser("finalise", parents=[db], help="archive the PDF and make the report final; prints its SHA-256")
    p.add_argument("--report", type=int, required=True, metavar="ID")

    p = sub.add_parser("sign", parents=[db], help="sign the archived PDF digitally (password from standard input)")
    p.add_argument("--report", type=int, required=True, metavar="ID")
    p.add_argument("--p12", type=Path, metavar="FILE")
    p.add_argument("--pkcs11", metavar="MODULE")
    p.add_argument("--token", metavar="LABEL")
    p.add_argument("--key", metavar="LABEL")
    p.add_argument("--out", type=Path, metavar="FILE")

    p = sub.add_parser("backup", parents=[db], help="copy the database safely (to FILE, or to backups/ beside it)")
    p.add_argument("--to", type=Path, metavar="FILE")

    p = sub.add_parser("screenshots", parents=[db], help="write a PNG of every tab")
    p.add_argument("dir", type=Path, metavar="DIR")
    p.add_argument("--report", type=int, metavar="ID")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except Refused as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2
    except NotAvailable as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception:  # the last resort: say so plainly, keep the details for a bug report
        traceback.print_exc()
        print(f"{PROG}: lỗi không mong đợi, xin báo cho người hỗ trợ (unexpected error)", file=sys.stderr)
        return 1


def _db_path(args: argparse.Namespace) -> Path:
    """The database to use: --db as given, or the default one, which is created
    holding the sample report the first time."""
    if getattr(args, "db", None) is not None:
        return Path(args.db)
    from hienhao_desktop.storage.paths import ensure_default_database

    return ensure_default_database()


def _run(args: argparse.Namespace) -> int:
    if args.selftest:
        from hienhao_desktop.selftest import run as selftest

        return selftest()
    command = args.command
    if command is None:
        from hienhao_desktop.ui.app import run_window

        return run_window(getattr(args, "db", None))
    if command == "screenshots":
        from hienhao_desktop.ui.screenshots import run as screenshots

        db = getattr(args, "db", None)
        return screenshots(args.dir, Path(db) if db is not None else None, args.report)
    if command == "list":
        return _list(args)
    if command == "import":
        return _import(args)
    if command == "export":
        return _export(args)
    if command == "print":
        return _print(args)
    if command == "finalise":
        return _finalise(args)
    if command == "backup":
        return _backup(args)
    return _not_available(command)


def _not_available(what: str) -> int:
    raise NotAvailable(f"{what}: chưa có trong phiên bản {__version__} (not available in this version yet)")


def _list(args: argparse.Namespace) -> int:
    from hienhao_desktop.storage.store import Store

    with Store.open(_db_path(args)) as store:
        for r in store.list_reports():
            print("\t".join([str(r.id), r.kind, r.school_year, r.period, r.status, r.title]))
    return 0


def _import(args: argparse.Namespace) -> int:
    from hienhao_desktop.storage import exchange
    from hienhao_desktop.storage.store import Store

    report = exchange.read_file(args.file)  # refused files stop here, before any database is touched
    path = _db_path(args)
    store = Store.open(path) if path.exists() else Store.create(path)
    with store:
        print(store.add_report(report))
    return 0


def _load_source(args: argparse.Namespace) -> tuple[Report, bytes | None]:
    """The report to export or print, and its archived PDF when it is final."""
    from hienhao_desktop.storage import exchange

    if args.json is not None:
        return exchange.read_file(args.json), None
    from hienhao_desktop.storage.store import Store

    with Store.open(_db_path(args)) as store:
        report = store.load(args.report)
        archive = store.current_archive(args.report)
    return report, archive.pdf if archive else None


def _export(args: argparse.Namespace) -> int:
    if not (args.pdf or args.xlsx or args.out_json):
        raise Refused("export: hãy chọn ít nhất một trong --pdf, --xlsx, --out-json (choose an output)")
    report, archived_pdf = _load_source(args)
    from hienhao_desktop.storage import exchange
    from hienhao_desktop.storage.files import write_atomic

    if args.out_json:
        exchange.write_file(report, args.out_json)
    if args.pdf:
        write_atomic(args.pdf, _pdf_of(report, archived_pdf))
    if args.xlsx:
        from hienhao_desktop.export.xlsx import render_xlsx

        write_atomic(args.xlsx, render_xlsx(report))
    return 0


def _pdf_of(report: Report, archived_pdf: bytes | None) -> bytes:
    """The PDF of a report: a final report's is the exact archived one."""
    if archived_pdf is not None:
        return archived_pdf
    from hienhao_desktop.export.pdf import render_pdf

    return render_pdf(report)


def _print(args: argparse.Namespace) -> int:
    report, archived_pdf = _load_source(args)
    from hienhao_desktop.ui.app import make_application
    from hienhao_desktop.ui.printing import make_printer, print_pdf

    make_application()
    printer = make_printer(args.printer, args.copies)  # an unknown printer is refused before any work
    pages = print_pdf(_pdf_of(report, archived_pdf), printer)
    print(f"{pages}\t{printer.printerName()}")
    return 0


def _finalise(args: argparse.Namespace) -> int:
    from hienhao_desktop.export.pdf import render_pdf
    from hienhao_desktop.storage.store import Store

    with Store.open(_db_path(args)) as store:
        report = store.load(args.report)
        archive = store.finalise(args.report, render_pdf(report))
    print(archive.sha256)
    return 0


def _backup(args: argparse.Namespace) -> int:
    from hienhao_desktop.storage.backup import rolling_backup
    from hienhao_desktop.storage.files import WriteRefused
    from hienhao_desktop.storage.store import Store

    with Store.open(_db_path(args)) as store:
        if args.to is not None:
            if args.to.exists():
                raise WriteRefused(f"{args.to}: tệp đã có, không ghi đè (the file exists; not overwritten)")
            try:
                target: Path | None = store.backup_to(args.to)
            except (OSError, sqlite3.Error) as exc:
                raise WriteRefused(f"{args.to}: không ghi được bản sao lưu (cannot write the backup): {exc}") from None
        else:
            target = rolling_backup(store, min_age=dt.timedelta(0))
    print(target)
    return 0
