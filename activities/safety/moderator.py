"""The checker the moderation activity and the API's input validation call.

``check_text`` runs, in order: injection neutralisation (user text is data), the rule
layer (rewrite what can be rewritten: violence, fear, isolation, inappropriate words,
medical, family), the analyser (reject what cannot: sexual content, self-harm, drugs
and alcohol, hate, graphic violence, and disguised words), and a final check of the
rewritten text. Non-English texts are also checked against the English words that
are always rejected (children mix languages), by their exact spelling.
"""

from __future__ import annotations

import unicodedata

from activities.safety import rules
from activities.safety.ai_review import ORIGINAL_EXCERPT
from activities.safety.analysis import Analysis, analyse
from activities.safety.injection import neutralize
from activities.safety.lexicon import LANGUAGES, Term, load
from activities.safety.scenarios import scenario_findings
from activities.safety.text import Matcher, make_doc, parse_pattern
from activities.safety.verdicts import FLAG_CONTENT_TYPES, PROMPT_INJECTION, Finding, Verdict

# Which content kind each user-input field is (content_flags.content_type).
FIELD_CONTENT_TYPES = {
    "name": "hero", "hero_name": "hero", "primary_trait": "hero", "secondary_trait": "hero",
    "appearance": "hero", "special_ability": "hero", "traits": "hero",
    "title": "event", "description": "event", "prompt_seed": "event", "keywords": "event",
    "prompt": "prompt", "style": "prompt",
}


def story_language(language: str | None) -> str:
    language = (language or "").strip().lower()[:2]
    return language if language in LANGUAGES else "en"


def _english_rejects() -> Matcher:
    cached = getattr(_english_rejects, "_m", None)
    if cached is None:
        cached = Matcher()
        for form, term in load("en").entries:
            if term.kind == "reject" and "*" not in form:  # exact spellings only ("molest*" ≠ "molestar")
                cached.add(parse_pattern(form), term)
        _english_rejects._m = cached  # type: ignore[attr-defined]
    return cached


def _cross_language(doc, language: str) -> list[Finding]:
    """English reject words in a text of another language, by exact spelling."""
    lex = load(language)
    words = [t.text.lower() for t in doc.tokens]
    protected = rules.protected_tokens(doc, lex)
    found = []
    for s, e, term in _english_rejects().positions(words):
        if any(protected[s:e]) or any(w in lex.near_miss for w in words[s:e]):
            continue
        assert isinstance(term, Term)
        original = doc.text[doc.tokens[s].start : doc.tokens[e - 1].end]
        found.append(Finding(term.category, term.severity, "rejected", original, None, 0.85, term.reason, "rules"))
    return found


def _merge(findings: list[Finding]) -> list[Finding]:
    seen, out = set(), []
    for f in findings:
        key = (f.category, f.action, f.original.lower(), f.reason_code)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def moderate(
    text: str, language: str = "en", content_type: str = "story", analysis: bool = True
) -> tuple[Verdict, Analysis]:
    """The verdict and the analyser's report behind it. `analysis=False` keeps only
    the rule layer (ENABLE_AI_CONTENT_FILTERING=false); its report is then empty."""
    if content_type not in FLAG_CONTENT_TYPES:
        raise ValueError(f"unknown content type {content_type!r}; expected one of {FLAG_CONTENT_TYPES}")
    language = story_language(language)
    lex = load(language)
    original = unicodedata.normalize("NFC", text or "")
    cleaned, findings = neutralize(original)
    doc = make_doc(cleaned)
    ruled = rules.run(doc, lex)
    report = analyse(cleaned, language, doc=doc) if analysis else Analysis(True, 1.0)
    told = scenario_findings(doc, language, rules.protected_tokens(doc, lex)) if analysis else []
    findings = findings + ruled.findings + report.findings + told
    if findings and any(f.reason_code == PROMPT_INJECTION for f in findings) and any(
        f.category != "injection" and f.action in ("modified", "filtered", "rejected") for f in findings
    ):
        # An attempt to steer the writer plus something to hide: the request is the attack.
        findings.append(Finding("injection", "high", "rejected", original[:ORIGINAL_EXCERPT], None, 0.9,
                                PROMPT_INJECTION, "rules"))
    if language != "en":
        findings += _cross_language(doc, language)
    new_text = ruled.text
    if content_type == "image":
        from activities.safety.images import soften

        new_text = soften(new_text, language)
    findings = _merge(findings)
    rejected = any(f.action == "rejected" for f in findings)
    if rejected:
        action = "rejected"
    elif new_text != original or any(f.action in ("modified", "filtered") for f in findings):
        action = "modified"
    else:
        action = "approved"
    reasons = list(dict.fromkeys(f.reason_code for f in findings if f.action != "approved"))
    verdict = Verdict(action, "" if rejected else new_text, findings, reasons)
    return verdict, report


def check_text(text: str, language: str, content_type: str = "story", analysis: bool = True) -> Verdict:
    """Approve, rewrite or reject one text (see the module docstring)."""
    return moderate(text, language, content_type, analysis)[0]


def check_fields(fields: dict[str, str | None], language: str) -> dict[str, Verdict]:
    """One verdict per user-input field (hero name/traits/appearance/ability, custom
    event title/prompt seed, a /stories prompt); empty or missing fields are approved."""
    out: dict[str, Verdict] = {}
    for name, value in fields.items():
        if value is None or not str(value).strip():
            out[name] = Verdict("approved", value or "", [], [])
            continue
        out[name] = check_text(str(value), language, FIELD_CONTENT_TYPES.get(name, "prompt"))
    return out
