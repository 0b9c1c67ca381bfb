"""DRF authentication by the ZGW JWT: `Authorization: Bearer <JWT>`.

A request without the header is anonymous and then refused by the permission check
(401 `not_authenticated`); a header with a bad token is refused here (401 with a
`jwt-*` code). `request.auth` becomes a `RequestAuth`: the client's resolved
autorisaties plus the end user named in the token.
"""

from __future__ import annotations

from dataclasses import dataclass

from rest_framework.authentication import BaseAuthentication

from ..errors import JWTError
from . import jwt
from .client import Client


@dataclass(frozen=True)
class RequestAuth:
    client: Client | None  # None: valid credentials, but no Applicatie (yet)
    claims: jwt.Claims

    @property
    def client_id(self) -> str:
        return self.claims.client_id


class JWTAuthentication(BaseAuthentication):
    keyword = "Bearer"

    def authenticate(self, request):
        header = request.META.get("HTTP_AUTHORIZATION", "")
        if not header:
            return None
        keyword, _, token = header.partition(" ")
        if keyword.lower() != self.keyword.lower() or not token.strip():
            raise JWTError("Verwacht `Authorization: Bearer <JWT>`.", code="jwt-decode-error")
        claims = jwt.decode(token.strip())
        return (None, RequestAuth(client=claims.client, claims=claims))

    def authenticate_header(self, request):
        return f'{self.keyword} realm="api"'
