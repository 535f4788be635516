"""Narration through the speech endpoint, one request per piece of at most 4096 characters."""

from __future__ import annotations

import asyncio
import re

import openai

from activities.providers import usage_meter
from activities.providers.errors import invalid_provider_request
from activities.providers.offline.speech import speak_alone
from activities.providers.openai import mp3
from activities.providers.openai.config import NameMask, OpenAIModels
from activities.providers.openai.errors import error_to_application_error
from contracts.story import Narration
from contracts.vocabulary import VOICES

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
            names[name] = await asyncio.to_thread(
                speak_alone, name, language, voice, audio_format.sample_rate, audio_format.bitrate_kbps,
                audio_format.channels,
            )
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


def speech_plan(segment: str, mask: NameMask) -> list[tuple[str, bool]]:
    """What to say, in order: (text for the speech endpoint, False) in pieces it
    accepts, and (the name, True) wherever the child's name is said."""
    plan: list[tuple[str, bool]] = []
    for part, is_name in mask.spoken_parts(segment.strip()):
        if is_name:
            plan.append((part, True))
        elif any(character.isalnum() for character in part):
            plan += [(piece, False) for piece in split_for_speech(part)]
    return plan
