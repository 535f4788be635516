"""Layer 1: rules. Find lexicon words, rewrite what can be rewritten, flag what cannot.

Matching is on words (see ``text.py``), longest phrase first, after the harmless
expressions of the language (``ALLOW``: "pillow fight", "killer whale", "dying of
laughter", …) have been set aside. Context decides the rest:

* fear words that are negated ("no more nightmares", "wasn't scary") or sit in a
  soothing sentence ("the friendly monster giggled", "overcoming bad dreams") are
  approved as they are, never rejected;
* isolation words are approved when negated ("never alone") or when a companion is
  in the same or the next sentence;
* ``@target`` words only count with a person right after ("hit him", not "hit the
  ball"); ``@distress`` words only in a sad or dark sentence.

Replacements keep the capitalisation of the words they replace, the article before
them is adjusted when sound or gender require it (``grammar.py``), and English verbs
spelt alike in present and past ("hit") take the base form after "to", "will", "n't"….
"""

from __future__ import annotations

from dataclasses import dataclass, field

from activities.safety.grammar import adjust_article
from activities.safety.lexicon import Lexicon, Term
from activities.safety.text import Doc, Matcher, match_case
from activities.safety.verdicts import CONTEXT_ALLOWED, Finding

RULE_CONFIDENCE = 0.9
NEGATION_WINDOW = 3


@dataclass
class RuleResult:
    text: str
    findings: list[Finding] = field(default_factory=list)
    protected: list[tuple[int, int]] = field(default_factory=list)  # character spans of allowed expressions
    rejected_spans: list[tuple[int, int]] = field(default_factory=list)
    edits: list[tuple[int, int, str]] = field(default_factory=list)


# ------------------------------------------------------------------- context cues


def cue_spans(doc: Doc, lex: Lexicon, name: str) -> list[tuple[int, int]]:
    """Token ranges where a context cue of the lexicon matches (cached per text)."""
    key = ("cue", lex.language, name)
    got = doc.cache.get(key)
    if got is None:
        matcher = lex.cues.get(name)
        got = [(s, e) for s, e, _ in matcher.positions(doc.folded)] if matcher else []
        doc.cache[key] = got
    return got


def cue_sentences(doc: Doc, lex: Lexicon, name: str) -> set[int]:
    key = ("cue-sentences", lex.language, name)
    got = doc.cache.get(key)
    if got is None:
        got = doc.cache[key] = {doc.sentence_of(s) for s, _ in cue_spans(doc, lex, name)}
    return got


def negated(doc: Doc, lex: Lexicon, i: int) -> bool:
    """A negation ends within the few words before token i, in the same sentence."""
    sentence = doc.sentence_of(i)
    for s, e in cue_spans(doc, lex, "negation"):
        if i - NEGATION_WINDOW <= e - 1 < i and doc.sentence_of(s) == sentence:
            return True
    return False


def is_object(doc: Doc, lex: Lexicon, p: int) -> bool:
    """Whether a person word is the object itself, not a possessive ("hurt her", not "hurt her knee")."""
    if doc.folded[p] not in lex.possessive_objects:
        return True
    nxt = p + 1
    if nxt >= len(doc.tokens) or doc.sentence_of(nxt) != doc.sentence_of(p):
        return True
    if any(c in doc.text[doc.tokens[p].end : doc.tokens[nxt].start] for c in ",;:!?.—–()"):
        return True
    return any(s == nxt for s, _ in cue_spans(doc, lex, "after_object"))


def target_after(doc: Doc, lex: Lexicon, end: int, window: int = 2) -> bool:
    """A person within the next few words, in the same clause ("hit him", not "hurt, and everyone")."""
    sentence = doc.sentence_of(end - 1)
    for s, _ in cue_spans(doc, lex, "target"):
        if end <= s < end + window and doc.sentence_of(s) == sentence and is_object(doc, lex, s):
            between = doc.text[doc.tokens[end - 1].end : doc.tokens[s].start]
            if not any(c in between for c in ",;:—–()"):
                return True
    return False


def base_form_before(doc: Doc, lex: Lexicon, i: int) -> bool:
    return any(e == i for _, e in cue_spans(doc, lex, "base_form"))


def protected_tokens(doc: Doc, lex: Lexicon) -> list[bool]:
    key = ("protected", lex.language)
    got = doc.cache.get(key)
    if got is None:
        got = [False] * len(doc.tokens)
        for s, e, _ in lex.allow.positions(doc.folded):
            for k in range(s, e):
                got[k] = True
        doc.cache[key] = got
    return got


def _cue_before(doc: Doc, lex: Lexicon, name: str, i: int, window: int = 1) -> bool:
    """A cue ends right before token i (within ``window`` words), in the same sentence."""
    sentence = doc.sentence_of(i)
    return any(i - window <= e - 1 < i and doc.sentence_of(s) == sentence for s, e in cue_spans(doc, lex, name))


def _applies(doc: Doc, lex: Lexicon, term: Term, i: int, end: int) -> bool:
    """Whether an entry's own conditions hold here (``@target``, ``@distress``, ``@noun``, ``@verb``)."""
    flags = term.flags
    if not flags:
        return True
    if "target" in flags and not (target_after(doc, lex, end, 3) or _cue_before(doc, lex, "clitic", i, 1)):
        return False
    if "distress" in flags:
        sentence = doc.sentence_of(i)
        if not any(doc.sentence_of(s) == sentence and not i <= s < end for s, _ in cue_spans(doc, lex, "distress")):
            return False
    if "noun" in flags and not _cue_before(doc, lex, "determiner", i):
        return False
    if "verb" in flags and _cue_before(doc, lex, "determiner", i):
        return False
    return True


