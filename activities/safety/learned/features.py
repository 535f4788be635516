"""What the learned reader sees of a parent's text: lemmas, lemma pairs and word pieces.

The same function serves training (tests/safety/learned) and reading, so the model
never meets a feature it was not trained on. Lemmas (simplemma, in each language the
text is read in) let one example of "shoot" count for "shot" and "erschießt"; pairs of
neighbouring lemmas carry who does what ("never wake", "keep secret"); pieces of 3 to 5
letters inside a word reach inflections and German compounds the lemmatizer does not
know ("Giftpilz", "un-alive").
"""

from __future__ import annotations

from activities.language.lemmas import TOKEN, fold, lemma

PIECE_SIZES = (3, 4, 5)
# Pieces of very long tokens add little but noise (a pasted URL, a run of letters).
LONGEST_TOKEN = 30


def word_pieces(token: str) -> list[str]:
    padded = f"<{token[:LONGEST_TOKEN]}>"
    return [padded[i : i + size] for size in PIECE_SIZES for i in range(len(padded) - size + 1)]


def text_features(text: str, languages: tuple[str, ...]) -> list[str]:
    """The text's features, each once, in a stable order."""
    tokens = TOKEN.findall(text)
    found: dict[str, None] = {}
    for token in tokens:
        for piece in word_pieces(fold(token)):
            found[f"p:{piece}"] = None
    for language in languages:
        lemmas = [lemma(token, language) for token in tokens]
        for index, current in enumerate(lemmas):
            found[f"l:{current}"] = None
            if index:
                found[f"b:{lemmas[index - 1]} {current}"] = None
    return list(found)
