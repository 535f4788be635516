"""Turns a Temporal failure chain into the reason code a client sees."""

from __future__ import annotations

from temporalio.exceptions import ApplicationError, TimeoutError

# ApplicationError types raised by activities, and the API error code each becomes.
REASON_CODES = {
    "ContentPolicyViolation": "CONTENT_POLICY_VIOLATION",
    "NotFound": "NOT_FOUND",
    "InvalidProviderRequest": "PROVIDER_ERROR",
    "ProviderUnavailable": "PROVIDER_ERROR",
    "IllustrationFailed": "ILLUSTRATION_FAILED",
}


_CODES = set(REASON_CODES.values()) | {"TIMEOUT", "INTERNAL_ERROR"}


def root_cause(error: BaseException) -> BaseException:
    """The innermost cause. Temporal's failures (FailureError) and the client's
    wrappers (a failed workflow or update) all carry theirs as `.cause`."""
    while isinstance(getattr(error, "cause", None), BaseException):
        error = error.cause  # type: ignore[attr-defined]
    return error


def reasons_of(error: BaseException) -> list[str]:
    """The content-policy reason codes an activity attached to its refusal, if any."""
    cause = root_cause(error)
    details = getattr(cause, "details", None) or ()
    first = details[0] if isinstance(details, (list, tuple)) and details else None
    reasons = first.get("reasons") if isinstance(first, dict) else None
    return [str(reason) for reason in reasons] if isinstance(reasons, list) else []


def reason_of(error: BaseException) -> tuple[str, str]:
    """(code, message) for a failure raised out of an activity or child workflow."""
    cause = root_cause(error)
    if isinstance(cause, TimeoutError):
        return "TIMEOUT", "a step of the story took too long, even after retries"
    if isinstance(cause, ApplicationError):
        # A workflow re-raises its failure with the reason code already as the type.
        code = cause.type if cause.type in _CODES else REASON_CODES.get(cause.type or "", "INTERNAL_ERROR")
        return code, cause.message
    return "INTERNAL_ERROR", str(cause) or type(cause).__name__
