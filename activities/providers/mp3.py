"""A small MPEG audio frame walker: durations and clean concatenation of MP3 streams
(OpenAI's speech joined to the name spoken here; scenes joined into a story)."""

from __future__ import annotations

from dataclasses import dataclass

_BITRATES = {  # kbit/s by (version is MPEG1, layer) and index
    (True, 1): [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
    (True, 2): [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
    (True, 3): [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
    (False, 1): [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
    (False, 2): [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
    (False, 3): [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
}
_SAMPLE_RATES = {3: [44100, 48000, 32000], 2: [22050, 24000, 16000], 0: [11025, 12000, 8000]}  # by version bits


@dataclass(frozen=True)
class Frame:
    start: int
    length: int
    samples: int
    sample_rate: int
    bitrate: int = 0  # bit/s
    channels: int = 1


def _header(data: bytes, i: int) -> Frame | None:
    if i + 4 > len(data) or data[i] != 0xFF or (data[i + 1] & 0xE0) != 0xE0:
        return None
    version_bits = (data[i + 1] >> 3) & 0x3
    layer_bits = (data[i + 1] >> 1) & 0x3
    bitrate_index = data[i + 2] >> 4
    rate_index = (data[i + 2] >> 2) & 0x3
    padding = (data[i + 2] >> 1) & 0x1
    if version_bits == 1 or layer_bits == 0 or bitrate_index in (0, 15) or rate_index == 3:
        return None
    mpeg1 = version_bits == 3
    layer = 4 - layer_bits
    bitrate = _BITRATES[(mpeg1, layer)][bitrate_index] * 1000
    rate = _SAMPLE_RATES[version_bits][rate_index]
    channels = 1 if data[i + 3] >> 6 == 3 else 2
    if layer == 1:
        return Frame(i, (12 * bitrate // rate + padding) * 4, 384, rate, bitrate, channels)
    if layer == 2 or mpeg1:
        return Frame(i, 144 * bitrate // rate + padding, 1152, rate, bitrate, channels)
    return Frame(i, 72 * bitrate // rate + padding, 576, rate, bitrate, channels)


def _skip_id3(data: bytes) -> int:
    i = 0
    while data[i:i + 3] == b"ID3" and i + 10 <= len(data):
        size = (data[i + 6] << 21) | (data[i + 7] << 14) | (data[i + 8] << 7) | data[i + 9]
        i += 10 + size + (10 if data[i + 5] & 0x10 else 0)
    return i


def _is_info_frame(data: bytes, frame: Frame) -> bool:
    body = data[frame.start:frame.start + min(frame.length, 200)]
    return b"Xing" in body or b"Info" in body or b"VBRI" in body


def frames(data: bytes) -> list[Frame]:
    """The audio frames of an MP3 stream (ID3 tags, Xing/Info headers and junk skipped)."""
    found: list[Frame] = []
    i = _skip_id3(data)
    while i + 4 <= len(data):
        frame = _header(data, i)
        # Accept a header only if it ends the data or the next frame follows it.
        if frame and frame.length > 4 and (i + frame.length >= len(data) - 3 or _header(data, i + frame.length)):
            if i + frame.length > len(data):
                break  # a truncated last frame
            if not (not found and _is_info_frame(data, frame)):
                found.append(frame)
            i += frame.length
        elif data[i:i + 3] == b"TAG":
            break  # ID3v1 at the end
        else:
            i += 1
    return found


def duration_seconds(data: bytes) -> float:
    return sum(f.samples / f.sample_rate for f in frames(data))


def audio_frames(data: bytes) -> bytes:
    """Only the audio frames: what may be concatenated with other streams."""
    return b"".join(data[f.start:f.start + f.length] for f in frames(data))


def concatenate(streams: list[bytes]) -> bytes:
    return b"".join(audio_frames(s) for s in streams)


@dataclass(frozen=True)
class StreamFormat:
    sample_rate: int = 24000
    channels: int = 1
    bitrate_kbps: int = 64


def stream_format(data: bytes) -> StreamFormat | None:
    """Sample rate, channels and bitrate of a stream's first audio frame: what another
    stream must match to be joined to it."""
    found = frames(data)
    if not found:
        return None
    first = found[0]
    return StreamFormat(first.sample_rate, first.channels, max(8, first.bitrate // 1000))
