"""The policy for what a parent types: classified, never reworded.

A hero's fields, a custom event, a story title or prompt and an adjusted picture
prompt are read for harmful meaning and either accepted exactly as typed or refused
with the category and a kind suggestion. A word swap would keep the harmful scene
("finds a bubble blower and shoots the creature"), so nothing is rewritten here.

Three readers vote, each in the language the text names and the one lingua hears in
it: the meaning reader (lemmas, targets, scenarios, negation and rescue), the rule
and analysis layers (disguised spellings, cross-language slurs, scenarios of their
own) and the injection finder. What the rule layer would have *rewritten* is
harmful for violence, death, swearing and injections; mild tension (fear words,
being alone for a moment, a cold, a divorce) passes unchanged, except in a public
custom event, which every other parent may read: there any finding refuses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from activities.language import language_and_confidence
from activities.language.identify import CLEARLY_WRITTEN_IN
from activities.safety.injection import find_injections
from activities.safety.learned import read_learned
from activities.safety.meaning.reader import read_harms
from activities.safety.moderator import moderate
from activities.safety.verdicts import Finding, Verdict
from contracts.vocabulary import LANGUAGES

# The confidence lingua needs before a parent's text is also read in its language
# (from CLEARLY_WRITTEN_IN on, it is read in that language alone).
HEARD_LANGUAGE_CONFIDENCE = 0.35
EXCERPT = 120


@dataclass(frozen=True)
class Category:
    flag_type: str  # content_flags.flag_type
    reason: str
    suggestion: str


CATEGORIES: dict[str, Category] = {
    "violence": Category("violence", "VIOLENCE",
                         "Let the hero solve things with a clever idea, a race or a game instead of hurting anyone."),
    "death": Category("violence", "DEATH",
                      "Bedtime stories keep everyone safe and well: try a journey, a visit or a surprise instead."),
    "poison_medicine": Category("medical", "POISON_MEDICINE",
                                "Medicines and cleaning things stay out of stories: try a magic potion of giggles instead."),
    "sexual": Category("sexual", "SEXUAL_CONTENT",
                       "This is not for children's stories: describe what the hero wears, loves or plays instead."),
    "self_harm": Category("self_harm", "SELF_HARM",
                          "This is not for a bedtime story. If someone is struggling, please reach out to a trusted person."),
    "drugs_alcohol": Category("drugs", "DRUGS_ALCOHOL",
                              "Try hot chocolate, lemonade or a picnic instead."),
    "abandonment": Category("isolation", "ABANDONMENT",
                            "Nobody is left alone in our stories: add a friend or a grown-up who comes to help."),
    "stranger_secret": Category("inappropriate", "STRANGER_SECRET",
                                "Secrets with strangers are never OK for children: let a trusted grown-up join the adventure."),
    "horror": Category("fear", "HORROR",
                       "Try a friendly creature or a mystery that turns out to be cosy."),
    "hate": Category("hate", "HATE",
                     "Stories welcome everyone: tell what makes the characters kind instead."),
    "insult": Category("inappropriate", "INSULT",
                       "Try kind words; a playful 'silly goose' works well."),
    "injection": Category("injection", "PROMPT_INJECTION",
                          "Describe the adventure itself; instructions to the story writer are not needed."),
    "not_for_sharing": Category("other", "NOT_FOR_SHARING",
                                "This event can be saved as a private one, but not shared with other families."),
}

# What the rule layer's findings mean for a parent's text, by the layer's category.
_REFUSED_RULE_CATEGORY = {
    "violence": "violence", "sexual": "sexual", "self_harm": "self_harm", "drugs": "drugs_alcohol",
    "hate": "hate", "injection": "injection", "inappropriate": "insult",
    # A rejected situation (a scenario) in a rewritable theme:
    "isolation": "abandonment", "family": "abandonment", "fear": "horror", "medical": "death",
}


@dataclass(frozen=True)
class Classification:
    """A parent's text: harmful (with what was seen) or accepted as typed."""

    text: str
    harms: list[tuple[str, str]] = field(default_factory=list)  # (category, words seen)
    mild: list[tuple[str, str]] = field(default_factory=list)

    @property
    def harmful(self) -> bool:
        return bool(self.harms)

    @property
    def category(self) -> str | None:
        return self.harms[0][0] if self.harms else None

    @property
    def reason_codes(self) -> list[str]:
        return list(dict.fromkeys(CATEGORIES[category].reason for category, _ in self.harms))

    @property
    def suggestion(self) -> str | None:
        return CATEGORIES[self.category].suggestion if self.harms else None

    def verdict(self) -> Verdict:
        """The classification as a verdict for content_flags: rejected, or approved as
        typed (mild tension it noticed is recorded as approved, for operators)."""
        if not self.harmful:
            noticed = [Finding(category, "low", "approved", words[:EXCERPT], None, 0.6, "MILD_TENSION_ALLOWED", "rules")
                       for category, words in self.mild]
            return Verdict("approved", self.text, noticed, [])
        findings = [
            Finding(CATEGORIES[category].flag_type, "high", "rejected", words[:EXCERPT], None, 0.9,
                    CATEGORIES[category].reason, "rules")
            for category, words in self.harms
        ]
        return Verdict("rejected", "", findings, self.reason_codes)


