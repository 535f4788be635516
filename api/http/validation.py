"""Every bad field of a request body, not just the first.

msgspec stops at the first problem; a parent's app (and its developer) deserves
the whole list. When Litestar reports a body as invalid, the body is checked
again here, field by field, against the route's own struct.
"""

from __future__ import annotations

import typing

import msgspec
from litestar import Request
from litestar.utils.scope.state import ScopeState


def _field_problems(struct_type: type, raw: object) -> list[dict[str, str]]:
    if not isinstance(raw, dict):
        return [{"field": "body", "message": "must be a JSON object"}]
    info = msgspec.inspect.type_info(struct_type)
    hints = typing.get_type_hints(struct_type, include_extras=True)
    problems = []
    known = set()
    for field in info.fields:
        known.add(field.encode_name)
        if field.encode_name not in raw:
            if field.required:
                problems.append({"field": field.encode_name, "message": "is required"})
            continue
        try:
            msgspec.convert(raw[field.encode_name], hints[field.name], strict=True)
        except msgspec.ValidationError as error:
            message = str(error)
            path = ""
            if " - at `$" in message:
                message, _, path = message.partition(" - at `$")
                path = path.rstrip("`")
            problems.append({"field": f"{field.encode_name}{path}", "message": message})
    if struct_type.__struct_config__.forbid_unknown_fields:
        problems += [{"field": name, "message": "is not a known field"} for name in raw if name not in known]
    return problems


def body_problems(request: Request) -> list[dict[str, str]] | None:
    """The body's problems against the route's `data` struct, or None when that
    cannot be told (no struct, no body read yet, or not JSON)."""
    handler = request.scope.get("route_handler")
    parameter = handler.parsed_fn_signature.parameters.get("data") if handler is not None else None
    struct_type = _struct_of(parameter.annotation) if parameter is not None else None
    body = ScopeState.from_scope(request.scope).body
    if struct_type is None or not isinstance(body, bytes):
        return None
    try:
        raw = msgspec.json.decode(body)
    except msgspec.DecodeError:
        return [{"field": "body", "message": "is not valid JSON"}]
    return _field_problems(struct_type, raw) or None


def _struct_of(annotation: object) -> type | None:
    candidates = [annotation, *typing.get_args(annotation)]
    return next((c for c in candidates if isinstance(c, type) and issubclass(c, msgspec.Struct)), None)
