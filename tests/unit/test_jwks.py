"""Supabase access tokens verified with HS256 (shared secret) and RS256/ES256 (JWKS),
against a real local JWKS endpoint through the real httpx client."""

from __future__ import annotations

import asyncio
import time
import uuid

import jwt
import pytest
import pytest_asyncio
from cryptography.hazmat.primitives.asymmetric import ec

from api.http.jwks import JwksCache, TokenVerifier, jwks_url, parse_jwks
from api.http.tokens import LOCAL_ISSUER, InvalidToken, mint_token
from tests.fakes.supabase_auth import FAKE_ISSUER, FakeSupabaseAuth, SigningKey, claims, raw_hs256, unsigned

SECRET = "a-test-secret-that-is-long-enough-for-hs256"


class Clock:
    """A monotonic clock the tests move by hand (TTL and refresh cooldown)."""

    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def auth():
    with FakeSupabaseAuth() as fake:
        yield fake


@pytest.fixture
def clock():
    return Clock()


@pytest_asyncio.fixture
async def jwks(auth, clock):
    cache = JwksCache(auth.jwks_url, ttl_seconds=600, min_refresh_interval=30, timeout_seconds=2, clock=clock)
    yield cache
    await cache.aclose()


@pytest.fixture
def verifier(jwks):
    return TokenVerifier(SECRET, jwks, issuers=frozenset({FAKE_ISSUER, LOCAL_ISSUER}))


async def refused(verifier: TokenVerifier, token: str) -> None:
    with pytest.raises(InvalidToken):
        await verifier.verify(token)


# -- the happy paths -------------------------------------------------------------
@pytest.mark.parametrize("which", ["rsa", "ec"])
async def test_asymmetric_tokens_verify_with_the_published_keys(auth, verifier, which):
    user = str(uuid.uuid4())
    key = getattr(auth, which)
    caller = await verifier.verify(key.sign(claims(user, tier="premium")))
    assert (caller.user_id, caller.tier, caller.role) == (user, "premium", "authenticated")
    assert jwt.get_unverified_header(key.sign(claims()))["alg"] == {"rsa": "RS256", "ec": "ES256"}[which]
    assert auth.requests == 1


async def test_keys_are_cached_between_tokens(auth, verifier, clock):
    for _ in range(5):
        await verifier.verify(auth.rsa.sign(claims()))
        await verifier.verify(auth.ec.sign(claims()))
        clock.advance(60)  # well past the refresh cooldown, still inside the TTL
    assert auth.requests == 1


async def test_keys_are_refetched_after_the_ttl(auth, verifier, clock):
    await verifier.verify(auth.rsa.sign(claims()))
    clock.advance(601)
    await verifier.verify(auth.rsa.sign(claims()))
    await verifier.verify(auth.ec.sign(claims()))
    assert auth.requests == 2


async def test_hs256_still_verifies_with_the_shared_secret(auth, verifier):
    user = str(uuid.uuid4())
    caller = await verifier.verify(mint_token(SECRET, user, "premium"))
    assert (caller.user_id, caller.tier) == (user, "premium")
    assert auth.requests == 0  # the shared-secret path never touches the JWKS


async def test_concurrent_first_use_fetches_once(auth, verifier):
    tokens = [auth.rsa.sign(claims()) for _ in range(10)] + [auth.ec.sign(claims()) for _ in range(10)]
    callers = await asyncio.gather(*(verifier.verify(token) for token in tokens))
    assert len(callers) == 20 and auth.requests == 1


# -- rotation and the refresh rate limit ------------------------------------------
async def test_unknown_kid_triggers_exactly_one_refresh(auth, verifier, clock):
    old_rsa = auth.rsa
    await verifier.verify(old_rsa.sign(claims()))
    fresh_rsa, fresh_ec = auth.rotate()
    clock.advance(31)
    await verifier.verify(fresh_rsa.sign(claims()))
    assert auth.requests == 2
    await verifier.verify(fresh_rsa.sign(claims()))
    await verifier.verify(fresh_ec.sign(claims()))
    assert auth.requests == 2
    await refused(verifier, old_rsa.sign(claims()))  # no longer published: revoked here too


