"""The error every layer of the emulator raises, rendered as a DSS error body.

DSS answers every 4xx/5xx with ``{"errorType", "message", "detailedMessage"}``
where ``errorType`` is the Java exception it raised; the emulator reproduces the
exception names that clients (and the official ``dataikuapi``) look at.
"""

from __future__ import annotations

from typing import Any

# Exception names as DSS reports them in `errorType`.
NOT_AUTHENTICATED = "com.dataiku.dip.exceptions.NotAuthenticatedException"
NOT_FOUND = "com.dataiku.dip.server.controllers.NotFoundException"
METHOD_NOT_SUPPORTED = "org.springframework.web.HttpRequestMethodNotSupportedException"
SECURITY = "java.lang.SecurityException"
UNAUTHORIZED = "com.dataiku.dip.exceptions.UnauthorizedException"
ILLEGAL_ARGUMENT = "java.lang.IllegalArgumentException"
JSON_PARSE = "com.fasterxml.jackson.core.JsonParseException"
ALREADY_EXISTS = "com.dataiku.dip.exceptions.AlreadyExistsException"
FUTURE_ABORTED = "com.dataiku.dip.futures.FutureAbortedException"
CODED = "com.dataiku.dip.exceptions.CodedException"
RUNTIME = "java.lang.RuntimeException"
# Errors that only the emulator produces: they point at a bug in the emulator itself.
INVALID_RESPONSE = "dssclient.emulator.InvalidResponse"
INTERNAL_ERROR = "dssclient.emulator.InternalError"
NOT_IMPLEMENTED = "dssclient.emulator.NotImplemented"


class DSSError(Exception):
    """An answer with an error status and a DSS error body.

    ``headers`` carries the rare headers an error needs (``Allow`` on a 405).
    """

    def __init__(
        self,
        status: int,
        error_type: str,
        message: str,
        detailed_message: str | None = None,
        headers: tuple[tuple[str, str], ...] = (),
    ) -> None:
        super().__init__(message)
        self.status = status
        self.error_type = error_type
        self.message = message
        self.detailed_message = detailed_message
        self.headers = headers

    def to_json(self) -> dict[str, Any]:
        # DSS always fills detailedMessage; with no causes it repeats the message.
        return {
            "errorType": self.error_type,
            "message": self.message,
            "detailedMessage": self.detailed_message if self.detailed_message is not None else self.message,
        }

    def __repr__(self) -> str:
        return f"DSSError({self.status}, {self.error_type!r}, {self.message!r})"


def bad_request(message: str, detailed_message: str | None = None) -> DSSError:
    return DSSError(400, ILLEGAL_ARGUMENT, message, detailed_message)


def not_found(message: str) -> DSSError:
    return DSSError(404, NOT_FOUND, message)


def forbidden(message: str, error_type: str = SECURITY) -> DSSError:
    return DSSError(403, error_type, message)


def conflict(message: str) -> DSSError:
    return DSSError(409, ALREADY_EXISTS, message)
