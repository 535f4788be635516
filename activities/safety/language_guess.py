"""Which of our five languages a short text is written in, from its function words.

A parent's text arrives without a language of its own (a hero's ability, a custom
event's description). Checking it in the language it is written in matters: the
situations a language's list recognises are told in that language's words.
"""

from __future__ import annotations

from activities.safety.text import TOKEN, fold

# Frequent words that are rare in the other four languages (folded: no accents).
FUNCTION_WORDS = {
    "en": "the and is are was were with his her their they she he it of to on for that this who from would "
          "an has have had by at when because but not no all every".split(),
    "es": "el los las del y es son con su sus que por para pero muy cuando donde esta este se le lo al una un "
          "no porque ya mas todos todas nunca".split(),
    "fr": "le les des du une et est sont avec son sa ses que qui pour dans mais tres quand ou cette ce il elle au "
          "aux ne pas plus sur un la parce personne leur fait veut jamais".split(),
    "de": "der die das den dem des und ist sind mit sein seine ihr ihre nicht ein eine einen auf fur wenn dass er "
          "sie im am sich weil ihn ihm von zu hat will wird ohne nie es".split(),
    "it": "il lo gli della delle dei una uno e sono con suo sua suoi che per ma molto quando dove questa questo si "
          "nel nella sulla di da del non la un perche lei lui mai piu tutti vuole".split(),
}
_INDEX: dict[str, list[str]] = {}
for _language, _words in FUNCTION_WORDS.items():
    for _word in _words:
        _INDEX.setdefault(_word, []).append(_language)


def guess_language(text: str) -> str | None:
    """The language with clearly the most function words, or None when unsure."""
    counts = dict.fromkeys(FUNCTION_WORDS, 0.0)
    for token in TOKEN.findall(text or ""):
        languages = _INDEX.get(fold(token), ())
        for language in languages:
            counts[language] += 1 / len(languages)
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    (best, top), (_, runner_up) = ranked[0], ranked[1]
    return best if top >= 2 and top >= 1.5 * runner_up + 0.5 else None
