"""Offline narration: espeak-ng (through ctypes) for speech and word timings, lameenc for MP3.

espeak-ng keeps global state (one voice, one callback), so the library is
initialised once per process and every call into it holds ``_LOCK``. The CPU work
runs in the CPU pool's processes so the event loop stays free.

Word timings come from espeak-ng itself: its synth callback reports a word event, with
the word's character position and its sample in the audio, as it speaks each word.
"""

from __future__ import annotations

import array
import asyncio
import ctypes
import re
import threading
from collections.abc import AsyncIterator
from dataclasses import dataclass

import espeakng_loader
import lameenc

from activities.providers import mp3
from activities.providers.offline.cpu import off_the_loop
from activities.providers.word_timings import from_positions, within
from contracts.pace import NARRATION_WORDS_PER_MINUTE, count_words
from contracts.read_along import WordTiming, WordTimingSource, word_spans
from contracts.story import Narration, SpokenScene
from contracts.vocabulary import DEFAULT_VOICE, LANGUAGES, VOICES

SAMPLE_RATE = 22050
MP3_BITRATE_KBPS = 64

SENTENCE_PAUSE_S = 0.35
PARAGRAPH_PAUSE_S = 0.8
SEGMENT_PAUSE_S = 1.5
TAIL_PAUSE_S = 0.6
# What a player sounds before an encoded stream's first sample: LAME's encoder delay
# (576 samples) and the MP3 decoder's own (529). Scenes are encoded one by one and
# joined frame by frame, so each scene's speech starts this much after its first frame.
MP3_DELAY_SAMPLES = 576 + 529
# Quieter than this (of 32767) counts as silence: where a sentence's speech ends, and
# where within its timed span a word is really voiced.
_SILENCE_LEVEL = 300
_QUIET_LEVEL = 60

# espeak-ng API constants (speak_lib.h).
_AUDIO_OUTPUT_SYNCHRONOUS = 2
_POS_CHARACTER = 1
_CHARS_UTF8 = 1
_PARAM_RATE = 1
_PARAM_VOLUME = 2
_PARAM_PITCH = 3
_PARAM_RANGE = 4
_MIN_RATE, _MAX_RATE = 80, 300
_EVENT_LIST_TERMINATED = 0
_EVENT_WORD = 1
_EVENT_END = 5  # the end of a clause: where a comma's or a sentence's pause begins


@dataclass(frozen=True)
class VoiceStyle:
    """How one of the seven voices sounds with espeak-ng."""

    variant: str  # a file in espeak-ng-data/voices/!v
    pitch: int  # 0..100, espeak default 50
    pitch_range: int  # 0..100, 0 is monotone
    pace: float  # multiplier on the bedtime pace (1.0 = NARRATION_WORDS_PER_MINUTE)
    volume: int = 100  # 0..200


VOICE_STYLES: dict[str, VoiceStyle] = {
    # warm, nurturing: a soft female voice in the middle of its range
    "coral": VoiceStyle("f2", pitch=46, pitch_range=55, pace=0.97, volume=95),
    # friendly, cheerful: brighter, livelier melody, a touch quicker
    "nova": VoiceStyle("f5", pitch=60, pitch_range=85, pace=1.07, volume=105),
    # grandfatherly: an older male variant (with a little flutter), low and slow
    "fable": VoiceStyle("grandpa", pitch=32, pitch_range=45, pace=0.9, volume=100),
    # clear, neutral: plain male variant, even melody
    "alloy": VoiceStyle("m3", pitch=52, pitch_range=38, pace=1.0, volume=100),
    # soft, dreamy: a female variant with a gentle echo, quiet and smooth
    "echo": VoiceStyle("f4", pitch=56, pitch_range=30, pace=0.94, volume=75),
    # deep, reassuring: the deepest male variant, low and steady
    "onyx": VoiceStyle("m4", pitch=18, pitch_range=32, pace=0.95, volume=105),
    # bright, melodic: high female voice with a wide, singing melody
    "shimmer": VoiceStyle("f3", pitch=76, pitch_range=92, pace=1.03, volume=100),
}

