"""The report's tabs, in the order of the printed report. Each tab owns its widgets,
binds them to the open document (``attach``) and can put the cursor on a field named
by its path (``focus``), so the checklist can jump to a problem."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
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
    Labelled,
    LineField,
    TextField,
    labelled,
)
from hienhao_desktop.ui.list_editor import ListEditor

_ITEM_PATH = re.compile(r"^(\w+)\[(\d+)\](?:\.(\w+))?$")


class ReportTab(QWidget):
    """A page of the report editor. Subclasses fill ``self.body`` and register
    their fields and list editors; all their texts are set in ``retranslate()``,
    called once built and again on every language change.

    A page scrolls as a whole when its fields are taller than the window
    (``scrolls``); a page holding a table that scrolls by itself does not, so there
    is never a scroll area inside a scroll area."""

    scrolls = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        inner = QWidget()
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(12, 8, 12, 8)
        self.body.setSpacing(6)
        self.scroll_area: QScrollArea | None = None
        if self.scrolls:
            self.scroll_area = QScrollArea()
            self.scroll_area.setWidgetResizable(True)
            self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
            self.scroll_area.setWidget(inner)
            outer.addWidget(self.scroll_area)
        else:
            outer.addWidget(inner)
        self.fields: dict[str, Field[Any]] = {}
        self.lists: dict[str, ListEditor] = {}
        self.captions: dict[str, Labelled] = {}
        self.hints: dict[QWidget, str] = {}  # sample wording shown as "e.g. …" in empty fields
        self.document: ReportDocument | None = None

    def ensureWidgetVisible(self, widget: QWidget) -> None:
        if self.scroll_area is not None:
            self.scroll_area.ensureWidgetVisible(widget)

    def hint(self, widget: QWidget, sample: str) -> None:
        """Show ``sample`` (the seed report's wording) as a hint that cannot be
        mistaken for a value already filled in."""
        self.hints[widget] = sample

    def _show_hints(self) -> None:
        for widget, sample in self.hints.items():
            text = QCoreApplication.translate("ReportTab", "e.g. %1").replace("%1", sample)
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setPlaceholderText(text)

    def title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        for field in self.fields.values():
            field.retranslate()
        self._show_hints()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def caption(self, path: str, label: str, note: str = "") -> None:
        """Set the label (and note) shown above a field or list; undo texts use it too."""
        self.captions[path].set_texts(label, note)
        if path in self.fields:
            self.fields[path].label = label
        if path in self.lists:
            self.lists[path].label = label

    def add_field(self, field: Field[Any], hint: str = "") -> Labelled:
        self.fields[field.path] = field
        if hint:
            self.hint(field.input, hint)
        box = labelled(field.label, field.widget)
        self.captions[field.path] = box
        return box

    def add_list(self, editor: ListEditor) -> Labelled:
        self.lists[editor.list_name] = editor
        for widget, sample in editor.detail_hints:
            if sample:
                self.hint(widget, sample)
        box = labelled("", editor)
        self.captions[editor.list_name] = box
        return box

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
            target = self.fields[path].input
            self.ensureWidgetVisible(target)
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
    def title(self) -> str:
        return self.tr("General information")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        kinds = [(ReportKind.SO_KET.value, ""), (ReportKind.TONG_KET.value, "")]
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        self.kind_field = ChoiceField("kind", "", kinds)
        grid.addWidget(self.add_field(self.kind_field), 0, 0)
        grid.addWidget(self.add_field(LineField("school_year"), "2023-2024"), 0, 1)
        grid.addWidget(self.add_field(EditableChoiceField("period", "", list(PERIODS))), 0, 2)
        self.title_field = LineField("title", "", "")
        grid.addWidget(self.add_field(self.title_field), 1, 0, 1, 3)
        grid.addWidget(self.add_field(LineField("organization.parent"), "UBND xã Hiền Hào"), 2, 0, 1, 2)
        grid.addWidget(self.add_field(LineField("organization.name"), "Trung tâm học tập cộng đồng"), 3, 0, 1, 2)
        grid.addWidget(self.add_field(LineField("organization.abbreviation"), "TTHTCĐ"), 3, 2)
        grid.addWidget(self.add_field(LineField("document_number"), "12"), 4, 0)
        grid.addWidget(self.add_field(LineField("place"), "Hiền Hào"), 4, 1)
        grid.addWidget(self.add_field(DateField("date", "")), 4, 2)
        _top_aligned(grid)
        self.body.addLayout(grid)
        self.addressees = ListEditor("addressees", lambda: "")
        self.body.addWidget(self.add_list(self.addressees))
        self.body.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.kind_field.set_choice_texts({ReportKind.SO_KET.value: self.tr("Periodic review (sơ kết)"),
                                          ReportKind.TONG_KET.value: self.tr("End-of-year review (tổng kết)")})
        self.caption("kind", self.tr("Kind of report"))
        self.caption("school_year", self.tr("School year"))
        self.caption("period", self.tr("Term"))
        self.caption("title", self.tr("Title of the report"),
                     self.tr("Leave empty to use the title made from the kind, term and school year."))
        self.caption("organization.parent", self.tr("Parent body"))
        self.caption("organization.name", self.tr("Issuing body"))
        self.caption("organization.abbreviation", self.tr("Abbreviation"),
                     self.tr("Used in the document code: Số: 12/BC-TTHTCĐ"))
        self.caption("document_number", self.tr("Document number"), self.tr("Leave empty to write it by hand."))
        self.caption("place", self.tr("Place name"))
        self.caption("date", self.tr("Date of issue"))
        self.caption("addressees", self.tr("Addressed to (kính gửi)"),
                     self.tr("Optional: one addressee per line, e.g. Phòng GD&ĐT huyện."))

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
    def title(self) -> str:
        return self.tr("General assessment")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The hints are sample wording of the report itself, which is Vietnamese in
        # either interface language.
        self.body.addWidget(self.add_field(TextField("assessment.advantages", min_lines=6),
            "Trong học kỳ 1, dưới sự chỉ đạo của Đảng ủy, HĐND, UBND, sự phối hợp giữa Trung tâm HTCĐ "
            "với các ban ngành, đoàn thể địa phương đã đảm bảo các nội dung chương trình đề ra…"))
        self.body.addWidget(self.add_field(TextField("assessment.difficulties", min_lines=6),
            "Tuy nhiên, cơ sở vật chất phục vụ công tác học tập còn thiếu thốn, kinh phí hoạt động "
            "của Trung tâm còn hạn chế…"))
        self.body.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        note = self.tr("One paragraph per line; a line starting with \"- \" is printed as a bullet.")
        self.caption("assessment.advantages", self.tr("1. Advantages"), note)
        self.caption("assessment.difficulties", self.tr("2. Difficulties"), note)


class ImplementationTab(ReportTab):
    """Section II: its items (list on the left, the chosen item's title and text on
    the right), and under them the activity table, which takes the rest of the
    height and scrolls by itself (so this page does not)."""

    scrolls = False

    def title(self) -> str:
        return self.tr("Task implementation")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.subsections = ListEditor(
            "implementation", Subsection, field="title", in_place=False, details_beside=True, max_lines=5,
            details=[
                ("title", "", "Công tác chỉ đạo, phối hợp của các ngành các cấp…", False),
                ("body", "", "Tuần lễ hưởng ứng học tập suốt đời với chủ đề…", True),
            ],
        )
        self.subsections.view.setMinimumHeight(90)
        self.table = ActivityTable()
        self.table_caption = labelled("", self.table)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.add_list(self.subsections))
        self.splitter.addWidget(self.table_caption)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([150, 1000])
        self.body.addWidget(self.splitter, 1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.caption("implementation", self.tr("Items of section II"),
                     self.tr("The activity table is printed at the end of the last item."))
        self.subsections.detail_labels[0].set_texts(self.tr("Title of the selected item"))
        self.subsections.detail_labels[1].set_texts(self.tr("Text of the selected item"))
        self.table_caption.set_texts(self.tr("Activity table"))

    def attach(self, document: ReportDocument | None) -> None:
        super().attach(document)
        self.table.attach(document)

    def owns(self, path: str) -> bool:
        return path.startswith("activities") or super().owns(path)

    def focus(self, path: str) -> bool:
        if not path.startswith("activities"):
            return super().focus(path)
        match = _ITEM_PATH.match(path)
        if match:
            column = {v: k for k, v in ACTIVITY_FIELDS.items()}.get(match[3] or "name", 1)
            self.table.go_to_cell(int(match[2]), column)
        else:
            self.table.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True


class SolutionsTab(ReportTab):
    def title(self) -> str:
        return self.tr("Solutions and plans")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_field = LineField("solutions_title", "", "")
        self.body.addWidget(self.add_field(self.title_field))
        self.items = ListEditor("solutions", lambda: "", in_place=False, details=[
            (None, "", "Tham mưu cho Đảng ủy tăng cường công tác lãnh đạo, chỉ đạo…", True)])
        self.body.addWidget(self.add_list(self.items))
        self.body.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.caption("solutions_title", self.tr("Title of section III"),
                     self.tr("Leave empty to use the title made from the kind, term and school year."))
        self.caption("solutions", self.tr("Solutions and plans"),
                     self.tr("Each item is printed as a line starting with \"- \"."))
        self.items.detail_labels[0].set_texts(self.tr("Text of the selected item"))

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
    def title(self) -> str:
        return self.tr("Recommendations")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = ListEditor("recommendations", lambda: "", in_place=False, details=[
            (None, "", "Đề nghị hướng dẫn định mức chi cụ thể công tác quản lý và hỗ trợ kinh phí hoạt động…",
             True)])
        self.body.addWidget(self.add_list(self.items))
        self.body.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.caption("recommendations", self.tr("Recommendations and proposals"))
        self.items.detail_labels[0].set_texts(self.tr("Text of the selected item"))


class SigningTab(ReportTab):
    def title(self) -> str:
        return self.tr("Recipients and signature")

    def __init__(self, choose_image: Callable[[str], Path | None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choose_image = choose_image
        self.recipients = ListEditor("recipients", lambda: "")
        self.body.addWidget(self.add_list(self.recipients))
        # The prefixes themselves (KT., TM. ...) are the same in both languages.
        authorities = [(a.value, a.value) for a in Authority]
        self.authority_field = ChoiceField("signature.authority", "", authorities)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.addWidget(self.add_field(self.authority_field), 0, 0)
        grid.addWidget(self.add_field(LineField("signature.position"), "Giám đốc"), 0, 1)
        grid.addWidget(self.add_field(LineField("signature.deputy_position"), "Phó Giám đốc"), 0, 2)
        grid.addWidget(self.add_field(LineField("signature.other_title"), "Chủ tịch UBND xã Hiền Hào"), 1, 0, 1, 2)
        grid.addWidget(self.add_field(LineField("signature.name"), "Nguyễn Văn Tuân"), 1, 2)
        _top_aligned(grid)
        self.body.addLayout(grid)

        images = QHBoxLayout()
        self.image_boxes: dict[str, tuple[QLabel, QPushButton, QPushButton]] = {}
        self.image_captions: dict[str, Labelled] = {}
        for path in ("signature.signature_image", "signature.seal_image"):
            preview = QLabel()
            preview.setFixedSize(QSize(160, 100))
            preview.setFrameShape(QFrame.Shape.StyledPanel)
            preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
            choose = QPushButton()
            remove = QPushButton()
            choose.clicked.connect(lambda _=False, p=path: self._choose(p))
            remove.clicked.connect(lambda _=False, p=path: self._set_image(p, None))
            column = QVBoxLayout()
            column.addWidget(preview)
            column.addWidget(choose)
            column.addWidget(remove)
            holder = QWidget()
            holder.setLayout(column)
            self.image_captions[path] = labelled("", holder)
            images.addWidget(self.image_captions[path])
            self.image_boxes[path] = (preview, choose, remove)
        images.addStretch(1)
        self.body.addLayout(images)
        self.body.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.caption("recipients", self.tr("Recipients (nơi nhận)"),
                     self.tr("One per line, e.g. Phòng GD&ĐT huyện; the last one is usually "
                             "\"Lưu: VT\". Double-click an item to change it."))
        self.authority_field.set_choice_texts({Authority.NONE.value: self.tr("(none: the head signs)")})
        self.caption("signature.authority", self.tr("Signing authority"),
                     self.tr("KT. when a deputy signs for the head; TM. on behalf of a body."))
        self.caption("signature.position", self.tr("Position"))
        self.caption("signature.deputy_position", self.tr("Deputy's position (with KT.)"))
        self.caption("signature.other_title", self.tr("Other title"))
        self.caption("signature.name", self.tr("Signer's full name"))
        self.image_captions["signature.signature_image"].set_texts(self.tr("Signature image (PNG, optional)"))
        self.image_captions["signature.seal_image"].set_texts(self.tr("Seal image (PNG, optional)"))
        for _preview, choose, remove in self.image_boxes.values():
            choose.setText(self.tr("Choose image…"))
            remove.setText(self.tr("Remove image"))
        self._show_images()

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
                preview.setText(self.tr("(no image)"))
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
            self.document.push(E.SetField(path, data), self.tr("Change image"))


def _top_aligned(grid: QGridLayout) -> None:
    """Fields in a row start at the same height whatever notes stand under them."""
    for i in range(grid.count()):
        item = grid.itemAt(i)
        widget = item.widget() if item is not None else None
        if widget is not None:
            grid.setAlignment(widget, Qt.AlignmentFlag.AlignTop)
    for column in range(grid.columnCount()):
        grid.setColumnStretch(column, 1)


def make_tabs(choose_image: Callable[[str], Path | None] | None = None) -> list[ReportTab]:
    return [GeneralTab(), AssessmentTab(), ImplementationTab(), SolutionsTab(), RecommendationsTab(),
            SigningTab(choose_image)]
