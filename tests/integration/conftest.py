"""Fixtures shared by the database integration tests.

The Piccolo pool is opened per test module (not per session) so that it
never outlives the modules that asked for it: other suites, such as the API
tests, open their own pool in the app's lifespan on their own event loop.
"""

from __future__ import annotations

import uuid

import httpx
import pytest
import pytest_asyncio


@pytest_asyncio.fixture(scope="module")
async def db_pool(database_url):
    from db.engine import close_pool, open_pool

    await open_pool()
    try:
        yield database_url
    finally:
        await close_pool()


@pytest.fixture
def new_user_id():
    """A factory of fresh user ids, so tests never see each other's rows."""
    return lambda: uuid.uuid4()


@pytest_asyncio.fixture(scope="module")
async def client(temporal_address, db_pool):
    """A Temporal client for the module's workflows (with the module's database pool open).
    Without payload encryption: the histories its workers record are kept for the
    replay tests, which run without the session's keys."""
    from temporalio.client import Client

    return await Client.connect(temporal_address)


@pytest_asyncio.fixture(scope="module")
async def encrypted_client(temporal_address, db_pool, session_home):
    """A Temporal client with the stack's payload encryption, for workflows that the
    `storyloom worker` processes (which encrypt) run and answer."""
    from temporalio.client import Client

    from contracts.codec import data_converter

    return await Client.connect(temporal_address, data_converter=data_converter(session_home))


@pytest.fixture
def fake_openai():
    """A fresh local stand-in of OpenAI's API for one test."""
    from tests.fakes.openai_server import FakeOpenAI

    with FakeOpenAI() as fake:
        yield fake


@pytest.fixture
def parent(api_url, token_for):
    """The API over HTTP as a new parent: story starts are rate limited per parent (3 a minute)."""
    with httpx.Client(base_url=api_url, headers={"Authorization": f"Bearer {token_for(uuid.uuid4())}"},
                      timeout=60) as client:
        yield client


@pytest.fixture
def app_client(api_url, token_for):
    """The app's functions, as a new parent of the iOS app."""
    client = httpx.Client(base_url=f"{api_url}/functions/v1",
                          headers={"Authorization": f"Bearer {token_for(uuid.uuid4())}"}, timeout=180)
    yield client
    client.close()


@pytest.fixture
def hero_id(api_url, app_client):
    response = httpx.post(f"{api_url}/v1/heroes", headers=app_client.headers,
                          json={"name": "Luna", "primary_trait": "brave", "secondary_trait": "kind"})
    return response.json()["id"]
