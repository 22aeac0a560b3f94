from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dashboard import Dashboard
    from ...models.dss_error import DSSError


def request_kwargs(
    project_key: str,
    dashboard_id: str,
    *,
    body: Dashboard,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/projects/{path_segment(project_key)}/dashboards/{path_segment(dashboard_id)}/",
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
    dashboard_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Dashboard,
) -> Response[DSSError | Dashboard]:
    """Save a dashboard's definition

     Replaces the dashboard's definition with the one sent (as `getDashboard` returned it,
    edited). The identifier, project and owner cannot change through it.

    Args:
        project_key (str):
        dashboard_id (str):
        body (Dashboard): The definition of a dashboard, as `getDashboard` returns it and
            `saveDashboard` takes it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | Dashboard]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        dashboard_id=dashboard_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    dashboard_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Dashboard,
) -> DSSError | Dashboard | None:
    """Save a dashboard's definition

     Replaces the dashboard's definition with the one sent (as `getDashboard` returned it,
    edited). The identifier, project and owner cannot change through it.

    Args:
        project_key (str):
        dashboard_id (str):
        body (Dashboard): The definition of a dashboard, as `getDashboard` returns it and
            `saveDashboard` takes it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | Dashboard
    """

    return sync_detailed(
        project_key=project_key,
        dashboard_id=dashboard_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    dashboard_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Dashboard,
) -> Response[DSSError | Dashboard]:
    """Save a dashboard's definition

     Replaces the dashboard's definition with the one sent (as `getDashboard` returned it,
    edited). The identifier, project and owner cannot change through it.

    Args:
        project_key (str):
        dashboard_id (str):
        body (Dashboard): The definition of a dashboard, as `getDashboard` returns it and
            `saveDashboard` takes it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | Dashboard]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        dashboard_id=dashboard_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    dashboard_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Dashboard,
) -> DSSError | Dashboard | None:
    """Save a dashboard's definition

     Replaces the dashboard's definition with the one sent (as `getDashboard` returned it,
    edited). The identifier, project and owner cannot change through it.

    Args:
        project_key (str):
        dashboard_id (str):
        body (Dashboard): The definition of a dashboard, as `getDashboard` returns it and
            `saveDashboard` takes it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | Dashboard
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            dashboard_id=dashboard_id,
            client=client,
            body=body,
        )
    ).parsed
