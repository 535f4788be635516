import time
import uuid

import jwt
import pytest

from api.http.jwks import TokenVerifier
from api.http.tokens import CLOCK_SKEW_LEEWAY_SECONDS, LOCAL_ISSUER, InvalidToken, accepted_issuers, mint_token

SECRET = "a-test-secret-that-is-long-enough-for-hs256"
SUPABASE = "https://project.supabase.co"
VERIFIER = TokenVerifier(SECRET, None, issuers=accepted_issuers(SUPABASE))


def verify(token: str):
    import asyncio

    return asyncio.run(VERIFIER.verify(token))


def user_claims(**change) -> dict:
    claims = {"iss": f"{SUPABASE}/auth/v1", "sub": str(uuid.uuid4()), "aud": "authenticated",
              "role": "authenticated", "exp": time.time() + 60}
    return {name: value for name, value in {**claims, **change}.items() if value is not None}


def test_minted_token_is_supabase_shaped_and_verifies():
    user = str(uuid.uuid4())
    token = mint_token(SECRET, user, "premium")
    claims = jwt.decode(token, SECRET, algorithms=["HS256"], audience="authenticated")
    assert claims["sub"] == user and claims["role"] == "authenticated" and claims["aud"] == "authenticated"
    assert claims["iss"] == LOCAL_ISSUER
    assert claims["app_metadata"]["tier"] == "premium" and claims["exp"] > time.time()
    caller = verify(token)
    assert (caller.user_id, caller.tier) == (user, "premium")


def test_a_supabase_users_token_verifies():
    caller = verify(jwt.encode(user_claims(), SECRET, algorithm="HS256"))
    assert caller.role == "authenticated" and caller.tier == "free"


def test_unknown_tier_falls_back_to_free():
    token = jwt.encode(user_claims(app_metadata={"tier": "gold"}), SECRET, algorithm="HS256")
    assert verify(token).tier == "free"


@pytest.mark.parametrize(
    "change",
    [
        {"sub": None},
        {"sub": "not-a-uuid"},
        {"exp": None},
        {"exp": time.time() - CLOCK_SKEW_LEEWAY_SECONDS - 60},
        {"nbf": time.time() + CLOCK_SKEW_LEEWAY_SECONDS + 86400},
        {"aud": "service"},
        # Supabase's anon and service keys are JWTs too; they are not users.
        {"role": "anon"},
        {"role": "service_role"},
        {"role": None},
        # Another project's (or anybody's) token signed with a leaked secret.
        {"iss": "https://someone-else.supabase.co/auth/v1"},
        {"iss": None},
    ],
    ids=["no-sub", "bad-sub", "no-exp", "expired", "not-yet", "aud", "anon", "service_role", "no-role",
         "foreign-iss", "no-iss"],
)
def test_bad_claims_are_refused(change):
    with pytest.raises(InvalidToken):
        verify(jwt.encode(user_claims(**change), SECRET, algorithm="HS256"))


def test_a_small_clock_skew_is_tolerated():
    assert verify(jwt.encode(user_claims(exp=time.time() - CLOCK_SKEW_LEEWAY_SECONDS // 2), SECRET, algorithm="HS256"))


def test_unsigned_and_foreign_tokens_are_refused():
    with pytest.raises(InvalidToken):
        verify(jwt.encode(user_claims(), None, algorithm="none"))
    with pytest.raises(InvalidToken):
        verify(jwt.encode(user_claims(), "someone-elses-secret-someone-elses", algorithm="HS256"))


def test_without_a_supabase_project_only_our_own_tokens_are_users():
    local = TokenVerifier(SECRET, None, issuers=accepted_issuers(None))
    import asyncio

    assert asyncio.run(local.verify(mint_token(SECRET, str(uuid.uuid4()))))
    with pytest.raises(InvalidToken):
        asyncio.run(local.verify(jwt.encode(user_claims(), SECRET, algorithm="HS256")))


def test_minting_rejects_bad_input():
    with pytest.raises(ValueError):
        mint_token(SECRET, "not-a-uuid")
    with pytest.raises(ValueError):
        mint_token(SECRET, str(uuid.uuid4()), "platinum")
