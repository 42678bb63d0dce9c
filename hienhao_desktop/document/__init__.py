"""The printed report as blocks, one model for every output (no Qt, no output format).

``build_document(report)`` (``document.build``) turns a domain ``Report`` into a
``Document`` of plain frozen dataclasses (``document.blocks``, whose docstring lists
them and the page-flow rules); ``export/`` lays those blocks out as PDF, Excel and
Word. Layers: export > document > storage > domain.
"""

from hienhao_desktop.document.blocks import Document
from hienhao_desktop.document.build import build_document

__all__ = ["Document", "build_document"]
