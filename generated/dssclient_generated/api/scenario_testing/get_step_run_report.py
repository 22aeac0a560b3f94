from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, File, Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError


def request_kwargs(
    project_key: str,
    scenario_id: str,
    run_id: str,
    *,
    step_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["stepId"] = step_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/projects/{path_segment(project_key)}/scenarios/{path_segment(scenario_id)}/{path_segment(run_id)}/step-run-report",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | File:
    from io import BytesIO

    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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
) -> Response[DSSError | File]:
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
    step_id: str,
) -> Response[DSSError | File]:
    """Get a test scenario step run's report

     As `getScenarioRunReport`, for one step of the run.

    Args:
        project_key (str):
        scenario_id (str):
        run_id (str):
        step_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | File]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        scenario_id=scenario_id,
        run_id=run_id,
        step_id=step_id,
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
    step_id: str,
) -> DSSError | File | None:
    """Get a test scenario step run's report

     As `getScenarioRunReport`, for one step of the run.

    Args:
        project_key (str):
        scenario_id (str):
        run_id (str):
        step_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | File
    """

    return sync_detailed(
        project_key=project_key,
        scenario_id=scenario_id,
        run_id=run_id,
        client=client,
        step_id=step_id,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    scenario_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    step_id: str,
) -> Response[DSSError | File]:
    """Get a test scenario step run's report

     As `getScenarioRunReport`, for one step of the run.

    Args:
        project_key (str):
        scenario_id (str):
        run_id (str):
        step_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | File]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        scenario_id=scenario_id,
        run_id=run_id,
        step_id=step_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    scenario_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    step_id: str,
) -> DSSError | File | None:
    """Get a test scenario step run's report

     As `getScenarioRunReport`, for one step of the run.

    Args:
        project_key (str):
        scenario_id (str):
        run_id (str):
        step_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | File
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            scenario_id=scenario_id,
            run_id=run_id,
            client=client,
            step_id=step_id,
        )
    ).parsed