def _context_allows(doc: Doc, lex: Lexicon, term: Term, i: int, end: int) -> bool:
    """True when the context makes the words harmless (approved as they are)."""
    sentence = doc.sentence_of(i)
    if term.category == "violence":
        return negated(doc, lex, i)  # "never to hurt anyone", "there was no war"
    if term.category == "fear":
        return negated(doc, lex, i) or sentence in cue_sentences(doc, lex, "soothing")
    if term.category == "isolation":
        if negated(doc, lex, i):
            return True
        # A companion later in this sentence ("alone, with her dog beside her") or in the
        # next one ("Then an owl came"); not the lonely one itself ("the little bear felt lonely").
        if sentence + 1 in cue_sentences(doc, lex, "companion"):
            return True
        return any(doc.sentence_of(s) == sentence and s >= end for s, _ in cue_spans(doc, lex, "companion"))
    return False


# ------------------------------------------------------------------------ rewrite


def _replacement(doc: Doc, lex: Lexicon, term: Term, i: int, end: int) -> str:
    original = doc.text[doc.tokens[i].start : doc.tokens[end - 1].end]
    chosen = term.replacement or ""
    if term.base is not None and base_form_before(doc, lex, i):
        chosen = term.base
    return match_case(original, chosen)


def _article_edit(doc: Doc, lex: Lexicon, term: Term, i: int, replacement: str) -> tuple[int, int, str] | None:
    if i == 0 or not replacement:
        return None
    if lex.language not in ("en", "fr") and term.gender is None:
        return None
    prev, tok = doc.tokens[i - 1], doc.tokens[i]
    if doc.sentence_of(i - 1) != doc.sentence_of(i):
        return None
    sep = doc.text[prev.end : tok.start]
    if sep in ("'", "’"):
        article = prev.text + sep
    elif sep.isspace() and "\n" not in sep:
        article = prev.text
    else:
        return None
    new = adjust_article(lex.language, article, replacement, term.gender)
    if new is None:
        return None
    glue = "" if new.endswith(("'", "’")) else " "
    return prev.start, tok.start, new + glue


def _removal_span(text: str, start: int, end: int) -> tuple[int, int]:
    if start > 0 and text[start - 1] == " ":
        return start - 1, end
    if end < len(text) and text[end] == " ":
        return start, end + 1
    return start, end


def apply_edits(text: str, edits: list[tuple[int, int, str]]) -> str:
    out, last = [], 0
    for start, end, new in sorted(edits):
        if start < last:  # overlapping edits: keep the first
            continue
        out.append(text[last:start])
        out.append(new)
        last = end
    out.append(text[last:])
    return "".join(out)


def run(doc: Doc, lex: Lexicon, matcher: Matcher | None = None, *, context: bool = True) -> RuleResult:
    """Match ``matcher`` (the lexicon's terms by default) over a text and rewrite it."""
    matcher = matcher or lex.terms
    words = doc.folded
    protected = protected_tokens(doc, lex)
    result = RuleResult(text=doc.text)
    start_run = None
    for k, flag in enumerate(protected + [False]):
        if flag and start_run is None:
            start_run = k
        elif not flag and start_run is not None:
            result.protected.append((doc.tokens[start_run].start, doc.tokens[k - 1].end))
            start_run = None
    edits: list[tuple[int, int, str]] = []
    i, n = 0, len(words)
    while i < n:
        if protected[i]:
            i += 1
            continue
        advanced = False
        for size, term in matcher.at(words, i):
            end = i + size
            if any(protected[i:end]):
                continue
            assert isinstance(term, Term)
            first, last = doc.tokens[i], doc.tokens[end - 1]
            original = doc.text[first.start : last.end]
            if term.kind == "reject":
                result.findings.append(Finding(term.category, term.severity, "rejected", original, None,
                                               0.95, term.reason, "rules"))
                result.rejected_spans.append((first.start, last.end))
            else:
                if not _applies(doc, lex, term, i, end):
                    continue
                if context:
                    allowed = _context_allows(doc, lex, term, i, end)
                else:
                    allowed = term.category in ("fear", "isolation") and negated(doc, lex, i)
                if allowed:
                    result.findings.append(Finding(term.category, "low", "approved", original, None,
                                                   0.8, CONTEXT_ALLOWED, "rules"))
                else:
                    replacement = _replacement(doc, lex, term, i, end)
                    if replacement:
                        edits.append((first.start, last.end, replacement))
                        article = _article_edit(doc, lex, term, i, replacement)
                        if article:
                            edits.append(article)
                    else:
                        edits.append((*_removal_span(doc.text, first.start, last.end), ""))
                    result.findings.append(Finding(term.category, term.severity, term.action, original,
                                                   replacement, RULE_CONFIDENCE, term.reason, "rules"))
            i = end
            advanced = True
            break
        if not advanced:
            i += 1
    result.edits = edits
    result.text = apply_edits(doc.text, edits) if edits else doc.text
    return result
