"""Word timings from a synthesizer's events, from a transcription, and estimated: every
word of the text once, in order, at its place in the text, inside its stretch of audio."""

from __future__ import annotations

import pytest

from activities.providers.word_timings import (
    MIN_MATCHED_SHARE,
    estimate,
    from_positions,
    from_transcript,
    normalized,
    weights,
    within,
)
from contracts.read_along import NarratedScene, WordTiming, WordTimingSource, weakest, word_spans

SENTENCES = {
    "en": "“Look!” said Pip, it's 25 o'clock… Don’t worry, little fox.\n\nThe well-known owl hooted 3 times.",
    "es": "¡Mira! —dijo Lucía—. El búho cantó 2 veces, y la niña sonrió. ¿Dormimos ya?",
    "fr": "« Regarde ! » dit Zoé. L'heure était à l’écoute ; aujourd'hui, 1.000 étoiles brillent.",
    "de": "„Schau!“, rief Bö. 1.000 Äpfel fielen, und die Mäuse schliefen ein. Gute Nacht!",
    "it": "C'era una volta una bambina. «Guarda!» disse Lucia; l'uccellino volò via, perché era tardi.",
}


def assert_well_formed(words: list[WordTiming], text: str, lower: float, upper: float) -> None:
    """The three promises, and every word of the text once, in order."""
    assert [(word.char_start, word.char_end) for word in words] == word_spans(text)
    for word in words:
        assert text[word.char_start:word.char_end] == word.text
        assert lower <= word.start <= word.end <= upper + 1e-9, word
    for first, second in zip(words, words[1:]):
        assert first.start <= second.start and first.end <= second.start + 1e-9, (first, second)


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_words_are_the_readers_words(language):
    text = SENTENCES[language]
    found = [text[a:b] for a, b in word_spans(text)]
    assert not any(character in word for word in found for character in "“”«»„!?¡¿.,;—…"
                   if not (character in ".," and word[0].isdigit()))
    expected = {
        "en": ["Look", "it's", "25", "o'clock", "Don’t", "well-known", "3"],
        "es": ["Mira", "Lucía", "búho", "cantó", "2", "sonrió", "Dormimos"],
        "fr": ["Regarde", "Zoé", "L'heure", "était", "à", "l’écoute", "aujourd'hui", "1.000"],
        "de": ["Schau", "Bö", "1.000", "Äpfel", "Mäuse"],
        "it": ["C'era", "Guarda", "Lucia", "l'uccellino", "volò", "perché"],
    }[language]
    assert set(expected) <= set(found), found


def test_digit_groups_stay_whole_and_punctuation_after_numbers_does_not():
    text = "At 3:30, 1,000 stars and 2.5 moons. Then 7."
    assert [text[a:b] for a, b in word_spans(text)] == ["At", "3:30", "1,000", "stars", "and", "2.5", "moons",
                                                         "Then", "7"]
    assert word_spans("x", 0, 0) == [] and word_spans("a b c", 2) == [(2, 3), (4, 5)]


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_the_estimate_shares_the_time_by_length_and_pauses(language):
    text = SENTENCES[language]
    words = estimate(text, 10.0, 40.0)
    assert_well_formed(words, text, 10.0, 40.0)
    assert words[0].start == 10.0 and words[-1].end == 40.0
    # A longer word takes longer than a shorter one in the same sentence.
    longest = max(words[:4], key=lambda word: len(word.text))
    shortest = min(words[:4], key=lambda word: len(word.text))
    assert longest.end - longest.start > shortest.end - shortest.start


def test_punctuation_asks_for_longer_pauses():
    text = "one two, three. four\n\nfive six"
    shares = weights(text, word_spans(text))
    assert shares == [3 + 1, 3 + 2, 5 + 4, 4 + 6, 4 + 1, 3 + 1]
    assert estimate("", 0, 5) == [] and estimate("…", 0, 5) == []


def test_synthesizer_events_time_the_words_they_fall_in():
    text = "“Look!” said Pip, it's 25 o'clock."
    spans = word_spans(text)
    # Events as espeak-ng gives them: one at a quote mark before "Look", two inside "25",
    # one at the start of "o'clock", none for "it's" (read together with "Pip,").
    events = [(0, 0.10), (8, 0.90), (13, 1.20), (23, 2.00), (24, 2.40), (26, 2.80)]
    words = from_positions(text, events, 0.0, 3.5, spans, pauses=[0.70, 1.60, 3.30])
    assert_well_formed(words, text, 0.0, 3.5)
    by_text = {word.text: word for word in words}
    assert by_text["Look"].start == 0.10 and by_text["Look"].end == 0.70, "ends where its clause ends"
    assert by_text["said"].start == 0.90 and by_text["Pip"].start == 1.20
    assert by_text["Pip"].end == 1.60
    assert 1.20 < by_text["it's"].start < 2.00, "untimed: between its neighbours"
    assert by_text["25"].start == 2.00 and by_text["25"].end == 2.80
    assert by_text["o'clock"].end == 3.30


