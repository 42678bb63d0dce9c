"""What the window does to whole reports: new, from an earlier one, duplicate,
delete, import, export, print, issue, unlock, restore, archived copies.

Each operation runs through ``Operations.run``: it succeeds (and says so in the
status bar) or fails with a message naming the cause in the interface language,
through the one failure path (``failures.report_failure``), logged. A failure
leaves nothing half done in the database, and the window is brought back in step
with the database (``MainWindow.resync``): no tabs stay editable for a report that
is gone, and the list shows what is kept. A data file found deleted, replaced or
changed by another program (``DatabaseChanged``) goes to the window instead, which
stops writing and keeps the report on screen; the operations here then save it
elsewhere (a new data file, a JSON file) or reopen it. Exports check their target
before rendering, so a refused file is said at once, not after a long render.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter

from hienhao_desktop.domain import edits as E
from hienhao_desktop.domain.derive import blank_report, report_from_earlier
from hienhao_desktop.domain.model import ActivityTable, Heading, ListItem, Paragraph, Part, PartRole, Report, Table
from hienhao_desktop.domain.validation import Severity
from hienhao_desktop.storage.store import Archive, DatabaseChanged
from hienhao_desktop.ui import file_problem
from hienhao_desktop.ui.failures import EXPECTED, report_failure

if TYPE_CHECKING:
    from hienhao_desktop.storage.store import Store
    from hienhao_desktop.ui.document import ReportDocument
    from hienhao_desktop.ui.main_window import MainWindow

T = TypeVar("T")
log = logging.getLogger(__name__)


def file_name(title: str, suffix: str) -> str:
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title).strip() or "bao-cao"
    return f"{name}{suffix}"


def documents_folder() -> str:
    """Where a first export goes: the person's Documents folder (their home folder
    when there is none), never the folder the program happened to start in."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return documents
    return str(Path.home())


