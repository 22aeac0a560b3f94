from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError


def request_kwargs(
    project_key: str,
    job_id: str,
    *,
    activity: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["activity"] = activity

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/projects/{path_segment(project_key)}/jobs/{path_segment(job_id)}/log",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | str:

    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 401:
        response_401 = DSSError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = DSSError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = DSSError.from_dict(response.json())

        return response_404

    response_default = DSSError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DSSError | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_key: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    activity: str | Unset = UNSET,
) -> Response[DSSError | str]:
    """Get a job's log

     Returns the job's log as text, whole or of one activity.

    Args:
        project_key (str):
        job_id (str):
        activity (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | str]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        job_id=job_id,
        activity=activity,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    activity: str | Unset = UNSET,
) -> DSSError | str | None:
    """Get a job's log

     Returns the job's log as text, whole or of one activity.

    Args:
        project_key (str):
        job_id (str):
        activity (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | str
    """

    return sync_detailed(
        project_key=project_key,
        job_id=job_id,
        client=client,
        activity=activity,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    activity: str | Unset = UNSET,
) -> Response[DSSError | str]:
    """Get a job's log

     Returns the job's log as text, whole or of one activity.

    Args:
        project_key (str):
        job_id (str):
        activity (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | str]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        job_id=job_id,
        activity=activity,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    activity: str | Unset = UNSET,
) -> DSSError | str | None:
    """Get a job's log

     Returns the job's log as text, whole or of one activity.

    Args:
        project_key (str):
        job_id (str):
        activity (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | str
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            job_id=job_id,
            client=client,
            activity=activity,
        )
    ).parsed