def test_positions_outside_every_word_or_out_of_order_are_held_in_bounds():
    text = "Good night, moon."
    words = from_positions(text, [(50, 9.0), (0, 3.0), (5, 1.0)], 2.0, 4.0)
    assert_well_formed(words, text, 2.0, 4.0)
    assert words[0].start == 3.0 and words[1].start == 3.0, "a start never goes back"


def heard_as(text: str, seconds_per_char: float = 0.05, transform=None) -> list[tuple[str, float, float]]:
    """What a transcription of `text` said at a steady pace would answer (words without punctuation)."""
    heard = [(text[a:b], a * seconds_per_char, b * seconds_per_char) for a, b in word_spans(text)]
    return transform(heard) if transform else heard


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_a_faithful_transcription_gives_each_word_its_own_time(language):
    text = SENTENCES[language]
    heard = heard_as(text)
    words, share = from_transcript(text, heard, 5.0, 5.0 + len(text) * 0.05)
    assert share == 1.0
    assert_well_formed(words, text, 5.0, 5.0 + len(text) * 0.05)
    for word, (said, start, end) in zip(words, heard):
        assert word.text == said and word.start == pytest.approx(5.0 + start) and word.end == pytest.approx(5.0 + end)


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_a_transcription_in_other_case_without_accents_or_with_other_apostrophes_still_aligns(language):
    text = SENTENCES[language]

    def plain(heard):
        return [(normalized(word).upper() if index % 2 else word.replace("'", "’").replace("é", "e"), start, end)
                for index, (word, start, end) in enumerate(heard)]

    words, share = from_transcript(text, heard_as(text, transform=plain), 0.0, 30.0)
    assert share >= 0.9
    assert_well_formed(words, text, 0.0, 30.0)
    assert [word.start for word in words] == pytest.approx([start for _, start, _ in heard_as(text)], abs=1e-3)


def test_numbers_heard_as_words_and_words_heard_as_numbers_share_their_time():
    text = "It was 25 past three, said the owl."
    heard = [("It", 0.0, 0.2), ("was", 0.2, 0.5), ("twenty", 0.5, 0.9), ("five", 0.9, 1.2), ("past", 1.2, 1.5),
             ("3,", 1.5, 1.8), ("said", 2.2, 2.5), ("the", 2.5, 2.6), ("owl.", 2.6, 3.0)]
    words, share = from_transcript(text, heard, 0.0, 3.5)
    assert_well_formed(words, text, 0.0, 3.5)
    by_text = {word.text: word for word in words}
    assert by_text["25"].start == 0.5 and by_text["25"].end == 1.2, "one word written, two heard"
    assert by_text["three"].start == 1.5, "heard as a digit, paired one to one"
    assert by_text["owl"].end == 3.0
    assert share == pytest.approx(6 / 8), "the number words count as not heard as written"


def test_dropped_and_extra_words_keep_everything_in_order():
    text = "The little fox yawned softly under the silver moon."
    heard = heard_as(text, 0.1)
    dropped = [word for word in heard if word[0] not in ("little", "softly")]
    extra = heard[:3] + [("um", 1.35, 1.4)] + heard[3:]
    for transcript in (dropped, extra):
        words, share = from_transcript(text, transcript, 0.0, 6.0)
        assert_well_formed(words, text, 0.0, 6.0)
        assert share >= 0.75
    words, _ = from_transcript(text, dropped, 0.0, 6.0)
    little = next(word for word in words if word.text == "little")
    assert words[0].end <= little.start < words[2].start


def test_an_off_transcription_says_so_and_words_out_of_the_audio_are_ignored():
    text = SENTENCES["de"]
    garbage = [("hello", 0.0, 0.5), ("world", 0.5, 1.0)]
    words, share = from_transcript(text, garbage, 0.0, 20.0)
    assert share < MIN_MATCHED_SHARE
    assert_well_formed(words, text, 0.0, 20.0)
    beyond = [(word, start + 100, end + 100) for word, start, end in heard_as(text)]
    assert from_transcript(text, beyond, 0.0, 20.0)[1] == 0.0
    assert from_transcript("", garbage, 0.0, 1.0) == ([], 1.0)


def test_within_keeps_times_inside_the_audio():
    words = [WordTiming("a", 0.5, 1.5, 0, 1), WordTiming("b", 1.9, 2.4, 2, 3)]
    assert within(words, 2.0) == [WordTiming("a", 0.5, 1.5, 0, 1), WordTiming("b", 1.9, 2.0, 2, 3)]


def test_a_scene_record_round_trips_and_sources_rank():
    scene = NarratedScene(2, "story-audio/u/s/coral/scene-2.mp3", 12.5, 30.25, "transcription",
                          [WordTiming("Zoé", 12.6, 13.0, 0, 3)])
    assert NarratedScene.from_json(scene.to_json()) == scene
    assert "Zoé".encode() in scene.to_json()
    assert weakest([WordTimingSource.SYNTHESIZER, WordTimingSource.TRANSCRIPTION]) == WordTimingSource.TRANSCRIPTION
    assert weakest([WordTimingSource.TRANSCRIPTION, WordTimingSource.ESTIMATE]) == WordTimingSource.ESTIMATE
    assert weakest([]) == WordTimingSource.SYNTHESIZER
