"""The report as JSON values: one shape for the exchange format (version 2) and for
the blocks the store keeps as JSON (``block.payload``).

Writing gives plain JSON values. Reading is strict about structure — an object where
an object belongs, no unknown or duplicate keys, a list where a list belongs, a
known block ``type`` — and raises ``EditError`` naming the JSON path
(``report.parts[1].blocks[3].rows[2]``). The values inside (texts, numbers, flags) are
left for ``normalize`` to check and clean, which names the same paths.

Shapes (``docs/exchange-format.md`` describes them for people):

- a record (the report's header, a signing column, an activity, a part) is an object
  whose keys are its registered fields (``domain/fields.py``), dotted paths nested
  (``{"organization": {"parent": …}}``, ``{"date": {"day": …}}``); a part adds
  ``"blocks"``;
- a block is an object with ``"type"``: ``heading`` (``level``, ``text``),
  ``paragraph`` (``runs``), ``list_item`` (``level``, ``runs``), ``table``
  (``columns``: ``[{"title", "kind"}]``, ``rows``: lists of cells, ``numbered``,
  ``total_row``), ``activity_table`` (``total_row``);
- a run is ``{"text": …}`` plus ``"bold"``, ``"italic"``, ``"underline"`` when true.
"""

from __future__ import annotations

from typing import Any

from hienhao_desktop.domain.errors import EditError
from hienhao_desktop.domain.fields import ACTIVITY, PART, REPORT, SIGNATURE, STRING_LISTS, Record
from hienhao_desktop.domain.model import (
    ActivityTable,
    Block,
    Column,
    Heading,
    ListItem,
    Paragraph,
    Part,
    Report,
    Run,
    Table,
)

# The version of the block shape below: the exchange format's version that has it.
# The store keeps it beside each block's payload (``block.shape``).
BLOCK_SHAPE = 2
RUN_FLAGS = ("bold", "italic", "underline")

# type -> keys besides "type"
BLOCK_KEYS: dict[str, tuple[str, ...]] = {
    Heading.KIND: ("level", "text"),
    Paragraph.KIND: ("runs",),
    ListItem.KIND: ("level", "runs"),
    Table.KIND: ("columns", "rows", "numbered", "total_row"),
    ActivityTable.KIND: ("total_row",),
}
LIST_KEYS = (*STRING_LISTS, "opening", "parts", "activities", "signatures")


class JsonObject(dict[str, Any]):
    """A JSON object as parsed; ``duplicate`` is the first key that appeared twice.
    The refusal is raised where the object is checked, so it can name its path."""

    duplicate: str | None = None


def object_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """``json.loads(..., object_pairs_hook=object_pairs)``: keeps duplicates seen."""
    result = JsonObject()
    for key, value in pairs:
        if key in result and result.duplicate is None:
            result.duplicate = key
        result[key] = value
    return result


