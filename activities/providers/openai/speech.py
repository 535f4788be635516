"""Narration through the speech endpoint, one request per piece of at most 4096 characters;
word timings through the transcription endpoint.

The child's name is never sent: it is spoken here (espeak-ng, in the voice's style and
the service's audio format) and joined in, and it is timed here too. Only the pieces
the service spoke are sent back to it for their word timestamps, which are aligned to
the text they were made from (activities.providers.word_timings); when a transcription
fails or is off, those words get the proportional estimate.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass

import openai
import structlog

from activities.providers import mp3, usage_meter
from activities.providers.errors import invalid_provider_request
from activities.providers.offline.speech import speak_alone
from activities.providers.openai.config import NameMask, OpenAIModels
from activities.providers.openai.errors import error_to_application_error
from activities.providers.word_timings import MIN_MATCHED_SHARE, estimate, from_transcript, within
from contracts.read_along import WordTiming, WordTimingSource, weakest, word_spans
from contracts.story import Narration, SpokenScene
from contracts.vocabulary import VOICES

log = structlog.get_logger("storyloom.speech")

MAX_INPUT_CHARS = 4096
# Speech requests in flight at once for one narration.
PARALLEL_REQUESTS = 4

VOICE_CHARACTER = {
    "coral": "warm and nurturing, like a loving parent",
    "nova": "cheerful and engaging, yet calm",
    "fable": "wise and grandfatherly, unhurried",
    "alloy": "clear and neutral, gentle",
    "echo": "soft and dreamy",
    "onyx": "deep and reassuring",
    "shimmer": "bright and melodic, softened for night",
}
LANGUAGE_ACCENT = {
    "en": "English", "es": "Spanish, with a natural Spanish accent", "fr": "French, with a natural French accent",
    "de": "German, with a natural German accent", "it": "Italian, with a natural Italian accent",
}


def instructions_for(voice: str, language: str) -> str:
    return (
        f"You are reading a bedtime story aloud in {LANGUAGE_ACCENT.get(language, language)}. "
        f"Voice: {VOICE_CHARACTER.get(voice, 'warm and gentle')}. Speak slowly, at about 130 words per minute, "
        "softly and tenderly, with short pauses at sentence ends and longer pauses between paragraphs. "
        "Grow slower and quieter toward the end, as the child falls asleep."
    )


_SENTENCE_END = re.compile(r"(?<=[.!?…»”\"])\s+|\n+")


def split_for_speech(text: str, limit: int = MAX_INPUT_CHARS) -> list[str]:
    """Pieces of at most `limit` characters, cut at sentence ends (at spaces when a sentence is too long)."""
    text = text.strip()
    if len(text) <= limit:
        return [text] if text else []
    sentences = [s for s in _SENTENCE_END.split(text) if s.strip()]
    pieces: list[str] = []
    current = ""
    for sentence in sentences:
        while len(sentence) > limit:  # one enormous sentence: cut at the last space that fits
            cut = sentence.rfind(" ", 0, limit)
            cut = cut if cut > 0 else limit
            head, sentence = sentence[:cut].strip(), sentence[cut:].strip()
            if current:
                pieces.append(current)
                current = ""
            pieces.append(head)
        candidate = f"{current} {sentence}" if current else sentence
        if len(candidate) <= limit:
            current = candidate
        else:
            pieces.append(current)
            current = sentence
    if current:
        pieces.append(current)
    return pieces


@dataclass(frozen=True)
class SpokenPart:
    """A stretch of a segment said one way: by the service (in `pieces` it accepts) or,
    for the child's name, here. `start` is where it begins in the segment."""

    text: str
    start: int
    is_name: bool
    pieces: tuple[str, ...] = ()


def spoken_parts(segment: str, mask: NameMask) -> list[SpokenPart]:
    """What to say, in order, each part placed in `segment`; parts with nothing to say
    (lone punctuation between two names) are left out."""
    position = len(segment) - len(segment.lstrip())
    parts: list[SpokenPart] = []
    for text, is_name in mask.spoken_parts(segment.strip()):
        if is_name:
            parts.append(SpokenPart(text, position, True))
        elif any(character.isalnum() for character in text):
            parts.append(SpokenPart(text, position, False, tuple(split_for_speech(text))))
        position += len(text)
    return parts


def speech_plan(segment: str, mask: NameMask) -> list[tuple[str, bool]]:
    """What to say, in order: (text for the speech endpoint, False) in pieces it
    accepts, and (the name, True) wherever the child's name is said."""
    plan: list[tuple[str, bool]] = []
    for part in spoken_parts(segment, mask):
        plan += [(part.text, True)] if part.is_name else [(piece, False) for piece in part.pieces]
    return plan


