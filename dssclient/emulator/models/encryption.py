"""Secrets in settings, as DSS keeps them: encrypted with the instance's key, answered encrypted.

DSS answers the passwords of connections and general settings in an encrypted form
(``e:AES:...``), decrypts any such value sent back, and takes any other value as a new
secret in clear. The emulator gives each clear value one token, made with a key derived
from the instance's administrator key (so that two emulators configured alike answer
alike), and remembers the tokens it gave so that they decrypt anywhere on the instance.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import hmac
import re
from typing import TYPE_CHECKING, Any

from dssclient._json import is_array, is_object

from ..errors import bad_request

if TYPE_CHECKING:
    from ..state import DSSState

PREFIX = "e:AES:"
# Names of the string properties that hold secrets: passwords, secret keys, tokens, passphrases.
_SECRET_NAME = re.compile(r"(?i)(password|secret|passphrase|privatekey|token$)")


def is_secret_name(name: str) -> bool:
    return bool(_SECRET_NAME.search(name))


class SecretCodec:
    def __init__(self, state: DSSState) -> None:
        self._key = hashlib.sha256(b"dss-emulator/settings-encryption/" + state.config.admin_api_key.encode()).digest()
        self._known: dict[str, str] = {}

    def encrypt(self, clear: str) -> str:
        digest = hmac.new(self._key, clear.encode("utf-8"), hashlib.sha256).digest()
        token = PREFIX + base64.urlsafe_b64encode(digest[:24]).decode("ascii")
        self._known[token] = clear
        return token

    def hidden(self, value: Any) -> Any:
        """A copy of ``value`` with every secret string in encrypted form."""
        if is_object(value):
            return {
                k: (self.encrypt(v) if isinstance(v, str) and v and is_secret_name(k) else self.hidden(v))
                for k, v in value.items()
            }
        if is_array(value):
            return [self.hidden(item) for item in value]
        return copy.deepcopy(value)

    def decrypted(self, value: Any) -> Any:
        """A copy of ``value`` (sent by a client) with the encrypted secrets it carries in clear.

        An ``e:AES:`` value this instance did not issue cannot be decrypted: refused (400).
        """
        if is_object(value):
            return {k: self._clear(k, v) if isinstance(v, str) else self.decrypted(v) for k, v in value.items()}
        if is_array(value):
            return [self.decrypted(item) for item in value]
        return copy.deepcopy(value)

    def _clear(self, name: str, value: str) -> str:
        if not value.startswith(PREFIX):
            return value
        clear = self._known.get(value)
        if clear is None:
            raise bad_request(f"Cannot decrypt the value of '{name}': it was not encrypted by this instance")
        return clear


def strip_secrets(value: Any) -> Any:
    """A copy of ``value`` without its secret properties (what non-administrators may see of parameters)."""
    if is_object(value):
        return {k: strip_secrets(v) for k, v in value.items() if not (isinstance(v, str) and is_secret_name(k))}
    if is_array(value):
        return [strip_secrets(item) for item in value]
    return copy.deepcopy(value)