# A few story-like sentences per language: each voice measures once how many words
# per minute espeak-ng really speaks per unit of its rate parameter (it differs by
# language and variant), so narration lands on NARRATION_WORDS_PER_MINUTE.
_CALIBRATION_RATE = 150
_CALIBRATION = {
    "en": (
        "Once upon a time, in a little house at the edge of the forest, there lived a curious child.",
        "Every evening the friends walked along the river and counted the first stars in the sky.",
        "Then everybody smiled, the lanterns glowed softly, and it was time to sleep.",
    ),
    "es": (
        "Había una vez, en una casita al borde del bosque, una niña muy curiosa que se llamaba Lucía.",
        "Todas las tardes los amigos caminaban junto al río y contaban las primeras estrellas del cielo.",
        "Entonces todos sonrieron, los farolillos brillaron suavemente y llegó la hora de dormir.",
    ),
    "fr": (
        "Il était une fois, dans une petite maison au bord de la forêt, une enfant très curieuse.",
        "Chaque soir, les amis marchaient le long de la rivière et comptaient les premières étoiles du ciel.",
        "Alors tout le monde sourit, les lanternes brillèrent doucement, et ce fut l'heure de dormir.",
    ),
    "de": (
        "Es war einmal ein kleines Haus am Rand des Waldes, und darin wohnte ein neugieriges Kind.",
        "Jeden Abend gingen die Freunde am Fluss entlang und zählten die ersten Sterne am Himmel.",
        "Dann lächelten alle, die Laternen leuchteten sanft, und es war Zeit zum Schlafen.",
    ),
    "it": (
        "C'era una volta, in una casetta ai margini del bosco, una bambina molto curiosa.",
        "Ogni sera gli amici camminavano lungo il fiume e contavano le prime stelle del cielo.",
        "Allora tutti sorrisero, le lanterne brillarono piano, ed era ora di dormire.",
    ),
}


class _Event(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("unique_identifier", ctypes.c_uint),
        ("text_position", ctypes.c_int),
        ("length", ctypes.c_int),
        ("audio_position", ctypes.c_int),
        ("sample", ctypes.c_int),
        ("user_data", ctypes.c_void_p),
        ("id", ctypes.c_char * 8),
    ]


_SynthCallback = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.POINTER(_Event))


class _Espeak:
    """The process-wide espeak-ng instance. Use only while holding ``_LOCK``."""

    def __init__(self) -> None:
        lib = ctypes.CDLL(espeakng_loader.get_library_path())
        lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        lib.espeak_Initialize.restype = ctypes.c_int
        lib.espeak_SetSynthCallback.argtypes = [_SynthCallback]
        lib.espeak_SetSynthCallback.restype = None
        lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        lib.espeak_SetVoiceByName.restype = ctypes.c_int
        lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        lib.espeak_SetParameter.restype = ctypes.c_int
        lib.espeak_Synth.argtypes = [
            ctypes.c_void_p,
            ctypes.c_size_t,
            ctypes.c_uint,
            ctypes.c_int,
            ctypes.c_uint,
            ctypes.c_uint,
            ctypes.c_void_p,
            ctypes.c_void_p,
        ]
        lib.espeak_Synth.restype = ctypes.c_int
        lib.espeak_Synchronize.restype = ctypes.c_int
        rate = lib.espeak_Initialize(_AUDIO_OUTPUT_SYNCHRONOUS, 0, espeakng_loader.get_data_path().encode(), 0)
        if rate <= 0:
            raise RuntimeError("espeak-ng failed to initialise")
        self.sample_rate = rate
        self._lib = lib
        self._samples = array.array("h")
        # (character index into the text spoken, sample at which the word begins)
        self._words: list[tuple[int, int]] = []
        # samples at which a clause's speech ends
        self._clause_ends: list[int] = []
        # Keep a reference: ctypes callbacks must outlive their registration.
        self._callback = _SynthCallback(self._collect)
        lib.espeak_SetSynthCallback(self._callback)

    def _collect(self, wav, count, events) -> int:
        if count > 0 and wav:
            self._samples.frombytes(ctypes.string_at(wav, count * 2))
        index = 0
        while events and events[index].type != _EVENT_LIST_TERMINATED:
            event = events[index]
            if event.type == _EVENT_WORD:
                # text_position counts characters from 1; `sample` counts from this call's start.
                self._words.append((event.text_position - 1, event.sample))
            elif event.type == _EVENT_END:
                self._clause_ends.append(event.sample)
            index += 1
        return 0

    def configure(self, language: str, style: VoiceStyle, rate: int) -> None:
        # Always set the voice afresh: it also resets espeak's per-voice state, so a
        # narration does not depend on what was spoken before it.
        if self._lib.espeak_SetVoiceByName(f"{language}+{style.variant}".encode()) != 0:
            if self._lib.espeak_SetVoiceByName(language.encode()) != 0:
                raise RuntimeError(f"espeak-ng has no voice for {language!r}")
        self._lib.espeak_SetParameter(_PARAM_RATE, rate, 0)
        self._lib.espeak_SetParameter(_PARAM_PITCH, style.pitch, 0)
        self._lib.espeak_SetParameter(_PARAM_RANGE, style.pitch_range, 0)
        self._lib.espeak_SetParameter(_PARAM_VOLUME, style.volume, 0)

    def speak(self, text: str) -> array.array:
        return self.speak_words(text)[0]

    def speak_words(self, text: str) -> tuple[array.array, list[tuple[int, float]], list[float]]:
        """The speech, where each word starts (character index into `text`, seconds),
        and where each clause's speech ends (seconds)."""
        self._samples, self._words, self._clause_ends = array.array("h"), [], []
        data = text.encode("utf-8")
        self._lib.espeak_Synth(data, len(data) + 1, 0, _POS_CHARACTER, 0, _CHARS_UTF8, None, None)
        self._lib.espeak_Synchronize()
        samples, self._samples = self._samples, array.array("h")
        words, ends, self._words, self._clause_ends = self._words, self._clause_ends, [], []
        rate = self.sample_rate
        return samples, [(character, sample / rate) for character, sample in words], [sample / rate for sample in ends]