class OpenAISpeech:
    name = "openai"

    def __init__(self, client: openai.AsyncOpenAI, models: OpenAIModels | None = None) -> None:
        self.client = client
        self.models = models or OpenAIModels()

    async def _speak(self, text: str, language: str, voice: str) -> bytes:
        try:
            response = await self.client.audio.speech.create(
                model=self.models.tts, voice=voice, input=text, response_format="mp3",
                instructions=instructions_for(voice, language),
            )
        except openai.OpenAIError as exc:
            raise error_to_application_error(exc) from exc
        usage_meter.report(self.models.tts, characters=len(text))
        audio = response.content
        if not mp3.frames(audio):
            raise invalid_provider_request("openai: speech answer holds no MP3 frames")
        return audio

    async def narrate(
        self, segments: list[str], language: str, voice: str, hero_name: str | None = None
    ) -> Narration:
        """Each segment narrated by OpenAI except the child's name, which never leaves
        Storyloom: it is spoken locally in the same voice's style and joined in."""
        if voice not in VOICES:
            raise invalid_provider_request(f"unknown voice {voice!r}")
        mask = NameMask(hero_name)
        plans = [speech_plan(segment, mask) for segment in segments]
        limit = asyncio.Semaphore(PARALLEL_REQUESTS)

        async def remote(text: str) -> bytes:
            async with limit:
                return await self._speak(text, language, voice)

        spoken = await asyncio.gather(*(remote(text) for plan in plans for text, is_name in plan if not is_name))
        audio_format = next(filter(None, map(mp3.stream_format, spoken)), None) or mp3.StreamFormat()
        names: dict[str, bytes] = {}
        for name in {text for plan in plans for text, is_name in plan if is_name}:
            names[name] = (await asyncio.to_thread(
                speak_alone, name, language, voice, audio_format.sample_rate, audio_format.bitrate_kbps,
                audio_format.channels,
            )).mp3
        remote_audio = iter(spoken)
        segment_mp3s = [
            mp3.concatenate([names[text] if is_name else next(remote_audio) for text, is_name in plan])
            for plan in plans
        ]
        offsets, elapsed = [], 0.0
        for audio in segment_mp3s:
            offsets.append(round(elapsed, 3))
            elapsed += mp3.duration_seconds(audio)
        joined = b"".join(segment_mp3s)
        return Narration(mp3=joined, duration_seconds=round(mp3.duration_seconds(joined), 3),
                         segment_offsets_seconds=offsets, segment_mp3s=segment_mp3s)

    async def narrate_scenes(
        self, segments: list[str], language: str, voice: str, hero_name: str | None = None, start: int = 0
    ) -> AsyncIterator[SpokenScene]:
        """Scene after scene from `start`, each with its word timings, as soon as it is
        ready. Every scene's requests go out at once (PARALLEL_REQUESTS in flight, the
        first scene's first), so the first scene is not kept waiting by the last."""
        if voice not in VOICES:
            raise invalid_provider_request(f"unknown voice {voice!r}")
        mask = NameMask(hero_name)
        speaking, transcribing = asyncio.Semaphore(PARALLEL_REQUESTS), asyncio.Semaphore(PARALLEL_REQUESTS)
        scenes = [asyncio.ensure_future(self._scene(spoken_parts(segment, mask), language, voice, speaking,
                                                    transcribing))
                  for segment in list(segments)[start:]]
        try:
            for scene in scenes:
                yield await scene
        finally:
            for scene in scenes:
                scene.cancel()
            await asyncio.gather(*scenes, return_exceptions=True)

    async def _scene(self, parts: list[SpokenPart], language: str, voice: str, speaking: asyncio.Semaphore,
                     transcribing: asyncio.Semaphore) -> SpokenScene:
        async def remote(text: str) -> bytes:
            async with speaking:
                return await self._speak(text, language, voice)

        spoken = await asyncio.gather(
            *(asyncio.gather(*map(remote, part.pieces)) for part in parts if not part.is_name))
        audio_format = next(filter(None, (mp3.stream_format(piece) for pieces in spoken for piece in pieces)),
                            None) or mp3.StreamFormat()
        remote_pieces = iter(spoken)
        clips = await asyncio.gather(*(
            asyncio.to_thread(speak_alone, part.text, language, voice, audio_format.sample_rate,
                              audio_format.bitrate_kbps, audio_format.channels)
            if part.is_name else self._timed(part.text, next(remote_pieces), language, transcribing)
            for part in parts
        ))
        words: list[WordTiming] = []
        elapsed = 0.0
        for part, clip in zip(parts, clips):
            words += [word.shifted(elapsed, part.start) for word in clip.words]
            elapsed += clip.duration_seconds
        audio = mp3.concatenate([clip.mp3 for clip in clips])
        duration = mp3.duration_seconds(audio)
        return SpokenScene(audio, duration, within(words, duration),
                           weakest([WordTimingSource(clip.word_timing) for clip in clips]))

    async def _timed(self, text: str, pieces: list[bytes], language: str,
                     transcribing: asyncio.Semaphore) -> SpokenScene:
        """The service's speech of `text` (in pieces) joined, with its words timed by
        transcription, or estimated when that is switched off, fails or is off."""
        audio = mp3.concatenate(pieces)
        duration = mp3.duration_seconds(audio)
        spans = word_spans(text)
        if self.models.transcription:
            try:
                heard: list[tuple[str, float, float]] = []
                elapsed = 0.0
                async with transcribing:
                    answers = await asyncio.gather(*(self._transcribe(piece, language) for piece in pieces))
                for piece, answer in zip(pieces, answers):
                    heard += [(word, elapsed + start, elapsed + end) for word, start, end in answer]
                    elapsed += mp3.duration_seconds(piece)
                words, share = from_transcript(text, heard, 0.0, duration, spans)
                if share >= MIN_MATCHED_SHARE:
                    return SpokenScene(audio, duration, words, WordTimingSource.TRANSCRIPTION)
                log.info("transcription_off", heard_as_written=round(share, 2), words=len(spans))
            except openai.OpenAIError as error:
                log.info("transcription_failed", error=str(error))
        return SpokenScene(audio, duration, estimate(text, 0.0, duration, spans), WordTimingSource.ESTIMATE)

    async def _transcribe(self, audio: bytes, language: str) -> list[tuple[str, float, float]]:
        answer = await self.client.audio.transcriptions.create(
            model=self.models.transcription, file=("speech.mp3", audio, "audio/mpeg"), language=language,
            response_format="verbose_json", timestamp_granularities=["word"],
        )
        usage_meter.report(self.models.transcription, audio_seconds=answer.duration or mp3.duration_seconds(audio))
        return [(word.word, word.start, word.end) for word in answer.words or []]
