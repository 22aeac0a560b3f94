"""The exceptions dssclient raises.

Every one derives from :class:`DataikuException`, the name the official client
raises, so ``except DataikuException`` in a ported script keeps working. An
error answer from DSS becomes a :class:`DSSAPIError` subclass chosen by HTTP
status; its ``str()`` is the official ``"<errorType>: <message>"`` text, which
existing scripts match on.

This module imports nothing heavy: catching an error must not cost an import.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "DataikuException",
    "DSSAPIError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "RateLimitError",
    "InternalServerError",
    "DSSConnectionError",
    "DSSTimeoutError",
    "ConfigurationError",
    "InvalidRequestError",
    "InvalidIdentifierError",
    "UnexpectedResponseError",
    "RedirectError",
    "ResponseTooLargeError",
    "ResultNotReadyError",
    "FutureFailedError",
    "FutureTimeoutError",
    "OperationFailedError",
    # -- jobs and scenario runs --
    "JobFailedError",
    "ScenarioRunFailedError",
    "WaitTimeoutError",
]


class DataikuException(Exception):
    """Base of every error raised by dssclient."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickle by state, not by constructor arguments (which differ per class), so that errors
        # cross process boundaries (multiprocessing, joblib) intact.
        return (_restore_exception, (type(self), self.args, self.__dict__.copy()))


def _restore_exception(cls: type[DataikuException], args: tuple[Any, ...], state: dict[str, Any]) -> DataikuException:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class DSSAPIError(DataikuException):
    """DSS answered with an error status (4xx or 5xx).

    ``error_type`` is the Java exception DSS names (for example
    ``com.dataiku.dip.server.controllers.NotFoundException``); ``body`` is the
    whole decoded error answer, for the properties this class does not name.
    """

    status_code: int
    error_type: str
    message: str
    detailed_message: str | None
    method: str
    url: str
    body: dict[str, Any]

    def __init__(
        self,
        *,
        status_code: int,
        error_type: str,
        message: str,
        detailed_message: str | None = None,
        method: str = "",
        url: str = "",
        body: dict[str, Any] | None = None,
    ) -> None:
        self.status_code = status_code
        self.error_type = error_type
        self.message = message
        self.detailed_message = detailed_message
        self.method = method
        self.url = url
        self.body = body if body is not None else {}
        # The official client's text, so that `str(e).startswith(errorType)` keeps working.
        super().__init__(f"{error_type}: {detailed_message or message}")

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, error_type={self.error_type!r}, "
            f"message={self.message!r}, method={self.method!r}, url={self.url!r})"
        )


class BadRequestError(DSSAPIError):
    """400: the request was malformed or its content invalid."""


class AuthenticationError(DSSAPIError):
    """401: no credentials, or credentials DSS does not know."""


class PermissionDeniedError(DSSAPIError):
    """403: the caller may not do this (not an administrator, no rights on the object)."""


class NotFoundError(DSSAPIError):
    """404: the addressed object does not exist."""


class ConflictError(DSSAPIError):
    """409: an object with this identifier already exists."""


class RateLimitError(DSSAPIError):
    """429: too many requests."""


class InternalServerError(DSSAPIError):
    """5xx: DSS failed (or a proxy in front of it did)."""


