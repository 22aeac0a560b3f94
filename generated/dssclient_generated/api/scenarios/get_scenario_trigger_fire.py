from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.trigger_fire import TriggerFire


def request_kwargs(
    project_key: str,
    scenario_id: str,
    trigger_id: str,
    *,
    trigger_run_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["triggerRunId"] = trigger_run_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/projects/{path_segment(project_key)}/scenarios/trigger/{path_segment(scenario_id)}/{path_segment(trigger_id)}",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | TriggerFire:

    from ...models.dss_error import DSSError
    from ...models.trigger_fire import TriggerFire

    if response.status_code == 200:
        response_200 = TriggerFire.from_dict(response.json())

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
) -> Response[DSSError | TriggerFire]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_key: str,
    scenario_id: str,
    trigger_id: str,
    *,
    client: AuthenticatedClient | Client,
    trigger_run_id: str,
) -> Response[DSSError | TriggerFire]:
    """Get a trigger fire

     Returns a fire of a scenario's trigger, notably whether it was cancelled.

    Args:
        project_key (str):
        scenario_id (str):
        trigger_id (str):
        trigger_run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | TriggerFire]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        scenario_id=scenario_id,
        trigger_id=trigger_id,
        trigger_run_id=trigger_run_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    scenario_id: str,
    trigger_id: str,
    *,
    client: AuthenticatedClient | Client,
    trigger_run_id: str,
) -> DSSError | TriggerFire | None:
    """Get a trigger fire

     Returns a fire of a scenario's trigger, notably whether it was cancelled.

    Args:
        project_key (str):
        scenario_id (str):
        trigger_id (str):
        trigger_run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | TriggerFire
    """

    return sync_detailed(
        project_key=project_key,
        scenario_id=scenario_id,
        trigger_id=trigger_id,
        client=client,
        trigger_run_id=trigger_run_id,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    scenario_id: str,
    trigger_id: str,
    *,
    client: AuthenticatedClient | Client,
    trigger_run_id: str,
) -> Response[DSSError | TriggerFire]:
    """Get a trigger fire

     Returns a fire of a scenario's trigger, notably whether it was cancelled.

    Args:
        project_key (str):
        scenario_id (str):
        trigger_id (str):
        trigger_run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | TriggerFire]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        scenario_id=scenario_id,
        trigger_id=trigger_id,
        trigger_run_id=trigger_run_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    scenario_id: str,
    trigger_id: str,
    *,
    client: AuthenticatedClient | Client,
    trigger_run_id: str,
) -> DSSError | TriggerFire | None:
    """Get a trigger fire

     Returns a fire of a scenario's trigger, notably whether it was cancelled.

    Args:
        project_key (str):
        scenario_id (str):
        trigger_id (str):
        trigger_run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | TriggerFire
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            scenario_id=scenario_id,
            trigger_id=trigger_id,
            client=client,
            trigger_run_id=trigger_run_id,
        )
    ).parsed
