"""Offline providers: stories, narration and pictures without any network or API key.

- ``OfflineTextProvider``: native template stories in en, es, fr, de, it, and scenes.
- ``OfflineSpeechProvider``: espeak-ng narration, encoded as MP3 with lameenc.
- ``OfflineImageProvider``: storybook PNGs drawn with Pillow.
"""

from activities.providers.offline.composer import OfflineTextProvider
from activities.providers.offline.looks import derive_visual_profile
from activities.providers.offline.pictures import OfflineImageProvider
from activities.providers.offline.speech import OfflineSpeechProvider

__all__ = ["OfflineImageProvider", "OfflineSpeechProvider", "OfflineTextProvider", "derive_visual_profile"]
