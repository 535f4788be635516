"""OpenAI SDK exceptions mapped, once, onto Storyloom's provider error types."""

from __future__ import annotations

import email.utils
import time

import openai
from temporalio.exceptions import ApplicationError

from activities.providers.errors import (
    classify_http_status,
    content_policy_violation,
    invalid_provider_request,
    provider_unavailable,
)

# Error codes OpenAI uses when a request or its result is refused on policy grounds.
POLICY_CODES = frozenset({"content_policy_violation", "moderation_blocked", "content_filter"})


def retry_after_seconds(headers) -> float | None:
    """Seconds to wait from `retry-after-ms` or `retry-after` (seconds or an HTTP date)."""
    if headers is None:
        return None
    raw_ms = headers.get("retry-after-ms")
    if raw_ms:
        try:
            value = float(raw_ms) / 1000.0
            if value > 0:
                return value
        except ValueError:
            pass
    raw = headers.get("retry-after")
    if not raw:
        return None
    try:
        value = float(raw)
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(raw) if raw else None
        if parsed is None:
            return None
        value = parsed.timestamp() - time.time()
    return value if value > 0 else None


def _error_code(exc: openai.APIStatusError) -> str | None:
    code = getattr(exc, "code", None)
    if code:
        return str(code)
    body = exc.body
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict) and inner.get("code"):
            return str(inner["code"])
    return None


def _message(exc: openai.APIStatusError) -> str:
    body = exc.body
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict) and inner.get("message"):
            return str(inner["message"])
    return str(exc)


def error_to_application_error(exc: BaseException) -> ApplicationError:
    """The one classification of an OpenAI failure (see activities.providers.errors)."""
    if isinstance(exc, ApplicationError):
        return exc
    if isinstance(exc, openai.APITimeoutError):
        return provider_unavailable("openai: request timed out")
    if isinstance(exc, openai.APIConnectionError):
        return provider_unavailable(f"openai: connection failed: {exc}")
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        code = _error_code(exc)
        message = _message(exc)
        if status == 400 and code in POLICY_CODES:
            return content_policy_violation(f"openai refused the request: {message}", [code])
        return classify_http_status(status, f"openai: {message}", retry_after_seconds(exc.response.headers))
    if isinstance(exc, openai.OpenAIError):
        return invalid_provider_request(f"openai: {exc}")
    raise TypeError(f"not an OpenAI error: {exc!r}") from exc
