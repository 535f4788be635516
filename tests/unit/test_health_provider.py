"""The health check's provider probe, against the local OpenAI stand-in."""

import pytest

from api.http.routes import health
from tests.fakes.openai_server import FakeOpenAI


async def test_openai_is_reported_reachable_and_probed_at_most_once_a_minute():
    health._provider_checked.clear()
    with FakeOpenAI() as fake:
        result = await health.openai_reachable(fake.base_url, fake.api_key)
        again = await health.openai_reachable(fake.base_url, fake.api_key)
    assert result == again == {"provider": "openai", "base_url": fake.base_url}


async def test_a_refused_key_is_reported_as_an_error():
    health._provider_checked.clear()
    with FakeOpenAI() as fake:
        with pytest.raises(RuntimeError, match="401"):
            await health.openai_reachable(fake.base_url, "sk-wrong")
