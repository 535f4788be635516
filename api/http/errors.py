"""Every error a client sees, in the one envelope of the API reference:

    {"error": {"code", "message", "details", "retry_after"?}, "request_id", "timestamp"}
"""

from __future__ import annotations

import errno
import uuid
from datetime import datetime, timezone
from typing import Any

import asyncpg
import structlog
from litestar import MediaType, Request, Response
from litestar.exceptions import HTTPException, ValidationException
from temporalio.service import RPCError, RPCStatusCode

from api.http.validation import body_problems
from workflows.failures import reason_of, reasons_of

log = structlog.get_logger("storyloom.api")

_STATUS_CODES = {
    400: "INVALID_REQUEST",
    401: "UNAUTHORIZED",
    403: "UNAUTHORIZED",
    404: "NOT_FOUND",
    405: "INVALID_REQUEST",
    408: "TIMEOUT",
    409: "CONFLICT",
    413: "INVALID_REQUEST",
    415: "INVALID_REQUEST",
    429: "RATE_LIMITED",
    503: "SERVICE_UNAVAILABLE",
}


class ApiError(Exception):
    """A failure the client should hear about, with its documented code."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        details: dict[str, Any] | None = None,
        retry_after: int | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details or {}
        self.retry_after = retry_after
        self.headers = headers or {}


def not_found(what: str) -> ApiError:
    return ApiError(404, "NOT_FOUND", f"{what} was not found")


RETRY_AFTER_SECONDS = 30


def service_unavailable(message: str, error: BaseException | None = None) -> ApiError:
    """Temporal (or a worker) could not take the work now; the client may retry."""
    details = {"reason": str(error) or type(error).__name__} if error is not None else {}
    return ApiError(503, "SERVICE_UNAVAILABLE", message, details, retry_after=RETRY_AFTER_SECONDS,
                    headers={"Retry-After": str(RETRY_AFTER_SECONDS)})


# Reason codes a failed workflow carries, and the HTTP status each answers with.
_FAILURE_STATUS = {"CONTENT_POLICY_VIOLATION": 400, "NOT_FOUND": 404, "TIMEOUT": 408}


def workflow_failure(failure: BaseException, details: dict | None = None) -> ApiError:
    """A workflow's (or update's) failure, as the client should hear it: the reason
    code its activities classified, and the HTTP status that code answers with."""
    code, message = reason_of(failure)
    reasons = reasons_of(failure)
    if reasons:
        details = {**(details or {}), "reasons": reasons}
    return ApiError(_FAILURE_STATUS.get(code, 500), code, message, details)


def request_id_of(request: Request) -> str:
    request_id = request.scope.get("state", {}).get("request_id")
    if request_id:
        return request_id
    request_id = request.headers.get("x-request-id") or str(uuid.uuid4())
    request.scope.setdefault("state", {})["request_id"] = request_id
    return request_id


def error_response(request: Request, error: ApiError) -> Response:
    body: dict[str, Any] = {
        "error": {"code": error.code, "message": error.message, "details": error.details},
        "request_id": request_id_of(request),
        "timestamp": datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z"),
    }
    if error.retry_after is not None:
        body["error"]["retry_after"] = error.retry_after
    headers = {"X-Request-ID": body["request_id"], **error.headers}
    return Response(content=body, status_code=error.status, media_type=MediaType.JSON, headers=headers)


def _validation_details(exception: ValidationException) -> dict[str, Any]:
    problems = exception.extra if isinstance(exception.extra, list) else []
    fields = [
        {"field": problem.get("key") or problem.get("source") or "body", "message": problem.get("message", "")}
        for problem in problems
        if isinstance(problem, dict)
    ]
    return {"fields": fields} if fields else {}


# PostgreSQL (or its pool) unreachable, or Temporal unavailable: 503, and the next
# request tries again, so the API recovers by itself when they are back.
_DATABASE_DOWN = (
    ConnectionError,
    TimeoutError,
    asyncpg.PostgresConnectionError,
    asyncpg.CannotConnectNowError,
    asyncpg.TooManyConnectionsError,
    asyncpg.InterfaceError,
    asyncpg.exceptions.AdminShutdownError,
    asyncpg.exceptions.CrashShutdownError,
)
_UNREACHABLE_ERRNOS = {errno.ECONNREFUSED, errno.ECONNRESET, errno.ENOENT, errno.EHOSTUNREACH, errno.ETIMEDOUT}


def dependency_down(exception: BaseException) -> bool:
    if isinstance(exception, _DATABASE_DOWN):
        return True
    if isinstance(exception, RPCError):
        return exception.status in (RPCStatusCode.UNAVAILABLE, RPCStatusCode.DEADLINE_EXCEEDED)
    if isinstance(exception, OSError) and exception.errno in _UNREACHABLE_ERRNOS and not exception.filename:
        return True
    # asyncpg raises OSError("Multiple exceptions: …") when every address refuses.
    return type(exception) is OSError and str(exception).startswith("Multiple exceptions")


def _constraint_field(exception: asyncpg.IntegrityConstraintViolationError) -> str:
    """The column a constraint guards, read from its name (``heroes_name_check`` → name)."""
    column = getattr(exception, "column_name", None)
    if column:
        return column
    name, table = getattr(exception, "constraint_name", "") or "", getattr(exception, "table_name", "") or ""
    return name.removeprefix(f"{table}_").rsplit("_", 1)[0] or "body"


def to_api_error(exception: Exception) -> ApiError:
    """The one mapping from anything raised while serving to what the client sees."""
    if isinstance(exception, ApiError):
        return exception
    if isinstance(exception, ValidationException):
        return ApiError(400, "INVALID_REQUEST", "The request is not valid", _validation_details(exception))
    if dependency_down(exception):
        return service_unavailable("A service Storyloom depends on is not answering; please try again shortly",
                                   exception)
    if isinstance(exception, asyncpg.UniqueViolationError):
        return ApiError(409, "CONFLICT", "This conflicts with something that already exists",
                        {"constraint": exception.constraint_name})
    if isinstance(exception, asyncpg.IntegrityConstraintViolationError):
        # A check, not-null or reference the request broke: the input's fault.
        return ApiError(400, "INVALID_REQUEST", "A value in the request is not allowed",
                        {"constraint": getattr(exception, "constraint_name", None),
                         "fields": [{"field": _constraint_field(exception), "message": "not allowed"}]})
    if isinstance(exception, asyncpg.DataError):
        # A value PostgreSQL cannot hold (a NUL character, a number out of range):
        # the input's fault, not the server's.
        return ApiError(400, "INVALID_REQUEST", "A value in the request cannot be stored",
                        {"reason": type(exception).__name__})
    if isinstance(exception, HTTPException):
        code = _STATUS_CODES.get(exception.status_code, "INVALID_REQUEST" if exception.status_code < 500 else "INTERNAL_ERROR")
        message = exception.detail if exception.status_code < 500 else "Internal server error"
        return ApiError(exception.status_code, code, message, headers=dict(exception.headers or {}))
    return ApiError(500, "INTERNAL_ERROR", "Internal server error")


def handle_exception(request: Request, exception: Exception) -> Response:
    error = to_api_error(exception)
    if isinstance(exception, ValidationException):
        problems = body_problems(request)
        if problems:
            error.details = {"fields": problems}
    if error.status >= 500:
        log.exception("request_failed", path=request.url.path, request_id=request_id_of(request))
    return error_response(request, error)
