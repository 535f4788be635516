"""The OpenAPI document as clients generated from it need it: the bearer scheme on every
operation that asks for a token (not on health, the docs or media links), and every
error an operation can answer documented with Storyloom's envelope and an example,
instead of Litestar's own validation shape.

Which errors an operation can answer follows from what it is: every request can fail
its checks (400) or find a dependency down (503); a token can be refused (401); a path
with an id can name nothing of the caller's (404); a body can be too large (413); a
write can conflict (409); a metered function can be rate limited (429); a request with
an `Idempotency-Key` can reuse one (422); a function that waits on its workflow can time
out (408); a media link can be forged or expired (403). The fuzz test
(tests/integration/test_openapi_fuzz.py) holds the document to what the API answers.
"""

from __future__ import annotations

import re

from litestar import Litestar
from litestar.openapi.spec import (
    Components,
    Example,
    OpenAPI,
    OpenAPIMediaType,
    OpenAPIResponse,
    Operation,
    Reference,
    Schema,
    SecurityScheme,
)
from litestar.openapi.spec.enums import OpenAPIFormat, OpenAPIType

from api.http.auth import PUBLIC_PATHS

BEARER = "BearerAuth"
ENVELOPE = "ErrorEnvelope"

ERRORS: dict[int, tuple[str, str, str, dict]] = {
    400: ("The request is not valid: a field, a parameter or the body (its details name which)",
          "INVALID_REQUEST", "The request is not valid",
          {"fields": [{"field": "target_duration", "message": "Expected `int` >= 60"}]}),
    401: ("No token, or a token that is not valid", "UNAUTHORIZED", "A valid bearer token is required", {}),
    403: ("The link is forged or has expired", "UNAUTHORIZED", "This media link is invalid or has expired", {}),
    404: ("Nothing of the caller's has this id", "NOT_FOUND", "Story not found", {}),
    408: ("The work goes on, but took longer than this request waits", "TIMEOUT",
          "The story is taking longer than usual; it will be ready shortly",
          {"story_id": "3f0c8a4e-2b1d-4c55-9a53-6f4de1c0b2a1"}),
    409: ("The request conflicts with what is stored", "CONFLICT", "The request conflicts with the current state", {}),
    413: ("The body is larger than 1 MiB", "INVALID_REQUEST", "The body is larger than 1048576 bytes", {}),
    422: ("The Idempotency-Key was used before for another request", "IDEMPOTENCY_KEY_REUSED",
          "This Idempotency-Key was already used for a different request", {}),
    429: ("Too many requests for this function in its window; Retry-After says when to try again",
          "RATE_LIMITED", "Rate limit exceeded", {"limit": 10, "window": "hour", "reset_at": "2026-12-07T05:00:00Z"}),
    503: ("A dependency (the database, Temporal, the workers) is down; Retry-After says when to try again",
          "SERVICE_UNAVAILABLE", "The service is temporarily unavailable; please try again", {}),
}
WRITES = {"post", "put", "patch", "delete"}


def envelope_schema() -> Schema:
    string = Schema(type=OpenAPIType.STRING)
    return Schema(
        type=OpenAPIType.OBJECT,
        required=["error", "request_id", "timestamp"],
        properties={
            "error": Schema(
                type=OpenAPIType.OBJECT,
                required=["code", "message"],
                properties={
                    "code": string,
                    "message": string,
                    "details": Schema(type=OpenAPIType.OBJECT, description="what went wrong, by field when a field did"),
                    "retry_after": Schema(type=OpenAPIType.INTEGER, description="seconds, as in Retry-After"),
                },
            ),
            "request_id": string,
            "timestamp": Schema(type=OpenAPIType.STRING, format=OpenAPIFormat.DATE_TIME),
        },
        description="Every error Storyloom answers, whatever the route.",
    )


def _is_public(path: str) -> bool:
    return any(re.match(pattern, path) for pattern in PUBLIC_PATHS)


def statuses(path: str, method: str, operation: Operation, metered: bool) -> set[int]:
    answers = {400, 503}
    if not _is_public(path):
        answers.add(401)
    if path.startswith("/media/"):
        answers.add(403)
    if "{" in path or not _is_public(path):
        answers.add(404)
    if method in WRITES:
        answers |= {409, 413}
    if metered:
        answers.add(429)
    if any(parameter.name.lower() == "idempotency-key" for parameter in operation.parameters or []
           if not isinstance(parameter, Reference)):
        answers.add(422)
    if path.startswith("/functions/v1/") and method == "post":
        answers.add(408)
    return answers


def _response(status: int) -> OpenAPIResponse:
    description, code, message, details = ERRORS[status]
    body = {"error": {"code": code, "message": message, "details": details}, "request_id": "req_7f3a9c2e",
            "timestamp": "2026-12-07T04:00:00Z"}
    return OpenAPIResponse(
        description=description,
        content={"application/json": OpenAPIMediaType(
            schema=Reference(f"#/components/schemas/{ENVELOPE}"), examples={code: Example(value=body)})},
    )


def metered_operations(app: Litestar) -> set[tuple[str, str]]:
    found = set()
    for route in app.routes:
        for handler in getattr(route, "route_handlers", []):
            if handler.opt.get("function"):
                for method in handler.http_methods:
                    found.add((route.path_format, method.lower()))
    return found


def tell_the_truth(app: Litestar) -> None:
    """Completes the app's OpenAPI document in place, before it is first served."""
    document: OpenAPI = app.openapi_schema
    metered = metered_operations(app)
    components = document.components if isinstance(document.components, Components) else Components()
    components.security_schemes = {
        **(components.security_schemes or {}),
        BEARER: SecurityScheme(type="http", scheme="bearer", bearer_format="JWT",
                               description="A Supabase access token (or one from `storyloom token`)"),
    }
    components.schemas = {**(components.schemas or {}), ENVELOPE: envelope_schema()}
    document.components = components
    for path, item in (document.paths or {}).items():
        for method in ("get", "put", "post", "delete", "patch"):
            operation: Operation | None = getattr(item, method, None)
            if operation is None:
                continue
            if not _is_public(path):
                operation.security = [{BEARER: []}]
            responses = dict(operation.responses or {})
            for status in sorted(statuses(path, method, operation, (path, method) in metered)):
                responses[str(status)] = _response(status)
            operation.responses = responses
