"""A local stand-in for the part of the OpenAI REST API that Storyloom uses.

It checks request shapes the way the real API does (answering 400 with an OpenAI
error body otherwise), logs every request, returns real MP3s and PNGs, and can inject
faults per endpoint: latency, 429 with Retry-After, 500s, hangs, content-policy refusals.

Its speech "says" each word of the input as a tone, silent between words, and it
remembers what it said in each MP3 it made: its transcription endpoint hears those
words back, with the timestamps they really have in that audio (verbose_json with
`timestamp_granularities=["word"]`, as whisper-1 answers), and hears nothing in audio
it did not make.
"""

from __future__ import annotations

import base64
import email.parser
import email.policy
import hashlib
import io
import json
import math
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable

import lameenc
from PIL import Image

CHAT_MODELS = {"gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini"}
TTS_MODELS = {"gpt-4o-mini-tts", "tts-1", "tts-1-hd"}
IMAGE_MODELS = {"gpt-image-1", "dall-e-3", "dall-e-2"}
MODERATION_MODELS = {"omni-moderation-latest", "text-moderation-latest"}
TRANSCRIPTION_MODELS = {"whisper-1", "gpt-4o-transcribe", "gpt-4o-mini-transcribe"}
TRANSCRIPTION_FORMATS = {"json", "text", "srt", "verbose_json", "vtt"}
LANGUAGE_NAMES = {"en": "english", "es": "spanish", "fr": "french", "de": "german", "it": "italian"}
VOICES = {"alloy", "ash", "ballad", "coral", "echo", "fable", "nova", "onyx", "sage", "shimmer", "verse"}
AUDIO_FORMATS = {"mp3", "opus", "aac", "flac", "wav", "pcm"}
GPT_IMAGE_SIZES = {"1024x1024", "1536x1024", "1024x1536", "auto"}
FLAGGED_WORDS = ("gore", "kill", "blood")
MODERATION_CATEGORIES = (
    "harassment", "harassment/threatening", "hate", "hate/threatening", "illicit", "illicit/violent",
    "self-harm", "self-harm/intent", "self-harm/instructions", "sexual", "sexual/minors", "violence",
    "violence/graphic",
)
# Phrases the stand-in's moderation scores high (tests add their own through
# FakeOpenAI.moderation_scores); everything else scores near zero.
DEFAULT_MODERATION_SCORES = {word: {"violence": 0.9, "violence/graphic": 0.6} for word in FLAGGED_WORDS}

ENDPOINTS = {
    "/v1/chat/completions": "chat",
    "/v1/audio/speech": "speech",
    "/v1/images/generations": "images",
    "/v1/images/edits": "edits",
    "/v1/moderations": "moderations",
    "/v1/audio/transcriptions": "transcriptions",
}
# A word as the stand-in's speech says it: a tone for each run of letters and digits.
SPOKEN_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")

SAMPLE_RATE = 24000


@dataclass
class Fault:
    """What to do to the next `times` matching calls (times=None: all of them)."""

    status: int | None = None  # 429, 500, 400 …
    retry_after: str | None = None
    code: str | None = None  # e.g. "content_policy_violation"
    message: str = "injected failure"
    latency: float = 0.0  # seconds before answering (a hang when above the client timeout)
    times: int | None = 1
    model: str | None = None  # only calls for this model


@dataclass
class LoggedRequest:
    endpoint: str
    path: str
    headers: dict
    body: bytes
    status: int = 0
    json: Any = None
    fields: dict = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


