"""Offline narration: real MP3, exact timings, bedtime pace, seven distinct voices."""

from __future__ import annotations

import asyncio

import pytest

from activities.providers.offline import OfflineSpeechProvider
from activities.providers.offline.composer import write_story_text
from activities.providers.offline.scenes import extract_scenes
from activities.providers.offline.speech import (
    PARAGRAPH_PAUSE_S,
    SAMPLE_RATE,
    SEGMENT_PAUSE_S,
    VOICE_STYLES,
    clean_for_speech,
    split_paragraphs,
    synthesize,
)
from contracts.story import HeroProfile, StoryBrief
from contracts.vocabulary import VOICES

_BITRATES_MPEG2_L3 = (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160)
_RATES_MPEG2 = (22050, 24000, 16000)


def mp3_frames(data: bytes) -> tuple[int, int, set[int]]:
    """Walk the MPEG-2 Layer III frames: (frame count, sample rate, bitrates in kbps)."""
    position, frames, rate, bitrates = 0, 0, 0, set()
    if data[:3] == b"ID3":
        size = data[6] << 21 | data[7] << 14 | data[8] << 7 | data[9]
        position = 10 + size
    while position + 4 <= len(data):
        header = int.from_bytes(data[position : position + 4], "big")
        assert header >> 21 == 0x7FF, f"lost frame sync at byte {position}"
        assert (header >> 19) & 3 == 2, "expected MPEG-2"
        assert (header >> 17) & 3 == 1, "expected Layer III"
        bitrate = _BITRATES_MPEG2_L3[(header >> 12) & 0xF]
        rate = _RATES_MPEG2[(header >> 10) & 3]
        padding = (header >> 9) & 1
        bitrates.add(bitrate)
        position += 72 * bitrate * 1000 // rate + padding
        frames += 1
    assert position == len(data)
    return frames, rate, bitrates


def story_segments(language: str, seconds: int = 300) -> list[str]:
    hero = HeroProfile("Luna", "brave", "kind", "curly brown hair and a yellow raincoat")
    b = StoryBrief(language, seconds, 4, hero, "space_exploration")
    return [s.text_segment for s in extract_scenes(write_story_text(b), b)]


async def test_narration_is_a_valid_mp3_with_exact_offsets():
    segments = ["Once upon a time. A fox smiled.\n\nThe end of part one.", "Part two begins. Good night!"]
    narration = await OfflineSpeechProvider().narrate(segments, "en", "coral")
    frames, rate, bitrates = mp3_frames(narration.mp3)
    assert rate == SAMPLE_RATE and bitrates <= {64} | {0}
    # Frames carry 576 samples each; the encoder adds a little delay and padding.
    assert abs(frames * 576 / SAMPLE_RATE - narration.duration_seconds) < 0.25
    first, second = narration.segment_offsets_seconds
    assert first == 0.0
    assert second > PARAGRAPH_PAUSE_S + SEGMENT_PAUSE_S
    assert second < narration.duration_seconds - 1.0
    pcm, offsets = synthesize(segments, "en", "coral")
    assert offsets == narration.segment_offsets_seconds
    assert narration.duration_seconds == len(pcm) / SAMPLE_RATE
    # The pause between the segments really is silent, for about 1.5 s.
    gap = pcm[int((second - SEGMENT_PAUSE_S + 0.02) * SAMPLE_RATE) : int((second - 0.02) * SAMPLE_RATE)]
    assert len(gap) > SAMPLE_RATE and max(abs(v) for v in gap) == 0


@pytest.mark.parametrize(("language", "voice"), [("en", "coral"), ("de", "onyx"), ("fr", "nova"), ("it", "fable")])
async def test_a_five_minute_story_takes_about_five_minutes(language, voice):
    narration = await OfflineSpeechProvider().narrate(story_segments(language), language, voice)
    assert 240 <= narration.duration_seconds <= 360, narration.duration_seconds
    offsets = narration.segment_offsets_seconds
    assert offsets == sorted(offsets) and offsets[0] == 0.0 and len(offsets) >= 3
    frames, _, _ = mp3_frames(narration.mp3)
    assert abs(frames * 576 / SAMPLE_RATE - narration.duration_seconds) < 0.25


