"""Reads a text for harmful meaning: lemmas, targets, scenarios, negation and rescue.

Each language's data module (see the package docstring) is compiled once into a
:class:`Book`. :func:`read_harms` returns every harm found, with the words that told
it, so a refusal can name what it saw. Nothing here rewrites text.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from activities.language.lemmas import LANGUAGES, Word, fold, is_german_compound_of, is_written_small, lemma, words
from activities.language.names import is_given_name

CATEGORIES = (
    "violence", "death", "poison_medicine", "sexual", "self_harm", "drugs_alcohol",
    "abandonment", "stranger_secret", "horror", "hate", "insult", "injection",
)
# Words allowed between two parts of a scenario.
GAP = 5
# Words allowed between a close slot (written "^…") and the one before it ("puts Leo in"),
# and between a predator's eating and its victim ("the monster eats little Mia", while
# "the dragon eats pancakes with Leo" is pancakes eaten).
CLOSE_REACH = 1
# How far after the word before it a name may stand and still be who the harm is done to
# ("pushes little Leo off", not "… is cured by the vet and Sofia").
NAME_REACH = 3
# How far before a match a negation still negates it ("never bites anyone").
NEGATION_REACH = 3
# How far after a targeted verb its target may stand ("hits the little boy").
TARGET_REACH = 4
# A German word whose last part (at least this long) is a harmful lemma is that
# lemma in a compound ("Küchenmesser" is a "Messer").
COMPOUND_TAIL = 4
# How many more words a slot may reach past a word it looks past ("the fish and the").
LOOKED_PAST_REACH = 3
# How near a beetle or a fly must stand to the death it explains ("a dead beetle").
SMALL_CREATURE_REACH = 4
# How far after a threat its tickles or kisses may stand.
AFFECTION_REACH = 4
# A text is title case when more than this share of its words (of four letters or more,
# at least this many) start with a capital.
TITLE_CASE_SHARE = 0.6
TITLE_CASE_WORDS = 3
# The most words a German subject before its verb may have ("der große böse Wolf").
GERMAN_SUBJECT_WORDS = 4
_GERMAN_DETERMINERS = frozenset(
    {"der", "die", "das", "den", "dem", "des", "im", "am", "zum", "zur", "beim", "vom", "ins", "ans", "aufs"}
    | {stem + ending for stem in ("ein", "kein", "mein", "dein", "sein", "ihr", "unser", "eur", "dies", "jed")
       for ending in ("", "e", "en", "em", "er", "es")})
# What opens a German subject ("der große Hund", "mein Bruder"); not "im", "dem".
_GERMAN_SUBJECT_ARTICLES = frozenset({"der", "die", "das", "ein", "eine", "kein", "keine", "mein", "meine", "dein",
                                      "deine", "sein", "seine", "ihr", "ihre", "unser", "unsere", "dieser", "diese"})
# Words before a capitalised word that make it a thing, not a person ("des Smarties").
_PARTITIVES = frozenset({"some", "des", "du", "del", "dei", "degli", "delle", "unos", "unas", "algunos", "algunas"})
_SENTENCE_END = re.compile(r"[.!?;…]+|\n+")
# German main clauses split a separable verb: "bringt die ganze Familie um" is
# "umbringen", its particle last in the clause. A particle followed by one of these
# marks (or by a conjunction that starts the next clause) ends the clause.
_GERMAN_PARTICLES = frozenset({
    "ab", "an", "auf", "aus", "ein", "fest", "los", "mit", "nach", "um", "vor", "weg", "zu", "zuruck",
    "zusammen", "kaputt", "tot", "kalt", "nieder", "fort", "hin", "runter", "rein", "raus", "heraus", "herein",
})
# Words that open a new clause, where what a verb is done to cannot be.
_CLAUSE_OPENERS = frozenset({
    "while", "when", "whenever", "mientras", "cuando", "quand", "lorsque", "pendant", "wahrend", "wenn",
    "mentre", "quando", "mentres",
})
# Words that start another phrase: a name after one of them is not a verb's object.
_JOINS = frozenset({"and", "or", "of", "with", "e", "ed", "o", "di", "con", "y", "de", "et", "ou", "avec"})
_GERMAN_CLAUSE_JOINS = frozenset({"und", "oder", "aber", "denn", "weil", "dass", "damit", "bis", "als", "wenn", "sodass"})
_CLAUSE_MARK = re.compile(r"[.,;:!?…()\"«»„“”-]|\n")
# Object pronouns that stand before a Romance verb ("lo frustano", "la golpean",
# "l'a frappée"), the auxiliaries allowed between them and a participle, the endings of
# an infinitive (a clitic before a noun is an article: "la frusta" is a whisk), and
# the pronouns a Spanish or Italian verb carries at its end ("golpearlo", "picchiarla").
_CLITICS = {
    "es": frozenset({"lo", "la", "los", "las", "le", "les", "me", "te", "nos"}),
    "fr": frozenset({"le", "la", "les", "l", "lui", "leur", "me", "m", "te", "t", "nous", "vous"}),
    "it": frozenset({"lo", "la", "li", "le", "gli", "mi", "ti", "ci", "vi", "l"}),
}
_AUXILIARIES = {
    "es": frozenset({"ha", "han", "habia", "habian", "he", "hemos", "hubo"}),
    "fr": frozenset({"a", "ont", "avait", "avaient", "ai", "as", "avons", "eut"}),
    "it": frozenset({"ha", "hanno", "aveva", "avevano", "ho", "hai", "abbiamo", "ebbe"}),
}
# Pronouns that may mean "to him" ("le secuestra el peluche": the toy is taken), and
# the articles whose noun is then what the verb is done to.
_DATIVE_CLITICS = frozenset({"le", "les", "gli", "lui", "leur"})
_ARTICLES = {
    "es": frozenset({"el", "la", "los", "las", "un", "una", "unos", "unas", "su", "sus"}),
    "fr": frozenset({"le", "la", "les", "l", "un", "une", "des", "du", "son", "sa", "ses"}),
    "it": frozenset({"il", "lo", "la", "l", "i", "gli", "le", "un", "una", "uno", "suo", "sua", "suoi", "sue"}),
}
_INFINITIVE_ENDINGS = {"es": ("ar", "er", "ir"), "fr": ("er", "ir", "re"), "it": ("are", "ere", "ire", "rre")}
_ENCLITICS = {
    "es": ("selos", "selas", "selo", "sela", "los", "las", "les", "lo", "la", "le", "me", "te", "nos"),
    "it": ("glielo", "gliela", "gli", "lo", "la", "li", "le", "mi", "ti", "ci", "vi"),
}
# How far back the thing a clitic stands for is looked for ("takes the garlic and
# pounds it" is cooking).
CLITIC_ANTECEDENT_REACH = 8
# How far before its particle the verb of a split German verb may stand.
PARTICLE_REACH = 10
# Words that turn a story around: a rescue word counts after one of these ("nobody
# came… *until* Grandma found her"), or in the next sentence, never on its own in the
# sentence that tells the harm ("nobody ever came to pick her up").
_TURNS = {
    "en": {"until", "till", "but", "then", "luckily", "fortunately", "finally", "suddenly", "soon", "when", "so"},
    "es": {"hasta", "pero", "luego", "entonces", "suerte", "finalmente", "repente", "cuando", "pronto", "asi"},
    "fr": {"jusqu", "mais", "puis", "heureusement", "enfin", "soudain", "quand", "bientot", "lorsque", "alors"},
    "de": {"bis", "aber", "dann", "gluck", "gluecklicherweise", "endlich", "plotzlich", "als", "bald", "doch", "also"},
    "it": {"finche", "fino", "ma", "poi", "fortuna", "finalmente", "improvviso", "quando", "presto", "pero", "allora",
           "cosi"},
}
# Words that make a weapon a toy: before it in English and German ("foam sword",
# "water gun", "Holzschwert"), after it in the Romance languages ("espada de juguete",
# "pistolet à eau", "spada di legno"). A violence finding whose weapon is a toy is play.
_TOYS = {
    "en": {"toy", "foam", "wooden", "wood", "plastic", "cardboard", "paper", "water", "pillow", "pretend",
           "bubble", "nerf", "rubber", "balloon", "snowball", "chocolate", "squirt", "pop", "cap", "laser", "candy"},
    "es": {"juguete", "agua", "madera", "plastico", "carton", "papel", "espuma", "gomaespuma", "goma", "chocolate", "burbujas",
           "mentira", "mentirijillas"},
    "fr": {"jouet", "eau", "bois", "plastique", "carton", "papier", "mousse", "chocolat", "bulles", "caoutchouc", "polystyrene",
           "faux", "fausse"},
    "de": {"spielzeug", "wasser", "holz", "plastik", "papp", "pappe", "papier", "schaumstoff", "schaum", "kissen",
           "schokolade", "seifenblasen", "gummi", "schneeball", "spiel"},
    "it": {"giocattolo", "acqua", "legno", "plastica", "cartone", "carta", "gommapiuma", "spugna", "cioccolato",
           "bolle", "finta", "finto", "gomma"},
}
_TOY_AFTER = {"es", "fr", "it"}
# German weapons a material can make toys of ("Holzschwert", "Schaumstoffkeule").
_GERMAN_WEAPONS = frozenset({
    "schwert", "schwerter", "pistole", "pistolen", "gewehr", "gewehre", "messer", "sabel", "dolch", "dolche", "bogen",
    "pfeil", "pfeile", "axt", "kanone", "kanonen", "bombe", "bomben", "granate", "granaten", "keule", "keulen",
    "speer", "lanze", "lanzen", "schild", "revolver", "flinte", "kanonenkugel", "kugel", "kugeln", "waffe", "waffen",
    "knarre", "spritzpistole", "ballerei", "schlacht", "kampf", "gefecht", "krieg", "schwertkampf", "duell",
})
# Words a toy's material cannot make a toy of: prepositions and articles
# ("water on the dog", "agua sobre el perro").
_NOT_WEAPONS = frozenset({
    "on", "over", "onto", "at", "into", "in", "under", "inside", "the", "a", "an", "his", "her", "their", "and",
    "sobre", "en", "encima", "bajo", "debajo", "dentro", "el", "la", "los", "las", "un", "una", "y",
    "sur", "sous", "dessous", "le", "les", "une", "dans", "et",
    "auf", "uber", "ins", "unter", "die", "der", "den", "das", "dem", "ein", "eine", "einen", "und",
    "su", "sul", "sulla", "sotto", "il", "lo", "gli", "uno", "nel", "nella", "e",
    # what makes water scald ("verse l'eau bouillante sur la main")
    "boiling", "scalding", "hot", "hirviendo", "hirviente", "caliente", "bouillante", "bouillant", "brulante",
    "brulant", "kochend", "kochendes", "kochendem", "heisses", "heissem", "siedend", "siedendes", "bollente", "caldissima",
})
# A Romance material follows its weapon after a preposition ("pistolet à eau"); after a
# definite article the word is the thing itself ("l'eau", "el agua", "l'acqua").
_DEFINITE_ARTICLES = frozenset({"l", "le", "la", "les", "el", "los", "las", "il", "lo", "i", "gli"})
# The words before a material ("en mousse", "de madera", "di legno").
_MATERIAL_OF = frozenset({"en", "de", "d", "di", "in", "of"})
# Auxiliaries of the passive: "the girl *was* beaten" has its target before the verb.
_PASSIVE = {
    "en": {"be", "was", "were", "is", "are", "been", "get", "got", "gets"},
    "es": {"ser", "fue", "fueron", "sido", "es", "son", "era"},
    "fr": {"etre", "ete", "est", "fut", "sont", "etait", "avoir"},
    "de": {"werden", "wurde", "wurden", "worden", "wird", "sein"},
    # Not "e": folded, "è" is also "and".
    "it": {"essere", "venire", "stato", "stata", "stati", "fu", "venne", "viene"},
}


@dataclass(frozen=True)
class Slot:
    exact: frozenset[str]
    prefixes: tuple[str, ...] = ()
    # A person's name also fills the slot (the reading decides what is a name).
    names: bool = False
    # At most this many words between this slot and the one before (else the pattern's gap).
    reach: int | None = None
    # Words the slot looks past, as if they were not there: a creature's prey before its
    # victim ("eats the fish and then the children").
    passes_over: frozenset[str] = frozenset()

    def looks_past(self, word: Word) -> bool:
        return word.folded in self.passes_over or word.lemma in self.passes_over

    def lists(self, word: Word) -> bool:
        """Whether the word is one the slot lists (or starts like one)."""
        return any(form in self.exact or any(form.startswith(p) for p in self.prefixes) for form in (word.folded, word.lemma))


def _capitalised(word: Word) -> bool:
    """A word written like a name: a capital, then small letters ("Lucy", not "I" or "BANG")."""
    return len(word.text) > 1 and word.text[0].isupper() and not word.text.isupper()


def _title_case(tokens: list[Word]) -> bool:
    """A text whose words mostly start with a capital ("The Monster Who Ate All the Bad
    Dreams"); names have one anyway ("Freddie and Amelia kidnap Oliver")."""
    long_words = [token for token in tokens if len(token.text) > 3 and not is_given_name(token.text)]
    return len(long_words) >= TITLE_CASE_WORDS and sum(map(_capitalised, long_words)) > TITLE_CASE_SHARE * len(long_words)


@dataclass(frozen=True)
class Pattern:
    category: str
    slots: tuple[Slot, ...]
    gap: int
    negates_itself: bool  # a pattern that contains its own negation ("nobody came")
    # The matched word a negation stands before: the first, or the verb after a subject
    # ("the wolf who would not eat anyone").
    negated_at: int = 0


@dataclass(frozen=True)
class Harm:
    category: str
    text: str
    start: int
    end: int
    language: str


@dataclass(frozen=True)
class Book:
    language: str
    harm: dict[str, str]
    targeted: dict[str, str]
    patterns: tuple[Pattern, ...]
    allow: tuple[tuple[Slot, ...], ...]
    targets: frozenset[str]
    negations: frozenset[str]
    rescue: frozenset[str]
    negatable: frozenset[str]
    # Which patterns and allowed expressions can start on a word: a long story meets
    # only the few that could match each of its words, not every pattern of the book.
    pattern_starts: FirstSlots
    allow_starts: FirstSlots
    # Optional per language (see the package docstring): what makes a death told in a
    # memory, a small creature's end, a blade in a kitchen, or a stranger refused.
    remembrance: frozenset[str] = frozenset()
    past: frozenset[str] = frozenset()
    small_creatures: frozenset[str] = frozenset()
    surnames: frozenset[str] = frozenset()
    blades: frozenset[str] = frozenset()
    food: frozenset[str] = frozenset()
    affection: frozenset[str] = frozenset()
    refusals: tuple[tuple[Slot, ...], ...] = ()


@dataclass(frozen=True)
class FirstSlots:
    """Sequences of slots indexed by what their first slot accepts."""

    by_form: dict[str, tuple[int, ...]]
    by_prefix: tuple[tuple[str, tuple[int, ...]], ...]
    by_name: tuple[int, ...] = ()  # sequences whose first slot takes a name

    @classmethod
    def of(cls, sequences: list[tuple[Slot, ...]]) -> FirstSlots:
        by_form: dict[str, list[int]] = {}
        by_prefix: dict[str, list[int]] = {}
        for index, slots in enumerate(sequences):
            for form in slots[0].exact:
                by_form.setdefault(form, []).append(index)
            for prefix in slots[0].prefixes:
                by_prefix.setdefault(prefix, []).append(index)
        return cls({form: tuple(found) for form, found in by_form.items()},
                   tuple((prefix, tuple(found)) for prefix, found in by_prefix.items()),
                   tuple(index for index, slots in enumerate(sequences) if slots[0].names))

    def starting_at(self, words: list[Word], names: Callable[[int], bool] | None = None) -> dict[int, list[int]]:
        """Sequence index → the positions (ascending) whose word its first slot accepts;
        `names` says which positions hold a person's name."""
        positions: dict[int, list[int]] = {}
        for position, word in enumerate(words):
            indexes = set(self.by_form.get(word.folded, ())) | set(self.by_form.get(word.lemma, ()))
            if self.by_name and names is not None and names(position):
                indexes.update(self.by_name)
            for prefix, found in self.by_prefix:
                if word.folded.startswith(prefix) or word.lemma.startswith(prefix):
                    indexes.update(found)
            for index in indexes:
                positions.setdefault(index, []).append(position)
        return positions


def _slot(spec: str, targets: frozenset[str], names: bool = False) -> Slot:
    """One slot of a pattern; with `names`, ``@target`` and ``@name`` take a person's name. A
    leading ``^`` keeps the slot close: at most one word after the slot before it."""
    exact, prefixes, takes_names = set(), [], False
    reach = CLOSE_REACH if spec.startswith("^") else None
    for alternative in spec.lstrip("^").split("|"):
        alternative = alternative.strip()
        if alternative == "@target":
            exact |= targets
            takes_names = names
        elif alternative == "@name":  # a person's name, and only the words listed beside it
            takes_names = names
        elif alternative.endswith("*"):
            prefixes.append(fold(alternative[:-1]))
        elif alternative:
            exact.add(fold(alternative))
    return Slot(frozenset(exact), tuple(prefixes), takes_names, reach)


def _sequence(spec: str, targets: frozenset[str]) -> tuple[Slot, ...]:
    return tuple(_slot(part, targets) for part in spec.split())


@lru_cache(maxsize=None)
def book(language: str) -> Book:
    data = importlib.import_module(f"activities.safety.meaning.{language}")
    targets = frozenset(fold(t) for t in data.TARGETS)
    negations = frozenset(fold(n) for n in data.NEGATIONS)
    harm: dict[str, str] = {}
    patterns: list[Pattern] = []
    for category, lemmas in data.HARM.items():
        for entry in lemmas:
            if " " in entry.strip():  # a fixed expression: its words next to each other
                patterns.append(Pattern(category, _sequence(entry, targets), 1, False))
            else:
                harm.setdefault(fold(entry.strip()), category)
    targeted = {fold(lemma): category for category, lemmas in data.TARGETED.items() for lemma in lemmas if " " not in lemma}
    for category, lemmas in data.TARGETED.items():
        for entry in lemmas:
            if " " in entry.strip():
                patterns.append(Pattern(category, _sequence(entry, targets) + (_slot("@target", targets),), TARGET_REACH, False))
    for category, slots in data.SCENARIOS:
        compiled = tuple(_slot(slot, targets, names=True) for slot in slots)
        own_negation = any(slot.exact & negations for slot in compiled)
        patterns.append(Pattern(category, compiled, GAP, own_negation))
    # A creature eating someone: its victim a person meant ("Leo's sister") or named ("Mia").
    prey = _folded(data, "SMALL_CREATURES") | _folded(data, "PREY")
    victim = replace(_slot("^@target", targets, names=True), passes_over=prey)
    patterns.append(Pattern("horror", (_slot(data.PREDATORS, targets), _slot(data.DEVOURING, targets), victim), GAP, False,
                            negated_at=1))
    allow = [_sequence(spec, targets) for spec in data.ALLOW]
    return Book(
        language=language,
        harm=harm,
        targeted=targeted,
        patterns=tuple(patterns),
        allow=tuple(allow),
        targets=targets,
        negations=negations,
        rescue=frozenset(fold(r) for r in data.RESCUE),
        negatable=frozenset(data.NEGATABLE),
        pattern_starts=FirstSlots.of([pattern.slots for pattern in patterns]),
        allow_starts=FirstSlots.of(allow),
        remembrance=_folded(data, "REMEMBRANCE"),
        past=_folded(data, "PAST"),
        small_creatures=_folded(data, "SMALL_CREATURES"),
        surnames=_folded(data, "SURNAMES"),
        blades=_folded(data, "BLADES"),
        food=_folded(data, "FOOD"),
        affection=_folded(data, "AFFECTION"),
        refusals=tuple(_sequence(spec, targets) for spec in getattr(data, "REFUSALS", ())),
    )


def _folded(data: object, name: str) -> frozenset[str]:
    return frozenset(fold(word) for word in getattr(data, name, ()))


def _sentences(text: str, tokens: list[Word]) -> list[int]:
    """The sentence number of every token."""
    ends = [m.start() for m in _SENTENCE_END.finditer(text)]
    out, k = [], 0
    for token in tokens:
        while k < len(ends) and ends[k] < token.start:
            k += 1
        out.append(k)
    return out


def _allowed(tokens: list[Word], book: Book) -> list[tuple[int, int]]:
    """The allowed expressions found: (first token, number of words)."""
    found = []
    for index, starts in book.allow_starts.starting_at(tokens).items():
        sequence = book.allow[index]
        size = len(sequence)
        for i in starts:
            if i + size <= len(tokens) and all(sequence[k].lists(tokens[i + k]) for k in range(1, size)):
                found.append((i, size))
    return found


def _covered(count: int, spans: list[tuple[int, int]], least: int = 1) -> list[bool]:
    """Which of `count` tokens a span of at least `least` words covers."""
    covered = [False] * count
    for first, size in spans:
        if size >= least:
            covered[first : first + size] = [True] * size
    return covered


def _is_target(word: Word, book: Book) -> bool:
    return word.folded in book.targets or word.lemma in book.targets


def _lookup(table: dict[str, str], word: Word, language: str) -> str | None:
    found = table.get(word.lemma) or table.get(word.folded)
    if found is None and language == "de":
        for size in range(len(word.folded) - COMPOUND_TAIL, 0, -1):
            tail = word.folded[size:]
            if tail in table and is_german_compound_of(word.text, tail):
                return table[tail]
    return found


class _Reading:
    def __init__(self, text: str, language: str) -> None:
        self.text = text
        self.language = language
        self.book = book(language)
        self.tokens = words(text, language)
        if language == "de":
            self.tokens = self._rejoin_split_verbs(self.tokens)
        self.sentence = _sentences(text, self.tokens)
        self.title_case = language != "de" and _title_case(self.tokens)  # German nouns all have capitals
        allowed = _allowed(self.tokens, self.book)
        self.allowed = _covered(len(self.tokens), allowed)
        self.idiom = _covered(len(self.tokens), allowed, least=2)
        self.idiom_opens = frozenset(first for first, size in allowed if size >= 2)
        self.found: list[Harm] = []

    def _rejoin_split_verbs(self, tokens: list[Word]) -> list[Word]:
        """Gives the verb of a split German verb its whole lemma when that lemma is harm
        ("bringt … um" reads as "umbringen", "stach … ab" as "abstechen"); other verbs
        keep their own lemma, which the scenarios over their parts expect."""
        rejoined = list(tokens)
        for end, particle in enumerate(tokens):
            if particle.folded not in _GERMAN_PARTICLES or not self._ends_clause(tokens, end):
                continue
            for k in range(end - 1, max(-1, end - 1 - PARTICLE_REACH), -1):
                if k < end - 1 and (_CLAUSE_MARK.search(self.text[tokens[k].end : tokens[k + 1].start])
                                    or tokens[k + 1].folded in _GERMAN_CLAUSE_JOINS):
                    break
                whole = particle.folded + tokens[k].lemma
                if whole in self.book.harm or whole in self.book.targeted:
                    rejoined[k] = replace(tokens[k], lemma=whole)
                    break
        return rejoined

    def _ends_clause(self, tokens: list[Word], k: int) -> bool:
        if k + 1 == len(tokens):
            return True
        return bool(_CLAUSE_MARK.search(self.text[tokens[k].end : tokens[k + 1].start])) or (
            tokens[k + 1].folded in _GERMAN_CLAUSE_JOINS)

    def span(self, first: int, last: int) -> str:
        return self.text[self.tokens[first].start : self.tokens[last].end]

    def negated(self, first: int) -> bool:
        start = max(0, first - NEGATION_REACH)
        return any(
            self.sentence[k] == self.sentence[first] and self.tokens[k].folded in self.book.negations
            for k in range(start, first)
        )

    def rescued(self, last: int) -> bool:
        """A rescue word after a turn ("until", "but then") in the same sentence, or in
        the next sentence."""
        here, turned = self.sentence[last], False
        turns = _TURNS.get(self.language, set())
        for k in range(last + 1, len(self.tokens)):
            token, sentence = self.tokens[k], self.sentence[k]
            if sentence > here + 1:
                break
            if token.folded in turns or token.lemma in turns:
                turned = True
            if (token.lemma in self.book.rescue or token.folded in self.book.rescue) and (turned or sentence > here):
                return True
        return False

    def toy(self, first: int, last: int) -> bool:
        """Whether a word of the span is a weapon made a toy by its neighbour."""
        toys = _TOYS.get(self.language, set())
        for k in range(first, last + 1):
            token = self.tokens[k]
            if token.folded in _NOT_WEAPONS:
                continue  # "pours boiling water on the dog": the water is poured, not a toy
            if k > 0 and self._toy_word(k - 1):
                return True
            if self.language in _TOY_AFTER and any(self._toy_word(j) for j in range(k + 1, min(len(self.tokens), k + 3))):
                return True
            if self.language == "de" and any(token.folded.startswith(toy) and self._german_weapon(token.folded[len(toy):])
                                             for toy in toys):
                return True  # "Holzschwert", "Wasserpistole"; not the "Holzfäller" with his axe
        return False

    def _german_weapon(self, tail: str) -> bool:
        """Whether the last part of a German compound is a weapon ("-schwert", "-pistole")."""
        tail = tail.lstrip("-")
        return len(tail) >= 3 and (tail in _GERMAN_WEAPONS or tail in self.book.harm or tail in self.book.targeted)

    def _toy_word(self, j: int) -> bool:
        """A word that makes a weapon a toy. One that also names a person ("mousse" is
        foam and a ship's boy) does so only as a material ("un pistolet en mousse"),
        never as the victim ("frappe le petit mousse")."""
        word = self.tokens[j]
        if word.folded not in _TOYS.get(self.language, set()):
            return False
        before = self.tokens[j - 1].folded if j > 0 else ""
        if self.language in _TOY_AFTER and before in _DEFINITE_ARTICLES:
            return False  # the thing itself, not what a weapon is made of: "verse l'eau bouillante"
        return not _is_target(word, self.book) or before in _MATERIAL_OF

    def _in(self, word: Word, forms: frozenset[str], compound: bool = False) -> bool:
        if word.folded in forms or word.lemma in forms:
            return True
        return compound and self.language == "de" and any(
            word.folded.endswith(form) and len(form) >= COMPOUND_TAIL for form in forms)

    def _sentence_has(self, k: int, forms: frozenset[str], compound: bool = False,
                      among: range | None = None) -> bool:
        """A word of `forms` in the sentence of word `k` (only at the positions `among`,
        when given)."""
        return any(self.sentence[j] == self.sentence[k] and self._in(self.tokens[j], forms, compound)
                   for j in (among if among is not None else range(len(self.tokens))))

    def remembered(self, first: int) -> bool:
        """A death told as a memory: in the past ("last year", "schon") and remembered
        somewhere in the text ("she misses him", "erinnert sich", "old photos"): a grief
        story a parent asks for, not a death that happens in the story."""
        if not self.book.remembrance or not self._sentence_has(first, self.book.past):
            return False
        return any(self._in(token, self.book.remembrance) for token in self.tokens)

    def small_creature(self, first: int) -> bool:
        """The end of a beetle, a fly or an ant, told in its own sentence ("finds a dead
        beetle and buries it under the apple tree")."""
        near = range(max(0, first - SMALL_CREATURE_REACH), min(len(self.tokens), first + SMALL_CREATURE_REACH + 1))
        return self._sentence_has(first, self.book.small_creatures, compound=True, among=near)

    def kitchen_blade(self, first: int, last: int) -> bool:
        """A knife alone, in a sentence about food ("cuts the cake with a big knife")."""
        return (first == last and self._in(self.tokens[first], self.book.blades, compound=True)
                and self._sentence_has(first, self.book.food, compound=True))

    def affectionate(self, last: int) -> bool:
        """A threat carried out with tickles or kisses ("va a matar a Pablo a cosquillas")."""
        after = range(last + 1, min(len(self.tokens), last + 1 + AFFECTION_REACH))
        return self._sentence_has(last, self.book.affection, among=after)

    def refused(self, last: int) -> bool:
        """A child who says no to a stranger, later in the same or the next sentence
        ("…and she says NO loudly and runs to her teacher")."""
        if not self.book.refusals:
            return False
        covered = [False] * len(self.tokens)
        for sequence in self.book.refusals:
            size = len(sequence)
            for i in range(len(self.tokens) - size + 1):
                if all(sequence[k].lists(self.tokens[i + k]) for k in range(size)):
                    for k in range(size):
                        covered[i + k] = True
        here = self.sentence[last]
        return any(covered[k] and self.sentence[k] in (here, here + 1) for k in range(last + 1, len(self.tokens)))

    def keep(self, category: str, first: int, last: int, own_negation: bool = False,
             matched: tuple[int, ...] = (), negated_at: int = 0) -> bool:
        """Record a harm unless an allowed expression, a negation, a rescue or a toy
        weapon undoes it. A scenario or a targeted verb whose own harm word (of the same
        category) stands in an allowed expression of two words or more reads that idiom
        ("the family is dead tired", "all dying of laughter", "shoots photos of the ducks")."""
        if all(self.allowed[first : last + 1]):
            return False
        if any(self.idiom[k] and category in (_lookup(self.book.harm, self.tokens[k], self.language),
                                              _lookup(self.book.targeted, self.tokens[k], self.language))
               for k in matched):
            return False
        if len(matched) > 1 and matched[-1] in self.idiom_opens:
            return False  # the scenario's last word opens an idiom ("prend une claque de vent")
        if category == "violence" and (self.toy(first, last) or self.kitchen_blade(first, last)):
            return False
        if category == "death" and (self.remembered(first) or self.small_creature(first)):
            return False
        if category in ("violence", "death") and self.affectionate(last):
            return False
        if category == "stranger_secret" and self.refused(last):
            return False
        if category in self.book.negatable and not own_negation and self.negated(matched[negated_at] if negated_at else first):
            return False
        if category == "abandonment" and self.rescued(last):
            return False
        self.found.append(Harm(category, self.span(first, last), self.tokens[first].start, self.tokens[last].end, self.language))
        return True

    def single_words(self) -> None:
        for i, token in enumerate(self.tokens):
            category = _lookup(self.book.harm, token, self.language)
            if category and self._surname(i):
                continue
            if category:
                self.keep(category, i, i)
                continue
            category = _lookup(self.book.targeted, token, self.language)
            carries_victim = category is not None and self._carries_victim(token)
            if category is None:
                category = self._enclitic_harm(token)
                carries_victim = category is not None
            if carries_victim:  # the pronoun at its end is who the verb is done to
                self.keep(category, i, i, matched=(i,))
            elif category:
                target = self.target_after(i) or self.target_before(i) or self.clitic_before(i)
                if target is not None and target < i and category in self.book.negatable and self.negated(i):
                    continue  # "the friends, nobody is hurt": the negation stands before the verb
                if target is not None:
                    self.keep(category, min(i, target), max(i, target), matched=(i,))

    def _surname(self, i: int) -> bool:
        """A family name spelt like harm (`SURNAMES`) after a given name ("Hazel Graves");
        not in a title, where every word has a capital ("The Day Max Died")."""
        word = self.tokens[i]
        if self.title_case or not self._in(word, self.book.surnames):
            return False
        return (i > 0 and _capitalised(word) and not self._opens_sentence(i)
                and self.sentence[i - 1] == self.sentence[i] and is_given_name(self.tokens[i - 1].text)
                and not self.text[self.tokens[i - 1].end : self.tokens[i].start].strip())

    def _verb_stems(self, token: Word) -> list[str]:
        """The verb a Spanish or Italian word is when a pronoun ends it ("golpearlo",
        "picchiandola"): each stem left by a pronoun ending, as the lemmatizer reads it."""
        stems = []
        for ending in _ENCLITICS.get(self.language, ()):
            stem = token.folded[: -len(ending)]
            if len(stem) >= 4 and token.folded.endswith(ending):
                for form in (stem, stem + "e") if self.language == "it" else (stem,):
                    stems.append(lemma(form, self.language))
        return [stem for stem in stems if stem.endswith(_INFINITIVE_ENDINGS[self.language])]

    def _enclitic_harm(self, token: Word) -> str | None:
        """The category of a verb with a pronoun at its end that the lemmatizer left
        whole ("frustarla"); the pronoun is its target."""
        return next((self.book.targeted[stem] for stem in self._verb_stems(token) if stem in self.book.targeted), None)

    def _carries_victim(self, token: Word) -> bool:
        """Whether a harmful verb the lemmatizer read ("picchiarla" as "picchiare") ends
        with the pronoun of who it is done to."""
        return token.lemma != token.folded and token.lemma in self._verb_stems(token)

    def clitic_before(self, i: int) -> int | None:
        """An object pronoun before a harmful verb ("lo frustano tutta la notte", "l'a
        frappée"), unless what it stands for is food or a thing in a kitchen ("prende
        l'aglio e lo pesta"); the verb must be a verb (an inflected form or an
        infinitive), since the same words are articles before nouns."""
        clitics = _CLITICS.get(self.language)
        token = self.tokens[i]
        if not clitics or not token.lemma.endswith(_INFINITIVE_ENDINGS[self.language]):
            return None
        k = i - 1
        if k >= 1 and self.tokens[k].folded in _AUXILIARIES[self.language]:
            k -= 1
        if k < 0 or self.tokens[k].folded not in clitics or self.sentence[k] != self.sentence[i]:
            return None
        if (self.tokens[k].folded in _DATIVE_CLITICS and i + 1 < len(self.tokens)
                and self.tokens[i + 1].folded in _ARTICLES[self.language]):
            return None
        if any(self._toy_word(j) for j in range(i + 1, min(len(self.tokens), i + 7)) if self.sentence[j] == self.sentence[i]):
            return None  # "le dispara con la pistola de agua": a game
        before = range(max(0, k - CLITIC_ANTECEDENT_REACH), k)
        if self.book.food and self._sentence_has(k, self.book.food, among=before):
            return None
        return k

    def target_after(self, i: int) -> int | None:
        """A target within reach after the verb, or a person's name close after it
        ("slaps Lucy", "pega a Nora"; never in German, which capitalises every noun)."""
        for k in range(i + 1, min(len(self.tokens), i + 1 + TARGET_REACH)):
            # a comma or a word that opens a clause ends the verb's phrase: "cuts the bread
            # with a knife, Dad laughs", "con un cuchillo mientras los niños juegan"
            if (self.sentence[k] != self.sentence[i] or "," in self.text[self.tokens[k - 1].end : self.tokens[k].start]
                    or self.tokens[k].folded in _CLAUSE_OPENERS):
                return None
            if _is_target(self.tokens[k], self.book) or self._named_victim(k, i):
                return k
        return None

    def _named_victim(self, k: int, verb: int) -> bool:
        """A name after the verb with nothing between them that starts another phrase
        ("cuts the cake with the big knife, and Chiara counts", "kidnap all of Leo's socks")."""
        if (k - verb > NAME_REACH or not self._names_someone(k) or self._possessor(k)
                or self._not_a_name(k, verb) or (self.language == "de" and not self._german_subject_before(verb))):
            return False
        between = range(verb + 1, k)
        return not any(self.tokens[j].folded in _JOINS for j in between) and not any(
            _CLAUSE_MARK.search(self.text[self.tokens[j].end : self.tokens[j + 1].start]) for j in range(verb, k))

    def target_before(self, i: int) -> int | None:
        """A target as the subject of a passive ("the puppy was kicked")."""
        passive = _PASSIVE.get(self.language, set())
        before = [k for k in range(max(0, i - 3), i) if self.sentence[k] == self.sentence[i]]
        if not any(self.tokens[k].folded in passive or self.tokens[k].lemma in passive for k in before):
            return None
        for k in range(i - 1, max(-1, i - 6), -1):
            if self.sentence[k] != self.sentence[i]:
                return None
            if _is_target(self.tokens[k], self.book):
                return k
        return None

    def patterns(self) -> None:
        starts = self.book.pattern_starts.starting_at(self.tokens, self._opening_name)
        for index, pattern in enumerate(self.book.patterns):
            for i in starts.get(index, ()):
                matched = self.follow(pattern, i)
                if matched is not None and self.keep(pattern.category, i, matched[-1], pattern.negates_itself, matched,
                                                     pattern.negated_at):
                    break  # one finding per pattern is enough to refuse

    def follow(self, pattern: Pattern, start: int) -> tuple[int, ...] | None:
        """The positions of the pattern's words from `start`, or None. Each slot tries
        every word within its reach, not only the first that fits: in "lleva a Irene a
        dar un paseo por el bosque" the first "a" must not stop the rest from matching."""
        return self._follow_from(pattern, 1, (start,))

    def _follow_from(self, pattern: Pattern, index: int, matched: tuple[int, ...]) -> tuple[int, ...] | None:
        if index == len(pattern.slots):
            return matched
        slot, position, sentence = pattern.slots[index], matched[-1], self.sentence[matched[0]]
        end = position + 2 + (pattern.gap if slot.reach is None else slot.reach)
        k = position + 1
        while k < min(len(self.tokens), end):
            if self.sentence[k] != sentence:
                return None
            if slot.names and self._possessor(k):
                k, end = k + 2, end + 2  # "eats Leo's sister": the sister is eaten, or Leo's sandwich
                continue
            if slot.looks_past(self.tokens[k]):
                k, end = k + 1, end + LOOKED_PAST_REACH
                continue
            # a listed word is taken as it is ("la main du fermier"); a capitalised one only
            # when it names someone
            word = self.tokens[k]
            if slot.lists(word) or (slot.names and self._names_someone(k) and not self._not_a_name(k, position)
                                    and not self._german_subject_after(k, position) and not self._set_apart(position, k)):
                found = self._follow_from(pattern, index + 1, (*matched, k))
                if found is not None:
                    return found
            k += 1
        return None

    def _not_a_name(self, k: int, verb: int) -> bool:
        """A capitalised word that names no one: some of a thing ("mange des Smarties"),
        a word in a title-case title ("The Monster Who Ate All the Bad Dreams"), a
        holiday ("Día de Muertos"), or a name too far from the verb to be its object."""
        word = self.tokens[k]
        if _is_target(word, self.book):
            return False
        title_case_verb = not self.tokens[verb].text[:1].islower() and not self._opens_sentence(verb)
        return (self.tokens[k - 1].folded in _PARTITIVES or title_case_verb
                or _lookup(self.book.harm, word, self.language) is not None or k - verb > NAME_REACH)

    def _names_someone(self, k: int) -> bool:
        """Whether the word is a person's name. Inside a sentence a capital says so,
        except in German, which capitalises every noun: there the word must be a given
        name and follow no article ("der Wolf", "im Stern"). Where every word has a
        capital (a sentence's first word, a title-case title) it must be a given name
        that is no word of the language ("El", "Then"); German, whose dictionary
        knows no case, takes none there ("Alle", "Nur")."""
        word = self.tokens[k]
        if not _capitalised(word):
            return False
        opens = self._opens_sentence(k) or self.title_case
        if self.language == "de":
            return not opens and is_given_name(word.text) and not self._after_determiner(k)
        return not opens or (is_given_name(word.text) and not is_written_small(word.text, self.language))

    def _german_subject_before(self, verb: int) -> bool:
        """Whether a German clause opens with its subject, a person or an animal ("Der Hai
        beißt Finn", "Papa schlägt Lena"): only then is a name after the verb its object,
        not its subject ("Dann schießt Finn ein Tor", "Im Schach schlägt Lukas …")."""
        start = verb
        while start > 0 and self.sentence[start - 1] == self.sentence[verb] and not self._clause_break(start - 1):
            start -= 1
        subject = range(start, verb)
        if not 1 <= len(subject) <= GERMAN_SUBJECT_WORDS:
            return False
        head, opener = self.tokens[verb - 1], self.tokens[start]
        if start == verb - 1:  # "Papa schlägt Lena", "Tom haut Mia"
            return _is_target(head, self.book) or is_given_name(head.text)
        return opener.folded in _GERMAN_SUBJECT_ARTICLES and _capitalised(head)

    def _set_apart(self, before: int, k: int) -> bool:
        """A name close after a word but in another phrase: a comma or "and" between them
        ("tritt in einen Kuchen, und Mila hilft")."""
        if k - before > CLOSE_REACH + 1:
            return False
        return any(_CLAUSE_MARK.search(self.text[self.tokens[j].end : self.tokens[j + 1].start]) for j in range(before, k)) or any(
            self.tokens[j].folded in _JOINS or self.tokens[j].folded in _GERMAN_CLAUSE_JOINS for j in range(before + 1, k))

    def _german_subject_after(self, k: int, before: int) -> bool:
        """A German name right after a verb that is the verb's subject: the clause did not
        open with one ("Dann schlägt Finn den Ball")."""
        verb = self.tokens[before]
        # A word written small whose dictionary form ends in -n is a German verb
        # ("schlägt" → "schlagen"); prepositions before a name ("auf Luis") are not.
        looks_like_a_verb = verb.text[:1].islower() and verb.lemma.endswith("n")
        return (self.language == "de" and k == before + 1 and looks_like_a_verb
                and not self._german_subject_before(before))

    def _clause_break(self, k: int) -> bool:
        """A comma or a joining word between token k and the next."""
        return bool(_CLAUSE_MARK.search(self.text[self.tokens[k].end : self.tokens[k + 1].start])) or (
            self.tokens[k + 1].folded in _GERMAN_CLAUSE_JOINS)

    def _after_determiner(self, k: int) -> bool:
        """An article or possessive just before, or before one small word ("die kleine Fee")."""
        before = [j for j in (k - 1, k - 2) if j >= 0 and self.sentence[j] == self.sentence[k]]
        if before and self.tokens[before[0]].folded in _GERMAN_DETERMINERS:
            return True
        return (len(before) == 2 and self.tokens[before[0]].text[:1].islower()
                and self.tokens[before[1]].folded in _GERMAN_DETERMINERS)

    def _opening_name(self, k: int) -> bool:
        """A name that opens a scenario ("Freddie gets locked in the basement"): not some
        of a thing ("des Smarties") and no harm word of its own."""
        return (self._names_someone(k) and not (k and self.tokens[k - 1].folded in _PARTITIVES)
                and _lookup(self.book.harm, self.tokens[k], self.language) is None)

    def _opens_sentence(self, k: int) -> bool:
        """The first word of its sentence ("Attacca Samuele con il cacciavite"), where a
        capital says nothing of a title."""
        return k == 0 or self.sentence[k - 1] != self.sentence[k]

    def _possessor(self, k: int) -> bool:
        """An English name with its possessive 's ("Leo's"): it names whose, not whom."""
        return (self.language == "en" and k + 1 < len(self.tokens) and self.tokens[k + 1].folded == "s"
                and self.tokens[k].text[:1].isupper())


def read_harms(text: str, language: str) -> list[Harm]:
    """Every harmful meaning recognised in `text` read as `language`."""
    if language not in LANGUAGES or not text or not text.strip():
        return []
    reading = _Reading(text, language)
    reading.single_words()
    reading.patterns()
    return reading.found