_LOCK = threading.Lock()
_ENGINE: _Espeak | None = None


def _engine() -> _Espeak:
    """The shared espeak-ng instance; call with ``_LOCK`` held."""
    global _ENGINE
    if _ENGINE is None:
        _ENGINE = _Espeak()
    return _ENGINE


_SENTENCE = re.compile(
    # Up to end punctuation (and any closing quotes), where the next word does not
    # continue the sentence in lower case ("Look!" said Pip.), or up to the end.
    r"\S.*?[.!?…]+(?:\s*[»”“\"’)])*(?=\s+(?![a-zà-ÿ»”’)])|\s*$)|\S.*$",
    re.S,
)
_UNSAFE = re.compile(r"[<>\[\]{}\\|_*#~^`]")


def clean_for_speech(text: str) -> str:
    """Plain text espeak-ng reads aloud without surprises (no markup, tidy spaces)."""
    return _cleaned(text, 0, len(text))[0]


def _cleaned(text: str, start: int, end: int) -> tuple[str, list[int]]:
    """`clean_for_speech` of text[start:end], and for each character of the result
    the index in `text` it came from (a space stands for the run it replaced)."""
    characters: list[str] = []
    origins: list[int] = []
    space_at = None
    for index in range(start, end):
        character = text[index]
        if character.isspace() or _UNSAFE.match(character):
            if characters and space_at is None:
                space_at = index
            continue
        if space_at is not None:
            characters.append(" ")
            origins.append(space_at)
            space_at = None
        characters.append(character)
        origins.append(index)
    return "".join(characters), origins


@dataclass(frozen=True)
class Sentence:
    text: str  # as espeak-ng reads it
    origins: tuple[int, ...]  # each character's index in the segment it was cut from

    @property
    def span(self) -> tuple[int, int]:
        return self.origins[0], self.origins[-1] + 1


def _sentences(text: str, start: int, end: int) -> list[Sentence]:
    cleaned, origins = _cleaned(text, start, end)
    found = []
    for match in _SENTENCE.finditer(cleaned):
        left, right = match.span()
        while left < right and cleaned[left].isspace():
            left += 1
        while right > left and cleaned[right - 1].isspace():
            right -= 1
        if left < right:
            found.append(Sentence(cleaned[left:right], tuple(origins[left:right])))
    return found


def split_sentences(text: str) -> list[str]:
    return [sentence.text for sentence in _sentences(text, 0, len(text))]


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def paragraphs_of(segment: str) -> list[list[Sentence]]:
    """A segment as paragraphs, each a list of sentences that remember where they stand."""
    paragraphs, start = [], 0
    for block_end, next_start in [*((m.start(), m.end()) for m in _PARAGRAPH_BREAK.finditer(segment)),
                                  (len(segment), len(segment))]:
        sentences = _sentences(segment, start, block_end)
        if sentences:
            paragraphs.append(sentences)
        start = next_start
    return paragraphs


