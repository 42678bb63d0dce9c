"""Write page images of the sample reports, to look at the layout.

    .venv/bin/python benchmarks/render_pages.py [OUT_DIR] [--dpi 80] [--excel]

OUT_DIR (default /tmp/pdfpages) gets NAME.pdf with one PNG per page (NAME-1.png …,
made by poppler's pdftoppm) for: the seed; "long" (a date, a number below 10,
addressees, a KT. signature, 120 activities, one very long); "signed" (the seed with
a signature and a seal image); the four kinds of real report of issue 15
(term_review, year_review, association, two_signatures); and one report of each
template (template-default …). With --excel, each report's workbook too, turned into
PDF by LibreOffice (NAME.xlsx.pdf, pages NAME.xlsx-1.png …: the "Báo cáo" sheet first,
then "Hoạt động" and "Thống kê"). With --word, each report's Word file (NAME.docx) laid
out by LibreOffice Writer (NAME.docx.pdf, pages NAME.docx-1.png …), and NAME-side-P.png:
our PDF's page P on the left, the Word file's on the right.
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hienhao_desktop.domain.model import Report  # noqa: E402
from hienhao_desktop.export.pdf import render_pdf  # noqa: E402
from tests import sample_reports  # noqa: E402
from tests.sample_reports import long_report, seed  # noqa: E402, F401  (the benchmarks' reports)

seed_report = seed  # the name the benchmarks used


def demo_images() -> tuple[bytes, bytes]:
    """A pen-like signature and a red round seal (38 mm at 300 dpi), as PNG bytes."""
    from PIL import Image, ImageDraw  # Pillow comes with reportlab

    sig = Image.new("RGBA", (600, 240), (0, 0, 0, 0))
    d = ImageDraw.Draw(sig)
    d.line([(40, 170), (120, 60), (170, 190), (250, 70), (330, 180), (420, 90), (560, 120)],
           fill=(20, 30, 140, 255), width=9, joint="curve")
    seal = Image.new("RGBA", (450, 450), (0, 0, 0, 0))
    d = ImageDraw.Draw(seal)
    red = (210, 20, 30, 200)
    d.ellipse((8, 8, 442, 442), outline=red, width=14)
    d.ellipse((70, 70, 380, 380), outline=red, width=6)
    d.regular_polygon((225, 225, 60), 5, fill=red)
    out = []
    for image in (sig, seal):
        buf = io.BytesIO()
        image.save(buf, "PNG")
        out.append(buf.getvalue())
    return out[0], out[1]


def reports() -> dict[str, Report]:
    signed = seed()
    signed.signature.signature_image, signed.signature.seal_image = demo_images()
    out = {"seed": seed(), "long": long_report(), "signed": signed}
    out.update(sample_reports.real_reports())
    out.update({f"template-{name}": r for name, r in sample_reports.templates_reports().items()})
    return out


def _images(pdf: Path, stem: str, out: Path, dpi: int) -> int:
    for old in out.glob(f"{stem}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(out / stem)], check=True)
    return len(list(out.glob(f"{stem}-*.png")))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", nargs="?", type=Path, default=Path("/tmp/pdfpages"))
    parser.add_argument("--dpi", type=int, default=80)
    parser.add_argument("--excel", action="store_true", help="also the workbooks, through LibreOffice")
    parser.add_argument("--word", action="store_true", help="also the Word files, through LibreOffice Writer")
    args = parser.parse_args()
    if not shutil.which("pdftoppm"):
        print("pdftoppm not found: apt-get install poppler-utils", file=sys.stderr)
        return 1
    if (args.excel or args.word) and not shutil.which("soffice"):
        print("soffice not found: LibreOffice is needed for --excel and --word", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    for name, report in reports().items():
        pdf = args.out / f"{name}.pdf"
        pdf.write_bytes(render_pdf(report))
        print(pdf, _images(pdf, name, args.out, args.dpi), "pages")
        if args.excel:
            from hienhao_desktop.export.xlsx import render_xlsx

            book = args.out / f"{name}.xlsx"
            book.write_bytes(render_xlsx(report))
            with tempfile.TemporaryDirectory() as tmp:
                subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                                "--convert-to", "pdf", "--outdir", tmp, str(book)],
                               check=True, capture_output=True, timeout=300)
                converted = args.out / f"{name}.xlsx.pdf"
                shutil.move(str(Path(tmp) / f"{name}.pdf"), converted)
            print(converted, _images(converted, f"{name}.xlsx", args.out, args.dpi), "pages")
        if args.word:
            from hienhao_desktop.export.docx import render_docx

            word = args.out / f"{name}.docx"
            word.write_bytes(render_docx(report))
            with tempfile.TemporaryDirectory() as tmp:
                subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                                "--convert-to", "pdf", "--outdir", tmp, str(word)],
                               check=True, capture_output=True, timeout=300)
                converted = args.out / f"{name}.docx.pdf"
                shutil.move(str(Path(tmp) / f"{name}.pdf"), converted)
            pages = _images(converted, f"{name}.docx", args.out, args.dpi)
            print(converted, pages, "pages;", _side_by_side(name, args.out), "side-by-side images")
    return 0


def _side_by_side(name: str, out: Path) -> int:
    """NAME-side-P.png: our PDF's page P (left) beside the Word file's (right)."""
    from PIL import Image

    def pages(stem: str) -> list[Path]:
        found = [p for p in out.glob(f"{stem}-*.png") if p.stem[len(stem) + 1:].isdigit()]
        return sorted(found, key=lambda p: int(p.stem[len(stem) + 1:]))

    ours = pages(name)
    theirs = pages(f"{name}.docx")
    for old in out.glob(f"{name}-side-*.png"):
        old.unlink()
    for number in range(1, max(len(ours), len(theirs)) + 1):
        left = Image.open(ours[number - 1]) if number <= len(ours) else None
        right = Image.open(theirs[number - 1]) if number <= len(theirs) else None
        width, height = (left or right).size  # type: ignore[union-attr]
        sheet = Image.new("RGB", (2 * width + 12, height), (110, 110, 110))
        if left:
            sheet.paste(left, (0, 0))
        if right:
            sheet.paste(right, (width + 12, 0))
        sheet.save(out / f"{name}-side-{number}.png")
    return max(len(ours), len(theirs))


if __name__ == "__main__":
    raise SystemExit(main())
