"""Every typed activity reference the workflows call names a registered activity whose
own signature takes the reference's input and returns its result."""

import inspect
import typing

import pytest

from contracts.activities import ACTIVITIES, ActivityRef
from worker.composition import activities_from_settings
from worker.settings import WorkerSettings


@pytest.fixture(scope="module")
def registered(tmp_path_factory):
    home = tmp_path_factory.mktemp("home")
    settings = WorkerSettings(home=home, media_dir=home / "media", provider="offline")
    return {function.__name__: function for function in activities_from_settings(settings)}


def test_references_and_registrations_are_the_same_set(registered):
    assert {ref.name for ref in ACTIVITIES} == set(registered)


@pytest.mark.parametrize("ref", ACTIVITIES, ids=lambda ref: ref.name)
def test_reference_matches_the_activity_signature(ref: ActivityRef, registered):
    function = registered[ref.name]
    hints = typing.get_type_hints(function)
    parameters = list(inspect.signature(function).parameters)
    if ref.input is None:
        assert parameters == []
    else:
        assert len(parameters) == 1 and hints[parameters[0]] is ref.input
    returned = hints.get("return", type(None))
    expected = type(None) if ref.result is None else ref.result
    assert returned == expected


def test_a_wrong_argument_is_refused_before_anything_is_scheduled():
    import asyncio

    from contracts.activities import WRITE_STORY, StoryRef
    from workflows.steps import run_activity

    with pytest.raises(TypeError, match="write_story takes WriteStoryInput, not StoryRef"):
        asyncio.run(run_activity(WRITE_STORY, StoryRef("s")))
