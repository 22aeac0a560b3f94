from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.run_scenario_body import RunScenarioBody
    from ...models.trigger_fire import TriggerFire


def request_kwargs(
    project_key: str,
    scenario_id: str,
    *,
    body: RunScenarioBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_key)}/scenarios/{path_segment(scenario_id)}/run",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient | Client,
    body: RunScenarioBody | Unset = UNSET,
) -> Response[DSSError | TriggerFire]:
    """Run a scenario

     Fires the scenario's manual trigger, with the body as the trigger's
    parameters. The answer is the trigger fire, not a run: the fire starts
    a run, or is cancelled when the scenario is already running. Find the
    run with `getScenarioRunForTrigger`.

    Args:
        project_key (str):
        scenario_id (str):
        body (RunScenarioBody | Unset): Parameters passed to the scenario's run, by name; any JSON
            values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | TriggerFire]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        scenario_id=scenario_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    scenario_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunScenarioBody | Unset = UNSET,
) -> DSSError | TriggerFire | None:
    """Run a scenario

     Fires the scenario's manual trigger, with the body as the trigger's
    parameters. The answer is the trigger fire, not a run: the fire starts
    a run, or is cancelled when the scenario is already running. Find the
    run with `getScenarioRunForTrigger`.

    Args:
        project_key (str):
        scenario_id (str):
        body (RunScenarioBody | Unset): Parameters passed to the scenario's run, by name; any JSON
            values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | TriggerFire
    """

    return sync_detailed(
        project_key=project_key,
        scenario_id=scenario_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    scenario_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunScenarioBody | Unset = UNSET,
) -> Response[DSSError | TriggerFire]:
    """Run a scenario

     Fires the scenario's manual trigger, with the body as the trigger's
    parameters. The answer is the trigger fire, not a run: the fire starts
    a run, or is cancelled when the scenario is already running. Find the
    run with `getScenarioRunForTrigger`.

    Args:
        project_key (str):
        scenario_id (str):
        body (RunScenarioBody | Unset): Parameters passed to the scenario's run, by name; any JSON
            values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | TriggerFire]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        scenario_id=scenario_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    scenario_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunScenarioBody | Unset = UNSET,
) -> DSSError | TriggerFire | None:
    """Run a scenario

     Fires the scenario's manual trigger, with the body as the trigger's
    parameters. The answer is the trigger fire, not a run: the fire starts
    a run, or is cancelled when the scenario is already running. Find the
    run with `getScenarioRunForTrigger`.

    Args:
        project_key (str):
        scenario_id (str):
        body (RunScenarioBody | Unset): Parameters passed to the scenario's run, by name; any JSON
            values.

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
            client=client,
            body=body,
        )
    ).parsed
