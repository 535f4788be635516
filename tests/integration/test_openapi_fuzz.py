"""A bounded property-based fuzz of the OpenAPI document: no input yields a 5xx.

Schemathesis draws requests for every operation of the live /schema/openapi.json
(hypothesis underneath); each is sent with a valid token to the real API.
"""

from __future__ import annotations

import uuid

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.generation import GenerationMode

pytestmark = pytest.mark.usefixtures("worker_process")

EXAMPLES_PER_OPERATION = 12


@pytest.mark.parametrize("mode", list(GenerationMode), ids=lambda mode: mode.value)
def test_no_input_yields_a_server_error(api_url, token_for, mode):
    """Positive cases follow the schema; negative ones break it on purpose."""
    schema = schemathesis.openapi.from_url(f"{api_url}/schema/openapi.json")
    headers = {"Authorization": f"Bearer {token_for(uuid.uuid4())}"}
    failures, operations = [], 0
    for result in schema.get_all_operations():
        operation = result.ok()
        operations += 1

        @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, derandomize=True,
                  suppress_health_check=list(HealthCheck), database=None)
        @given(case=operation.as_strategy(generation_mode=mode))
        def check(case):
            response = case.call(headers=headers, timeout=60)
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path} query={case.query} body={case.body!r}: "
                                f"{response.status_code} {response.text[:300]}")

        try:
            check()
        except Unsatisfiable:
            assert mode is GenerationMode.NEGATIVE  # some operations have nothing to break
    assert operations >= 25, "every route is in the OpenAPI document"
    assert not failures, "\n".join(failures[:10])