def _zero_crossings_per_second(samples) -> float:
    crossings = sum(1 for a, b in zip(samples, samples[1:]) if (a < 0) != (b < 0))
    return crossings / (len(samples) / SAMPLE_RATE)


def test_the_seven_voices_sound_different():
    text = ["Once upon a time, a little fox found a glowing lantern in the forest. She smiled and carried it home."]
    stats = {}
    for voice in VOICES:
        pcm, _ = synthesize(text, "en", voice)
        stats[voice] = (round(len(pcm) / SAMPLE_RATE, 2), round(_zero_crossings_per_second(pcm), -1))
    assert len(set(stats.values())) == len(VOICES), stats
    assert len({(s.variant, s.pitch) for s in VOICE_STYLES.values()}) == len(VOICES)
    # Grandfatherly fable is slower than cheerful nova; deep onyx is lower than bright shimmer.
    assert stats["fable"][0] > stats["nova"][0]
    assert stats["onyx"][1] < stats["shimmer"][1]


async def test_concurrent_narrations_are_safe():
    # espeak-ng is one global engine: concurrent calls must queue, not mix voices.
    # (espeak-ng keeps a little synthesis state between calls, so samples and lengths
    # may differ by a few milliseconds from run to run; nothing more.)
    provider = OfflineSpeechProvider()
    jobs = [(["Hello there. A calm night.", "Sleep well."], "en", v) for v in ("fable", "shimmer", "onyx", "fable")]
    together = await asyncio.gather(*(provider.narrate(*job) for job in jobs))
    for job, narration in zip(jobs, together):
        alone = await provider.narrate(*job)
        assert abs(alone.duration_seconds - narration.duration_seconds) < 0.3
        assert abs(alone.segment_offsets_seconds[1] - narration.segment_offsets_seconds[1]) < 0.3
    assert abs(together[0].duration_seconds - together[3].duration_seconds) < 0.3
    assert together[0].duration_seconds > together[1].duration_seconds  # fable is the slow one


async def test_markup_characters_unknown_voices_and_empty_input():
    assert "<" not in clean_for_speech("<speak>Hi <b>there</b></speak>")
    narration = await OfflineSpeechProvider().narrate(["<speak>Hello <b>friend</b>.</speak>"], "es", "not-a-voice")
    assert narration.duration_seconds > 0.5
    empty = await OfflineSpeechProvider().narrate([], "en", "coral")
    assert empty.duration_seconds > 0 and empty.segment_offsets_seconds == []
    assert mp3_frames(empty.mp3)[0] > 0


def test_sentences_and_quotes_are_split_naturally():
    paragraphs = split_paragraphs("« Bonjour ! » dit Pip. Il partit.\n\n“Look!” said Pip. „Schau!“, rief Bo. Ja.")
    assert paragraphs == [["« Bonjour ! » dit Pip.", "Il partit."], ["“Look!” said Pip.", "„Schau!“, rief Bo.", "Ja."]]


# -- word timings on real espeak-ng output ----------------------------------------


def _voiced_windows(pcm, window_seconds: float = 0.01, level: int = 60) -> list[bool]:
    window = int(window_seconds * SAMPLE_RATE)
    return [max(map(abs, pcm[i:i + window]), default=0) >= level for i in range(0, len(pcm), window)]


def pauses_in(pcm, at_least: float = 0.3) -> list[tuple[float, float]]:
    """Stretches of silence at least `at_least` long, found in the audio itself."""
    window = int(0.01 * SAMPLE_RATE)
    found, start = [], None
    for index, voiced in enumerate([*_voiced_windows(pcm), True]):
        if not voiced and start is None:
            start = index
        elif voiced and start is not None:
            if (index - start) * window / SAMPLE_RATE >= at_least:
                found.append((start * window / SAMPLE_RATE, index * window / SAMPLE_RATE))
            start = None
    return found


def loudness(pcm, start: float, end: float) -> float:
    part = pcm[int(start * SAMPLE_RATE):max(int(end * SAMPLE_RATE), int(start * SAMPLE_RATE) + 1)]
    return (sum(v * v for v in part) / max(len(part), 1)) ** 0.5


