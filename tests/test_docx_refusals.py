"""Files the Word importer refuses, each with a message that names the file, says
what it is and what to do: a Word 97-2003 .doc, a password-protected .docx (also an
OLE2 container, told apart by its streams), damaged packages, other formats, and a
.docx that is not a report."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from hienhao_desktop.domain.errors import Refused
from hienhao_desktop.storage import docx_read
from hienhao_desktop.storage.docx_import import import_docx, import_docx_bytes
from hienhao_desktop.storage.filekind import FileKind, ImportRefused, identify
from tests import docx_samples as S
from tests.docx_builder import DocBuilder, R, ole2_file

DOC = ole2_file(["WordDocument", "1Table", "\x05SummaryInformation", "\x01CompObj"])
ENCRYPTED = ole2_file(["\x06DataSpaces", "EncryptionInfo", "EncryptedPackage"])


def refused(tmp_path: Path, name: str, data: bytes) -> ImportRefused:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ImportRefused) as info:
        import_docx(path)
    assert isinstance(info.value, Refused)  # the command line's status 2
    assert str(path) in str(info.value)  # the message names the file
    return info.value


def _rezip(data: bytes, drop: str = "", replace: dict[str, bytes] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            if info.filename == drop:
                continue
            dst.writestr(info, (replace or {}).get(info.filename, src.read(info.filename)))
    return out.getvalue()


SEED = S.seed_document().bytes()


def test_a_word_97_2003_doc_is_refused_with_save_as_docx(tmp_path):
    error = refused(tmp_path, "bao-cao-2019.doc", DOC)
    assert error.code == "word_doc"
    assert "Lưu thành" in error.message("vi") and ".docx" in error.message("vi")
    assert "Save As" in error.message("en")
    # by content, not by name: the same bytes named .docx say the same
    assert refused(tmp_path, "renamed.docx", DOC).code == "word_doc"


def test_an_encrypted_docx_is_told_apart_from_a_doc(tmp_path):
    error = refused(tmp_path, "bao-cao-mat-khau.docx", ENCRYPTED)
    assert error.code == "word_encrypted"
    assert "mật khẩu" in error.message("vi") and "password" in error.message("en")
    assert identify(ENCRYPTED) == FileKind.ENCRYPTED and identify(DOC) == FileKind.DOC


def test_large_sector_compound_files_and_cut_short_ones():
    assert identify(ole2_file(["WordDocument"], sector_shift=12)) == FileKind.DOC
    assert identify(ole2_file(["EncryptionInfo", "EncryptedPackage"], sector_shift=12)) == FileKind.ENCRYPTED
    assert identify(DOC[:520]) == FileKind.OLE_DAMAGED


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice makes a real OLE2 file (scripts/setup --test)")
def test_a_real_old_excel_file_is_not_taken_for_a_doc(tmp_path):
    (tmp_path / "t.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    subprocess.run(["soffice", "--headless", "--convert-to", "xls", "t.csv", "--outdir", str(tmp_path)],
                   cwd=tmp_path, capture_output=True, timeout=180, check=False)
    data = (tmp_path / "t.xls").read_bytes()
    assert identify(data) == FileKind.OLE_OTHER
    assert refused(tmp_path, "bang-diem.doc", data).code == "word_ole_other"


@pytest.mark.parametrize("name, data, detail", [
    ("cut.docx", SEED[: len(SEED) // 2], "ZIP"),
    ("no-document.docx", _rezip(SEED, drop="word/document.xml"), "word/document.xml"),
    ("bad-xml.docx", _rezip(SEED, replace={"word/document.xml": b"<w:document><w:body><w:p>"}), "XML"),
    ("not-zip.docx", b"PK\x03\x04" + b"\x00" * 200, "ZIP"),
    ("no-styles-rel.docx", _rezip(SEED, drop="word/_rels/document.xml.rels",
                                  replace={"_rels/.rels": b"<Relationships/>"}), "OPC"),
])
def test_damaged_packages(tmp_path, name, data, detail):
    error = refused(tmp_path, name, data)
    assert error.code == "word_damaged"
    assert "Hãy mở tệp bằng Word" in error.message("vi") and "Open it in Word" in error.message("en")
    assert detail in error.message("vi") and "()" not in error.message("vi")


def test_other_formats_say_what_they_are(tmp_path):
    xlsx = io.BytesIO()
    with zipfile.ZipFile(xlsx, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
    odt = io.BytesIO()
    with zipfile.ZipFile(odt, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", "<office:document-content/>")
    cases = {
        "bang.docx": (xlsx.getvalue(), "word_not_word"),
        "bao-cao.odt": (odt.getvalue(), "word_odt"),
        "bao-cao.doc": (b"{\\rtf1\\ansi Bao cao}", "word_rtf"),
        "web.doc": (b"<html><body>Bao cao</body></html>", "word_html"),
        "bao-cao.pdf": (b"%PDF-1.7\n...", "word_pdf"),
        "rong.docx": (b"", "word_empty"),
        "report.json.docx": (b'{"format": "hienhao-report"}', "word_not_docx"),
    }
    for name, (data, code) in cases.items():
        assert refused(tmp_path, name, data).code == code, name
    assert "Excel" in refused(tmp_path, "bang.docx", xlsx.getvalue()).message("vi")


def test_a_docx_that_is_not_a_report(tmp_path):
    letter = DocBuilder()
    letter.para("Kính thưa ông bà,")
    letter.para("Nhân dịp năm mới, chúng tôi xin gửi lời chúc sức khỏe đến toàn thể gia đình.")
    letter.para("Trân trọng.")
    error = refused(tmp_path, "thu-moi.docx", letter.bytes())
    assert error.code == "word_not_report"
    assert "BÁO CÁO" in error.message("vi") and "report" in error.message("en")

    figures = DocBuilder()
    figures.table([["Năm", "Số lớp"], ["2022", "4"], ["2023", "6"]])
    assert refused(tmp_path, "so-lieu.docx", figures.bytes()).code == "word_not_report"

    empty = DocBuilder()
    empty.blank()
    assert refused(tmp_path, "trang.docx", empty.bytes()).code == "word_empty"


def test_a_report_without_header_or_parts_but_with_its_title_is_accepted():
    d = DocBuilder()
    d.para(R("BÁO CÁO", bold=True), align="center")
    d.para(R("Tình hình hoạt động tháng 10", bold=True), align="center")
    d.para("Trong tháng, Trung tâm tổ chức 3 chuyên đề.")
    report = import_docx_bytes(d.bytes(), "x.docx").report
    assert report.title == "Tình hình hoạt động tháng 10" and len(report.parts) == 1
    assert report.parts[0].role == "other"


def test_missing_and_too_large_files(tmp_path, monkeypatch):
    with pytest.raises(ImportRefused) as info:
        import_docx(tmp_path / "khong-co.docx")
    assert info.value.code == "cannot_read" and "khong-co.docx" in str(info.value)
    monkeypatch.setattr(docx_read, "MAX_BYTES", 1000)
    monkeypatch.setattr("hienhao_desktop.storage.docx_import.MAX_BYTES", 1000)
    assert refused(tmp_path, "lon.docx", SEED).code == "too_large"


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path, monkeypatch):
    monkeypatch.setattr(docx_read, "MAX_UNPACKED", 100_000)
    big = _rezip(SEED, replace={"word/document.xml": b"<!-- " + b" " * 200_000 + b" -->" + _part(SEED)})
    assert refused(tmp_path, "bom.docx", big).code == "too_large"


def _part(data: bytes, name: str = "word/document.xml") -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read(name)