_ERROR_CLASS_BY_STATUS: dict[int, type[DSSAPIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}


def error_class_for_status(status_code: int) -> type[DSSAPIError]:
    if status_code >= 500:
        return InternalServerError
    return _ERROR_CLASS_BY_STATUS.get(status_code, DSSAPIError)


class DSSConnectionError(DataikuException):
    """DSS could not be reached, or the connection broke before an answer arrived."""


class DSSTimeoutError(DSSConnectionError, TimeoutError):
    """No answer within the client's timeout."""


class ConfigurationError(DataikuException, ValueError):
    """The client cannot be set up as asked: no DSS configured for ``api_client()``, a malformed host URL."""


class InvalidRequestError(DataikuException, ValueError):
    """The request cannot be sent as given (raised before anything is sent): a JSON body
    holding NaN or text that is not valid Unicode, a malformed path for ``perform_json``."""


class InvalidIdentifierError(InvalidRequestError):
    """An identifier that cannot address a resource in a URL path (``''``, ``'.'``, ``'..'``,
    or text that is not valid Unicode), or that no DSS naming rule allows.

    Raised before anything is sent: such a path segment would be normalised away by HTTP
    libraries or proxies and reach another resource.
    """


class UnexpectedResponseError(DataikuException):
    """The answer is not what the operation returns: a success status with a body that is not
    what the operation documents (not JSON, missing, too large), or a status that is neither a
    success nor a DSS error."""


class RedirectError(UnexpectedResponseError):
    """DSS (or something in front of it) answered with a redirection, which dssclient does not follow.

    Following it could send the credentials to another server, or turn a write into a read
    that silently does nothing. The usual causes: ``http://`` where the server wants
    ``https://``, a wrong base path, or a login page of a proxy in front of DSS.
    ``location`` is where the answer pointed (without any user information).
    """

    def __init__(self, message: str, *, status_code: int, location: str | None) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.location = location


class ResponseTooLargeError(UnexpectedResponseError):
    """An answer read whole (JSON) was larger than the client's ``max_json_bytes``; use a stream
    for large content, or raise the limit with ``with_options(max_json_bytes=...)``."""

    def __init__(self, message: str, *, limit: int) -> None:
        super().__init__(message)
        self.limit = limit


class ResultNotReadyError(DataikuException):
    """The long task has no result yet (it is still running, or it failed)."""


class FutureFailedError(DataikuException):
    """A long task ended without a result: it failed or was aborted.

    ``error`` is the error DSS reported for the task, when it reported one;
    ``state`` is the task's last known state.
    """

    def __init__(self, job_id: str, state: dict[str, Any], error: DSSAPIError | None = None) -> None:
        self.job_id = job_id
        self.state = state
        self.error = error
        if error is not None:
            text = str(error)
        elif state.get("aborted"):
            text = f"long task {job_id} was aborted"
        else:
            text = f"long task {job_id} ended without a result"
        super().__init__(text)

    @property
    def error_type(self) -> str | None:
        """The ``errorType`` DSS reported for the task (a Java exception class), if it reported one."""
        return self.error.error_type if self.error is not None else None

    @property
    def error_message(self) -> str | None:
        """The ``message`` DSS reported for the task, if it reported one."""
        return self.error.message if self.error is not None else None


class FutureTimeoutError(DataikuException, TimeoutError):
    """Waiting for a long task took longer than the caller allowed. The task goes on running."""

    def __init__(self, job_id: str, timeout: float, state: dict[str, Any] | None) -> None:
        self.job_id = job_id
        self.timeout = timeout
        self.state = state
        super().__init__(
            f"long task {job_id} still running after {timeout:g} s; it goes on running (wait again, or abort it)"
        )


class OperationFailedError(DataikuException):
    """DSS answered a success status, but the answer says the operation failed (``messages.error``):
    a code env build or a cluster start that went wrong. ``messages`` is DSS's InfoMessages."""

    def __init__(self, what: str, messages: dict[str, Any]) -> None:
        from ._json import is_array, is_object  # `import dssclient` loads errors.py alone

        self.messages = messages
        listed = messages.get("messages")
        texts = [m.get("message") for m in listed if is_object(m)] if is_array(listed) else []
        details = "; ".join(t for t in texts if isinstance(t, str)) or "no message"
        super().__init__(f"{what} failed: {details}")


# -- jobs and scenario runs ----------------------------------------------------------------------


def _thrown_text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


class JobFailedError(DataikuException):
    """A job ended ``FAILED`` or ``ABORTED``.

    The text starts as the official client's (``Job run did not finish. Status: FAILED``) and
    goes on with the error of the first activity that failed, as DSS reported it in the job's
    status (``baseStatus.activities[...].firstFailure``): ``activity`` (its identifier),
    ``recipe_name``, ``error_type`` (DSS's ``clazz``, a Java exception class) and
    ``error_message``; for a Python recipe the message names the Python exception, as in
    ``Error in Python process: At line 3: <class 'ValueError'>: boom``. ``first_failure`` is
    that error's whole dict; all are None when DSS reported none. The job's log says more.
    """

    def __init__(self, job_id: str, state: str, status: dict[str, Any] | None = None) -> None:
        self.job_id = job_id
        self.state = state
        from ._json import is_object  # `import dssclient` loads errors.py alone

        self.status = status if status is not None else {}
        base = self.status.get("baseStatus")
        activities = base.get("activities") if is_object(base) else None
        self.first_failure: dict[str, Any] | None = None
        self.activity: str | None = None
        self.recipe_name: str | None = None
        for key, activity in (activities if is_object(activities) else {}).items():
            if is_object(activity) and is_object(first_failure := activity.get("firstFailure")):
                self.first_failure = first_failure
                self.activity = _thrown_text(activity.get("activityId")) or str(key)
                self.recipe_name = _thrown_text(activity.get("recipeName"))
                break
        failure = self.first_failure or {}
        self.error_type: str | None = _thrown_text(failure.get("clazz"))
        self.error_message: str | None = _thrown_text(failure.get("message")) or _thrown_text(failure.get("title"))
        text = f"Job run did not finish. Status: {state}"
        if self.first_failure is not None:
            text += f"; activity {self.activity} failed: {self.error_type or 'error'}: {self.error_message or ''}"
        super().__init__(text)


class ScenarioRunFailedError(DataikuException):
    """A scenario run ended with another outcome than ``SUCCESS`` (``outcome``: ``WARNING``,
    ``FAILED``, ``ABORTED``), or its trigger fire was cancelled (``outcome`` None).

    The text starts as the official client's (``Scenario run returned status FAILED``) and goes
    on with the error of the first step that failed, as DSS reported it in the run's details
    (``stepRuns[].result.thrown``, else the ``thrown`` of the job the step ran): ``step_name``,
    ``step_id``, ``error_type`` (DSS's ``clazz``, a Java exception class), ``error_message``
    (for a Python step it names the Python exception: ``... <class 'ValueError'>: boom``) and
    ``error_details``, the whole dict; all None when no step reported an error. ``run`` is
    the run's raw dict, when there is one.
    """

    def __init__(
        self,
        message: str,
        outcome: str | None = None,
        run: dict[str, Any] | None = None,
        *,
        step: dict[str, Any] | None = None,
        error_details: dict[str, Any] | None = None,
    ) -> None:
        self.outcome = outcome
        self.run = run
        self.step_name: str | None = _thrown_text((step or {}).get("name"))
        self.step_id: str | None = _thrown_text((step or {}).get("id"))
        self.error_details = error_details
        details = error_details or {}
        self.error_type: str | None = _thrown_text(details.get("clazz"))
        self.error_message: str | None = _thrown_text(details.get("message")) or _thrown_text(details.get("title"))
        if error_details is not None:
            where = f"step {self.step_name or self.step_id or '?'}"
            message += f"; {where} failed: {self.error_type or 'error'}: {self.error_message or ''}"
        super().__init__(message)


class WaitTimeoutError(DataikuException, TimeoutError):
    """Waiting for a job or a scenario run took longer than the caller allowed. It goes on running."""

    def __init__(self, what: str, timeout: float, state: Any = None) -> None:
        self.what = what
        self.timeout = timeout
        self.state = state
        super().__init__(f"{what} still running after {timeout:g} s; it goes on running (wait again, or abort it)")
