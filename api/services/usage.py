"""API usage rows (``api_usage``): one per request, for monitoring, billing and ``GET /v1/me/usage``.

Rows are written as the connecting role on a connection of their own (see
:func:`db.engine.owner_connection`), never inside the request's
transaction: a request whose work rolls back is still a request.
``request_id`` is UNIQUE, and :func:`record_usage` inserts with
``ON CONFLICT (request_id) DO NOTHING``, so a retried request (or a retried
Temporal activity reusing its id) is recorded once.

Because the first row wins, the id must be one the client cannot pick for
someone else or replay to hide requests: use a server-made id (or prefix the
client's ``X-Request-ID`` with something the server controls).
"""

from __future__ import annotations

import uuid
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any, Literal

import msgspec

from db.engine import owner_connection
from db.tables import API_USAGE_STATUSES

__all__ = ["MAX_ERROR_MESSAGE_LENGTH", "record_usage", "usage_row", "usage_status", "usage_summary", "write_usage_rows"]

UsageStatus = Literal["success", "error", "rate_limited"]
MAX_ERROR_MESSAGE_LENGTH = 2000


def usage_status(http_status: int) -> UsageStatus:
    """``rate_limited`` for 429, ``error`` for any other 4xx/5xx, ``success`` otherwise."""
    if http_status == 429:
        return "rate_limited"
    return "error" if http_status >= 400 else "success"


def _cost(value: Decimal | float | int | str | None) -> Decimal | None:
    if value is None:
        return None
    cost = value if isinstance(value, Decimal) else Decimal(str(value))
    if not cost.is_finite() or cost < 0:
        raise ValueError(f"cost_estimate must be a finite number >= 0, got {value!r}")
    return cost.quantize(Decimal("0.000001"))


def _non_negative(name: str, value: int | float | None) -> int | None:
    if value is None:
        return None
    number = int(round(value))
    if number < 0:
        raise ValueError(f"{name} must be >= 0, got {value!r}")
    return number


_INSERT = """
    INSERT INTO api_usage (user_id, function_name, request_id, status, response_time_ms,
                           tokens_used, cost_estimate, error_code, error_message, metadata)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb)
    ON CONFLICT (request_id) DO NOTHING
"""


def usage_row(
    user_id: str | uuid.UUID,
    function_name: str,
    request_id: str | None,
    status: str,
    response_time_ms: int | float | None,
    tokens_used: int | None = None,
    cost_estimate: Decimal | float | int | str | None = None,
    error_code: str | None = None,
    error_message: str | None = None,
    metadata: dict[str, Any] | None = None,
) -> tuple:
    """One ``api_usage`` row, checked, as the insert's parameters."""
    if status not in API_USAGE_STATUSES:
        raise ValueError(f"status must be one of {API_USAGE_STATUSES}, got {status!r}")
    if error_message is not None and len(error_message) > MAX_ERROR_MESSAGE_LENGTH:
        error_message = error_message[: MAX_ERROR_MESSAGE_LENGTH - 1] + "…"
    return (
        uuid.UUID(str(user_id)),
        function_name,
        request_id,
        status,
        _non_negative("response_time_ms", response_time_ms),
        _non_negative("tokens_used", tokens_used),
        _cost(cost_estimate),
        error_code,
        error_message,
        None if metadata is None else msgspec.json.encode(metadata).decode(),
    )


async def write_usage_rows(rows: list[tuple]) -> None:
    """Insert rows made by :func:`usage_row` in one round trip; a row whose `request_id`
    is already stored changes nothing."""
    if rows:
        async with owner_connection() as connection:
            await connection.executemany(_INSERT, rows)


async def record_usage(**row: Any) -> None:
    """Insert one ``api_usage`` row now; a second call with the same `request_id` changes nothing."""
    await write_usage_rows([usage_row(**row)])


async def usage_summary(user_id: str | uuid.UUID, since: datetime) -> dict[str, Any]:
    """The user's usage since `since`, overall and per function (for ``GET /v1/me/usage``).

    ``{"since", "requests", "successes", "errors", "rate_limited", "tokens_used",
    "cost_estimate", "functions": {name: {the same counts, "avg_response_time_ms"}}}``;
    ``errors`` counts ``status = 'error'`` only (refusals are ``rate_limited``),
    costs are floats in dollars rounded to 6 digits.
    """
    if since.tzinfo is None:
        raise ValueError("`since` must be timezone-aware")
    async with owner_connection() as connection:
        rows = await connection.fetch(
            """
            SELECT function_name,
                   count(*)::int                                          AS requests,
                   count(*) FILTER (WHERE status = 'success')::int        AS successes,
                   count(*) FILTER (WHERE status = 'error')::int          AS errors,
                   count(*) FILTER (WHERE status = 'rate_limited')::int   AS rate_limited,
                   coalesce(sum(tokens_used), 0)::bigint                  AS tokens_used,
                   coalesce(sum(cost_estimate), 0)                        AS cost_estimate,
                   avg(response_time_ms)                                  AS avg_response_time_ms
              FROM api_usage
             WHERE user_id = $1 AND created_at >= $2
             GROUP BY function_name
             ORDER BY function_name
            """,
            uuid.UUID(str(user_id)),
            since,
        )
    counters = ("requests", "successes", "errors", "rate_limited", "tokens_used")
    functions = {
        row["function_name"]: {
            **{name: int(row[name]) for name in counters},
            "cost_estimate": round(float(row["cost_estimate"]), 6),
            "avg_response_time_ms": (
                None if row["avg_response_time_ms"] is None else round(float(row["avg_response_time_ms"]), 1)
            ),
        }
        for row in rows
    }
    return {
        "since": since.astimezone(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z"),
        **{name: sum(entry[name] for entry in functions.values()) for name in counters},
        "cost_estimate": round(float(sum((row["cost_estimate"] for row in rows), Decimal(0))), 6),
        "functions": functions,
    }
