"""The report's tabs, in the order of the printed report. Each tab owns its widgets,
binds them to the open document (``attach``) and can put the cursor on a field named
by its path (``focus``), so the checklist can jump to a problem."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hienhao_desktop.domain import edits as E
from hienhao_desktop.domain.model import PERIODS, Authority, ReportKind, Subsection, default_title
from hienhao_desktop.ui.activities import FIELDS as ACTIVITY_FIELDS
from hienhao_desktop.ui.activities import ActivityTable
from hienhao_desktop.ui.document import ReportDocument
from hienhao_desktop.ui.fields import (
    ChoiceField,
    DateField,
    EditableChoiceField,
    Field,
    LineField,
    TextField,
    labelled,
)
from hienhao_desktop.ui.list_editor import ListEditor

_ITEM_PATH = re.compile(r"^(\w+)\[(\d+)\](?:\.(\w+))?$")


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class ReportTab(QScrollArea):
    """A page of the report editor. Subclasses fill ``self.body`` and register
    their fields and list editors."""

    CONTEXT = "ReportTab"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(16, 12, 16, 16)
        self.body.setSpacing(8)
        self.setWidget(inner)
        self.fields: dict[str, Field] = {}
        self.lists: dict[str, ListEditor] = {}
        self.document: ReportDocument | None = None

    def title(self) -> str:
        raise NotImplementedError

    def tr_(self, text: str) -> str:
        return _tr(self.CONTEXT, text)

    def add_field(self, field: Field, note: str = "") -> QWidget:
        self.fields[field.path] = field
        return labelled(field.label, field.widget, note)

    def add_list(self, editor: ListEditor, label: str, note: str = "") -> QWidget:
        self.lists[editor.list_name] = editor
        return labelled(label, editor, note)

    def attach(self, document: ReportDocument | None) -> None:
        self.document = document
        for field in self.fields.values():
            field.attach(document)
        for editor in self.lists.values():
            editor.attach(document)

    def paths(self) -> set[str]:
        return set(self.fields) | set(self.lists)

    def owns(self, path: str) -> bool:
        head = path.split("[")[0]
        return path in self.fields or head in self.lists

    def focus(self, path: str) -> bool:
        if path in self.fields:
            widget = self.fields[path].widget
            self.ensureWidgetVisible(widget)
            target = getattr(self.fields[path], "edit", widget)
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        head = path.split("[")[0]
        if head in self.lists:
            editor = self.lists[head]
            match = _ITEM_PATH.match(path)
            if match:
                editor.select(int(match[2]))
            self.ensureWidgetVisible(editor)
            editor.view.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False


class GeneralTab(ReportTab):
    CONTEXT = "GeneralTab"

    def title(self) -> str:
        return self.tr_("General information")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        t = self.tr_
        kinds = [(ReportKind.SO_KET.value, t("Periodic review (sơ kết)")),
                 (ReportKind.TONG_KET.value, t("End-of-year review (tổng kết)"))]
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.addWidget(self.add_field(ChoiceField("kind", t("Kind of report"), kinds)), 0, 0)
        grid.addWidget(self.add_field(LineField("school_year", t("School year"), "2023-2024")), 0, 1)
        grid.addWidget(self.add_field(EditableChoiceField("period", t("Term"), list(PERIODS))), 0, 2)
        self.title_field = LineField("title", t("Title of the report"), "")
        grid.addWidget(self.add_field(self.title_field, t("Leave empty to use the title made from the kind, "
                                                           "term and school year.")), 1, 0, 1, 3)
        grid.addWidget(self.add_field(LineField("organization.parent", t("Parent body"), "UBND xã Hiền Hào")), 2, 0, 1, 2)
        grid.addWidget(self.add_field(LineField("organization.name", t("Issuing body"),
                                                "Trung tâm học tập cộng đồng")), 3, 0, 1, 2)
        grid.addWidget(self.add_field(LineField("organization.abbreviation", t("Abbreviation"), "TTHTCĐ"),
                                      t("Used in the document code: Số: 12/BC-TTHTCĐ")), 3, 2)
        grid.addWidget(self.add_field(LineField("document_number", t("Document number"), "12"),
                                      t("Leave empty to write it by hand.")), 4, 0)
        grid.addWidget(self.add_field(LineField("place", t("Place name"), "Hiền Hào")), 4, 1)
        grid.addWidget(self.add_field(DateField("date", t("Date of issue"), t("(empty: write by hand)"))), 4, 2)
        _top_aligned(grid)
        self.body.addLayout(grid)
        self.addressees = ListEditor("addressees", lambda: "")
        self.body.addWidget(self.add_list(self.addressees, t("Addressed to (kính gửi)"),
                                          t("Optional: one addressee per line, e.g. Phòng GD&ĐT huyện.")))
        self.body.addStretch(1)

    def attach(self, document: ReportDocument | None) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self._update_title_hint)
        super().attach(document)
        if document is not None:
            document.changed.connect(self._update_title_hint)
        self._update_title_hint()

    def _update_title_hint(self, *_: object) -> None:
        if self.document is None:
            return
        r = self.document.report
        self.title_field.widget.setPlaceholderText(default_title(r.kind, r.period, r.school_year))


class AssessmentTab(ReportTab):
    CONTEXT = "AssessmentTab"

    def title(self) -> str:
        return self.tr_("General assessment")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        t = self.tr_
        note = t("One paragraph per line; a line starting with \"- \" is printed as a bullet.")
        self.body.addWidget(self.add_field(TextField(
            "assessment.advantages", t("1. Advantages"),
            "Trong học kỳ 1, dưới sự chỉ đạo của Đảng ủy, HĐND, UBND, sự phối hợp giữa Trung tâm HTCĐ "
            "với các ban ngành, đoàn thể địa phương đã đảm bảo các nội dung chương trình đề ra…", 6), note))
        self.body.addWidget(self.add_field(TextField(
            "assessment.difficulties", t("2. Difficulties"),
            "Tuy nhiên, cơ sở vật chất phục vụ công tác học tập còn thiếu thốn, kinh phí hoạt động "
            "của Trung tâm còn hạn chế…", 6), note))
        self.body.addStretch(1)


class ImplementationTab(ReportTab):
    CONTEXT = "ImplementationTab"

    def title(self) -> str:
        return self.tr_("Task implementation")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        t = self.tr_
        self.subsections = ListEditor(
            "implementation", Subsection, field="title", in_place=False,
            details=[
                ("title", t("Title of the selected item"),
                 "Công tác chỉ đạo, phối hợp của các ngành các cấp…", False),
                ("body", t("Text of the selected item"),
                 "Tuần lễ hưởng ứng học tập suốt đời với chủ đề…", True),
            ],
        )
        self.subsections.view.setMaximumHeight(130)
        self.body.addWidget(self.add_list(self.subsections, t("Items of section II"),
                                          t("The activity table is printed at the end of the last item.")))
        self.table = ActivityTable()
        self.body.addWidget(labelled(t("Activity table"), self.table))

    def attach(self, document: ReportDocument | None) -> None:
        super().attach(document)
        self.table.attach(document)

    def owns(self, path: str) -> bool:
        return path.startswith("activities") or super().owns(path)

    def focus(self, path: str) -> bool:
        if not path.startswith("activities"):
            return super().focus(path)
        match = _ITEM_PATH.match(path)
        self.ensureWidgetVisible(self.table)
        if match:
            column = {v: k for k, v in ACTIVITY_FIELDS.items()}.get(match[3] or "name", 1)
            self.table._select_row(int(match[2]), column)
        self.table.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True


class SolutionsTab(ReportTab):
    CONTEXT = "SolutionsTab"

    def title(self) -> str:
        return self.tr_("Solutions and plans")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        t = self.tr_
        self.title_field = LineField("solutions_title", t("Title of section III"), "")
        self.body.addWidget(self.add_field(self.title_field, t("Leave empty to use the title made from the kind, "
                                                               "term and school year.")))
        self.items = ListEditor("solutions", lambda: "", in_place=False, details=[
            (None, t("Text of the selected item"),
             "Tham mưu cho Đảng ủy tăng cường công tác lãnh đạo, chỉ đạo…", True)])
        self.body.addWidget(self.add_list(self.items, t("Solutions and plans"),
                                          t("Each item is printed as a line starting with \"- \".")))
        self.body.addStretch(1)

    def attach(self, document: ReportDocument | None) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self._update_hint)
        super().attach(document)
        if document is not None:
            document.changed.connect(self._update_hint)
        self._update_hint()

    def _update_hint(self, *_: object) -> None:
        if self.document is not None:
            r = self.document.report
            from hienhao_desktop.domain.model import default_solutions_title

            self.title_field.widget.setPlaceholderText(default_solutions_title(r.kind, r.period, r.school_year))


class RecommendationsTab(ReportTab):
    CONTEXT = "RecommendationsTab"

    def title(self) -> str:
        return self.tr_("Recommendations")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        t = self.tr_
        self.items = ListEditor("recommendations", lambda: "", in_place=False, details=[
            (None, t("Text of the selected item"),
             "Đề nghị hướng dẫn định mức chi cụ thể công tác quản lý và hỗ trợ kinh phí hoạt động…", True)])
        self.body.addWidget(self.add_list(self.items, t("Recommendations and proposals")))
        self.body.addStretch(1)


class SigningTab(ReportTab):
    CONTEXT = "SigningTab"

    def title(self) -> str:
        return self.tr_("Recipients and signature")

    def __init__(self, choose_image: Callable[[str], Path | None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        t = self.tr_
        self.choose_image = choose_image
        self.recipients = ListEditor("recipients", lambda: "")
        self.body.addWidget(self.add_list(self.recipients, t("Recipients (nơi nhận)"),
                                          t("One per line, e.g. Phòng GD&ĐT huyện; the last one is usually "
                                            "\"Lưu: VT\". Double-click an item to change it.")))
        authorities = [(Authority.NONE.value, t("(none: the head signs)"))] + [
            (a.value, a.value) for a in Authority if a is not Authority.NONE
        ]
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.addWidget(self.add_field(ChoiceField("signature.authority", t("Signing authority"), authorities),
                                      t("KT. when a deputy signs for the head; TM. on behalf of a body.")), 0, 0)
        grid.addWidget(self.add_field(LineField("signature.position", t("Position"), "Giám đốc")), 0, 1)
        grid.addWidget(self.add_field(LineField("signature.deputy_position", t("Deputy's position (with KT.)"),
                                                "Phó Giám đốc")), 0, 2)
        grid.addWidget(self.add_field(LineField("signature.other_title", t("Other title"),
                                                "Chủ tịch UBND xã Hiền Hào")), 1, 0, 1, 2)
        grid.addWidget(self.add_field(LineField("signature.name", t("Signer's full name"), "Nguyễn Văn Tuân")), 1, 2)
        _top_aligned(grid)
        self.body.addLayout(grid)

        images = QHBoxLayout()
        self.image_boxes: dict[str, tuple[QLabel, QPushButton, QPushButton]] = {}
        for path, label in (("signature.signature_image", t("Signature image (PNG, optional)")),
                            ("signature.seal_image", t("Seal image (PNG, optional)"))):
            preview = QLabel()
            preview.setFixedSize(QSize(160, 100))
            preview.setFrameShape(QFrame.Shape.StyledPanel)
            preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
            choose = QPushButton(t("Choose image…"))
            remove = QPushButton(t("Remove image"))
            choose.clicked.connect(lambda _=False, p=path: self._choose(p))
            remove.clicked.connect(lambda _=False, p=path: self._set_image(p, None))
            column = QVBoxLayout()
            column.addWidget(preview)
            column.addWidget(choose)
            column.addWidget(remove)
            holder = QWidget()
            holder.setLayout(column)
            images.addWidget(labelled(label, holder))
            self.image_boxes[path] = (preview, choose, remove)
        images.addStretch(1)
        self.body.addLayout(images)
        self.body.addStretch(1)

    def attach(self, document: ReportDocument | None) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self._show_images)
        super().attach(document)
        if document is not None:
            document.changed.connect(self._show_images)
        self._show_images()

    def _show_images(self, *_: object) -> None:
        for path, (preview, choose, remove) in self.image_boxes.items():
            data = E.get_path(self.document.report, path) if self.document else None
            pixmap = QPixmap()
            if data and pixmap.loadFromData(data):
                preview.setPixmap(pixmap.scaled(preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                Qt.TransformationMode.SmoothTransformation))
            else:
                preview.clear()
                preview.setText(self.tr_("(no image)"))
            editable = self.document is not None and not self.document.read_only
            choose.setEnabled(editable)
            remove.setEnabled(editable and data is not None)

    def _choose(self, path: str) -> None:
        if self.choose_image is None:
            return
        chosen = self.choose_image(path)
        if chosen is not None:
            try:
                data = chosen.read_bytes()
            except OSError as exc:
                if self.document:
                    self.document.failed.emit(f"{chosen}: {exc.strerror}")
                return
            self._set_image(path, data)

    def _set_image(self, path: str, data: bytes | None) -> None:
        if self.document is not None:
            self.document.push(E.SetField(path, data), self.tr_("Change image"))


def _top_aligned(grid: QGridLayout) -> None:
    """Fields in a row start at the same height whatever notes stand under them."""
    for i in range(grid.count()):
        item = grid.itemAt(i)
        if item is not None and item.widget() is not None:
            grid.setAlignment(item.widget(), Qt.AlignmentFlag.AlignTop)
    for column in range(grid.columnCount()):
        grid.setColumnStretch(column, 1)


def make_tabs(choose_image: Callable[[str], Path | None] | None = None) -> list[ReportTab]:
    return [GeneralTab(), AssessmentTab(), ImplementationTab(), SolutionsTab(), RecommendationsTab(),
            SigningTab(choose_image)]
