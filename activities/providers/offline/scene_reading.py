"""What a scene's text names, for its picture: companions, objects, places, the time of
day and whether it is bedtime.

The words are read with the composer's own reader (``understanding.mentions``: the
curated vocabularies, on lemmas, in the story's language), so a picture draws what
the composer can write and a model-written story is read the same way. Three things
a picture needs on top of that reading:

- *Names are not things*: the hero's and the companions' names are left out (a hero
  called Luna is not the moon, Stella the swallow is not a star), and so is a name the
  text gives ("a cat called Biscuit" brings no biscuit).
- *A comparison puts nothing in the scene*: words after "like", "as … as", "como",
  "comme", "wie", "come" up to the end of the clause are skipped ("glowing like the
  moon", "soft as a carpet").
- *The hero's looks are the hero's*: a clause about hair or eyes (the appearance
  vocabulary's nouns) describes the hero, so "capelli rossi e ricci" (curly) brings no
  hedgehogs ("ricci") and the raincoat stays on the hero.
- *Companions before things*: a word whose dictionary form is a companion's is that
  companion, though folded it also spells an object ("Drachen": dragons, not kites).
- *Accents tell words apart*: the composer folds accents so a parent may type without
  them; in a written story "même" is not "mémé", "regaló" (gave) is not "regalo" (a
  present) and "marche" (a step) is not "marché". A single word counts when it, or its
  dictionary form, is spelt as the vocabulary spells the concept (German compounds,
  found by their last part, keep the composer's rule).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from activities.language.lemmas import Word, dictionary_form, fold, words
from activities.providers.offline.composer import invent_protagonist
from activities.providers.offline.events import setting_for, story_names
from activities.providers.offline.understanding import KINDS, MATCH_GAP, Mention, mentions, word_mention
from activities.providers.offline.vocabulary.appearance import EYE_NOUNS, HAIR_NOUNS
from activities.providers.offline.vocabulary.companions import COMPANIONS
from activities.providers.offline.vocabulary.times import TIMES
from contracts.story import IllustrationRequest

# Words that start a comparison, per language, as the tokenizer reads them (folded).
SIMILE_MARKERS: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (("like",), ("as", "if"), ("as", "though")),
    "es": (("como",),),
    "fr": (("comme",),),
    "de": (("wie",), ("als", "ob")),
    "it": (("come",),),
}
# Words that introduce a name ("a cat called Biscuit"): the word after them is a name.
NAMING_WORDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (("called",), ("named",)),
    "es": (("llamado",), ("llamada",), ("llamados",), ("llamadas",)),
    "fr": (("nomme",), ("nommee",), ("appele",), ("appelee",)),
    "de": (("namens",), ("genannt",)),
    "it": (("di", "nome"), ("chiamato",), ("chiamata",)),
}
# English "as soft as a carpet": the second "as" of the pair starts the comparison.
AS_PAIR_REACH = 3
CLAUSE_BREAKS = frozenset(',.;:!?…\n—–()"“”«»')

# Words simplemma takes for one of our nouns where a story means something else
# ("porta" is a door, not a harbour; "tende la mano" holds out a hand, no tent).
NOT_NAMING: dict[str, frozenset[str]] = {
    "it": frozenset({"porta", "porte", "tende"}),
}

# Bedtime is where a bed or a bedroom is named. Sleeping alone is not: the sea is
# sung to sleep, the sheep cannot fall asleep, the fireflies doze on their oak.
BEDTIME_OBJECTS = frozenset({"bed"})
BEDTIME_PLACES = frozenset({"bedroom"})


@dataclass(frozen=True)
class Named:
    """A concept a scene names: how often, where first and whether as a plural."""

    concept: str
    count: int
    first: int  # index of the first word that names it
    plural: bool


@dataclass(frozen=True)
class SceneReading:
    companions: tuple[Named, ...] = ()
    objects: tuple[Named, ...] = ()
    places: tuple[Named, ...] = ()
    actions: tuple[str, ...] = ()
    time: str | None = None  # the time of day the words name, if any
    bedtime: bool = False

    def names(self, kind: str) -> tuple[str, ...]:
        return tuple(n.concept for n in getattr(self, kind))


def _clause_break(text: str, before: Word, after: Word) -> bool:
    return any(c in CLAUSE_BREAKS for c in text[before.end : after.start])


def _compared(tokens: list[Word], text: str, language: str) -> set[int]:
    """Indices of the words inside a comparison, from its marker to the end of the clause."""
    skipped: set[int] = set()
    markers = SIMILE_MARKERS.get(language, ())
    for i, token in enumerate(tokens):
        start = None
        for marker in markers:
            if tuple(t.folded for t in tokens[i : i + len(marker)]) == marker:
                start = i + len(marker)
                break
        if start is None and language == "en" and token.folded == "as" and i > 0:
            # "as soft as …": a second "as" shortly after a first one
            if any(tokens[k].folded == "as" for k in range(max(0, i - AS_PAIR_REACH), i)):
                start = i + 1
        if start is None:
            continue
        k = start
        while k < len(tokens) and not _clause_break(text, tokens[k - 1], tokens[k]):
            skipped.add(k)
            k += 1
    return skipped


def _names_given(tokens: list[Word], language: str) -> set[int]:
    """Indices of the words that are names given in the text ("llamada Galleta")."""
    given: set[int] = set()
    for i in range(len(tokens)):
        for marker in NAMING_WORDS.get(language, ()):
            if tuple(t.folded for t in tokens[i : i + len(marker)]) == marker and i + len(marker) < len(tokens):
                given.add(i + len(marker))
    return given


def _looks(tokens: list[Word], text: str, language: str) -> set[int]:
    """Indices of the words of every clause that speaks of hair or eyes."""
    nouns = {fold(n) for n in (*HAIR_NOUNS.get(language, ()), *EYE_NOUNS.get(language, ()))}
    skipped: set[int] = set()
    start = 0
    for i in range(1, len(tokens) + 1):
        if i == len(tokens) or _clause_break(text, tokens[i - 1], tokens[i]):
            if any(tokens[k].folded in nouns for k in range(start, i)):
                skipped.update(range(start, i))
            start = i
    return skipped


@lru_cache(maxsize=None)
def _forms(kind: str, concept: str, language: str) -> frozenset[str]:
    """The single-word spellings (lower case, accents kept) the vocabulary gives a concept."""
    return frozenset(m for m in KINDS[kind][concept][language]["match"] if " " not in m)


@lru_cache(maxsize=None)
def _companion_forms(language: str) -> dict[str, str]:
    return {
        form: concept for concept, entry in COMPANIONS.items() for form in entry[language]["match"] if " " not in form
    }


def _companion_spelt(form: str, language: str) -> str | None:
    """The companion whose dictionary form this is, if any."""
    return _companion_forms(language).get(form)


def _spelt_as_named(token: Word, kind: str, concept: str, language: str) -> bool:
    forms = _forms(kind, concept, language)
    if token.folded in NOT_NAMING.get(language, ()):
        return False
    written = token.text.lower()
    if written in forms or dictionary_form(token.text, language) in forms:
        return True
    folded_forms = {fold(f) for f in forms}
    if token.folded not in folded_forms and token.lemma not in folded_forms:
        return language == "de"  # a German compound, found by its last part ("Ententeich")
    return False


@lru_cache(maxsize=None)
def _time_index(language: str) -> tuple[dict[str, str], tuple[tuple[tuple[str, ...], str], ...]]:
    single: dict[str, str] = {}
    several: list[tuple[tuple[str, ...], str]] = []
    for time, entry in TIMES.items():
        for match in entry[language]["match"]:
            parts = tuple(fold(p) for p in match.split())
            if len(parts) == 1:
                single[parts[0]] = time
            else:
                several.append((parts, time))
    return single, tuple(several)


def _times(tokens: list[Word], language: str) -> list[tuple[int, str]]:
    """(position, time of day) for every time word, in text order."""
    single, several = _time_index(language)
    found: list[tuple[int, str]] = []
    taken: set[int] = set()
    for parts, time in several:
        for i, token in enumerate(tokens):
            if parts[0] not in (token.folded, token.lemma):
                continue
            position, ok = i, True
            for part in parts[1:]:
                nxt = next(
                    (
                        k
                        for k in range(position + 1, min(len(tokens), position + 2 + MATCH_GAP))
                        if part in (tokens[k].folded, tokens[k].lemma)
                    ),
                    None,
                )
                if nxt is None:
                    ok = False
                    break
                position = nxt
            if ok:
                found.append((i, time))
                taken.update(range(i, position + 1))
    for i, token in enumerate(tokens):
        if i not in taken:
            time = single.get(token.folded) or single.get(token.lemma)
            if time:
                found.append((i, time))
    return sorted(found)


def _named_time(found: list[tuple[int, str]]) -> str | None:
    """The time the scene names most often; between equals, the one named last (where
    the scene has got to)."""
    if not found:
        return None
    counts: dict[str, int] = {}
    last: dict[str, int] = {}
    for position, time in found:
        counts[time] = counts.get(time, 0) + 1
        last[time] = position
    return max(counts, key=lambda t: (counts[t], last[t]))


@lru_cache(maxsize=512)
def read_scene(text: str, language: str, names: tuple[str, ...] = ()) -> SceneReading:
    """Everything ``text`` (a scene of a story in ``language``) names that a picture shows."""
    all_tokens = words(text or "", language)
    skip = {fold(part) for name in names for part in name.split() if part}
    compared = (_compared(all_tokens, text or "", language) | _looks(all_tokens, text or "", language)
                | _names_given(all_tokens, language))
    tokens = [t for i, t in enumerate(all_tokens) if t.folded not in skip and i not in compared]

    found: dict[str, dict[str, list]] = {"companion": {}, "object": {}, "place": {}}
    actions: list[str] = []
    found_mentions = mentions(tokens, language)
    # Words between the first and last word of a several-word action ("nuotò nel mare
    # con", "danced by the river with") still name what they name.
    inside = sorted({k for m in found_mentions if m.kind == "action" and m.end > m.position
                     for k in range(m.position + 1, m.end)} - {m.position for m in found_mentions})
    found_mentions += [m for k in inside if (m := word_mention(tokens, k, language)) and m.kind != "action"]
    for mention in found_mentions:
        if mention.kind == "action":
            actions.append(mention.concept)
            continue
        if mention.kind not in found:
            continue
        token = tokens[mention.position]
        if mention.words == 1 and mention.kind != "companion":
            living = _companion_spelt(dictionary_form(token.text, language), language)
            if living:  # "Drachen" are dragons before they are kites
                mention = Mention(mention.position, "companion", living, 1)
        if mention.words == 1 and not _spelt_as_named(token, mention.kind, mention.concept, language):
            continue
        plural = (
            mention.words == 1
            and token.folded != token.lemma
            and token.lemma in {fold(f) for f in _forms(mention.kind, mention.concept, language)}
        )
        seen = found[mention.kind].setdefault(mention.concept, [0, mention.position, False])
        seen[0] += 1
        seen[2] = seen[2] or plural

    def named(kind: str) -> tuple[Named, ...]:
        return tuple(Named(c, n, first, plural) for c, (n, first, plural) in found[kind].items())

    objects, places = named("object"), named("place")
    bedtime = bool(BEDTIME_OBJECTS & found["object"].keys() or BEDTIME_PLACES & found["place"].keys())
    return SceneReading(
        companions=named("companion"),
        objects=objects,
        places=places,
        actions=tuple(dict.fromkeys(actions)),
        time=_named_time(_times(tokens, language)),
        bedtime=bedtime,
    )


# Places a scene mentions in passing more than it stands in ("the clouds drifted by",
# "glowing up in the sky").
PASSING_PLACES = frozenset({"sky", "clouds", "rainbow", "stars", "moon", "nest"})

# Worn by the hero: part of the hero's looks, which stay the same in every picture, so
# never drawn (or asked for) as a thing of the scene.
WORN = frozenset({"hat", "scarf", "glove", "boot", "raincoat", "cape", "sweater", "slipper", "sock", "shoe", "button"})


def is_worn(concept: str) -> bool:
    return concept in WORN


def time_for(reading: SceneReading, index: int, total: int) -> str:
    """The time of day of scene ``index`` (0-based) of ``total``: the time its words name;
    else bedtime's night; else what the sun, the moon or the stars it names say; else its
    place in the story (the first in the morning, the last at night, the others by day)."""
    if reading.time:
        return reading.time
    if reading.bedtime:
        return "night"
    things = set(reading.names("objects"))
    if "sun" in things:
        return "day"
    if things & {"moon", "star"} or "moon" in reading.names("places"):
        return "night"
    if index == 0:
        return "morning"
    if total > 1 and index == total - 1:
        return "night"
    return "day"


def story_setting(request: IllustrationRequest) -> str:
    return setting_for(request.event_key, request.event_text)


def read_request(request: IllustrationRequest) -> SceneReading:
    """The reading of one picture request's scene, leaving out the story's names."""
    hero = request.hero or invent_protagonist(request.story_seed, request.language)
    return read_scene(request.scene.text_segment, request.language, story_names(hero.name, story_setting(request)))
