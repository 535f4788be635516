import time
import uuid

import jwt
import pytest

from api.tokens import InvalidToken, mint_token, verify_token

SECRET = "a-test-secret-that-is-long-enough-for-hs256"


def test_minted_token_is_supabase_shaped_and_verifies():
    user = str(uuid.uuid4())
    token = mint_token(SECRET, user, "premium")
    claims = jwt.decode(token, SECRET, algorithms=["HS256"], audience="authenticated")
    assert claims["sub"] == user and claims["role"] == "authenticated" and claims["aud"] == "authenticated"
    assert claims["app_metadata"]["tier"] == "premium" and claims["exp"] > time.time()
    caller = verify_token(token, SECRET)
    assert (caller.user_id, caller.tier) == (user, "premium")


def test_unknown_tier_falls_back_to_free():
    token = jwt.encode({"sub": str(uuid.uuid4()), "aud": "authenticated", "exp": time.time() + 60,
                        "app_metadata": {"tier": "gold"}}, SECRET, algorithm="HS256")
    assert verify_token(token, SECRET).tier == "free"


@pytest.mark.parametrize(
    "claims",
    [
        {"aud": "authenticated", "exp": time.time() + 60},  # no subject
        {"sub": "not-a-uuid", "aud": "authenticated", "exp": time.time() + 60},
        {"sub": str(uuid.uuid4()), "aud": "authenticated"},  # no expiry
        {"sub": str(uuid.uuid4()), "aud": "authenticated", "exp": time.time() - 1},
        {"sub": str(uuid.uuid4()), "aud": "authenticated", "exp": time.time() + 60, "nbf": time.time() + 600},
        {"sub": str(uuid.uuid4()), "aud": "service", "exp": time.time() + 60},
    ],
)
def test_bad_claims_are_refused(claims):
    with pytest.raises(InvalidToken):
        verify_token(jwt.encode(claims, SECRET, algorithm="HS256"), SECRET)


def test_unsigned_and_foreign_tokens_are_refused():
    claims = {"sub": str(uuid.uuid4()), "aud": "authenticated", "exp": time.time() + 60}
    with pytest.raises(InvalidToken):
        verify_token(jwt.encode(claims, None, algorithm="none"), SECRET)
    with pytest.raises(InvalidToken):
        verify_token(jwt.encode(claims, "someone-elses-secret-someone-elses", algorithm="HS256"), SECRET)


def test_minting_rejects_bad_input():
    with pytest.raises(ValueError):
        mint_token(SECRET, "not-a-uuid")
    with pytest.raises(ValueError):
        mint_token(SECRET, str(uuid.uuid4()), "platinum")
