"""Credentials, attached to every request and never shown.

DSS accepts an API key as HTTP Basic (the official client sends the key as the
user name with an empty password), a bearer token, or, for code that DSS runs
itself, an ``X-DKU-APITicket`` header. The secret lives only in the prepared
header value; ``repr()`` names the scheme, never the secret.
"""

from __future__ import annotations

import base64
from collections.abc import Generator

import httpx


class DSSAuth(httpx.Auth):
    """Sets one precomputed header on each request."""

    def __init__(self, scheme: str, header_name: str, header_value: str) -> None:
        self.scheme = scheme
        self._header_name = header_name
        self._header_value = header_value

    @classmethod
    def from_credentials(
        cls,
        *,
        api_key: str | None = None,
        internal_ticket: str | None = None,
        bearer_token: str | None = None,
    ) -> DSSAuth:
        """The official client's order of precedence: API key, then ticket, then bearer token."""
        if api_key is not None:
            token = base64.b64encode(f"{api_key}:".encode()).decode("ascii")
            return cls("api_key", "Authorization", f"Basic {token}")
        if internal_ticket is not None:
            return cls("internal_ticket", "X-DKU-APITicket", internal_ticket)
        if bearer_token is not None:
            return cls("bearer_token", "Authorization", f"Bearer {bearer_token}")
        raise ValueError("Authentication is required: pass api_key, internal_ticket or jwt_bearer_token")

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[self._header_name] = self._header_value
        yield request

    def __repr__(self) -> str:
        return f"DSSAuth(scheme={self.scheme!r}, secret=<hidden>)"
