"""The compact encoding of ``POST /sync`` (``"wire": 2``), shared by server and laptop.

The first encoding (``"wire": 1``, still served) spells every op and every pulled field
out in full: an op names its table, row, field and op id under their own keys; a pulled
field carries its name and revision; a result repeats its op's id. The compact one says
each thing once:

- push: ``[table, row id, [[field, value, base rev, op id(, conflict it resolves)], ...]]``
  per row; op ids stay the UUIDv7 strings they are (unique forever), and the laptop sends
  the request gzip-compressed when it is large enough to gain.
- results, one per op in the order sent: the field's new revision (a plain number) for
  an op accepted as sent; otherwise ``{"s", "rev", "v", "why", "conflict"}`` without the
  op id (the place says which op).
- pulled rows, per table: ``{"t": table, "f": [field names], "r": [[row id, i, value,
  d, i, value, d, ...], ...]}`` where ``i`` indexes ``f`` and ``d`` is the field's
  revision minus the revision before it in the page (the first counts from 0).

Decoding gives back what the first encoding says (pulled rows grouped by table; a page
is applied as a whole, so their order within it does not matter).
"""

from __future__ import annotations

from typing import Any

Push = list[list[Any]]  # [[table, row id, [[field, value, base rev, op id], ...]], ...]


def encode_push(ops: list[dict[str, Any]]) -> Push:
    """Ops in the first encoding -> the compact push: consecutive ops of one row share
    its entry, so the order of the ops is kept exactly."""
    push: Push = []
    for op in ops:
        field = [op["field"], op.get("value"), op["base_rev"], op["op_id"]]
        if op.get("resolves"):
            field.append(op["resolves"])
        if push and push[-1][0] == op["table"] and push[-1][1] == op["row_id"]:
            push[-1][2].append(field)
        else:
            push.append([op["table"], op["row_id"], [field]])
    return push


def decode_push(push: Push) -> list[dict[str, Any]]:
    """The compact push -> ops in the first encoding, in the order sent."""
    ops: list[dict[str, Any]] = []
    for table, row_id, fields in push:
        for field in fields:
            op = {
                "op_id": field[3],
                "table": table,
                "row_id": row_id,
                "field": field[0],
                "value": field[1],
                "base_rev": field[2],
            }
            if len(field) > 4:
                op["resolves"] = field[4]
            ops.append(op)
    return ops


def encode_results(results: list[dict[str, Any]]) -> list[Any]:
    """Results in the first encoding -> the compact ones (see the module docstring)."""
    out: list[Any] = []
    for result in results:
        if result.get("s") == "accepted" and isinstance(result.get("rev"), int):
            out.append(result["rev"])
        else:
            out.append({k: v for k, v in result.items() if k != "op" and v is not None})
    return out


def decode_results(results: list[Any], op_ids: list[str]) -> list[dict[str, Any]]:
    """Compact results -> the first encoding, each named by its op id again."""
    out: list[dict[str, Any]] = []
    for op_id, result in zip(op_ids, results, strict=False):
        if isinstance(result, int):
            out.append({"op": op_id, "s": "accepted", "rev": result})
        else:
            out.append({"op": op_id, **result})
    return out


def encode_changes(changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Pulled rows in the first encoding -> the compact page (see the module docstring),
    rows grouped by table in order of each table's first row."""
    by_table: dict[str, list[dict[str, Any]]] = {}
    for change in changes:
        by_table.setdefault(change["t"], []).append(change)
    page: list[dict[str, Any]] = []
    last = 0
    for table, rows in by_table.items():
        names: list[str] = []
        index: dict[str, int] = {}
        encoded: list[list[Any]] = []
        for change in rows:
            row: list[Any] = [change["r"]]
            for field, (value, rev) in change["f"].items():
                if field not in index:
                    index[field] = len(names)
                    names.append(field)
                row += [index[field], value, rev - last]
                last = rev
            encoded.append(row)
        page.append({"t": table, "f": names, "r": encoded})
    return page


def decode_changes(page: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The compact page -> pulled rows in the first encoding."""
    changes: list[dict[str, Any]] = []
    last = 0
    for table in page:
        names = table["f"]
        for row in table["r"]:
            fields: dict[str, list[Any]] = {}
            for at in range(1, len(row), 3):
                last += row[at + 2]
                fields[names[row[at]]] = [row[at + 1], last]
            changes.append({"t": table["t"], "r": row[0], "f": fields})
    return changes
