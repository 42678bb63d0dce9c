"""The command line (DESIGN.md, "Command line"): opens the window, or runs one
headless command. Exit status 0 done, 2 input refused (one line on stderr saying
what and where), 1 anything unexpected."""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from hienhao_desktop import __version__
from hienhao_desktop.domain.errors import Refused
from hienhao_desktop.domain.model import Report

PROG = "hienhao-desktop"
log = logging.getLogger(__name__)


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
    parser.add_argument("--selftest-window", metavar="PLATFORM", help=argparse.SUPPRESS)  # --selftest's child
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("list", parents=[db], help="one line per report: id, kind, year, period, status, title")

    p = sub.add_parser("import", parents=[db],
                       help="import a report file (JSON) or a Word report (.docx), told apart by content; "
                            "prints the new report's id (what was recognised in a Word file goes to stderr)")
    p.add_argument("file", type=Path, metavar="FILE")

    def source(p: argparse.ArgumentParser) -> None:
        group = p.add_mutually_exclusive_group(required=True)
        group.add_argument("--report", type=int, metavar="ID", help="a report kept in the database")
        group.add_argument("--json", type=Path, metavar="FILE.json", help="a report file (exchange format)")

    p = sub.add_parser("export", parents=[db], help="write a report as PDF, Excel, Word and/or JSON")
    source(p)
    p.add_argument("--pdf", type=Path, metavar="OUT.pdf")
    p.add_argument("--xlsx", type=Path, metavar="OUT.xlsx")
    p.add_argument("--docx", type=Path, metavar="OUT.docx", help="a Word file laid out like the PDF, to edit")
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
    from hienhao_desktop.console import LogStream, prepare_streams

    if prepare_streams():  # no console (the windowed program): what it would print goes to the log
        _start_log()
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
        if logging.getLogger().handlers:
            log.exception("unexpected error")
        if not isinstance(sys.stderr, LogStream):
            traceback.print_exc()
        print(f"{PROG}: lỗi không mong đợi, xin báo cho người hỗ trợ (unexpected error)", file=sys.stderr)
        return 1


def _start_log() -> None:
    """The log file in the data folder (storage/logfile.py), with a first line that
    says which program on which system: the window always writes one."""
    import platform

    from hienhao_desktop.storage.logfile import start_logging

    if start_logging() is not None:
        log.info("%s %s on %s (Python %s)", PROG, __version__, platform.platform(), platform.python_version())


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
    if args.selftest_window:
        from hienhao_desktop.selftest import window_only

        return window_only(args.selftest_window)
    command = args.command
    if command is None:
        from hienhao_desktop.ui.app import run_window

        _start_log()

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
    from hienhao_desktop.storage.filekind import FileKind, read_for_import, refusal

    # By content, not by name: a zip holding a Word document, an OLE2 file (.doc or an
    # encrypted .docx: refused with what to do), else the JSON exchange format.
    kind, data = read_for_import(args.file)
    if kind == FileKind.DOCX:
        from hienhao_desktop.storage.docx_import import import_docx_bytes

        result = import_docx_bytes(data, str(args.file))
        report = result.report
        for line in result.summary.lines():
            print(line, file=sys.stderr)
    elif kind == FileKind.JSON:
        from hienhao_desktop.storage import exchange

        report = exchange.read_file(args.file)
    else:
        raise refusal(kind, str(args.file))
    # refused files stop above, before any database is touched
    from hienhao_desktop.storage.lock import CLI_WAIT
    from hienhao_desktop.storage.store import Store

    # A window holding the file: wait a moment, then refuse naming who holds it.
    with Store.open_or_create(_db_path(args), hold_lock=True, wait=CLI_WAIT) as store:
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
    from hienhao_desktop.storage.files import check_output_target, write_atomic

    outputs = [p for p in (args.out_json, args.pdf, args.xlsx, args.docx) if p]
    if not outputs:
        raise Refused("export: hãy chọn ít nhất một trong --pdf, --xlsx, --docx, --out-json (choose an output)")
    # No output may land on a data file (the one read from, or any other): every
    # target is checked before anything is read or written.
    protect = [] if args.json is not None else [_db_path(args)]
    for target in outputs:
        check_output_target(target, protect=protect)
    report, archived_pdf = _load_source(args)
    from hienhao_desktop.storage import exchange

    if args.out_json:
        write_atomic(args.out_json, exchange.dumps(report).encode("utf-8"), protect=protect)
    if args.pdf:
        write_atomic(args.pdf, _pdf_of(report, archived_pdf), protect=protect)
    if args.xlsx:
        from hienhao_desktop.export.xlsx import render_xlsx

        write_atomic(args.xlsx, render_xlsx(report), protect=protect)
    if args.docx:
        from hienhao_desktop.export.docx import render_docx

        write_atomic(args.docx, render_docx(report), protect=protect)
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
    from hienhao_desktop.ui.printing import current_plan, make_printer, print_pdf, refuse_file_printer_without_name

    make_application()
    if not args.printer:
        refuse_file_printer_without_name(current_plan())  # no save dialog nobody would answer
    printer = make_printer(args.printer, args.copies)  # an unknown printer is refused before any work
    pages = print_pdf(_pdf_of(report, archived_pdf), printer)
    print(f"{pages}\t{printer.printerName()}")
    return 0


def _finalise(args: argparse.Namespace) -> int:
    from hienhao_desktop.export.pdf import render_pdf
    from hienhao_desktop.storage.lock import CLI_WAIT
    from hienhao_desktop.storage.store import Store

    with Store.open(_db_path(args), hold_lock=True, wait=CLI_WAIT) as store:
        report = store.load(args.report)
        archive = store.finalise(args.report, render_pdf(report))
    print(archive.sha256)
    return 0


def _backup(args: argparse.Namespace) -> int:
    from hienhao_desktop.storage.backup import rolling_backup
    from hienhao_desktop.storage.files import WriteRefused, check_output_target
    from hienhao_desktop.storage.store import Store

    db = _db_path(args)
    target: Path | None
    if args.to is not None:
        check_output_target(args.to, protect=[db], allow_database=True)
        if os.path.lexists(args.to):
            raise WriteRefused("out_exists", args.to)
    with Store.open(db) as store:
        if args.to is not None:
            target = store.backup_to(args.to)
        else:
            target = rolling_backup(store, min_age=dt.timedelta(0))
    print(target)
    return 0
