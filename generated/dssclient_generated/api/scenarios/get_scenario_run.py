from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.scenario_run_details import ScenarioRunDetails


def request_kwargs(
    project_key: str,
    scenario_id: str,
    run_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/projects/{path_segment(project_key)}/scenarios/{path_segment(scenario_id)}/{path_segment(run_id)}/",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | ScenarioRunDetails:

    from ...models.dss_error import DSSError
    from ...models.scenario_run_details import ScenarioRunDetails

    if response.status_code == 200:
        response_200 = ScenarioRunDetails.from_dict(response.json())

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
) -> Response[DSSError | ScenarioRunDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_key: str,
    scenario_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DSSError | ScenarioRunDetails]:
    """Get a scenario run's details

     Returns the run (`scenarioRun`) and the runs of its steps so far (`stepRuns`), with their outcomes,
    errors and the jobs they ran.

    Args:
        project_key (str):
        scenario_id (str):
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | ScenarioRunDetails]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        scenario_id=scenario_id,
        run_id=run_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    scenario_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DSSError | ScenarioRunDetails | None:
    """Get a scenario run's details

     Returns the run (`scenarioRun`) and the runs of its steps so far (`stepRuns`), with their outcomes,
    errors and the jobs they ran.

    Args:
        project_key (str):
        scenario_id (str):
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | ScenarioRunDetails
    """

    return sync_detailed(
        project_key=project_key,
        scenario_id=scenario_id,
        run_id=run_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    scenario_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DSSError | ScenarioRunDetails]:
    """Get a scenario run's details

     Returns the run (`scenarioRun`) and the runs of its steps so far (`stepRuns`), with their outcomes,
    errors and the jobs they ran.

    Args:
        project_key (str):
        scenario_id (str):
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | ScenarioRunDetails]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        scenario_id=scenario_id,
        run_id=run_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    scenario_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DSSError | ScenarioRunDetails | None:
    """Get a scenario run's details

     Returns the run (`scenarioRun`) and the runs of its steps so far (`stepRuns`), with their outcomes,
    errors and the jobs they ran.

    Args:
        project_key (str):
        scenario_id (str):
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | ScenarioRunDetails
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            scenario_id=scenario_id,
            run_id=run_id,
            client=client,
        )
    ).parsed