def split_paragraphs(segment: str) -> list[list[str]]:
    """A segment as paragraphs, each a list of sentences."""
    return [[sentence.text for sentence in paragraph] for paragraph in paragraphs_of(segment)]


# Story text is a little denser than the calibration sentences (longer words, more
# commas); measured once on composed 300-second stories with the neutral voice.
_STORY_DENSITY = {"en": 1.075, "es": 0.96, "fr": 1.07, "de": 1.05, "it": 1.01}
_FACTORS: dict[tuple[str, VoiceStyle], float] = {}


def _speech_factor(engine: _Espeak, language: str, style: VoiceStyle) -> float:
    """Words per minute per unit of espeak's rate for this voice (measured once; lock held)."""
    key = (language, style)
    if key not in _FACTORS:
        sentences = _CALIBRATION.get(language, _CALIBRATION["en"])
        engine.configure(language, style, _CALIBRATION_RATE)
        samples = sum(len(engine.speak(s)) for s in sentences)
        seconds = max(samples / engine.sample_rate, 0.1)
        words = sum(count_words(s) for s in sentences)
        _FACTORS[key] = words * 60.0 / seconds / _CALIBRATION_RATE / _STORY_DENSITY.get(language, 1.0)
    return _FACTORS[key]


def speaking_rate(factor: float, style: VoiceStyle, words: int, pause_seconds: float) -> int:
    """espeak-ng rate that makes speech plus pauses last words / NARRATION_WORDS_PER_MINUTE
    (divided by the voice's own pace)."""
    target_total = words * 60.0 / NARRATION_WORDS_PER_MINUTE
    # Pauses are fixed; speech fills the rest, but never rushes: at least 70 % of
    # the time belongs to speech.
    speech_time = max(target_total - pause_seconds, target_total * 0.7, 1.0)
    wpm = words * 60.0 / speech_time * style.pace
    return int(round(min(max(wpm / factor, _MIN_RATE), _MAX_RATE)))


def _silence(seconds: float) -> array.array:
    return array.array("h", bytes(2 * int(round(seconds * SAMPLE_RATE))))


def _resample(samples: array.array, source_rate: int, target_rate: int = SAMPLE_RATE) -> array.array:
    if source_rate == target_rate or not samples:
        return samples
    n = int(len(samples) * target_rate / source_rate)
    step = source_rate / target_rate
    return array.array("h", (samples[min(int(i * step), len(samples) - 1)] for i in range(n)))


def encode_mp3(
    samples: array.array, sample_rate: int = SAMPLE_RATE, bitrate_kbps: int = MP3_BITRATE_KBPS, channels: int = 1
) -> bytes:
    """16-bit mono PCM as MP3 (duplicated into both channels when `channels` is 2)."""
    if channels == 2:
        stereo = array.array("h", bytes(4 * len(samples)))
        stereo[0::2], stereo[1::2] = samples, samples
        samples = stereo
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(bitrate_kbps)
    encoder.set_in_sample_rate(sample_rate)
    encoder.set_channels(channels)
    encoder.set_quality(5)
    return bytes(encoder.encode(samples.tobytes()) + encoder.flush())


def speak_alone(
    text: str, language: str, voice: str, sample_rate: int = SAMPLE_RATE, bitrate_kbps: int = MP3_BITRATE_KBPS,
    channels: int = 1,
) -> SpokenScene:
    """A few words (a name) as MP3 in the given format, at the voice's bedtime pace, so
    they can be joined to speech made elsewhere; with their words timed from the clip's
    start and character offsets into `text`."""
    language = language if language in LANGUAGES else "en"
    style = VOICE_STYLES.get(voice, VOICE_STYLES["coral"])
    spoken_text, origins = _cleaned(text, 0, len(text))
    with _LOCK:
        engine = _engine()
        factor = _speech_factor(engine, language, style)
        rate = NARRATION_WORDS_PER_MINUTE * style.pace / factor
        engine.configure(language, style, int(round(min(max(rate, _MIN_RATE), _MAX_RATE))))
        spoken, positions, clause_ends = engine.speak_words(spoken_text)
    audio = encode_mp3(_resample(spoken, engine.sample_rate, sample_rate), sample_rate, bitrate_kbps, channels)
    duration = mp3.duration_seconds(audio)
    delay = MP3_DELAY_SAMPLES / sample_rate
    at = [(origins[min(max(character, 0), len(origins) - 1)], delay + seconds) for character, seconds in positions
          if origins]
    ends = min(delay + _speech_end(spoken) / engine.sample_rate, duration)
    pauses = [delay + seconds for seconds in clause_ends]
    return SpokenScene(audio, duration, from_positions(text, at, min(delay, ends), ends, pauses=pauses),
                       WordTimingSource.SYNTHESIZER)


