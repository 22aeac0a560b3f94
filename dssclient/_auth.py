"""Credentials, checked once, attached to every request, and never shown.

DSS accepts an API key as HTTP Basic (the official client sends the key as the
user name with an empty password), a bearer token, or, for code that DSS runs
itself, an ``X-DKU-APITicket`` header. Credentials are checked when the client
is built: a value that cannot travel in an HTTP header (a trailing newline, a
control character) would otherwise fail on the first call, in an error that
quotes the header value. The secret lives only in the prepared header value;
``repr()`` names the scheme, never the secret, and no error message quotes it.
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
            _check_secret("api_key", api_key)
            if ":" in api_key:
                # Basic credentials are "user:password"; a colon in the key would split it.
                raise ValueError("api_key must not contain ':' (the key itself is not shown)")
            token = base64.b64encode(f"{api_key}:".encode()).decode("ascii")
            return cls("api_key", "Authorization", f"Basic {token}")
        if internal_ticket is not None:
            _check_secret("internal_ticket", internal_ticket)
            return cls("internal_ticket", "X-DKU-APITicket", internal_ticket)
        if bearer_token is not None:
            _check_secret("jwt_bearer_token", bearer_token)
            return cls("bearer_token", "Authorization", f"Bearer {bearer_token}")
        raise ValueError("Authentication is required: pass api_key, internal_ticket or jwt_bearer_token")

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[self._header_name] = self._header_value
        yield request

    def __repr__(self) -> str:
        return f"DSSAuth(scheme={self.scheme!r}, secret=<hidden>)"

    def __reduce__(self) -> tuple[object, ...]:
        # A pickled client must not carry its secret to wherever the pickle goes.
        raise TypeError("DSSAuth holds a secret and cannot be pickled")


def _check_secret(name: str, value: object) -> None:
    """Refuse a credential that cannot travel in an HTTP header, without ever quoting it."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    if not value or value.strip() != value:
        raise ValueError(f"{name} is empty or has leading or trailing whitespace (its value is not shown)")
    if any(ord(c) < 0x21 or ord(c) > 0x7E for c in value):
        raise ValueError(f"{name} contains a control, space or non-ASCII character (its value is not shown)")
