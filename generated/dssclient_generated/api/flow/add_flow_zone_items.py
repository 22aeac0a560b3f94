from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.flow_zone import FlowZone
    from ...models.flow_zone_item import FlowZoneItem


def request_kwargs(
    project_key: str,
    zone_id: str,
    *,
    body: list[FlowZoneItem],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_key)}/flow/zones/{path_segment(zone_id)}/add-items",
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | FlowZone:

    from ...models.dss_error import DSSError
    from ...models.flow_zone import FlowZone

    if response.status_code == 200:
        response_200 = FlowZone.from_dict(response.json())

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
) -> Response[DSSError | FlowZone]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_key: str,
    zone_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[FlowZoneItem],
) -> Response[DSSError | FlowZone]:
    """Move objects into a flow zone

     Moves each object into the zone, as `addFlowZoneItem` does. Answers the zone.

    Args:
        project_key (str):
        zone_id (str):
        body (list[FlowZoneItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | FlowZone]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        zone_id=zone_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    zone_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[FlowZoneItem],
) -> DSSError | FlowZone | None:
    """Move objects into a flow zone

     Moves each object into the zone, as `addFlowZoneItem` does. Answers the zone.

    Args:
        project_key (str):
        zone_id (str):
        body (list[FlowZoneItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | FlowZone
    """

    return sync_detailed(
        project_key=project_key,
        zone_id=zone_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    zone_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[FlowZoneItem],
) -> Response[DSSError | FlowZone]:
    """Move objects into a flow zone

     Moves each object into the zone, as `addFlowZoneItem` does. Answers the zone.

    Args:
        project_key (str):
        zone_id (str):
        body (list[FlowZoneItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | FlowZone]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        zone_id=zone_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    zone_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[FlowZoneItem],
) -> DSSError | FlowZone | None:
    """Move objects into a flow zone

     Moves each object into the zone, as `addFlowZoneItem` does. Answers the zone.

    Args:
        project_key (str):
        zone_id (str):
        body (list[FlowZoneItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | FlowZone
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            zone_id=zone_id,
            client=client,
            body=body,
        )
    ).parsed
