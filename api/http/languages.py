"""The five story languages, accepted as codes or as the names the iOS app sends."""

from __future__ import annotations

from api.http.errors import ApiError

LANGUAGE_CODES = ("en", "es", "fr", "de", "it")
_NAMES = {
    "english": "en", "spanish": "es", "french": "fr", "german": "de", "italian": "it",
    # Native names too: a localized client may send what it shows.
    "español": "es", "espanol": "es", "français": "fr", "francais": "fr", "deutsch": "de", "italiano": "it",
}


def normalize_language(value: str, field: str = "language") -> str:
    lowered = value.strip().lower()
    code = lowered if lowered in LANGUAGE_CODES else _NAMES.get(lowered)
    if code is None:
        # Accept regional tags like "fr-CA" or "de_AT" by their language part.
        code = lowered.replace("_", "-").split("-")[0]
        if code not in LANGUAGE_CODES:
            raise ApiError(
                400, "INVALID_REQUEST", "Unsupported language",
                {"fields": [{"field": field, "message": f"expected one of {', '.join(LANGUAGE_CODES)}"}]},
            )
    return code
