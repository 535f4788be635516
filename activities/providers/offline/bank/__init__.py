"""Story material for the offline composer, one module per language.

Every language module defines ``BANK`` with the same keys; templates use
``str.format`` fields: {name}, {name_gen}, {friend}, {friend2}, {tp}, {tp1}, {tp2}
(plus {de_name} in French). No field ever holds a parent's free text: what a parent
wrote reaches a story only as understood pieces (``activities/providers/offline/weaving.py``).
"""

from __future__ import annotations

import importlib
from functools import cache

from contracts.vocabulary import LANGUAGES


@cache
def bank(language: str) -> dict:
    """The story material for a language (English for unknown languages)."""
    if language not in LANGUAGES:
        language = "en"
    return importlib.import_module(f"activities.providers.offline.bank.{language}").BANK
