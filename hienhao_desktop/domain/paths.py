"""Paths into a report: ``title``, ``date.day``, ``signatures[1].name``,
``parts[2].blocks[3].rows[2][1]``.

One notation for the edit operations, the checklist (where the window jumps to) and
the exchange format's refusals (``report.`` + the same path names the JSON value).
"""

from __future__ import annotations

import re

Key = str | int
Path = tuple[Key, ...]

_TOKEN = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)|\[(-?\d+)\]|(\.)")


def parse(path: str) -> Path:
    """``"parts[2].blocks[3]"`` -> ``("parts", 2, "blocks", 3)``. Raises KeyError for
    text that is not a path (a programming error, not the user's)."""
    keys: list[Key] = []
    pos = 0
    expect_name = True
    while pos < len(path):
        match = _TOKEN.match(path, pos)
        if match is None:
            raise KeyError(f"not a path: {path!r}")
        name, index, dot = match.groups()
        if name is not None:
            if not expect_name:
                raise KeyError(f"not a path: {path!r}")
            keys.append(name)
            expect_name = False
        elif index is not None:
            if expect_name:
                raise KeyError(f"not a path: {path!r}")
            keys.append(int(index))
        else:
            if expect_name:
                raise KeyError(f"not a path: {path!r}")
            expect_name = True
        pos = match.end()
    if expect_name:
        raise KeyError(f"not a path: {path!r}")
    return tuple(keys)


def format(keys: Path) -> str:  # noqa: A001 - the module's own word for it
    out = ""
    for key in keys:
        if isinstance(key, int):
            out += f"[{key}]"
        else:
            out += f".{key}" if out else key
    return out


def join(prefix: str, *keys: Key) -> str:
    """``join("parts[1]", "blocks", 3)`` -> ``"parts[1].blocks[3]"``."""
    out = prefix
    for key in keys:
        if isinstance(key, int):
            out += f"[{key}]"
        else:
            out += f".{key}" if out else key
    return out


_MISSING = object()


def value_at(obj: object, path: str, default: object = None) -> object:
    """What ``path`` names inside ``obj`` (a report): ``signatures[1].name``,
    ``parts[2].blocks``; ``default`` when an index is out of range (a second signing
    column that is not there) or an attribute is missing."""
    current: object = obj
    for key in parse(path):
        if isinstance(key, int):
            if not isinstance(current, list) or not 0 <= key < len(current):
                return default
            current = current[key]
        else:
            current = getattr(current, key, _MISSING)
            if current is _MISSING:
                return default
    return current