async def test_rotation_inside_the_cooldown_waits_for_it(auth, verifier, clock):
    await verifier.verify(auth.rsa.sign(claims()))
    fresh_rsa, _ = auth.rotate(keep_old=True)
    clock.advance(10)
    await refused(verifier, fresh_rsa.sign(claims()))
    assert auth.requests == 1
    clock.advance(25)
    await verifier.verify(fresh_rsa.sign(claims()))
    assert auth.requests == 2


async def test_a_flood_of_unknown_kids_costs_at_most_one_fetch_per_interval(auth, verifier, clock):
    await verifier.verify(auth.rsa.sign(claims()))
    clock.advance(31)
    bogus = [auth.rsa.sign(claims(), kid=f"bogus-{index}") for index in range(100)]
    for token in bogus[:50]:
        await refused(verifier, token)
    results = await asyncio.gather(*(verifier.verify(token) for token in bogus[50:]), return_exceptions=True)
    assert all(isinstance(result, InvalidToken) for result in results)
    assert auth.requests == 2
    clock.advance(5)
    for token in bogus:
        await refused(verifier, token)
    assert auth.requests == 2
    await verifier.verify(auth.ec.sign(claims()))  # known keys are unaffected
    assert auth.requests == 2


# -- fetch failures ---------------------------------------------------------------
@pytest.mark.parametrize("failure", ["http-503", "not-json", "not-a-jwks", "too-large", "server-gone"])
async def test_a_failed_fetch_keeps_the_cached_keys(auth, verifier, clock, failure):
    await verifier.verify(auth.rsa.sign(claims()))
    token = auth.ec.sign(claims())
    if failure == "http-503":
        auth.fail_with = 503
    elif failure == "not-json":
        auth.body_override = b"<html>bad gateway</html>"
    elif failure == "not-a-jwks":
        auth.body_override = b'{"keys": "nope"}'
    elif failure == "too-large":
        auth.body_override = b'{"keys": [], "pad": "' + b"x" * 200_000 + b'"}'
    else:
        auth.stop()
    clock.advance(601)  # the TTL is over, so a refresh is attempted and fails
    await verifier.verify(token)
    await refused(verifier, auth.rsa.sign(claims(), kid="unknown"))  # cooldown: no second attempt
    await verifier.verify(token)
    if failure != "server-gone":
        assert auth.requests == 2


async def test_without_any_fetched_keys_asymmetric_tokens_are_refused(auth, verifier, clock):
    auth.fail_with = 500
    token = auth.rsa.sign(claims())
    await refused(verifier, token)
    assert auth.requests == 1
    auth.fail_with = None
    await refused(verifier, token)  # still inside the cooldown after the failure
    clock.advance(31)
    await verifier.verify(token)
    assert auth.requests == 2


# -- claims -----------------------------------------------------------------------
BAD_CLAIMS = {
    "expired": lambda now: claims(exp=now - 60, iat=now - 120),
    "not-yet-valid": lambda now: claims(nbf=now + 600),
    "wrong-audience": lambda now: claims(aud="service"),
    "no-audience": lambda now: claims(aud=None),
    "no-expiry": lambda now: claims(exp=None),
    "no-subject": lambda now: {name: value for name, value in claims().items() if name != "sub"},
    "non-uuid-subject": lambda now: claims(sub="not-a-uuid"),
    "numeric-subject": lambda now: claims() | {"sub": 42},
}


@pytest.mark.parametrize("which", ["rsa", "ec"])
@pytest.mark.parametrize("case", sorted(BAD_CLAIMS))
async def test_bad_claims_are_refused(auth, verifier, which, case):
    payload = BAD_CLAIMS[case](int(time.time()))
    await refused(verifier, getattr(auth, which).sign(payload))
    await refused(verifier, jwt.encode(payload, SECRET, algorithm="HS256"))


