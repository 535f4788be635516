"""Provider failures, classified once: what a retry can fix and what it cannot.

Temporal decides about retries from the ApplicationError's type and its
`non_retryable` flag; the type names here are the ones temporal.yaml lists.
"""

from __future__ import annotations

from datetime import timedelta

from temporalio.exceptions import ApplicationError

RETRYABLE_STATUS = frozenset({408, 409, 429})


def provider_unavailable(message: str, retry_after_seconds: float | None = None) -> ApplicationError:
    """Timeouts, 408, 409, 429 and 5xx: worth another try, after `Retry-After` if given."""
    delay = timedelta(seconds=retry_after_seconds) if retry_after_seconds else None
    return ApplicationError(message, type="ProviderUnavailable", next_retry_delay=delay)


def invalid_provider_request(message: str) -> ApplicationError:
    """A bad request or an unusable answer: the same call would fail the same way."""
    return ApplicationError(message, type="InvalidProviderRequest", non_retryable=True)


def content_policy_violation(message: str, reasons: list[str] | None = None) -> ApplicationError:
    return ApplicationError(message, {"reasons": reasons or []}, type="ContentPolicyViolation", non_retryable=True)


def classify_http_status(status: int, message: str, retry_after_seconds: float | None = None) -> ApplicationError:
    if status in RETRYABLE_STATUS or status >= 500:
        return provider_unavailable(f"provider answered {status}: {message}", retry_after_seconds)
    return invalid_provider_request(f"provider answered {status}: {message}")
