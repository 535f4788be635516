"""Families of harm the meaning reader learnt from the tuning sets, told in other words
than the sets', with harmless sentences that use the same words.

One data module per language and session (``de_s9``: German, ninth session), and
modules whose cases name their own language (``grammar_s9``), each with:

``HARMFUL``: ``(text, category)``: the reader finds the category.
``HARMLESS``: texts the reader finds nothing in.
``RULE_LAYERS_HARMLESS``: texts every rule layer passes (the older lexicon layers too).
``RULE_LAYERS_HARMFUL``: ``(text, category)`` the rule layers still refuse beside them.

``tests/unit/test_meaning_families.py`` reads every module of this package.
"""
