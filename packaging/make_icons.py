"""Make the program's PNG and ICO icons from resources/icons/hienhao-desktop.svg.

Run after changing the SVG and commit what it writes::

    python packaging/make_icons.py

Writes hienhao-desktop-<size>.png for every size below and hienhao-desktop.ico
(PNG-compressed entries, which Windows Vista and later read) into resources/icons/,
and the 256 px PNG as packaging/linux/hienhao-desktop.png.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "hienhao-desktop.svg"
LINUX = Path(__file__).resolve().parent / "linux"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"cannot encode a {size}px PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO file holding the given PNG images (ICONDIR, ICONDIRENTRY each, data)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"{SOURCE}: not a valid SVG", file=sys.stderr)
        return 1
    pngs = {size: render_png(renderer, size) for size in SIZES}
    for size, png in pngs.items():
        (ICONS / f"hienhao-desktop-{size}.png").write_bytes(png)
    (ICONS / "hienhao-desktop.ico").write_bytes(ico(pngs))
    (LINUX / "hienhao-desktop.png").write_bytes(pngs[256])  # beside the .desktop file
    print(f"wrote {len(pngs)} PNG files and hienhao-desktop.ico in {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