def encode_segments(pcm: array.array, offsets: list[float]) -> list[bytes]:
    """Each segment's own MP3, cut from the joined speech at its offsets."""
    starts = [int(round(offset * SAMPLE_RATE)) for offset in offsets]
    ends = starts[1:] + [len(pcm)]
    return [encode_mp3(pcm[start:end]) for start, end in zip(starts, ends)]


@dataclass(frozen=True)
class SpeechSettings:
    """How a whole story is read: chosen once, so every scene sounds the same however
    many processes speak them."""

    language: str
    voice: str
    rate: int


def plan_speech(segments: list[str], language: str, voice: str) -> SpeechSettings:
    """The espeak-ng rate that puts the whole story (speech and pauses) at the bedtime pace."""
    language = language if language in LANGUAGES else "en"
    voice = voice if voice in VOICE_STYLES else "coral"
    style = VOICE_STYLES[voice]
    parsed = [split_paragraphs(segment) for segment in segments]
    words = sum(count_words(s) for seg in parsed for para in seg for s in para)
    sentences = sum(len(para) for seg in parsed for para in seg)
    paragraphs = sum(len(seg) for seg in parsed)
    pause_seconds = (
        (sentences - paragraphs) * SENTENCE_PAUSE_S
        + paragraphs * PARAGRAPH_PAUSE_S
        + max(len(segments) - 1, 0) * (SEGMENT_PAUSE_S - PARAGRAPH_PAUSE_S)
    )
    with _LOCK:
        factor = _speech_factor(_engine(), language, style)
    return SpeechSettings(language, voice, speaking_rate(factor, style, max(words, 1), pause_seconds))


def _speech_end(samples: array.array) -> int:
    """The sample after the last one that is not silence."""
    end = len(samples)
    while end > 0 and abs(samples[end - 1]) < _SILENCE_LEVEL:
        end -= 1
    return end


def _voiced(words: list[WordTiming], samples: array.array, rate: int, begins: float) -> list[WordTiming]:
    """Each word trimmed to where it is voiced: espeak-ng may place a sentence's first word
    at the start of its audio, silence included, or after a breath of sound it makes for
    an opening quote mark; a word before a pause runs into the pause. A sentence's first
    word starts where the sentence's sound does."""
    trimmed = []
    for index, word in enumerate(words):
        first = 0 if index == 0 else max(int(round((word.start - begins) * rate)), 0)
        last = min(int(round((word.end - begins) * rate)), len(samples))
        while first < last and abs(samples[first]) < _QUIET_LEVEL:
            first += 1
        while last > first and abs(samples[last - 1]) < _QUIET_LEVEL:
            last -= 1
        if first >= last:  # nothing voiced in its span: keep it as timed
            trimmed.append(word)
            continue
        trimmed.append(WordTiming(word.text, round(begins + first / rate, 3), round(begins + last / rate, 3),
                                  word.char_start, word.char_end))
    return trimmed


def _speak_segment(engine: _Espeak, segment: str, last: bool) -> tuple[array.array, list[WordTiming]]:
    """One segment's speech with its pauses (and, unless it is the story's last, the
    top-up that makes the pause between segments), and its words timed from the
    segment's first sample. Call with ``_LOCK`` held and the voice configured."""
    pcm = array.array("h")
    words: list[WordTiming] = []
    for paragraph in paragraphs_of(segment):
        for number, sentence in enumerate(paragraph):
            spoken, positions, clause_ends = engine.speak_words(sentence.text)
            begins = len(pcm) / SAMPLE_RATE
            last_index = len(sentence.origins) - 1
            at = [(sentence.origins[min(max(character, 0), last_index)], begins + seconds)
                  for character, seconds in positions]
            ends = begins + _speech_end(spoken) / engine.sample_rate
            timed = from_positions(segment, at, begins, ends, word_spans(segment, *sentence.span),
                                   pauses=[begins + seconds for seconds in clause_ends])
            words += _voiced(timed, spoken, engine.sample_rate, begins)
            pcm.extend(_resample(spoken, engine.sample_rate))
            pcm.extend(_silence(PARAGRAPH_PAUSE_S if number == len(paragraph) - 1 else SENTENCE_PAUSE_S))
    if not last:
        pcm.extend(_silence(SEGMENT_PAUSE_S - PARAGRAPH_PAUSE_S))
    return pcm, words