async def test_small_clock_skew_is_tolerated(auth, verifier):
    now = int(time.time())
    await verifier.verify(auth.rsa.sign(claims(exp=now - 2, nbf=now + 2)))


@pytest.mark.parametrize(
    ("app_metadata", "tier"),
    [
        ({"tier": "premium"}, "premium"),
        ({"tier": "free"}, "free"),
        ({}, "free"),
        ({"tier": "gold"}, "free"),
        ({"tier": ["premium"]}, "free"),
        ("premium", "free"),
        (None, "free"),
    ],
)
async def test_tier_comes_from_app_metadata(auth, verifier, app_metadata, tier):
    payload = claims(tier=None) | {"app_metadata": app_metadata}
    assert (await verifier.verify(auth.ec.sign(payload))).tier == tier
    assert (await verifier.verify(jwt.encode(payload, SECRET, algorithm="HS256"))).tier == tier


async def test_tier_in_user_metadata_is_ignored(auth, verifier):
    payload = claims(tier=None, user_metadata={"tier": "premium"})  # user-editable in Supabase
    assert (await verifier.verify(auth.rsa.sign(payload))).tier == "free"


# -- algorithms and keys ----------------------------------------------------------
@pytest.mark.parametrize("secret", [SECRET, None])
async def test_alg_none_is_refused(auth, jwks, secret):
    verifier = TokenVerifier(secret, jwks, issuers=frozenset({FAKE_ISSUER, LOCAL_ISSUER}))
    await refused(verifier, unsigned(claims()))
    await refused(verifier, unsigned(claims(), {"kid": auth.rsa.kid}))
    await refused(verifier, unsigned(claims(), {"alg": "None", "kid": auth.rsa.kid}))


@pytest.mark.parametrize("secret", [SECRET, None])
@pytest.mark.parametrize("which", ["rsa", "ec"])
async def test_hs256_signed_with_the_public_key_is_refused(auth, jwks, secret, which):
    """The classic confusion: the public key used as an HMAC secret."""
    key = getattr(auth, which)
    verifier = TokenVerifier(secret, jwks, issuers=frozenset({FAKE_ISSUER, LOCAL_ISSUER}))
    for public in (key.public_pem(), key.public_pem().strip()):
        await refused(verifier, raw_hs256(claims(), public, {"kid": key.kid}))
        await refused(verifier, raw_hs256(claims(), public))


async def test_a_published_kid_signed_by_another_key_is_refused(auth, verifier):
    await refused(verifier, SigningKey.generate("RS256").sign(claims(), kid=auth.rsa.kid))
    await refused(verifier, SigningKey.generate("ES256").sign(claims(), kid=auth.ec.kid))


async def test_header_alg_must_match_the_jwk(auth, verifier):
    await refused(verifier, auth.ec.sign(claims(), kid=auth.rsa.kid))  # ES256 under an RSA kid
    await refused(verifier, auth.rsa.sign(claims(), kid=auth.ec.kid))  # RS256 under an EC kid
    for alg in ("RS384", "RS512", "PS256"):  # valid signatures by the published RSA key, unpinned algs
        await refused(verifier, auth.rsa.sign(claims(), alg=alg))
    assert (await verifier.verify(auth.rsa.sign(claims()))).tier == "free"


async def test_keys_offered_by_the_token_itself_are_ignored(auth, verifier):
    attacker = SigningKey.generate("RS256")
    await refused(verifier, attacker.sign(claims(), kid=attacker.kid,
                                          headers={"jwk": attacker.jwk(), "jku": auth.jwks_url}))


async def test_asymmetric_token_without_kid_is_refused(auth, verifier):
    token = jwt.encode(claims(), auth.rsa.private_key, algorithm="RS256")
    await refused(verifier, token)


async def test_without_a_secret_hs256_is_refused(auth, jwks):
    verifier = TokenVerifier(None, jwks, issuers=frozenset({FAKE_ISSUER, LOCAL_ISSUER}))
    await refused(verifier, mint_token(SECRET, str(uuid.uuid4())))
    await verifier.verify(auth.rsa.sign(claims()))