class OpenAIError(Exception):
    def __init__(self, status: int, message: str, type_: str = "invalid_request_error", code: str | None = None,
                 param: str | None = None, headers: dict | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.type, self.code, self.param = status, message, type_, code, param
        self.headers = headers or {}

    def body(self) -> dict:
        return {"error": {"message": self.message, "type": self.type, "param": self.param, "code": self.code}}


def _bad(message: str, param: str | None = None, code: str | None = None) -> OpenAIError:
    return OpenAIError(400, message, param=param, code=code)


def spoken_layout(text: str, seconds_per_char: float) -> tuple[float, list[tuple[str, float, float]]]:
    """How long the stand-in takes to say `text`, and when it says each word: every
    character takes the same time, words are voiced, everything else is silence."""
    total = max(0.2, len(text) * seconds_per_char)
    scale = total / max(len(text) * seconds_per_char, 1e-9)
    return round(total, 3), [(match.group(0), round(match.start() * seconds_per_char * scale, 4),
                              round(match.end() * seconds_per_char * scale, 4))
                             for match in SPOKEN_WORD.finditer(text)]


def speech_mp3(seconds: float, words: list[tuple[str, float, float]], frequency: float = 330.0) -> bytes:
    """A real MP3 (mono, 24 kHz, 48 kbit/s): a soft tone while each word is said, silence between."""
    count = max(1, int(seconds * SAMPLE_RATE))
    voiced = bytearray(count)
    for _, start, end in words:
        first, last = int(start * SAMPLE_RATE), int(end * SAMPLE_RATE)
        voiced[first:last] = b"\x01" * (last - first)
    samples = bytearray()
    for n in range(count):
        value = int(3000 * math.sin(2 * math.pi * frequency * n / SAMPLE_RATE)) if voiced[n] else 0
        samples += value.to_bytes(2, "little", signed=True)
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(48)
    encoder.set_in_sample_rate(SAMPLE_RATE)
    encoder.set_channels(1)
    encoder.set_quality(7)
    return bytes(encoder.encode(bytes(samples)) + encoder.flush())


def small_png(width: int = 48, height: int = 32, color=(250, 200, 120)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), color).save(out, format="PNG")
    return out.getvalue()


def _story_reply(body: dict) -> str:
    user = " ".join(str(m.get("content")) for m in body["messages"] if m.get("role") == "user")
    hero = "[HERO]" if "[HERO]" in json.dumps(body) else "the child"
    title = f"{hero} and the Sleepy Star"
    paragraphs = [
        f"{hero} lived in a little house by the hill and loved the stars.",
        f"One evening a tiny star fell into the garden, and {hero} and a kind fox went to help it.",
        f"{hero} used a gentle song to calm the star, and the owl showed the way home.",
        f"Back in bed, {hero} smiled, eyes closing, while the star glowed softly above.",
    ]
    if "event" in user.lower():
        paragraphs.insert(1, "The family's adventure began with a whisper in the trees.")
    return json.dumps({"title": title, "content": "\n\n".join(paragraphs)})


def _scenes_reply(body: dict) -> str:
    user = " ".join(str(m.get("content")) for m in body["messages"] if m.get("role") == "user")
    inner = re.search(r"<<<STORY>>>\n(.*)\n<<<END STORY>>>", user, re.S)
    story = inner.group(1) if inner else user
    paragraphs = [p.strip() for p in story.split("\n\n") if p.strip()][1:] or [story]
    while len(paragraphs) < 3:
        paragraphs.append("The night was quiet and soft.")
    emotions = ["joyful", "adventurous", "heartwarming", "peaceful", "mysterious", "exciting"]
    scenes = [
        {"text_segment": p, "illustration_prompt": f"[HERO] with a kind fox in scene {i + 1}",
         "emotion": emotions[i % len(emotions)], "importance": "key" if i == 0 else "major"}
        for i, p in enumerate(paragraphs[:6])
    ]
    return json.dumps({"scenes": scenes})


def _analysis_reply(body: dict, inappropriate: dict[str, dict]) -> str:
    """Appropriate unless the content holds one of the scripted phrases."""
    user = " ".join(str(m.get("content")) for m in body["messages"] if m.get("role") == "user").lower()
    for phrase, verdict in inappropriate.items():
        if phrase in user:
            return json.dumps({"is_appropriate": False, "confidence": 0.9, "concerns": [f"mentions {phrase}"],
                               "suggested_modifications": ["tell it gently"], "categories": ["violence"], **verdict})
    return json.dumps({"is_appropriate": True, "confidence": 0.95, "concerns": [], "suggested_modifications": [],
                       "categories": []})


