"""A parent's custom event and a hero's ability, understood into known pieces.

The text is read on lemmas in the language it is written in (lingua, else the
story's), and every word that names a concept of the curated vocabularies
(``activities/providers/offline/vocabulary``) becomes that concept: companions, places,
objects, goals (an action, with the thing it acts on), obstacles. A word in no
vocabulary is not understood and so never reaches the story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from activities.language import clearly_written_in, identify_language
from activities.language.lemmas import LANGUAGES, Word, fold, is_german_compound_of, words
from activities.providers.offline import grammar
from activities.providers.offline.vocabulary.actions import ACTIONS
from activities.providers.offline.vocabulary.companions import COMPANIONS
from activities.providers.offline.vocabulary.objects import OBJECTS
from activities.providers.offline.vocabulary.obstacles import OBSTACLES
from activities.providers.offline.vocabulary.places import PLACES

# Words allowed between the parts of a several-word match ("ride a red bike").
MATCH_GAP = 3
# A German compound is recognised by its last part when that part is this long and
# what comes before it is a word of its own ("Ententeich", not "Sturm" or "Hamburg").
COMPOUND_TAIL = 4
COMPOUND_HEAD = 4
# Compounds whose last part names something else than the whole does.
NOT_COMPOUNDS = frozenset({"krankenhaus", "vereinzelt"})
# Lemmas the lemmatizer also gives a common verb form, so they count only as written:
# simplemma reads Italian "porta" (brings) as "porto" (harbour).
WRITTEN_ONLY = {"it": frozenset({"porto"})}
# How far after a verb the thing it acts on may stand ("find its favourite star").
OBJECT_REACH = 5

# Articles lemmatise to one form ("la" → "el"): where a several-word match starts with
# one, it must be written as listed, so "el cometa" (a comet) is not "la cometa" (a kite).
ARTICLES = {
    "en": frozenset({"the", "a", "an"}),
    "es": frozenset({"el", "la", "los", "las", "un", "una", "unos", "unas"}),
    "fr": frozenset({"le", "la", "les", "un", "une", "des"}),
    "de": frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer"}),
    "it": frozenset({"il", "lo", "la", "i", "gli", "le", "un", "uno", "una"}),
}

KINDS = {"companion": COMPANIONS, "place": PLACES, "object": OBJECTS, "action": ACTIONS, "obstacle": OBSTACLES}


@dataclass(frozen=True)
class Goal:
    action: str
    thing: str | None = None  # a companion or object id, for actions that take one
    thing_kind: str | None = None
    # Who does the action in the text: a companion id when that companion is the verb's
    # subject, SOMEONE when another (a name, a pronoun, "the family") is, None when the
    # text does not say. Not part of what the goal is (two readings of one wish are equal).
    doer: str | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Understood:
    companions: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    objects: tuple[str, ...] = ()
    goals: tuple[Goal, ...] = ()
    obstacles: tuple[str, ...] = ()
    language: str | None = None

    @property
    def size(self) -> int:
        return len(self.companions) + len(self.places) + len(self.objects) + len(self.goals) + len(self.obstacles)


@dataclass(frozen=True)
class _Entry:
    kind: str
    concept: str
    parts: tuple[str, ...]  # folded lemmas, in order


@dataclass
class _Index:
    single: dict[str, list[_Entry]] = field(default_factory=dict)
    several: list[_Entry] = field(default_factory=list)
    tails: list[tuple[str, _Entry]] = field(default_factory=list)  # German compound heads


@lru_cache(maxsize=None)
def _index(language: str) -> _Index:
    index = _Index()
    for kind, table in KINDS.items():
        for concept, entry in table.items():
            for match in entry[language]["match"]:
                parts = tuple(fold(part) for part in match.split())
                found = _Entry(kind, concept, parts)
                if len(parts) == 1:
                    index.single.setdefault(parts[0], []).append(found)
                    if language == "de" and kind in ("companion", "place", "object") and len(parts[0]) >= COMPOUND_TAIL:
                        index.tails.append((parts[0], found))
                else:
                    index.several.append(found)
    index.tails.sort(key=lambda item: -len(item[0]))
    return index


@lru_cache(maxsize=65536)
def _compound_entry(word: str) -> _Entry | None:
    """The concept a German compound names by its last part ("Ententeich" → pond), if
    any: longest tail first. Remembered per word, since a story repeats its words and
    every tail is tried against each."""
    by_tail = _tails_by_text()
    folded = fold(word)
    for length in range(len(folded) - COMPOUND_HEAD, COMPOUND_TAIL - 1, -1):  # longest tail first
        entry = by_tail.get(folded[-length:])
        if entry is not None and is_german_compound_of(word, folded[-length:], COMPOUND_HEAD):
            return entry
    return None


@lru_cache(maxsize=1)
def _tails_by_text() -> dict[str, _Entry]:
    by_tail: dict[str, _Entry] = {}
    for tail, entry in _index("de").tails:
        by_tail.setdefault(tail, entry)
    return by_tail


def _accepts(word: Word, part: str) -> bool:
    return word.folded == part or word.lemma == part


def _hits(tokens: list[Word], language: str) -> list[tuple[int, _Entry]]:
    """(position, entry) for every concept named in the tokens, in text order."""
    return [(position, entry) for position, entry, _ in _spans(tokens, language)]


def _spans(tokens: list[Word], language: str) -> list[tuple[int, _Entry, int]]:
    """(first word, entry, last word) for every concept named in the tokens, in text order."""
    index = _index(language)
    hits: list[tuple[int, _Entry, int]] = []
    taken: set[int] = set()
    articles = ARTICLES.get(language, frozenset())
    # Where each word (as written or as its lemma) stands, so a several-word entry is only
    # tried where its first word is: the same hits as trying every position, in a
    # fraction of the time on a long text.
    starts: dict[str, list[int]] = {}
    for i, token in enumerate(tokens):
        starts.setdefault(token.folded, []).append(i)
        if token.lemma != token.folded:
            starts.setdefault(token.lemma, []).append(i)
    for entry in index.several:
        for i in sorted(starts.get(entry.parts[0], ())):
            token = tokens[i]
            if entry.parts[0] in articles and token.folded != entry.parts[0]:
                continue
            position, ok = i, True
            for part in entry.parts[1:]:
                nxt = next((k for k in range(position + 1, min(len(tokens), position + 2 + MATCH_GAP))
                            if _accepts(tokens[k], part)), None)
                if nxt is None:
                    ok = False
                    break
                position = nxt
            if ok:
                hits.append((i, entry, position))
                taken.update(range(i, position + 1))
                break
    for i, token in enumerate(tokens):
        if i in taken:
            continue
        found = _single(token, language)
        if found:
            hits.append((i, found, i))
    hits.sort(key=lambda hit: hit[0])
    return hits


def _single(token: Word, language: str) -> _Entry | None:
    """The concept one word names on its own, if any."""
    index = _index(language)
    # The word as written first: a lemma can be another word's ("tías" → "tío").
    found = index.single.get(token.folded)
    if not found and token.lemma not in WRITTEN_ONLY.get(language, ()):
        found = index.single.get(token.lemma)
    if found:
        return found[0]
    if language == "de" and token.folded not in NOT_COMPOUNDS:
        return _compound_entry(token.text)
    return None


@dataclass(frozen=True)
class Mention:
    """One concept named in a text: where (its first and last word) and what."""

    position: int
    kind: str  # companion, place, object, action or obstacle
    concept: str
    words: int  # how many words of the match named it (a compound or a single word: 1)
    end: int = -1  # the index of its last word (words in between may name other things)


def mentions(tokens: list[Word], language: str) -> list[Mention]:
    """Every concept of the curated vocabularies the words name, in text order: the
    reading the composer does, for other readers of a text (the offline pictures)."""
    return [Mention(first, entry.kind, entry.concept, len(entry.parts), last)
            for first, entry, last in _spans(tokens, language)]


def word_mention(tokens: list[Word], position: int, language: str) -> Mention | None:
    """The concept the word at ``position`` names on its own, if any (a word inside a
    several-word match, "swim in the sea with", still names the sea)."""
    entry = _single(tokens[position], language)
    return Mention(position, entry.kind, entry.concept, 1, position) if entry else None


def _read(text: str, language: str) -> Understood:
    tokens = words(text, language)
    spans = _spans(tokens, language)
    spans = [span for span in spans if not _adjective_use(span, tokens, text, language)]
    hits = [(position, entry) for position, entry, _ in spans]
    clauses = grammar.clause_numbers(text, tokens, language)
    after_verb: set[int] = set()
    subjects = grammar.subjects(text, tokens, spans, language, after_verb)
    sentences = grammar.sentence_numbers(text, tokens)
    found: dict[str, list] = {"companion": [], "place": [], "object": [], "obstacle": []}
    goals: list[Goal] = []
    for position, entry, last in spans:
        if entry.kind == "action":
            goal = _goal(entry.concept, position, last, hits, clauses, tokens, language,
                         after_verb | {first for first, _ in subjects})
            if goal.thing is None and ACTIONS[entry.concept].get("takes"):
                goal = _lost_thing(goal, spans, tokens, language)
            doer = grammar.doer(position, subjects, sentences)
            goals.append(Goal(goal.action, goal.thing, goal.thing_kind, doer))
        elif entry.concept not in found[entry.kind]:
            found[entry.kind].append(entry.concept)
    return Understood(
        companions=tuple(found["companion"]), places=tuple(found["place"]), objects=tuple(found["object"]),
        goals=tuple(dict.fromkeys(goals)), obstacles=tuple(found["obstacle"]), language=language,
    )


def acted_on(action: str) -> tuple[str, ...]:
    """The kinds of thing an action can act on: a companion alone for "help" or
    "make friends with", else a companion or an object."""
    return ("companion",) if ACTIONS[action].get("acts_on") == "companion" else ("companion", "object")


def _goal(action: str, position: int, last: int, hits: list[tuple[int, _Entry]], clauses: list[int],
          tokens: list[Word], language: str, subjects: set[int] = frozenset()) -> Goal:
    """The action with the thing it acts on: its object in the text, named after the verb
    in the same clause ("find the star"; not "the wolf comes out of the book to ask for a
    hug"), else, in German, which puts the verb last, before it in the same clause ("den
    Stern finden"); never a word at `subjects` ("Der Igel findet den Stern")."""
    takes = ACTIONS[action].get("takes")
    if not takes:
        return Goal(action)
    kinds = acted_on(action)
    clause = clauses[position]
    after = [(other, e) for other, e in hits if last < other <= last + OBJECT_REACH and e.kind in kinds
             and clauses[other] == clause]
    before = []
    if language == "de":
        before = [(other, e) for other, e in reversed(hits) if position - OBJECT_REACH <= other < position
                  and e.kind in kinds and clauses[other] == clause]
    for other, entry in after + before:
        if _in_other_phrase(action, other, tokens, language) or other in subjects:
            continue
        return Goal(action, entry.concept, entry.kind)
    return Goal(action)  # "find" with nothing named to find: the composer supplies a thing


# The forms a template's preposition takes with an article ("à le" → "au").
_CONTRACTED = {
    "a": {"au", "aux", "al", "allo", "alla", "ai", "agli", "alle", "all"},
    "de": {"du", "des", "del", "d"}, "di": {"del", "dello", "della", "dei", "degli", "delle", "dell"},
    "con": {"col"}, "da": {"dal", "dallo", "dalla", "dai", "dagli", "dalle", "dall"},
    "zu": {"zum", "zur"}, "an": {"am"}, "in": {"im", "ins"}, "bei": {"beim"}, "von": {"vom"},
}


def _in_other_phrase(action: str, position: int, tokens: list[Word], language: str) -> bool:
    """Whether the thing at `position` stands in a phrase of its own, after a preposition
    the action does not take ("faire des câlins avec des gants", "sort du livre"): then it
    is not what the action acts on."""
    template = ACTIONS[action][language]["inf"] + " " + ACTIONS[action][language].get("inf_alone", "")
    allowed = {fold(word) for word in re.findall(r"[^\W\d_]+", template)}
    allowed |= {form for word in list(allowed) for form in _CONTRACTED.get(word, ())}
    prepositions = grammar.PREPOSITIONS.get(language, set())
    skip = grammar.DETERMINERS.get(language, set()) | grammar.ADJECTIVES_BEFORE.get(language, set())
    k = position - 1
    while k >= 0 and tokens[k].folded in skip and tokens[k].folded not in prepositions:
        k -= 1
    return k >= 0 and tokens[k].folded in prepositions and tokens[k].folded not in allowed


# What a lost-thing obstacle is about, when its words name no object of their own.
LOST_THINGS = {"lost_toy": "toy"}
# Actions whose thing may be the thing lost ("loses her teddy, and Dad finds it").
LOST_AND_FOUND = frozenset({"find", "bring_home", "give_back"})


def _lost_thing(goal: Goal, spans: list[tuple[int, _Entry, int]], tokens: list[Word], language: str) -> Goal:
    """A lost thing is what is found, whoever finds it: "Léo perd son doudou et papa le
    retrouve" is finding the cuddly toy (named inside the obstacle), never finding Dad."""
    if goal.action not in LOST_AND_FOUND:
        return goal
    for first, entry, last in spans:
        if entry.kind != "obstacle" or not entry.concept.startswith("lost_"):
            continue
        for k in range(first, last + 1):
            named = _single(tokens[k], language)
            if named and named.kind == "object":
                return Goal(goal.action, named.concept, "object")
        if entry.concept in LOST_THINGS:
            return Goal(goal.action, LOST_THINGS[entry.concept], "object")
    return goal


def _adjective_use(span: tuple[int, _Entry, int], tokens: list[Word], text: str, language: str) -> bool:
    """Whether an action word stands as an adjective ("a secret garden", "un jardin
    secret"): the adjective is not the action ("keep a secret")."""
    first, entry, last = span
    if entry.kind != "action" or first != last:
        return False
    word = tokens[first].folded
    if word not in grammar.ADJECTIVE_ACTIONS.get(language, ()):
        return False
    return grammar.is_adjective_use(text, tokens, first, language)


def understand(text: str | None, language: str | None = None) -> Understood:
    """Every known concept in `text`, read in the language it is written in (or,
    when lingua is unsure, in whichever of the five understands most of it). A text
    plainly in one language is never read in another: a French "sang" is not "sing"."""
    if not text or not text.strip():
        return Understood()
    heard = identify_language(text)
    for candidate in dict.fromkeys(code for code in (heard, language) if code in LANGUAGES):
        reading = _read(text, candidate)
        if reading.size or candidate == clearly_written_in(text):
            return reading
    readings = [_read(text, code) for code in LANGUAGES]
    return max(readings, key=lambda reading: reading.size)


def understand_ability(text: str | None, language: str | None = None) -> Goal | None:
    """The special ability as an action the hero can act out ("talks to fireflies"
    → talk to the fireflies), or None when no known ability is named."""
    reading = understand(text, language)
    for goal in reading.goals:
        if ACTIONS[goal.action].get("ability"):
            return goal
    return None


def understood_setting(understood: Understood) -> str | None:
    """The picture backdrop the event's first place calls for, if it names one."""
    for place in understood.places:
        setting = PLACES[place].get("setting")
        if setting:
            return setting
    return None
