import pytest

from activities.providers.usage_meter import Meter, metering, prices, report


def test_costs_are_priced_per_model():
    meter = Meter()
    meter.add("gpt-4o", input_tokens=1_000_000, output_tokens=100_000)
    meter.add("gpt-4o-mini-tts", characters=2_000)
    meter.add("gpt-image-1", images=6)
    meter.add("a-model-with-no-price", input_tokens=10)
    assert meter.tokens == 1_100_010
    assert meter.cost_usd() == pytest.approx(2.50 + 1.00 + 0.03 + 6 * 0.063)


def test_prices_can_be_configured(monkeypatch):
    monkeypatch.setenv("STORYLOOM_PRICES", '{"gpt-image-1": {"per_image": 0.5}}')
    assert prices()["gpt-image-1"] == {"per_image": 0.5} and prices()["gpt-4o"]["input_per_1m"] == 2.50
    meter = Meter()
    meter.add("gpt-image-1", images=2)
    assert meter.cost_usd() == 1.0


def test_reports_reach_only_the_meter_in_effect():
    report("gpt-4o", input_tokens=5)  # outside any metered activity: nothing to do
    with metering() as outer:
        report("gpt-4o", input_tokens=5)
        with metering() as inner:
            report("gpt-4o", output_tokens=7)
    assert outer.by_model["gpt-4o"]["input_tokens"] == 5 and outer.tokens == 5
    assert inner.tokens == 7