def synthesize(segments: list[str], language: str, voice: str) -> tuple[array.array, list[float]]:
    """PCM (16-bit mono, SAMPLE_RATE) for all segments, and each segment's start time."""
    settings = plan_speech(segments, language, voice)
    pcm = array.array("h")
    offsets: list[float] = []
    with _LOCK:
        engine = _engine()
        engine.configure(settings.language, VOICE_STYLES[settings.voice], settings.rate)
        for index, segment in enumerate(segments):
            offsets.append(len(pcm) / SAMPLE_RATE)
            pcm.extend(_speak_segment(engine, segment, index == len(segments) - 1)[0])
    if not pcm:
        pcm.extend(_silence(TAIL_PAUSE_S))
    return pcm, offsets


def spoken_segment(settings: SpeechSettings, segment: str, last: bool) -> tuple[array.array, list[WordTiming]]:
    """One segment's speech (PCM at SAMPLE_RATE, its pauses included) and its words,
    timed from its first sample."""
    with _LOCK:
        engine = _engine()
        engine.configure(settings.language, VOICE_STYLES[settings.voice], settings.rate)
        return _speak_segment(engine, segment, last)


def speak_scene(settings: SpeechSettings, segment: str, last: bool) -> SpokenScene:
    """One scene spoken, encoded and timed, ready to publish (runs in the CPU pool)."""
    pcm, words = spoken_segment(settings, segment, last)
    if not pcm:
        pcm.extend(_silence(TAIL_PAUSE_S))
    audio = encode_mp3(pcm)
    duration = mp3.duration_seconds(audio)
    delay = MP3_DELAY_SAMPLES / SAMPLE_RATE
    return SpokenScene(
        mp3=audio, duration_seconds=duration,
        words=within([word.shifted(delay) for word in words], duration),
        word_timing=WordTimingSource.SYNTHESIZER,
    )


def narration(segments: list[str], language: str, voice: str) -> Narration:
    """The whole story spoken and encoded, in one call: the speech never leaves the
    process that made it, only the MP3s do."""
    pcm, offsets = synthesize(segments, language, voice)
    return Narration(
        mp3=encode_mp3(pcm),
        duration_seconds=len(pcm) / SAMPLE_RATE,
        segment_offsets_seconds=offsets,
        segment_mp3s=encode_segments(pcm, offsets),
    )


class OfflineSpeechProvider:
    """Narration with espeak-ng: no network, no key, deterministic output."""

    name = "offline"

    async def narrate(
        self, segments: list[str], language: str, voice: str, hero_name: str | None = None
    ) -> Narration:
        """`hero_name` needs no care here: nothing leaves this machine."""
        if voice not in VOICES:
            voice = DEFAULT_VOICE
        return await off_the_loop(narration, list(segments), language, voice)

    async def narrate_scenes(
        self, segments: list[str], language: str, voice: str, hero_name: str | None = None, start: int = 0
    ) -> AsyncIterator[SpokenScene]:
        """Scene after scene from `start`, each as soon as it is spoken; the next scene
        is spoken while the caller stores this one."""
        segments = list(segments)
        if start >= len(segments):
            return
        settings = await off_the_loop(plan_speech, segments, language, voice if voice in VOICES else DEFAULT_VOICE)

        def spoken(index: int) -> asyncio.Future:
            last = index == len(segments) - 1
            return asyncio.ensure_future(off_the_loop(speak_scene, settings, segments[index], last))

        ahead = spoken(start)
        try:
            for index in range(start, len(segments)):
                scene = await ahead
                if index + 1 < len(segments):
                    ahead = spoken(index + 1)
                yield scene
        finally:
            ahead.cancel()