async def test_without_jwks_asymmetric_tokens_are_refused(auth):
    verifier = TokenVerifier(SECRET, None)
    await refused(verifier, auth.rsa.sign(claims()))
    await refused(verifier, auth.ec.sign(claims()))
    await verifier.verify(mint_token(SECRET, str(uuid.uuid4())))
    assert auth.requests == 0


async def test_hs256_with_another_secret_is_refused(verifier):
    await refused(verifier, mint_token("someone-elses-secret-someone-elses-secret", str(uuid.uuid4())))


@pytest.mark.parametrize("token", ["", "garbage", "a.b.c", "...", "eyJhbGciOiJSUzI1NiJ9.e30."])
async def test_malformed_tokens_are_refused(verifier, token):
    await refused(verifier, token)


async def test_symmetric_keys_in_the_jwks_are_never_used(auth, verifier, clock):
    """Even if the JWKS carried an `oct` key, an HS256 token naming it is checked with the secret only."""
    oct_secret = b"published-oct-key-published-oct-key-32b"
    auth.extra_jwks_entries.append({"kty": "oct", "kid": "oct-1", "alg": "HS256",
                                    "k": jwt.utils.base64url_encode(oct_secret).decode()})
    await verifier.verify(auth.rsa.sign(claims()))
    assert "oct-1" not in verifier.jwks.kids
    await refused(verifier, raw_hs256(claims(), oct_secret, {"kid": "oct-1"}))


def test_parse_jwks_keeps_only_public_pinned_signature_keys():
    rsa_key, ec_key = SigningKey.generate("RS256", "r"), SigningKey.generate("ES256", "e")
    private_jwk = jwt.algorithms.RSAAlgorithm.to_jwk(rsa_key.private_key, as_dict=True)
    p384 = jwt.algorithms.ECAlgorithm.to_jwk(ec.generate_private_key(ec.SECP384R1()).public_key(), as_dict=True)
    no_alg = {k: v for k, v in SigningKey.generate("RS256").jwk().items() if k != "alg"} | {"kid": "implied"}
    dup = SigningKey.generate("RS256", "dup").jwk()
    document = {"keys": [
        rsa_key.jwk(),
        ec_key.jwk(),
        no_alg,
        rsa_key.jwk() | {"kid": "enc", "use": "enc"},
        rsa_key.jwk() | {"kid": "as-es256", "alg": "ES256"},  # alg/kty mismatch
        ec_key.jwk() | {"kid": "as-rs256", "alg": "RS256"},
        rsa_key.jwk() | {"kid": "rs384", "alg": "RS384"},
        p384 | {"kid": "p384", "alg": "ES256"},
        private_jwk | {"kid": "private", "alg": "RS256"},
        {"kty": "oct", "kid": "oct", "alg": "HS256", "k": "c2VjcmV0"},
        {"kty": "RSA", "kid": "broken", "alg": "RS256", "n": "!!", "e": "AQAB"},
        rsa_key.jwk() | {"kid": ""},
        "not-an-object",
        dup,
        SigningKey.generate("RS256", "dup").jwk(),
    ]}
    keys = parse_jwks(document)
    assert set(keys) == {"r", "e", "implied"}
    assert (keys["r"].algorithm_name, keys["e"].algorithm_name, keys["implied"].algorithm_name) == (
        "RS256", "ES256", "RS256")
    for bad in (None, [], {"keys": None}, {"nokeys": []}):
        with pytest.raises(ValueError):
            parse_jwks(bad)
    assert parse_jwks({"keys": []}) == {}


def test_jwks_url_of_a_project():
    assert jwks_url("https://abc.supabase.co/") == "https://abc.supabase.co/auth/v1/.well-known/jwks.json"
    assert jwks_url("http://127.0.0.1:54321") == "http://127.0.0.1:54321/auth/v1/.well-known/jwks.json"
