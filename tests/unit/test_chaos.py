import random
import statistics

import pytest
from temporalio.exceptions import ApplicationError

from activities.providers.chaos import Chaos, ChaosConfigError, Fault, parse_chaos


def test_parses_the_documented_shape():
    faults = parse_chaos('{"illustration": {"latency_ms": [4000, 7000], "transient": 0.1}, "text": {"permanent": 1.0}}')
    assert faults["illustration"] == Fault((4000.0, 7000.0), 0.1, 0.0)
    assert faults["text"].permanent == 1.0
    assert parse_chaos("") == {} and parse_chaos(None) == {}


@pytest.mark.parametrize(
    "text",
    ["[1]", "{not json", '{"paint": {}}', '{"text": {"latency_ms": [5]}}', '{"text": {"latency_ms": [9, 3]}}',
     '{"text": {"transient": 2}}', '{"text": {"slow": true}}'],
)
def test_bad_configuration_is_refused(text):
    with pytest.raises(ChaosConfigError):
        parse_chaos(text)


def test_latency_follows_the_p50_and_p95():
    fault = Fault((1000.0, 3000.0))
    rng = random.Random(7)
    samples = sorted(fault.latency_seconds(rng) for _ in range(20000))
    assert statistics.median(samples) == pytest.approx(1.0, rel=0.05)
    assert samples[int(0.95 * len(samples))] == pytest.approx(3.0, rel=0.08)


async def test_permanent_and_transient_failures_have_their_types():
    with pytest.raises(ApplicationError) as permanent:
        await Chaos({"illustration": Fault(permanent=1.0)}).strike("illustration")
    assert permanent.value.non_retryable and permanent.value.type == "InvalidProviderRequest"
    with pytest.raises(ApplicationError) as transient:
        await Chaos({"illustration": Fault(transient=1.0)}).strike("illustration")
    assert not transient.value.non_retryable and transient.value.type == "ProviderUnavailable"
    await Chaos({"illustration": Fault(permanent=1.0)}).strike("text")  # other capabilities untouched
