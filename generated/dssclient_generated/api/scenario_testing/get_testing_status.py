from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.testing_status import TestingStatus


def request_kwargs(
    project_key: str,
    *,
    bundle_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["bundleId"] = bundle_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/projects/{path_segment(project_key)}/scenarios/testing-status",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | TestingStatus:

    from ...models.dss_error import DSSError
    from ...models.testing_status import TestingStatus

    if response.status_code == 200:
        response_200 = TestingStatus.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DSSError.from_dict(response.json())

        return response_400

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
) -> Response[DSSError | TestingStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    bundle_id: str | Unset = UNSET,
) -> Response[DSSError | TestingStatus]:
    """Get a project's testing status

     Combines the last finished runs of the project's test scenarios (those
    `markedAsTest`): how many ran, and how many ended with each outcome.
    The emulator does not track which bundle was active during a run: it
    refuses a `bundleId` (400).

    Args:
        project_key (str):
        bundle_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | TestingStatus]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        bundle_id=bundle_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    bundle_id: str | Unset = UNSET,
) -> DSSError | TestingStatus | None:
    """Get a project's testing status

     Combines the last finished runs of the project's test scenarios (those
    `markedAsTest`): how many ran, and how many ended with each outcome.
    The emulator does not track which bundle was active during a run: it
    refuses a `bundleId` (400).

    Args:
        project_key (str):
        bundle_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | TestingStatus
    """

    return sync_detailed(
        project_key=project_key,
        client=client,
        bundle_id=bundle_id,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    bundle_id: str | Unset = UNSET,
) -> Response[DSSError | TestingStatus]:
    """Get a project's testing status

     Combines the last finished runs of the project's test scenarios (those
    `markedAsTest`): how many ran, and how many ended with each outcome.
    The emulator does not track which bundle was active during a run: it
    refuses a `bundleId` (400).

    Args:
        project_key (str):
        bundle_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | TestingStatus]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        bundle_id=bundle_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    bundle_id: str | Unset = UNSET,
) -> DSSError | TestingStatus | None:
    """Get a project's testing status

     Combines the last finished runs of the project's test scenarios (those
    `markedAsTest`): how many ran, and how many ended with each outcome.
    The emulator does not track which bundle was active during a run: it
    refuses a `bundleId` (400).

    Args:
        project_key (str):
        bundle_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | TestingStatus
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            client=client,
            bundle_id=bundle_id,
        )
    ).parsed
