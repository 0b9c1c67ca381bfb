"""Decoding the ZGW JWT: HS256, signed with the client's own secret.

Claims: `client_id` (else `iss`) names the client, `iat` says when the token was made
(it may be at most JWT_EXPIRY seconds old), `user_id` and `user_representation` name the
end user for the audit trail. `exp` and `nbf` are checked when present.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import jwt
from django.conf import settings

from ..errors import JWTError
from ..parsers import bad_character_error
from .client import Client, get_credentials

ALGORITHM = "HS256"


@dataclass(frozen=True)
class Claims:
    client_id: str
    user_id: str
    user_representation: str
    client: Client | None = None  # the Applicatie's autorisaties; None: no Applicatie names the client


def _unverified(token: str) -> tuple[dict, dict]:
    try:
        header = jwt.get_unverified_header(token)
        payload = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError as exc:
        raise JWTError("Het JWT kon niet gedecodeerd worden.", code="jwt-decode-error") from exc
    if not isinstance(payload, dict):
        raise JWTError("Het JWT bevat geen geldige claims.", code="jwt-decode-error")
    return header, payload


def decode(token: str) -> Claims:
    header, payload = _unverified(token)
    if header.get("alg") != ALGORITHM:
        raise JWTError(f"Het JWT moet met {ALGORITHM} ondertekend zijn.", code="jwt-invalid-algorithm")

    client_id = payload.get("client_id") or payload.get("iss")
    if not client_id or not isinstance(client_id, str):
        raise JWTError("Het JWT bevat geen `client_id` (of `iss`).", code="missing-client-identifier")

    if bad_character_error(client_id):  # no client id holds what PostgreSQL cannot store
        raise JWTError("De client van dit JWT is onbekend.", code="unknown-client")
    credentials = get_credentials(client_id)
    if credentials is None:
        raise JWTError("De client van dit JWT is onbekend.", code="unknown-client")
    secret = credentials.secret

    leeway = settings.JWT_LEEWAY
    try:
        claims = jwt.decode(
            token,
            secret,
            algorithms=[ALGORITHM],
            leeway=leeway,
            options={"require": ["iat"], "verify_aud": False, "verify_iss": False},
        )
    except jwt.InvalidSignatureError as exc:
        raise JWTError("De ondertekening van het JWT is ongeldig.", code="jwt-invalid-signature") from exc
    except jwt.ExpiredSignatureError as exc:
        raise JWTError("Het JWT is verlopen (`exp`).", code="jwt-expired") from exc
    except jwt.ImmatureSignatureError as exc:
        raise JWTError("Het JWT is nog niet geldig (`nbf` of `iat`).", code="jwt-immature") from exc
    except jwt.MissingRequiredClaimError as exc:
        raise JWTError("Het JWT bevat geen `iat`.", code="jwt-missing-iat") from exc
    except jwt.PyJWTError as exc:
        raise JWTError("Het JWT is ongeldig.", code="jwt-decode-error") from exc

    if time.time() - claims["iat"] > settings.JWT_EXPIRY + leeway:
        raise JWTError(
            f"Het JWT is verlopen: `iat` is meer dan {settings.JWT_EXPIRY} seconden geleden.",
            code="jwt-expired",
        )
    user_id, user_representation = str(claims.get("user_id") or ""), str(claims.get("user_representation") or "")
    if bad_character_error(user_id) or bad_character_error(user_representation):
        # the audit trail stores them: a value PostgreSQL cannot store is no user
        raise JWTError("Het JWT bevat een ongeldige `user_id` of `user_representation`.", code="jwt-decode-error")
    return Claims(
        client_id=client_id, user_id=user_id, user_representation=user_representation, client=credentials.client
    )


def encode(client_id: str, secret: str, *, user_id: str = "", user_representation: str = "", **extra) -> str:
    """A token as a ZGW client makes it (used by `generate_jwt` and the tests)."""
    payload = {
        "iss": client_id,
        "client_id": client_id,
        "iat": int(time.time()),
        "user_id": user_id,
        "user_representation": user_representation,
        **extra,
    }
    return jwt.encode(payload, secret, algorithm=ALGORITHM)
