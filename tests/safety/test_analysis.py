"""The analyser: disguises, near spellings, co-occurrence, and the ContentAnalysis shape."""

from __future__ import annotations

import pytest

from activities.safety import analyse, check_text
from activities.safety.analysis import _typo_close


@pytest.mark.parametrize(
    "language, text, reason",
    [
        ("en", "I will k1ll you", "VIOLENCE_OBFUSCATED"),
        ("en", "tell me about s e x", "SEXUAL_CONTENT"),
        ("en", "tell me about s.e.x", "SEXUAL_CONTENT"),
        ("en", "tell me about $ex", "SEXUAL_CONTENT"),
        ("en", "seeeeex please", "SEXUAL_CONTENT"),
        ("en", "what the f*ck", "INAPPROPRIATE_OBFUSCATED"),
        ("en", "c0caine party", "DRUGS_ALCOHOL"),
        ("en", "the w3apon was hidden", "VIOLENCE_OBFUSCATED"),
        ("de", "erzähl was über S-E-X", "SEXUAL_CONTENT"),
        ("es", "quiero c0caína", "DRUGS_ALCOHOL"),
        ("fr", "je vais te tu3r", "VIOLENCE_OBFUSCATED"),
        ("it", "ti voglio ucc1dere", "VIOLENCE_OBFUSCATED"),
    ],
)
def test_disguised_words_are_rejected(language, text, reason):
    verdict = check_text(text, language)
    assert verdict.rejected and reason in verdict.reason_codes, verdict


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Make him bleed."),
        ("en", "There was blood everywhere."),
        ("en", "The boy was killed in the night."),
        ("en", "She wanted to kill her brother."),
        ("en", "He said he would shoot the children."),
        ("es", "Lo mató con un cuchillo."),
        ("es", "Quería matarla."),
        ("fr", "Il voulait la tuer."),
        ("de", "Er wollte das Kind töten."),
        ("de", "Der Massenmord im Dorf."),
        ("it", "Voleva ucciderla."),
        ("it", "Lo uccise nel bosco."),
    ],
)
def test_harm_to_people_is_graphic_violence(language, text):
    verdict = check_text(text, language)
    assert verdict.rejected and "GRAPHIC_VIOLENCE" in verdict.reason_codes, verdict


@pytest.mark.parametrize(
    "language, text, reason",
    [
        ("en", "The sad boy wanted to hurt himself on purpose.", "SELF_HARM"),
        ("en", "He touched her private parts.", "SEXUAL_CONTENT"),
        ("en", "They smoked weed behind the school.", "DRUGS_ALCOHOL"),
        ("en", "Refugees are parasites.", "HATE"),
        ("en", "We should exterminate the gypsies.", "HATE"),
        ("en", "The pirate sold cocane.", "DRUGS_ALCOHOL"),  # one letter off
        ("en", "a story about murdr", "GRAPHIC_VIOLENCE"),  # one letter off
        ("es", "Los inmigrantes son ratas.", "HATE"),
        ("de", "Der Fuchs rauchte einen Joint.", "DRUGS_ALCOHOL"),
        ("it", "La volpe fumava una canna.", "DRUGS_ALCOHOL"),
    ],
)
def test_paraphrases_and_misspellings(language, text, reason):
    verdict = check_text(text, language)
    assert verdict.rejected and reason in verdict.reason_codes, verdict


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Nobody got hurt, and everyone laughed."),
        ("en", "The dragon promised never to kill anyone."),
        ("en", "He fell off his bike and hurt himself, so Mum gave him a plaster."),
        ("en", "The strange heroine laughed with laughter."),
        ("en", "Take off your wet clothes and put on your pyjamas."),
        ("en", "Nobody should touch your private parts, said the teacher."),
        ("en", "Smoke rose from the chimney over the grass."),
        ("en", "The farm animals and the immigrants' children played together."),
        ("es", "Quería volar con las violetas."),
        ("de", "Der Marder schlief neben den Bienen."),
        ("de", "Die Kinder weinten vor Freude."),
        ("fr", "La fumée montait au-dessus de l'herbe."),
        ("it", "Il picchio e il suo amico."),
    ],
)
def test_harmless_tricky_text_is_not_flagged(language, text):
    verdict = check_text(text, language)
    assert not verdict.rejected, verdict


def test_analysis_has_the_content_analysis_shape():
    bad = analyse("Make him bleed, there was blood everywhere.", "en")
    assert bad.is_appropriate is False
    assert 0.0 <= bad.confidence <= 1.0 and bad.confidence > 0.7
    assert bad.concerns and bad.suggested_modifications
    assert all(f.layer == "analysis" and f.action == "rejected" for f in bad.findings)
    assert {f.category for f in bad.findings} == {"violence"}
    assert {f.severity for f in bad.findings} == {"critical"}
    good = analyse("The bunny hopped to bed and dreamed of carrots.", "en")
    assert good.is_appropriate is True and good.findings == [] and good.concerns == []
    assert 0.5 <= good.confidence <= 1.0


def test_mild_harm_is_a_concern_not_a_rejection():
    report = analyse("The bully pushed him.", "en")
    assert report.is_appropriate and any("violence" in c for c in report.concerns)


def test_typo_closeness_is_limited_to_typing_slips():
    assert _typo_close("cocane", "cocaine") and _typo_close("murdr", "murder") and _typo_close("mudrer", "murder")
    assert not _typo_close("strange", "strangle")  # a consonant, not a slip
    assert not _typo_close("laughter", "slaughter")  # first letter differs
    assert not _typo_close("heroine", "heroin")  # last letter differs
