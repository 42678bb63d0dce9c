"""Stopping a long rendering half-way (the window's Stop button).

The primitives live in ``document.cancel`` (the block builder checks them too); this
module keeps the name the window and the renderers import.
"""

from __future__ import annotations

from hienhao_desktop.document.cancel import Cancelled, RenderCancelled, check

__all__ = ["Cancelled", "RenderCancelled", "check"]