class Operations(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    @property
    def dialogs(self):  # noqa: ANN201 - the window's Dialogs
        return self.window.dialogs

    @property
    def store(self):  # noqa: ANN201 - the window's Store
        return self.window.store

    def status(self, text: str, ms: int = 10000) -> None:
        self.window.statusBar().showMessage(text, ms)

    # ---- the one path for success and failure ---------------------------------------------

    def run(self, title: str, work: Callable[[], T], default: T) -> T:
        """``work()``, or — when the world refuses (a read-only disk, a file that is
        not ours, a printer that is off, a PDF that cannot be made) — a message under
        ``title``, the window resynchronised with the database, and ``default``."""
        from hienhao_desktop.ui.rendering import RenderFailed

        expected: tuple[type[BaseException], ...] = (*EXPECTED, RenderFailed)
        try:
            return work()
        except DatabaseChanged as exc:  # not the file opened any more: the window stops writing
            QGuiApplication.restoreOverrideCursor()
            self.window.file_changed_underneath(exc)
            return default
        except expected as exc:
            QGuiApplication.restoreOverrideCursor()
            report_failure(self.dialogs, title, exc, self.store.path)
            self.window.resync()
            return default

    # ---- reports: new, from earlier, duplicate, delete ------------------------------------

    def new_report(self) -> bool:
        """Asks which shape the report starts with (the centre's own preselected)."""
        template = self.dialogs.choose_template()
        if template is None:
            return False

        def work() -> bool:
            centre = None
            if self.window.document is not None:
                self.window.document.flush()
                centre = self.window.document.report  # the centre's name, place and signer carry over
            self.window.show_added(self.store.add_report(blank_report(template=template, centre=centre)),
                                   first_tab=True)
            return True

        return self.run(self.tr("No new report was made"), work, False)

    def new_from_earlier(self) -> bool:
        document = self.window.document
        if document is None:
            return False
        document.flush()
        earlier = document.report
        plans = sum(len(p.blocks) for p in earlier.parts if p.role == PartRole.PLANS)
        use_plans = bool(plans) and self.dialogs.confirm(
            self.tr("New report from an earlier one"),
            self.tr("Start the new report's assessment with the plans of the earlier report (%1 items)?")
            .replace("%1", str(plans)),
            self.tr("Use the plans"), self.tr("Start empty"),
        )

        def work() -> bool:
            new = report_from_earlier(earlier, plans_as_assessment=use_plans)
            self.window.show_added(self.store.add_report(new), first_tab=True)
            return True

        return self.run(self.tr("No new report was made"), work, False)

    def duplicate_report(self) -> bool:
        document = self.window.document
        if document is None:
            return False
        document.flush()

        def work() -> bool:
            self.window.show_added(self.store.duplicate(document.report_id))
            return True

        return self.run(self.tr("The report was not duplicated"), work, False)

    def delete_report(self) -> bool:
        document = self.window.document
        if document is None:
            return False
        title = " ".join(document.report.title_lines()) or self.tr("(no title)")
        if not self.dialogs.confirm(
            self.tr("Delete the report?"),
            self.tr("Delete the report \u201c%1\u201d? This cannot be undone.").replace("%1", title),
            self.tr("Delete"), self.tr("Do not delete"),
        ):
            return False
        document.flush()
        report_id = document.report_id

        def work() -> bool:
            self.store.delete(report_id)  # raises before anything changed
            self.window.close_document()
            remaining = self.store.list_reports()
            self.window.refresh_list()
            if remaining:
                self.window.open_report(remaining[0].id)
            self.status(self.tr("Deleted: %1").replace("%1", title))
            return True

        return self.run(self.tr("The report was not deleted"), work, False)

    # ---- import and export -----------------------------------------------------------

    def import_json(self) -> int | None:
        path = self.dialogs.open_file(self.tr("Import a report"), self.tr("Report files (*.json)"), self.last_folder())
        if path is None:
            return None
        return self.run(self.tr("Not imported"), lambda: self.import_file(path), None)

    def import_docx(self) -> int | None:
        """Tệp → Nhập từ Word…: what was recognised is shown first; only a confirmed
        report is saved. A file that is not a Word report is refused with the
        importer's words (what it is, what to do) and nothing is written."""
        path = self.dialogs.open_file(self.tr("Import from Word"), self.tr("Word documents (*.docx)"),
                                      self.last_folder())
        if path is None:
            return None
        return self.run(self.tr("Not imported"), lambda: self.import_file(path), None)

    def import_file(self, path: Path) -> int | None:
        """A report file chosen by its content, not its name: a Word report (shown
        before it is kept) or the exchange format (JSON)."""
        from hienhao_desktop.storage.filekind import FileKind, read_for_import, refusal

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            kind, data = read_for_import(path)
            if kind == FileKind.DOCX:
                from hienhao_desktop.storage.docx_import import import_docx_bytes

                result = import_docx_bytes(data, str(path))
                report = result.report
                summary = result.summary.lines(self.window.core_language())
            elif kind == FileKind.JSON:
                from hienhao_desktop.storage import exchange

                report, summary = exchange.read_file(path), []
            else:
                raise refusal(kind, str(path))
        finally:
            QGuiApplication.restoreOverrideCursor()
        if summary and not self.confirm_import(report, summary, path):
            self.status(self.tr("Not imported: nothing was saved."))
            return None
        if self.window.document is not None:
            self.window.document.flush()
        report_id = self.store.add_report(report)
        self.window.settings.last_folder = str(path.parent)
        self.window.show_added(report_id, first_tab=True)
        self.status(self.tr("Imported from %1").replace("%1", str(path)))
        return report_id

    def confirm_import(self, report: Report, summary: list[str], path: Path) -> bool:
        from hienhao_desktop.ui.import_preview import ImportPreview

        dialog = ImportPreview(report, summary, str(path), self.window)
        try:
            self.dialogs.run_dialog(dialog)
            return dialog.confirmed
        finally:
            dialog.deleteLater()

    def last_folder(self) -> str:
        return self.window.settings.last_folder or documents_folder()

    def suggest(self, suffix: str) -> str:
        document = self.window.document
        assert document is not None
        return str(Path(self.last_folder()) / file_name(" ".join(document.report.title_lines()), suffix))

    def ready_for_export(self) -> bool:
        document = self.window.document
        if document is None:
            return False
        document.flush()
        errors = [p for p in self.window.problems() if p.severity == Severity.ERROR]
        if not errors:
            return True
        return self.dialogs.confirm_export(errors, self.window.focus_path, self.window.core_language())

    def target_refused(self, path: Path) -> bool:
        """True (and said at once) when ``path`` can never be written: the data file
        itself or another data file, a folder, a device. Checked before anything is
        rendered, so the clerk does not wait through a long render for a refusal."""
        from hienhao_desktop.storage.files import check_output_target

        def check() -> bool:
            check_output_target(path)
            return False

        return self.run(self.tr("Not exported"), check, True)

    def write(self, path: Path, render: Callable[[], bytes | None]) -> bool:
        from hienhao_desktop.storage.files import write_atomic

        data = render()
        if data is None:  # stopped by the user: the old file stays as it was
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_atomic(path, data)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.window.settings.last_folder = str(path.parent)
        self.status(self.tr("Exported to %1").replace("%1", str(path)))
        return True

    def export_pdf(self) -> bool:
        if not self.ready_for_export():
            return False
        path = self.dialogs.save_file(self.tr("Export PDF"), self.suggest(".pdf"), self.tr("PDF files (*.pdf)"))
        if path is None or self.target_refused(path):
            return False
        return self.run(self.tr("Not exported"), lambda: self.write(path, self.window.pdf_bytes), False)

    def export_xlsx(self) -> bool:
        if not self.ready_for_export():
            return False
        path = self.dialogs.save_file(self.tr("Export Excel"), self.suggest(".xlsx"), self.tr("Excel workbooks (*.xlsx)"))
        if path is None or self.target_refused(path):
            return False
        from hienhao_desktop.ui.rendering import render_with_progress

        document = self.window.document
        assert document is not None
        report = document.report

        def workbook() -> bytes | None:
            data = render_with_progress(self.window, report, "xlsx")
            if data is None:
                self.status(self.tr("Stopped: nothing was made."))
            return data

        return self.run(self.tr("Not exported"), lambda: self.write(path, workbook), False)

    def export_docx(self) -> bool:
        """Xuất Word: laid out like the PDF, made off the GUI thread (progress and Stop
        as for PDF and Excel)."""
        if not self.ready_for_export():
            return False
        path = self.dialogs.save_file(self.tr("Export Word"), self.suggest(".docx"), self.tr("Word documents (*.docx)"))
        if path is None:
            return False
        from hienhao_desktop.ui.rendering import render_with_progress

        document = self.window.document
        assert document is not None
        report = document.report

        def word() -> bytes | None:
            data = render_with_progress(self.window, report, "docx")
            if data is None:
                self.status(self.tr("Stopped: nothing was made."))
            return data

        return self.run(self.tr("Not exported"), lambda: self.write(path, word), False)

    def export_json(self) -> bool:
        document = self.window.document
        if document is None:
            return False
        document.flush()
        path = self.dialogs.save_file(self.tr("Export as JSON"), self.suggest(".json"), self.tr("Report files (*.json)"))
        if path is None or self.target_refused(path):
            return False
        from hienhao_desktop.storage import exchange

        report = document.report
        return self.run(self.tr("Not exported"), lambda: self.write(path, lambda: exchange.dumps(report).encode("utf-8")),
                        False)

    # ---- printing --------------------------------------------------------------------

    def print_report(self) -> int:
        """Print with the standard dialog (printer, copies, page range). Returns the
        number of pages sent (0 when cancelled or refused)."""
        if not self.ready_for_export():
            return 0
        return self.run(self.tr("Cannot print"), self._print_with_dialog, 0)

    def print_pdf(self, pdf: bytes) -> int:
        """Print a given PDF (an archived copy) with the standard dialog."""
        return self.run(self.tr("Cannot print"), lambda: self._print_with_dialog(pdf), 0)

    def _print_with_dialog(self, pdf: bytes | None = None) -> int:
        from hienhao_desktop.ui.printing import PdfPages, current_plan, make_printer, printer_note

        if pdf is None:
            pdf = self.window.pdf_bytes()
            if pdf is None:
                return 0
        printer = make_printer(None)
        self.window.statusBar().showMessage(printer_note(printer.printerName(), current_plan()))  # the default
        pages = PdfPages(pdf)
        count = pages.page_count
        pages.close()
        if not self.dialogs.print_dialog(printer, count):
            return 0
        return self._send(pdf, printer, printer.fromPage(), printer.toPage())

    def quick_print(self) -> int:
        """One copy on the default printer, no dialog (unless that printer only writes a file)."""
        from hienhao_desktop.ui.printing import make_printer, quick_printer

        if not self.ready_for_export():
            return 0

        def work() -> int:
            name = quick_printer(self.dialogs)  # asks when the default is "Microsoft Print to PDF" & co.
            if name is None:
                return 0
            printer = make_printer(name)
            pdf = self.window.pdf_bytes()
            return 0 if pdf is None else self._send(pdf, printer, 0, 0)

        return self.run(self.tr("Cannot print"), work, 0)

    def _send(self, pdf: bytes, printer: QPrinter, first: int, last: int) -> int:
        from PySide6.QtWidgets import QApplication, QProgressDialog

        from hienhao_desktop.ui.printing import print_pdf

        progress = QProgressDialog(self.tr("Sending the pages to the printer…"), self.tr("Stop"), 0, 1, self.window)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)

        def step(done: int, total: int) -> bool:
            progress.setMaximum(total)
            progress.setValue(done)
            QApplication.processEvents()
            return not progress.wasCanceled()

        try:
            sent = print_pdf(pdf, printer, first=first, last=last, progress=step)
        finally:
            progress.close()
            progress.deleteLater()
        self.status(self.tr("%n page(s) sent to %1", "", sent).replace("%1", printer.printerName()))
        return sent

    # ---- issuing ---------------------------------------------------------------------

    def finalise_report(self) -> bool:
        """Ban hành: archive the exact PDF and make the report read-only."""
        document = self.window.document
        if document is None or document.read_only or not self.ready_for_export():
            return False
        if not self.dialogs.confirm(
            self.tr("Issue the report?"),
            self.tr("Issuing makes the report final: its PDF is archived exactly as it is now and is what "
               "will be printed and exported from now on. To change it later you must unlock it, "
               "which starts a new revision."),
            self.tr("Issue"), self.tr("Not yet"),
        ):
            return False
        report_id = document.report_id

        def work() -> bool:
            pdf = self.window.pdf_bytes()
            if pdf is None:
                return False
            self.store.finalise(report_id, pdf)
            self.window.open_report(report_id)
            self.status(self.tr("Issued. The PDF as issued is kept under Archived copies."), 15000)
            return True

        return self.run(self.tr("The report was not issued"), work, False)

    def unlock_report(self) -> bool:
        document = self.window.document
        if document is None or not document.is_final:
            return False
        if not self.dialogs.confirm(
            self.tr("Unlock the report?"),
            self.tr("Unlocking makes a new draft revision that can be changed. The archived PDF of the issued "
               "revision stays kept under Archived copies."),
            self.tr("Unlock"), self.tr("Keep it final"),
        ):
            return False
        report_id = document.report_id

        def work() -> bool:
            self.store.unlock(report_id)
            self.window.open_report(report_id)
            self.status(self.tr("Unlocked: the report can be changed again."))
            return True

        return self.run(self.tr("The report was not unlocked"), work, False)

    # ---- restoring a backup ------------------------------------------------------------

    def restore_backup(self) -> bool:
        """Khôi phục: replace every report with those of a backup copy, after a
        confirmation. The chosen copy is set aside first, then the present data is
        copied to the backups (which may rotate the oldest copy away: never the one
        chosen), then the chosen copy replaces the data."""
        from hienhao_desktop.storage.backup import list_backups

        path = self.dialogs.choose_backup(list_backups(self.store.path), self.window.settings.last_folder)
        if path is None:
            return False
        if not self.dialogs.confirm(
            self.tr("Restore the backup copy?"),
            self.tr("All reports will be replaced by those in the backup copy of %1. The present data is first "
               "copied to the backups folder, so restoring that copy brings it back.")
            .replace("%1", _when(path)),
            self.tr("Restore"), self.tr("Do not restore"),
        ):
            return False
        return self.run(self.tr("Not restored"), lambda: self._restore(path), False)

    def _restore(self, path: Path) -> bool:
        from hienhao_desktop.storage.backup import rolling_backup

        document = self.window.document
        if document is not None:
            document.flush()
            if document.stopped is not None:  # the flush found the data file lost: keep the report on screen
                raise document.stopped
        self.store.check_unchanged()  # before the report on screen is let go
        with tempfile.TemporaryDirectory(prefix="hienhao-restore-") as folder:
            chosen = Path(folder) / path.name
            shutil.copyfile(path, chosen)  # before the rotation below can remove it
            rolling_backup(self.store, min_age=dt.timedelta(0), spare=path)
            self.window.close_document()  # its undo history belongs to the replaced data
            self.store.restore_from(chosen)
        self.window.refresh_list()
        reports = self.store.list_reports()
        if reports:
            self.window.open_report(reports[0].id)
        else:
            self.window.attach(None)
        self.status(self.tr("Restored from the backup copy of %1").replace("%1", _when(path)))
        return True

    # ---- archived copies --------------------------------------------------------------

    def show_archives(self) -> None:
        document = self.window.document
        if document is None:
            return
        from hienhao_desktop.ui.archives import ArchivesDialog

        def export(archive: Archive) -> None:
            path = self.dialogs.save_file(self.tr("Export PDF"), self.suggest(f" (lan {archive.revision}).pdf"),
                                          self.tr("PDF files (*.pdf)"))
            if path is not None and not self.target_refused(path):
                self.run(self.tr("Not exported"), lambda: self.write(path, lambda: archive.pdf), False)

        none: list[Archive] = []
        archives = self.run(self.tr("Archived copies"), lambda: self.store.archives(document.report_id), none)
        dialog = ArchivesDialog(archives, export, lambda archive: self.print_pdf(archive.pdf), self.window)
        self.dialogs.run_dialog(dialog)
        dialog.deleteLater()


    # ---- parts -------------------------------------------------------------------------

    def _part_edit(self, edit: E.Edit, text: str) -> bool:
        document = self.window.document
        if document is None or document.read_only:
            return False
        document.flush()  # typing not saved yet belongs to the part as it stands now
        return document.push(edit, text)

    def add_part(self) -> bool:
        """A new part after the one shown (at the end from another tab); the cursor
        goes to its heading."""
        document = self.window.document
        if document is None:
            return False
        current = self.window.current_part()
        at = len(document.report.parts) if current is None else current + 1
        if not self._part_edit(E.InsertItems("parts", at, (Part(PartRole.OTHER.value),)), self.tr("Add a part")):
            return False
        self.window.show_part(at, heading=True)
        return True

    def insert_part(self) -> bool:
        document = self.window.document
        if document is None:
            return False
        current = self.window.current_part()
        at = 0 if current is None else current
        if not self._part_edit(E.InsertItems("parts", at, (Part(PartRole.OTHER.value),)), self.tr("Insert a part")):
            return False
        self.window.show_part(at, heading=True)
        return True

    def remove_part(self) -> bool:
        """Delete the part shown; asked first only when it holds something (it can be
        undone all the same)."""
        document = self.window.document
        current = self.window.current_part()
        if document is None or current is None or document.read_only:
            return False
        document.flush()
        part = document.report.parts[current]
        title = self.window.part_tabs[current].full_title()
        if _holds_text(part, document.report) and not self.dialogs.confirm(
            self.tr("Delete the part?"),
            self.tr("Delete the part “%1” with everything written in it? Undo (Ctrl+Z) brings it back.")
            .replace("%1", title),
            self.tr("Delete"), self.tr("Do not delete"),
        ):
            return False
        if not self._part_edit(E.RemoveItems("parts", current, 1), self.tr("Delete the part %1").replace("%1", title)):
            return False
        if self.window.part_tabs:
            self.window.show_part(min(current, len(self.window.part_tabs) - 1))
        self.status(self.tr("Deleted: %1").replace("%1", title))
        return True

    def move_part(self, step: int) -> bool:
        document = self.window.document
        current = self.window.current_part()
        if document is None or current is None:
            return False
        target = current + step
        if not 0 <= target < len(document.report.parts):
            return False
        text = self.tr("Move the part up") if step < 0 else self.tr("Move the part down")
        if not self._part_edit(E.MoveItem("parts", current, target), text):
            return False
        self.window.show_part(target)
        return True

    # ---- the data file lost underneath ---------------------------------------------------

    def offer_to_save_elsewhere(self, problem: DatabaseChanged) -> None:
        """The message when the data file was lost: what happened, and the choices."""
        document = self.window.document
        title, text = file_problem.describe(problem, typed=document is not None and bool(document.unsaved))
        options = file_problem.choices(problem)
        choice = self.dialogs.choose(title, text, [label for _key, label in options], file_problem.later())
        if choice is not None:
            self._save_elsewhere(options[choice][0])

    def _save_elsewhere(self, key: str) -> bool:
        if key == "new_file":
            return self.save_into_new_data_file()
        if key == "json":
            return self.export_json()
        return self.reload_from_file()

    def may_quit_unsaved(self) -> bool:
        """Quitting while the report on screen holds changes that are in no data file
        (it was lost underneath): save them first, quit without them, or go back."""
        document = self.window.document
        problem = self.window.file_problem or (document.stopped if document is not None else None)
        if document is None or problem is None:
            return True
        options = [(key, label) for key, label in file_problem.choices(problem) if key != "reload"]
        options.append(("quit", self.tr("Quit without saving")))
        choice = self.dialogs.choose(
            self.tr("Quit without saving?"),
            file_problem.what_happened(problem) + "\n\n" + self.tr(
                "The report on screen holds changes that are in no data file yet. Save it before quitting?"),
            [label for _key, label in options], self.tr("Go back"))
        if choice is None:
            return False
        key = options[choice][0]
        return key == "quit" or self._save_elsewhere(key)

    def save_into_new_data_file(self) -> bool:
        """The report on screen (as typed) into a new data file; the window then goes
        on with that file. When the lost file was deleted or replaced, the reports
        still readable through the file the window has open come along, exactly as
        they were last saved, the open one with what was typed since."""
        document = self.window.document
        if document is None:
            return False
        problem = self.window.file_problem or document.stopped
        path = self.dialogs.save_file(self.tr("Save into a new data file"), self._new_data_file_name(problem),
                                      self.tr("Data files (*.sqlite3)"))
        if path is None:
            return False
        return self.run(self.tr("Not saved into a new data file"),
                        lambda: self._save_into_new(path, document, problem), False)

    def _new_data_file_name(self, problem: DatabaseChanged | None) -> str:
        old = self.store.path
        if problem is not None and problem.code == file_problem.GONE and not os.path.lexists(old):
            return str(old)  # the name is free again: the program finds the file there next time
        folder = old.parent if old.parent.is_dir() else Path(self.last_folder())
        return str(folder / f"{old.stem}-{dt.datetime.now():%Y%m%d-%H%M}{old.suffix or '.sqlite3'}")

    def _save_into_new(self, path: Path, document: ReportDocument, problem: DatabaseChanged | None) -> bool:
        from hienhao_desktop.storage.store import Store, StoreError

        if os.path.lexists(path):
            raise StoreError("db_exists", path)  # a new data file is never made over anything
        same = _same_place(path, self.store.path)
        store = None
        report_id = document.report_id
        if problem is not None and problem.code in (file_problem.GONE, file_problem.REPLACED):
            try:
                store = self._copy_with_unsaved(path, document, same)
            except EXPECTED as exc:  # e.g. the USB stick is out: the open report alone, then
                log.warning("the other reports could not be copied from the lost data file: %s", exc)
        if store is None:
            if same:
                self.window.let_go_of_store()
            store = Store.create(path, reports=[document.report], hold_lock=True)
            report_id = store.list_reports()[0].id
        self.window.use_store(store, report_id)
        self.status(self.tr("Saved into the new data file %1; the program goes on with it.").replace("%1", str(path)),
                    20000)
        return True

    def _copy_with_unsaved(self, path: Path, document: ReportDocument, same: bool) -> Store:
        """Every report as the window last saved it (read through the lost file, which
        the window still has open), the open one with the edits made since."""
        from hienhao_desktop.storage import files
        from hienhao_desktop.storage.store import Store, StoreError

        part = path.with_name(path.name + ".new.part")  # as a creation builds it: the next opener cleans a leftover
        for leftover in (part, part.with_name(part.name + "-journal")):
            leftover.unlink(missing_ok=True)
        self.store.backup_to(part)
        try:
            with Store.open(part) as copy:
                for edit in document.unsaved:
                    copy.apply_edit(document.report_id, edit)
                if copy.load(document.report_id) != document.report:
                    raise StoreError("db_write_failed", part, detail="the copy differs from the report on screen")
            if same:
                self.window.let_go_of_store()
            files.move_new(part, path)
        except BaseException:
            files.remove_temporary(part)
            raise
        return Store.open(path, hold_lock=True)

    def reload_from_file(self) -> bool:
        """After another program changed the data file: show what it holds now and go
        on writing (what was typed since is left out, after asking)."""
        document = self.window.document
        if document is not None and document.unsaved and not self.dialogs.confirm(
            self.tr("Reopen from the data file?"),
            self.tr("What you typed since the data file was changed elsewhere is not in it, and will no longer "
                    "be on the screen. Reopen anyway?"),
            self.tr("Reopen"), self.tr("Do not reopen"),
        ):
            return False

        def work() -> bool:
            self.store.accept_outside_changes()  # refused when the file is gone or replaced by now
            self.window.reopen_from_file()
            self.status(self.tr("Reopened: the report is shown as the data file holds it now."))
            return True

        return self.run(self.tr("Not reopened"), work, False)


def _holds_text(part: Part, report: Report) -> bool:
    """Whether deleting the part loses something written: a heading typed, any text,
    a table with rows, or the activity table with its rows."""
    if part.heading:
        return True
    for block in part.blocks:
        if isinstance(block, Heading) and block.text or isinstance(block, Paragraph | ListItem) and block.text:
            return True
        if isinstance(block, Table) and (block.rows or any(c.title for c in block.columns)):
            return True
        if isinstance(block, ActivityTable) and report.activities:
            return True
    return False


def _same_place(a: Path, b: Path) -> bool:
    return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


def _when(path: Path) -> str:
    try:
        taken = dt.datetime.fromtimestamp(path.stat().st_mtime)
    except OSError:
        return path.name
    return taken.strftime("%d/%m/%Y %H:%M")
