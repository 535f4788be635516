"""Turns a Temporal failure chain into the reason code a client sees."""

from __future__ import annotations

from temporalio.exceptions import ApplicationError, FailureError, TimeoutError

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
    while isinstance(error, FailureError) and error.cause is not None:
        error = error.cause
    return error


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
