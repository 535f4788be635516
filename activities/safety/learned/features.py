"""What the learned reader sees of a parent's text: lemmas, lemma pairs, word pieces and concepts.

The same function serves training (tests/safety/learned) and reading, so the model
never meets a feature it was not trained on. Lemmas (simplemma, in each language the
text is read in) let one example of "shoot" count for "shot" and "erschießt"; pairs of
neighbouring lemmas carry who does what ("never wake", "keep secret"); pieces of 3 to 5
letters inside a word reach inflections and German compounds the lemmatizer does not
know ("Giftpilz", "un-alive"). Concepts carry meaning across words and languages: each
lemma's English translations from bilingual dictionaries (an English word stands for
itself), so "Gift", "veleno" and "poison" share "c:poison", "vergiftet die Oma" and
"poisons grandma" share "d:poison grandma", and what English examples taught reaches a
German word no German example used.
"""

from __future__ import annotations

from collections.abc import Callable

from activities.language.lemmas import TOKEN, fold, lemma

# "language:lemma" → the concepts it stands for (training reads them from the
# dictionaries; the reader from the map stored with the model), or None for a word
# with no meaning there (a function word, a name): it is skipped between neighbours.
Concepts = Callable[[str], tuple[str, ...] | None]

PIECE_SIZES = (3, 4, 5)
# Pieces of very long tokens add little but noise (a pasted URL, a run of letters).
LONGEST_TOKEN = 30


def word_pieces(token: str) -> list[str]:
    padded = f"<{token[:LONGEST_TOKEN]}>"
    return [padded[i : i + size] for size in PIECE_SIZES for i in range(len(padded) - size + 1)]


def text_features(text: str, languages: tuple[str, ...], concepts: Concepts) -> list[str]:
    """The text's features, each once, in a stable order."""
    tokens = TOKEN.findall(text)
    found: dict[str, None] = {}
    for token in tokens:
        for piece in word_pieces(fold(token)):
            found[f"p:{piece}"] = None
    for language in languages:
        lemmas = [lemma(token, language) for token in tokens]
        previous: tuple[str, ...] = ()
        for index, current in enumerate(lemmas):
            found[f"l:{current}"] = None
            meant = concepts(f"{language}:{current}")
            if meant is not None:
                # Concepts, and pairs of neighbouring words' concepts ("poison grandma"
                # in any language), words without meaning such as articles skipped.
                for concept in meant:
                    found[f"c:{concept}"] = None
                    for before in previous:
                        found[f"d:{before} {concept}"] = None
                previous = meant
            if index:
                found[f"b:{lemmas[index - 1]} {current}"] = None
    return list(found)
