from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.create_dashboard_body import CreateDashboardBody
    from ...models.dashboard import Dashboard
    from ...models.dss_error import DSSError


def request_kwargs(
    project_key: str,
    *,
    body: CreateDashboardBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_key)}/dashboards/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | Dashboard:

    from ...models.dashboard import Dashboard
    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = Dashboard.from_dict(response.json())

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
) -> Response[DSSError | Dashboard]:
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
    body: CreateDashboardBody,
) -> Response[DSSError | Dashboard]:
    """Create a dashboard

     Creates a dashboard owned by the caller from a definition (at least its `name`; `pages`
    defaults to none). DSS chooses its identifier and gives each page without one an
    identifier; it is private (`listed` false) unless the definition says otherwise.

    Args:
        project_key (str):
        body (CreateDashboardBody): What `createDashboard` needs; the other properties of a
            `Dashboard` may be given too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | Dashboard]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateDashboardBody,
) -> DSSError | Dashboard | None:
    """Create a dashboard

     Creates a dashboard owned by the caller from a definition (at least its `name`; `pages`
    defaults to none). DSS chooses its identifier and gives each page without one an
    identifier; it is private (`listed` false) unless the definition says otherwise.

    Args:
        project_key (str):
        body (CreateDashboardBody): What `createDashboard` needs; the other properties of a
            `Dashboard` may be given too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | Dashboard
    """

    return sync_detailed(
        project_key=project_key,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateDashboardBody,
) -> Response[DSSError | Dashboard]:
    """Create a dashboard

     Creates a dashboard owned by the caller from a definition (at least its `name`; `pages`
    defaults to none). DSS chooses its identifier and gives each page without one an
    identifier; it is private (`listed` false) unless the definition says otherwise.

    Args:
        project_key (str):
        body (CreateDashboardBody): What `createDashboard` needs; the other properties of a
            `Dashboard` may be given too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | Dashboard]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateDashboardBody,
) -> DSSError | Dashboard | None:
    """Create a dashboard

     Creates a dashboard owned by the caller from a definition (at least its `name`; `pages`
    defaults to none). DSS chooses its identifier and gives each page without one an
    identifier; it is private (`listed` false) unless the definition says otherwise.

    Args:
        project_key (str):
        body (CreateDashboardBody): What `createDashboard` needs; the other properties of a
            `Dashboard` may be given too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | Dashboard
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            client=client,
            body=body,
        )
    ).parsed
