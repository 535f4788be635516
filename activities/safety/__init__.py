"""Child safety for Storyloom: pure, deterministic and offline (no I/O, no model).

The four layers of seed 000's "Content Safety", for stories written for children aged
4 to 10 in English, Spanish, French, German and Italian:

1. rules (``rules.py`` with ``lexicon/``): rewrite violence, fear, isolation,
   inappropriate words, medical and family themes into gentle words, with context;
2. analysis (``analysis.py``): stems, disguises, near spellings and co-occurrence;
   rejects sexual content, self-harm, drugs and alcohol, hate and graphic violence;
3. image prompts (``images.py``): softened, styled, never a child alone;
4. companionship in scene texts (``images.py``).

User text is data, never instructions (``injection.py``). ``check_text`` /
``check_fields`` (``moderator.py``) return a :class:`Verdict` whose findings map onto
``content_flags`` rows.
"""

from activities.safety.analysis import Analysis, analyse
from activities.safety.images import ensure_companionship_in_text, sanitize_image_prompt
from activities.safety.injection import delimit, neutralize_injection
from activities.safety.moderator import check_fields, check_text, moderate
from activities.safety.verdicts import Finding, Verdict

__all__ = [
    "Analysis",
    "Finding",
    "Verdict",
    "analyse",
    "check_fields",
    "check_text",
    "delimit",
    "ensure_companionship_in_text",
    "moderate",
    "neutralize_injection",
    "sanitize_image_prompt",
]