@pytest.mark.parametrize(("language", "voice"), [("en", "coral"), ("de", "onyx"), ("fr", "nova")])
def test_each_word_is_timed_where_espeak_really_says_it(language, voice):
    from activities.providers.offline.speech import paragraphs_of, plan_speech, spoken_segment
    from tests.unit.test_word_timings import assert_well_formed

    segments = story_segments(language, 120)
    settings = plan_speech(segments, language, voice)
    for index, segment in enumerate(segments):
        pcm, words = spoken_segment(settings, segment, index == len(segments) - 1)
        assert_well_formed(words, segment, 0.0, len(pcm) / SAMPLE_RATE)
        # Every word is voiced where it is said ...
        for word in words:
            assert loudness(pcm, word.start, min(word.end, word.start + 0.08)) > 40, word
        # ... no word reaches into a pause heard in the audio ...
        pauses = pauses_in(pcm)
        sentences = sum(len(paragraph) for paragraph in paragraphs_of(segment))
        assert len(pauses) >= sentences - 1
        for start, end in pauses:
            assert not [word for word in words if word.start < end - 0.02 and word.end > start + 0.02], (start, end)
        # ... and after each pause, speech resumes with a word.
        starts = [word.start for word in words]
        for _, end in pauses:
            if end < len(pcm) / SAMPLE_RATE - 0.05:
                assert min(abs(start - end) for start in starts) < 0.05, end


@pytest.mark.parametrize(("language", "voice"), [("en", "fable"), ("it", "shimmer")])
async def test_scenes_come_one_by_one_with_their_words_inside_their_audio(language, voice):
    from activities.providers.offline.speech import MP3_DELAY_SAMPLES, plan_speech, spoken_segment
    from contracts.read_along import word_spans

    segments = story_segments(language, 120)
    scenes = [scene async for scene in OfflineSpeechProvider().narrate_scenes(segments, language, voice)]
    assert len(scenes) == len(segments)
    settings = plan_speech(segments, language, voice)
    for index, (segment, scene) in enumerate(zip(segments, scenes)):
        assert scene.word_timing == "synthesizer"
        assert [(w.char_start, w.char_end) for w in scene.words] == word_spans(segment)
        assert all(0 <= w.start <= w.end <= scene.duration_seconds for w in scene.words)
        assert all(a.start <= b.start for a, b in zip(scene.words, scene.words[1:]))
        assert mp3_frames(scene.mp3)[0] * 576 / SAMPLE_RATE == pytest.approx(scene.duration_seconds, abs=1e-6)
        # The same speech as spoken alone, shifted by what the MP3 plays before it. (espeak-ng
        # keeps a little state between calls, so a long scene drifts by a few hundredths.)
        pcm, words = spoken_segment(settings, segment, index == len(segments) - 1)
        delay = MP3_DELAY_SAMPLES / SAMPLE_RATE
        assert scene.words[0].start == pytest.approx(words[0].start + delay, abs=0.02)
        assert [w.start for w in scene.words] == pytest.approx([w.start + delay for w in words], abs=0.4)
        assert scene.duration_seconds == pytest.approx(len(pcm) / SAMPLE_RATE + 0.06, rel=0.01, abs=0.1)
    # Starting later gives the later scenes, read at the same pace.
    later = [scene async for scene in OfflineSpeechProvider().narrate_scenes(segments, language, voice, start=2)]
    assert len(later) == len(segments) - 2
    assert later[0].duration_seconds == pytest.approx(scenes[2].duration_seconds, rel=0.01)
    assert [scene async for scene in OfflineSpeechProvider().narrate_scenes(segments, language, voice,
                                                                             start=len(segments))] == []


def test_a_name_spoken_alone_is_timed_in_its_clip():
    from activities.providers.offline.speech import speak_alone

    clip = speak_alone("Zoé's", "fr", "coral", 24000, 48, 1)
    (word,) = clip.words
    assert (word.text, word.char_start, word.char_end) == ("Zoé's", 0, 5)
    assert 0.04 <= word.start < word.end <= clip.duration_seconds
