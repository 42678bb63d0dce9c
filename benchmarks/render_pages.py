"""Write page images of the seed report and of a long report, to look at the layout.

    PATH=/work/venv/bin:$PATH python benchmarks/render_pages.py [OUT_DIR] [--dpi 80]

OUT_DIR (default /tmp/pdfpages) gets seed.pdf, long.pdf and signed.pdf with one PNG per
page (seed-1.png, long-1.png ...), made by poppler's pdftoppm. "long" has a date,
a number below 10, addressees, a KT. signature, 120 activities (one of them very long)
and multi-paragraph text; "signed" is the seed with a signature and a seal image.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hienhao_desktop.domain.model import Activity, Report, Subsection  # noqa: E402
from hienhao_desktop.export.pdf import render_pdf  # noqa: E402
from hienhao_desktop.storage import exchange  # noqa: E402

SEED = ROOT / "resources" / "samples" / "seed-report.json"


def seed_report() -> Report:
    return exchange.read_file(SEED)


def long_report(activities: int = 120) -> Report:
    """The seed grown to many activities, with every optional part filled in."""
    r = seed_report()
    r.document_number = "7"
    r.date = dt.date(2024, 1, 15)
    r.addressees = ["Phòng Giáo dục và Đào tạo huyện Cát Hải", "Đảng ủy, UBND xã Hiền Hào"]
    r.signature.authority = "KT."
    r.signature.position = "Giám đốc"
    r.signature.deputy_position = "Phó Giám đốc"
    r.signature.other_title = ""
    r.signature.name = "Trần Thị Hoa"
    r.implementation.insert(1, Subsection("Công tác tuyên truyền", "\n".join([
        "- Tuyên truyền trên hệ thống truyền thanh của xã 3 lần/tuần.",
        "- Treo băng zôn, khẩu hiệu tại trụ sở UBND xã và các nhà văn hóa thôn.",
    ])))
    base = r.activities
    r.activities = [
        Activity(f"{base[i % len(base)].name} (đợt {i // len(base) + 1})",
                 base[i % len(base)].participants, base[i % len(base)].lead_unit, base[i % len(base)].partner_units)
        for i in range(activities)
    ]
    if len(r.activities) > 5:
        r.activities[5].name = "Hội nghị " + "tuyên truyền phổ biến giáo dục pháp luật " * 6
    return r


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", nargs="?", type=Path, default=Path("/tmp/pdfpages"))
    parser.add_argument("--dpi", type=int, default=80)
    args = parser.parse_args()
    if not shutil.which("pdftoppm"):
        print("pdftoppm not found: apt-get install poppler-utils", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    signed = seed_report()
    signed.signature.signature_image, signed.signature.seal_image = demo_images()
    for name, report in (("seed", seed_report()), ("long", long_report()), ("signed", signed)):
        pdf = args.out / f"{name}.pdf"
        pdf.write_bytes(render_pdf(report))
        for old in args.out.glob(f"{name}-*.png"):
            old.unlink()
        subprocess.run(["pdftoppm", "-r", str(args.dpi), "-png", str(pdf), str(args.out / name)], check=True)
        print(pdf, len(sorted(args.out.glob(f"{name}-*.png"))), "pages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
