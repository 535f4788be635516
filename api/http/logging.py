"""structlog set up once per process, with secrets kept out of every log line."""

from __future__ import annotations

import logging
import os
import re

import structlog

_SECRET_KEYS = re.compile(r"(authorization|token|secret|password|api_key|apikey|service_role)", re.I)
_BEARER = re.compile(r"(Bearer\s+)[A-Za-z0-9._~+/=-]+")
_JWT = re.compile(r"eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
# A signed media link's query (expires, signature) or any token in a URL.
_URL_SECRETS = re.compile(r"([?&](?:signature|token|access_token|apikey|key)=)[^&\s\"]+", re.I)
_configured = False


def redact(value):
    if isinstance(value, str):
        return _URL_SECRETS.sub(r"\1[redacted]", _JWT.sub("[redacted-jwt]", _BEARER.sub(r"\1[redacted]", value)))
    if isinstance(value, dict):
        return {k: "[redacted]" if _SECRET_KEYS.search(str(k)) else redact(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(redact(item) for item in value)
    return value


def _redact_secrets(_, __, event_dict: dict) -> dict:
    return redact(event_dict)


def configure_logging() -> None:
    global _configured
    if _configured:
        return
    level = getattr(logging, os.environ.get("LOG_LEVEL", "info").upper(), logging.INFO)
    logging.basicConfig(level=level, format="%(message)s")
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso"),
            _redact_secrets,
            structlog.processors.format_exc_info,
            structlog.processors.JSONRenderer() if os.environ.get("LOG_FORMAT") == "json" else structlog.dev.ConsoleRenderer(colors=False),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(level),
    )
    _configured = True


class RedactedAccessLog(logging.Filter):
    """Uvicorn's access log line without signatures or tokens in the URL it records."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(redact(arg) if isinstance(arg, str) else arg for arg in record.args)
        return True


def uvicorn_log_config() -> dict:
    """Uvicorn's own logging configuration, with the access log redacted."""
    import copy

    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config.setdefault("filters", {})["redacted"] = {"()": RedactedAccessLog}
    config["handlers"]["access"]["filters"] = ["redacted"]
    return config
