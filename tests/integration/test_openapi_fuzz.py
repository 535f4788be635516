"""A bounded property-based fuzz of the OpenAPI document: no input yields a 5xx, and
every status the API answers is one the document lists for that operation.

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
    failures, undocumented, operations = [], set(), 0
    for result in schema.get_all_operations():
        operation = result.ok()
        operations += 1
        documented = set(operation.definition.raw.get("responses", {}))

        @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, derandomize=True,
                  suppress_health_check=list(HealthCheck), database=None)
        @given(case=operation.as_strategy(generation_mode=mode))
        def check(case):
            response = case.call(headers=headers, timeout=60)
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path} query={case.query} body={case.body!r}: "
                                f"{response.status_code} {response.text[:300]}")
            if str(response.status_code) not in documented:
                undocumented.add(f"{case.method} {case.path}: {response.status_code}")

        try:
            check()
        except Unsatisfiable:
            assert mode is GenerationMode.NEGATIVE  # some operations have nothing to break
    assert operations >= 25, "every route is in the OpenAPI document"
    assert not failures, "\n".join(failures[:10])
    assert not undocumented, "answered but not in the OpenAPI document: " + ", ".join(sorted(undocumented))


def test_the_document_names_the_bearer_scheme_and_the_error_envelope(api_url):
    import httpx

    spec = httpx.get(f"{api_url}/schema/openapi.json").json()
    assert spec["components"]["securitySchemes"]["BearerAuth"] == {
        "type": "http", "scheme": "bearer", "bearerFormat": "JWT",
        "description": spec["components"]["securitySchemes"]["BearerAuth"]["description"]}
    for path, methods in spec["paths"].items():
        public = path.startswith(("/functions/v1/health", "/media/"))
        for method, operation in methods.items():
            assert (operation.get("security") is None) == public, f"{method} {path}"
            for status, response in operation["responses"].items():
                if int(status) >= 400:
                    schema = response["content"]["application/json"]["schema"]
                    assert schema == {"$ref": "#/components/schemas/ErrorEnvelope"}, f"{method} {path} {status}"
                    assert response["content"]["application/json"]["examples"], f"{method} {path} {status}"


# Bodies a probe sends on purpose: each must get a 4xx from every operation, never a 5xx.
HOSTILE_BODIES = {
    "nested 1000 deep": b'{"a": ' + b"[" * 1000 + b"]" * 1000 + b"}",
    "invalid utf-8": b'{"name": "\xff\xfe", "title": "\xc3"}',
    "not json": b'{"name": ',
    "spaces only": b'{"name": "   ", "title": "   ", "prompt": "   ", "prompt_seed": "   "}',
    "nul characters": b'{"name": "Lu\\u0000na", "title": "a\\u0000b", "prompt": "x\\u0000y"}',
    "huge": b'{"name": "' + b"a" * 1_100_000 + b'"}',
    "wrong types": b'{"name": 5, "title": [], "prompt": {}, "num_scenes": "six", "hero_id": 3}',
}


def test_hostile_bodies_get_4xx_on_every_operation(api_url, token_for):
    """The shapes a probe found 500s with, sent to every operation that takes a body."""
    import httpx

    spec = httpx.get(f"{api_url}/schema/openapi.json").json()
    headers = {"Authorization": f"Bearer {token_for(uuid.uuid4())}", "Content-Type": "application/json"}
    failures = []
    with httpx.Client(base_url=api_url, headers=headers, timeout=60) as client:
        for path, methods in spec["paths"].items():
            for method, operation in methods.items():
                if "requestBody" not in operation:
                    continue
                url = path.replace("{", "").replace("}", "")
                url = "/".join("00000000-0000-0000-0000-000000000000" if part.endswith("_id") else
                               "1" if part == "scene_number" else part for part in url.split("/"))
                for name, body in HOSTILE_BODIES.items():
                    response = client.request(method.upper(), url, content=body)
                    if response.status_code >= 500 or response.json().get("error") is None:
                        failures.append(f"{method.upper()} {path} [{name}]: {response.status_code} {response.text[:200]}")
                    elif str(response.status_code) not in operation["responses"]:
                        failures.append(f"{method.upper()} {path} [{name}]: {response.status_code} is not documented")
    assert not failures, "\n".join(failures[:10])