_SPACED_LETTERS = re.compile(r"(?<!\w)(?:[^\W\d_][ .\-_*·]){2,}[^\W\d_](?!\w)")
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", "$": "s"})
_LEET_WORD = re.compile(r"[\w@$]*[^\W\d_][\w@$]*")
_HYPHENATED = re.compile(r"(?<=[^\W\d_])[-‐‑](?=[^\W\d_])")


def undisguised(text: str) -> str:
    """The text as it reads once the usual disguises are undone: letters spaced out
    ("s u i c i d e"), digits for letters ("n3gr0", "k1ll") and hyphenated slang
    ("un-alive"). Both the text and this reading are classified."""
    text = _SPACED_LETTERS.sub(lambda m: re.sub(r"[ .\-_*·]", "", m.group()), text)
    text = _LEET_WORD.sub(lambda m: m.group().translate(_LEET) if any(c.isdigit() or c in "@$" for c in m.group())
                          and any(c.isalpha() for c in m.group()) else m.group(), text)
    return _HYPHENATED.sub("", text)


def reading_languages(text: str, language: str | None) -> tuple[str, ...]:
    """The languages a parent's text is read in: the one it is clearly written in
    alone (so "pelo negro" is Spanish for black hair, whatever the story's language);
    else the one the request names and the one it may be written in; all five when
    neither is known."""
    heard, confidence = language_and_confidence(text)
    if heard and confidence >= CLEARLY_WRITTEN_IN:
        return (heard,)
    heard = heard if confidence >= HEARD_LANGUAGE_CONFIDENCE else None
    chosen = tuple(dict.fromkeys(code for code in (language, heard) if code in LANGUAGES))
    return chosen or LANGUAGES


def _rule_readings(text: str, language: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """What the older rule and analysis layers say. Their refusals (disguised words,
    cross-language slurs, their scenarios) and swearing are harmful; what they would
    have rewritten is only noticed: the meaning reader decides about violence and
    death on lemmas, with negation and idioms understood."""
    verdict, _ = moderate(text, language, "prompt")
    harms, mild = [], []
    for finding in verdict.findings:
        if finding.action == "approved":
            continue
        words = finding.original or text[:EXCERPT]
        if finding.action == "rejected" or finding.category in ("inappropriate", "injection"):
            harms.append((_REFUSED_RULE_CATEGORY.get(finding.category, "violence"), words))
        else:
            mild.append((finding.category, words))
    return harms, mild


def classify(text: str | None, language: str | None = None, public: bool = False) -> Classification:
    """Harmful or accepted, for one text a parent typed (see the module docstring)."""
    if not text or not text.strip():
        return Classification(text or "")
    languages = reading_languages(text, language)
    written = read_by_rules(text, languages, public)
    if written.harmful:
        return written
    learned = read_learned(undisguised(text), languages)
    if learned.harmful():
        category = learned.category
    elif public and learned.harmful(public=True):
        # Doubtful enough to keep from other families, not to refuse in private.
        category = "not_for_sharing"
    else:
        return written
    return Classification(text, [(category, ", ".join(learned.evidence) or text[:EXCERPT])], written.mild)


def read_by_rules(text: str, languages: tuple[str, ...], public: bool = False) -> Classification:
    """What the injection finder, the meaning reader and the rule layers say, in each
    of `languages`; the learned reader is asked only when they find nothing."""
    harms: list[tuple[str, str]] = []
    mild: list[tuple[str, str]] = []
    for start, end in find_injections(text):
        harms.append(("injection", text[start:end]))
    plain = undisguised(text)
    for code in languages:
        for reading in dict.fromkeys((text, plain)):
            harms += [(harm.category, harm.text) for harm in read_harms(reading, code)]
        rule_harms, rule_mild = _rule_readings(text, code)
        harms += rule_harms
        mild += rule_mild
    if public and not harms and mild:
        harms = [("not_for_sharing", words) for _, words in mild]
    return Classification(text, list(dict.fromkeys(harms)), list(dict.fromkeys(mild)))
