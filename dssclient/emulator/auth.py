"""Who request headers authenticate as: API keys (Basic or Bearer) and API tickets.

Used by the pipeline for every request, and by the webapp operations that identify a
browser's request from its headers.
"""

from __future__ import annotations

import base64
import binascii
from typing import TYPE_CHECKING, Protocol

from .context import GLOBAL_API_KEY, PERSONAL_API_KEY, TICKET, Caller
from .errors import NOT_AUTHENTICATED, DSSError

if TYPE_CHECKING:
    from .state import DSSState


class Headers(Protocol):
    # Positional, as email.message.Message (http.server's headers) names its default failobj.
    def get(self, name: str, default: None = None, /) -> str | None: ...


def authenticate_headers(state: DSSState, headers: Headers) -> Caller | None:
    """Who these request headers authenticate as: None without credentials, 401 for unknown ones.

    An API key (Basic user name or password, or Bearer) acts as its user, or as itself for a
    global key; an X-DKU-APITicket acts as the user it was issued for.
    """
    authorization = (headers.get("Authorization") or "").strip()
    if authorization:
        key = key_from_authorization(authorization)
        user = state.user_for_api_key(key) if key else None
        if user is None:
            raise DSSError(401, NOT_AUTHENTICATED, "Unknown API Key")
        return Caller(user, GLOBAL_API_KEY if user.global_key_id is not None else PERSONAL_API_KEY)
    ticket = (headers.get("X-DKU-APITicket") or "").strip()
    if ticket:
        user = state.user_for_ticket(ticket)
        if user is None:
            raise DSSError(401, NOT_AUTHENTICATED, "Unknown API ticket")
        return Caller(user, TICKET)
    return None


def key_from_authorization(authorization: str) -> str | None:
    """The API key in an Authorization header: Basic (user name, or password with a blank user) or Bearer."""
    scheme, _, credentials = authorization.partition(" ")
    credentials = credentials.strip()
    if scheme.lower() == "bearer":
        return credentials or None
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(credentials, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    user, _, password = decoded.partition(":")
    return (user if user.strip() else password) or None
