"""Stopping a long rendering half-way (the window's Stop button): renderers and the
block builder ask ``cancelled`` from time to time and raise RenderCancelled."""

from __future__ import annotations

from collections.abc import Callable

Cancelled = Callable[[], bool] | None


class RenderCancelled(Exception):
    """A rendering stopped because its ``cancelled`` callable said so."""


def check(cancelled: Cancelled) -> None:
    """Raise RenderCancelled when ``cancelled`` says so."""
    if cancelled is not None and cancelled():
        raise RenderCancelled
