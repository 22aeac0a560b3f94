from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.future_state import FutureState


def request_kwargs(
    job_id: str,
    *,
    peek: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["peek"] = peek

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/futures/{path_segment(job_id)}",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | FutureState:

    from ...models.dss_error import DSSError
    from ...models.future_state import FutureState

    if response.status_code == 200:
        response_200 = FutureState.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = DSSError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = DSSError.from_dict(response.json())

        return response_404

    response_default = DSSError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DSSError | FutureState]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    peek: bool | Unset = False,
) -> Response[DSSError | FutureState]:
    """Get the state of a long task

     Returns the state of the task. A peek reports progress without the
    result; a non-peek read returns the result once the task has one, and
    answers with the task's own error (a 5xx status whose `errorType` is
    the task's) when the task failed or was aborted. A `jobId` that DSS
    does not know, or that belongs to another user, is not found.

    Args:
        job_id (str):
        peek (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | FutureState]
    """

    kwargs = request_kwargs(
        job_id=job_id,
        peek=peek,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    peek: bool | Unset = False,
) -> DSSError | FutureState | None:
    """Get the state of a long task

     Returns the state of the task. A peek reports progress without the
    result; a non-peek read returns the result once the task has one, and
    answers with the task's own error (a 5xx status whose `errorType` is
    the task's) when the task failed or was aborted. A `jobId` that DSS
    does not know, or that belongs to another user, is not found.

    Args:
        job_id (str):
        peek (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | FutureState
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
        peek=peek,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    peek: bool | Unset = False,
) -> Response[DSSError | FutureState]:
    """Get the state of a long task

     Returns the state of the task. A peek reports progress without the
    result; a non-peek read returns the result once the task has one, and
    answers with the task's own error (a 5xx status whose `errorType` is
    the task's) when the task failed or was aborted. A `jobId` that DSS
    does not know, or that belongs to another user, is not found.

    Args:
        job_id (str):
        peek (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | FutureState]
    """

    kwargs = request_kwargs(
        job_id=job_id,
        peek=peek,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    peek: bool | Unset = False,
) -> DSSError | FutureState | None:
    """Get the state of a long task

     Returns the state of the task. A peek reports progress without the
    result; a non-peek read returns the result once the task has one, and
    answers with the task's own error (a 5xx status whose `errorType` is
    the task's) when the task failed or was aborted. A `jobId` that DSS
    does not know, or that belongs to another user, is not found.

    Args:
        job_id (str):
        peek (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | FutureState
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            peek=peek,
        )
    ).parsed