def default_chat_reply(body: dict, inappropriate: dict[str, dict] | None = None) -> str:
    spec = body.get("response_format", {}).get("json_schema", {})
    if spec.get("name") == "content_analysis":
        return _analysis_reply(body, inappropriate or {})
    if "scenes" in spec.get("schema", {}).get("properties", {}):
        return _scenes_reply(body)
    return _story_reply(body)


class FakeOpenAI:
    """Start with `with FakeOpenAI() as fake:`; point the SDK at `fake.base_url`."""

    def __init__(self, api_key: str = "sk-test") -> None:
        self.api_key = api_key
        self.requests: list[LoggedRequest] = []
        self.faults: dict[str, list[Fault]] = {}
        # Replacements for the message content of story and scene answers (a string, or a
        # callable of the request body), consumed one per call; content analyses answer
        # from `inappropriate` instead.
        self.chat_replies: list[str | Callable[[dict], str]] = []
        self.refusal: str | None = None
        # phrase -> {moderation category: score} for the moderation endpoint.
        self.moderation_scores: dict[str, dict[str, float]] = {}
        # phrase -> the content analysis that finds it inappropriate (see _analysis_reply).
        self.inappropriate: dict[str, dict] = {}
        self.seconds_per_char = 0.004
        # What the transcription hears, given the words really said (word, start, end):
        # tests make it mishear; None hears them as said.
        self.hearing: Callable[[list[tuple[str, float, float]]], list[tuple[str, float, float]]] | None = None
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._mp3_cache: dict[str, bytes] = {}
        # sha256 of each MP3 the speech endpoint answered -> (seconds, the words said in it)
        self.said: dict[str, tuple[float, list[tuple[str, float, float]]]] = {}

    # -- lifecycle -------------------------------------------------------------
    def start(self) -> "FakeOpenAI":
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # quiet
                pass

            def do_POST(self) -> None:
                fake._handle(self)

            def do_GET(self) -> None:
                if self.path.split("?")[0] == "/v1/models" and self.headers.get("Authorization") == f"Bearer {fake.api_key}":
                    fake._send(self, 200, {"object": "list", "data": [{"id": model, "object": "model"}
                                                                      for model in sorted(CHAT_MODELS | TTS_MODELS | IMAGE_MODELS | MODERATION_MODELS)]})
                    return
                status = 401 if self.path.startswith("/v1/models") else 404
                fake._send(self, status, {"error": {"message": "not found or not allowed", "type": "invalid_request_error"}})

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()

    def __enter__(self) -> "FakeOpenAI":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    # -- test controls ---------------------------------------------------------
    def inject(self, endpoint: str, fault: Fault) -> None:
        with self._lock:
            self.faults.setdefault(endpoint, []).append(fault)

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()
            self.faults.clear()
            self.chat_replies.clear()
            self.refusal = None
            self.moderation_scores.clear()
            self.inappropriate.clear()
            self.hearing = None

    def calls(self, endpoint: str) -> list[LoggedRequest]:
        return [r for r in self.requests if r.endpoint == endpoint]

    def _take_fault(self, endpoint: str, model: str | None) -> Fault | None:
        with self._lock:
            for fault in self.faults.get(endpoint, []):
                if fault.model and fault.model != model:
                    continue
                if fault.times is not None:
                    if fault.times <= 0:
                        continue
                    fault.times -= 1
                return fault
        return None

    # -- HTTP ------------------------------------------------------------------
    def _send(self, handler: BaseHTTPRequestHandler, status: int, payload: Any, content_type: str = "application/json",
              headers: dict | None = None) -> None:
        body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        try:
            handler.send_response(status)
            handler.send_header("Content-Type", content_type)
            handler.send_header("Content-Length", str(len(body)))
            handler.send_header("x-request-id", f"req_{len(self.requests)}")
            for key, value in (headers or {}).items():
                handler.send_header(key, value)
            handler.end_headers()
            handler.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length) if length else b""
        path = handler.path.split("?")[0]
        endpoint = ENDPOINTS.get(path, "unknown")
        logged = LoggedRequest(endpoint, path, dict(handler.headers), raw)
        with self._lock:
            self.requests.append(logged)
        try:
            if handler.headers.get("Authorization") != f"Bearer {self.api_key}":
                raise OpenAIError(401, "Incorrect API key provided.", code="invalid_api_key")
            if endpoint == "unknown":
                raise OpenAIError(404, f"Unknown request URL: POST {path}.", code="unknown_url")
            body = self._parse(handler, raw, logged)
            fault = self._take_fault(endpoint, body.get("model"))
            if fault:
                if fault.latency:
                    time.sleep(fault.latency)
                if fault.status:
                    headers = {"Retry-After": fault.retry_after} if fault.retry_after else {}
                    type_ = "server_error" if fault.status >= 500 else (
                        "rate_limit_exceeded" if fault.status == 429 else "invalid_request_error")
                    raise OpenAIError(fault.status, fault.message, type_, fault.code, headers=headers)
            status, payload, content_type = getattr(self, f"_{endpoint}")(body)
        except OpenAIError as error:
            logged.status = error.status
            self._send(handler, error.status, error.body(), headers=error.headers)
            return
        logged.status = status
        self._send(handler, status, payload, content_type)

    def _parse(self, handler, raw: bytes, logged: LoggedRequest) -> dict:
        content_type = handler.headers.get("Content-Type", "")
        if content_type.startswith("multipart/form-data"):
            message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
                f"Content-Type: {content_type}\r\n\r\n".encode() + raw)
            fields: dict[str, Any] = {}
            for part in message.iter_parts():
                name = part.get_param("name", header="content-disposition")
                payload = part.get_payload(decode=True)
                if part.get_filename():
                    fields.setdefault(name, []).append((part.get_filename(), part.get_content_type(), payload))
                elif name.endswith("[]"):  # an array, one part per item
                    fields.setdefault(name, []).append(payload.decode())
                else:
                    fields[name] = payload.decode()
            logged.fields = fields
            return fields
        try:
            body = json.loads(raw or b"{}")
        except json.JSONDecodeError as exc:
            raise _bad(f"We could not parse the JSON body of your request: {exc}")
        if not isinstance(body, dict):
            raise _bad("The request body must be a JSON object.")
        logged.json = body
        return body

    # -- endpoints -------------------------------------------------------------
    def _chat(self, body: dict):
        model = body.get("model")
        if not model:
            raise _bad("you must provide a model parameter", "model")
        if model not in CHAT_MODELS:
            raise OpenAIError(404, f"The model `{model}` does not exist or you do not have access to it.",
                              code="model_not_found")
        messages = body.get("messages")
        if not isinstance(messages, list) or not messages:
            raise _bad("'messages' must contain at least one message.", "messages")
        for i, m in enumerate(messages):
            if not isinstance(m, dict) or m.get("role") not in ("system", "developer", "user", "assistant", "tool"):
                raise _bad(f"Invalid value for 'messages[{i}].role'.", f"messages[{i}].role")
            if not isinstance(m.get("content"), (str, list)):
                raise _bad(f"Missing required parameter: 'messages[{i}].content'.", f"messages[{i}].content")
        response_format = body.get("response_format")
        if response_format is not None:
            if response_format.get("type") == "json_schema":
                spec = response_format.get("json_schema") or {}
                if not spec.get("name") or not isinstance(spec.get("schema"), dict):
                    raise _bad("Missing required parameter: 'response_format.json_schema.name'/'schema'.",
                               "response_format.json_schema")
                if spec.get("strict") and spec["schema"].get("additionalProperties") is not False:
                    raise _bad("Invalid schema: 'additionalProperties' is required to be supplied and to be false.",
                               "response_format")
            elif response_format.get("type") not in ("text", "json_object"):
                raise _bad("Invalid value for 'response_format.type'.", "response_format.type")
        temperature = body.get("temperature", 1)
        if not isinstance(temperature, (int, float)) or not 0 <= temperature <= 2:
            raise _bad("Invalid 'temperature': must be between 0 and 2.", "temperature")
        refusal = self.refusal
        content: str | None = None
        analysis = (response_format or {}).get("json_schema", {}).get("name") == "content_analysis"
        if refusal is None:
            with self._lock:
                reply = self.chat_replies.pop(0) if self.chat_replies and not analysis else None
            if reply is None:
                content = default_chat_reply(body, self.inappropriate)
            else:
                content = reply(body) if callable(reply) else reply
        return 200, {
            "id": f"chatcmpl-{len(self.requests)}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": model,
            "choices": [{"index": 0, "finish_reason": "stop", "logprobs": None,
                         "message": {"role": "assistant", "content": content, "refusal": refusal}}],
            "usage": {"prompt_tokens": 100, "completion_tokens": 200, "total_tokens": 300},
        }, "application/json"

    def _speech(self, body: dict):
        for required in ("model", "input", "voice"):
            if not body.get(required):
                raise _bad(f"Missing required parameter: '{required}'.", required)
        if body["model"] not in TTS_MODELS:
            raise OpenAIError(404, f"The model `{body['model']}` does not exist.", code="model_not_found")
        if body["voice"] not in VOICES:
            raise _bad(f"Invalid value for 'voice': '{body['voice']}'.", "voice")
        if len(body["input"]) > 4096:
            raise _bad("[{'type': 'string_too_long', 'loc': ('body', 'input'), 'msg': "
                       "'String should have at most 4096 characters'}]", "input", "string_above_max_length")
        if body.get("response_format", "mp3") not in AUDIO_FORMATS:
            raise _bad("Invalid value for 'response_format'.", "response_format")
        if body.get("instructions") and body["model"] in ("tts-1", "tts-1-hd"):
            raise _bad("instructions are not supported with this model.", "instructions")
        text = body["input"]
        with self._lock:
            audio = self._mp3_cache.get(text)
        if audio is None:
            seconds, words = spoken_layout(text, self.seconds_per_char)
            audio = speech_mp3(seconds, words)
            with self._lock:
                self._mp3_cache[text] = audio
                self.said[hashlib.sha256(audio).hexdigest()] = (seconds, words)
        return 200, audio, "audio/mpeg"

    def _transcriptions(self, body: dict):
        model = body.get("model")
        if not model:
            raise _bad("Missing required parameter: 'model'.", "model")
        if model not in TRANSCRIPTION_MODELS:
            raise OpenAIError(404, f"The model `{model}` does not exist or you do not have access to it.",
                              code="model_not_found")
        files = body.get("file")
        if not files:
            raise _bad("Missing required parameter: 'file'.", "file")
        name, _, audio = files[0]
        if not (audio[:3] == b"ID3" or (len(audio) > 1 and audio[0] == 0xFF and audio[1] & 0xE0 == 0xE0)):
            raise _bad("Invalid file format. Supported formats: ['flac', 'm4a', 'mp3', 'mp4', 'mpeg', 'mpga', "
                       "'oga', 'ogg', 'wav', 'webm']", "file", "invalid_value")
        response_format = body.get("response_format", "json")
        if response_format not in TRANSCRIPTION_FORMATS:
            raise _bad(f"Invalid value for 'response_format': '{response_format}'.", "response_format")
        if model != "whisper-1" and response_format not in ("json", "text"):
            raise _bad(f"response_format '{response_format}' is not compatible with model '{model}'. "
                       "Use 'json' or 'text' instead.", "response_format", "unsupported_value")
        granularities = body.get("timestamp_granularities[]") or []
        if granularities and response_format != "verbose_json":
            raise _bad("timestamp_granularities requires response_format=verbose_json", "timestamp_granularities")
        if any(value not in ("word", "segment") for value in granularities):
            raise _bad("Invalid value for 'timestamp_granularities'.", "timestamp_granularities")
        language = body.get("language")
        if language is not None and language not in LANGUAGE_NAMES and not re.fullmatch(r"[a-z]{2}", language):
            raise _bad(f"Invalid language '{language}'. Language parameter must be specified in ISO-639-1 format.",
                       "language", "invalid_language_format")
        with self._lock:
            seconds, words = self.said.get(hashlib.sha256(audio).hexdigest(), (0.5, []))
            hearing = self.hearing
        heard = hearing(list(words)) if hearing else list(words)
        text = " ".join(word for word, _, _ in heard)
        if response_format == "text":
            return 200, text.encode(), "text/plain"
        if response_format != "verbose_json":
            return 200, {"text": text, "usage": {"type": "duration", "seconds": math.ceil(seconds)}}, "application/json"
        answer = {"task": "transcribe", "language": LANGUAGE_NAMES.get(language or "en", "english"),
                  "duration": seconds, "text": text,
                  "usage": {"type": "duration", "seconds": math.ceil(seconds)}}
        if "word" in granularities:
            answer["words"] = [{"word": word, "start": start, "end": end} for word, start, end in heard]
        if "segment" in granularities or not granularities:
            answer["segments"] = [{"id": 0, "seek": 0, "start": 0.0, "end": seconds, "text": text, "tokens": [],
                                   "temperature": 0.0, "avg_logprob": -0.2, "compression_ratio": 1.2,
                                   "no_speech_prob": 0.01}]
        return 200, answer, "application/json"

    def _check_image_request(self, body: dict) -> None:
        model = body.get("model") or "dall-e-2"
        if model not in IMAGE_MODELS:
            raise OpenAIError(404, f"The model `{model}` does not exist.", code="model_not_found")
        prompt = body.get("prompt")
        if not prompt:
            raise _bad("Missing required parameter: 'prompt'.", "prompt")
        if len(prompt) > 32000:
            raise _bad("Invalid 'prompt': string too long.", "prompt", "string_above_max_length")
        if model == "gpt-image-1":
            if body.get("response_format"):
                raise _bad("Unknown parameter: 'response_format'.", "response_format", "unknown_parameter")
            if body.get("size", "auto") not in GPT_IMAGE_SIZES:
                raise _bad(f"Invalid value: '{body.get('size')}'. Supported values are: "
                           "'1024x1024', '1024x1536', '1536x1024', and 'auto'.", "size", "invalid_value")
        if any(word in prompt.lower() for word in FLAGGED_WORDS):
            raise _bad("Your request was rejected as a result of our safety system.", None, "moderation_blocked")

    def _image_answer(self):
        return 200, {"created": int(time.time()), "data": [{"b64_json": base64.b64encode(small_png()).decode()}],
                     "usage": {"input_tokens": 50, "output_tokens": 100, "total_tokens": 150}}, "application/json"

    def _images(self, body: dict):
        self._check_image_request(body)
        return self._image_answer()

    def _edits(self, body: dict):
        self._check_image_request(body)
        images = body.get("image") or body.get("image[]")
        if not images:
            raise _bad("Missing required parameter: 'image'.", "image")
        for name, content_type, payload in images:
            if not payload.startswith(b"\x89PNG\r\n\x1a\n"):
                raise _bad(f"Invalid image file '{name}': unsupported format.", "image", "invalid_image_format")
        return self._image_answer()

    def _moderations(self, body: dict):
        text = body.get("input")
        if not text:
            raise _bad("Missing required parameter: 'input'.", "input")
        if body.get("model", "omni-moderation-latest") not in MODERATION_MODELS:
            raise OpenAIError(404, f"The model `{body['model']}` does not exist.", code="model_not_found")
        inputs = text if isinstance(text, list) else [text]
        if len(inputs) > 32:
            raise _bad("Invalid 'input': at most 32 items are allowed.", "input")
        results = []
        for item in inputs:
            if isinstance(item, dict):
                if item.get("type") != "text":
                    raise _bad("Invalid 'input': only text parts are supported here.", "input")
                item = item.get("text", "")
            if not isinstance(item, str):
                raise _bad("Invalid 'input': expected a string or an array of strings.", "input")
            scores = {category: 0.0001 for category in MODERATION_CATEGORIES}
            lowered = item.lower()
            for phrase, scripted in {**DEFAULT_MODERATION_SCORES, **self.moderation_scores}.items():
                if phrase in lowered:
                    for category, score in scripted.items():
                        scores[category] = max(scores[category], score)
            categories = {category: score >= 0.5 for category, score in scores.items()}
            results.append({
                "flagged": any(categories.values()),
                "categories": categories,
                "category_scores": scores,
                "category_applied_input_types": {category: ["text"] for category in MODERATION_CATEGORIES},
            })
        return 200, {"id": f"modr-{len(self.requests)}", "model": body.get("model", "omni-moderation-latest"),
                     "results": results}, "application/json"