def join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def check_object(value: Any, path: str, allowed: set[str] | tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise EditError(path, "not_object")
    duplicate = getattr(value, "duplicate", None)
    if duplicate is not None:
        raise EditError(join(path, duplicate), "duplicate_key", key=duplicate)
    for key in value:
        if key not in allowed:
            raise EditError(join(path, key), "unknown_key", key=key)
    return value


def check_list(value: Any, path: str) -> list[Any]:
    if not isinstance(value, list):
        raise EditError(path, "not_list")
    return value


# ---- records ---------------------------------------------------------------------------------


def _tree(record: Record) -> dict[str, Any]:
    """The nesting of a record's keys: {"kind": None, "organization": {"parent": None}}."""
    tree: dict[str, Any] = {}
    for f in record.fields:
        node = tree
        *parents, last = f.keys
        for key in parents:
            node = node.setdefault(key, {})
        node[last] = None
    return tree


_TREES = {id(r): _tree(r) for r in (REPORT, SIGNATURE, ACTIVITY, PART)}


def record_to_json(record: Record, obj: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in record.fields:
        node = out
        *parents, last = f.keys
        target = obj
        for key in parents:
            node = node.setdefault(key, {})
            target = getattr(target, key)
        node[last] = f.type.to_json(getattr(target, last))
    return out


def record_from_json(record: Record, value: Any, path: str, extra: tuple[str, ...] = ()) -> Any:
    """A record's instance holding the JSON's values as they are (``normalize``
    checks them); missing keys keep the dataclass defaults. ``extra``: keys the
    caller reads itself (a part's ``blocks``)."""
    tree = _TREES[id(record)]
    check_object(value, path, {*tree, *extra})
    for key, sub in tree.items():
        if sub is not None and key in value:
            check_object(value[key], join(path, key), set(sub))
    obj = record.cls()
    for f in record.fields:
        node: Any = value
        for key in f.keys:
            if key not in node:
                break
            node = node[key]
        else:
            target = obj
            for key in f.keys[:-1]:
                target = getattr(target, key)
            setattr(target, f.keys[-1], f.type.from_json(join(path, f.path), node))
    return obj


# ---- blocks ----------------------------------------------------------------------------------


def run_to_json(run: Run) -> dict[str, Any]:
    out: dict[str, Any] = {"text": run.text}
    for flag in RUN_FLAGS:
        if getattr(run, flag):
            out[flag] = True
    return out


def runs_from_json(value: Any, path: str) -> list[Run]:
    runs = []
    for i, item in enumerate(check_list(value, path)):
        obj = check_object(item, join(path, i), ("text", *RUN_FLAGS))
        runs.append(Run(obj.get("text", ""), *(obj.get(flag, False) for flag in RUN_FLAGS)))
    return runs


def block_payload(block: Block) -> dict[str, Any]:
    """A block's content as JSON values, without its type."""
    if isinstance(block, Heading):
        return {"level": block.level, "text": block.text}
    if isinstance(block, Paragraph):
        return {"runs": [run_to_json(r) for r in block.runs]}
    if isinstance(block, ListItem):
        return {"level": block.level, "runs": [run_to_json(r) for r in block.runs]}
    if isinstance(block, Table):
        return {
            "columns": [{"title": c.title, "kind": c.kind} for c in block.columns],
            "rows": [list(row) for row in block.rows],
            "numbered": block.numbered,
            "total_row": block.total_row,
        }
    if isinstance(block, ActivityTable):
        return {"total_row": block.total_row}
    raise TypeError(f"not a block: {block!r}")


def block_to_json(block: Block) -> dict[str, Any]:
    return {"type": block.KIND, **block_payload(block)}


def block_from_payload(kind: str, value: Any, path: str) -> Block:
    """A block of type ``kind`` from its payload (values unchecked: ``normalize``)."""
    obj = check_object(value, path, BLOCK_KEYS[kind])
    if kind == Heading.KIND:
        return Heading(obj.get("level", 1), obj.get("text", ""))
    if kind == Paragraph.KIND:
        return Paragraph(runs_from_json(obj.get("runs", []), join(path, "runs")))
    if kind == ListItem.KIND:
        return ListItem(obj.get("level", 1), runs_from_json(obj.get("runs", []), join(path, "runs")))
    if kind == ActivityTable.KIND:
        return ActivityTable(obj.get("total_row", True))
    columns_path = join(path, "columns")
    columns = []
    for i, item in enumerate(check_list(obj.get("columns", []), columns_path)):
        col = check_object(item, join(columns_path, i), ("title", "kind"))
        columns.append(Column(col.get("title", ""), col.get("kind", "text")))
    rows_path = join(path, "rows")
    rows = [check_list(row, join(rows_path, r)) for r, row in enumerate(check_list(obj.get("rows", []), rows_path))]
    return Table(columns, [list(row) for row in rows], obj.get("numbered", False), obj.get("total_row", False))


def block_from_json(value: Any, path: str) -> Block:
    if not isinstance(value, dict):
        raise EditError(path, "not_object")
    if "type" not in value:
        check_object(value, path, (*{k for keys in BLOCK_KEYS.values() for k in keys},))
        raise EditError(path, "missing_key", key="type")
    kind = value["type"]
    if not isinstance(kind, str) or kind not in BLOCK_KEYS:
        check_object(value, path, ("type", *{k for keys in BLOCK_KEYS.values() for k in keys}))
        raise EditError(join(path, "type"), "not_choice", choices=", ".join(repr(k) for k in BLOCK_KEYS))
    payload = JsonObject({k: v for k, v in value.items() if k != "type"})
    payload.duplicate = getattr(value, "duplicate", None)
    return block_from_payload(kind, payload, path)


def blocks_from_json(value: Any, path: str) -> list[Block]:
    return [block_from_json(item, join(path, i)) for i, item in enumerate(check_list(value, path))]


# ---- the report --------------------------------------------------------------------------------


def part_to_json(part: Part) -> dict[str, Any]:
    return {**record_to_json(PART, part), "blocks": [block_to_json(b) for b in part.blocks]}


def part_from_json(value: Any, path: str) -> Part:
    part: Part = record_from_json(PART, value, path, extra=("blocks",))
    part.blocks = blocks_from_json(value.get("blocks", []), join(path, "blocks"))
    return part


def report_to_json(report: Report) -> dict[str, Any]:
    """The header's registered fields in the registry's order, then the body and the
    footer in the order of the printed page."""
    out = record_to_json(REPORT, report)
    out["addressees"] = list(report.addressees)
    out["opening"] = [block_to_json(b) for b in report.opening]
    out["parts"] = [part_to_json(p) for p in report.parts]
    out["activities"] = [record_to_json(ACTIVITY, a) for a in report.activities]
    out["recipients"] = list(report.recipients)
    out["signatures"] = [record_to_json(SIGNATURE, s) for s in report.signatures]
    assert set(LIST_KEYS) <= set(out)
    return out


def report_from_json(value: Any, path: str) -> Report:
    """A report holding the JSON's values as they are; ``normalize_report`` checks
    and cleans them (with the same paths below ``path``)."""
    report: Report = record_from_json(REPORT, value, path, extra=LIST_KEYS)
    for name in STRING_LISTS:
        if name in value:
            setattr(report, name, list(check_list(value[name], join(path, name))))
    report.opening = blocks_from_json(value.get("opening", []), join(path, "opening"))
    report.parts = [part_from_json(p, join(join(path, "parts"), i)) for i, p in enumerate(check_list(value.get("parts", []), join(path, "parts")))]
    report.activities = [
        record_from_json(ACTIVITY, a, join(join(path, "activities"), i))
        for i, a in enumerate(check_list(value.get("activities", []), join(path, "activities")))
    ]
    if "signatures" in value:
        report.signatures = [
            record_from_json(SIGNATURE, s, join(join(path, "signatures"), i))
            for i, s in enumerate(check_list(value["signatures"], join(path, "signatures")))
        ]
    return report
