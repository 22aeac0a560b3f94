from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.scenario_run import ScenarioRun


def request_kwargs(
    project_key: str,
    scenario_id: str,
    *,
    from_date: str,
    to_date: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fromDate"] = from_date

    params["toDate"] = to_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/projects/{path_segment(project_key)}/scenarios/{path_segment(scenario_id)}/get-runs-by-date",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | list[ScenarioRun]:

    from ...models.dss_error import DSSError
    from ...models.scenario_run import ScenarioRun

    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ScenarioRun.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[DSSError | list[ScenarioRun]]:
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
    from_date: str,
    to_date: str,
) -> Response[DSSError | list[ScenarioRun]]:
    """List a scenario's runs between two dates

     Lists the runs that started from one day (included) to another (excluded), newest first; days are
    `YYYY-MM-DD`, in UTC.

    Args:
        project_key (str):
        scenario_id (str):
        from_date (str):
        to_date (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | list[ScenarioRun]]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        scenario_id=scenario_id,
        from_date=from_date,
        to_date=to_date,
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
    from_date: str,
    to_date: str,
) -> DSSError | list[ScenarioRun] | None:
    """List a scenario's runs between two dates

     Lists the runs that started from one day (included) to another (excluded), newest first; days are
    `YYYY-MM-DD`, in UTC.

    Args:
        project_key (str):
        scenario_id (str):
        from_date (str):
        to_date (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | list[ScenarioRun]
    """

    return sync_detailed(
        project_key=project_key,
        scenario_id=scenario_id,
        client=client,
        from_date=from_date,
        to_date=to_date,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    scenario_id: str,
    *,
    client: AuthenticatedClient | Client,
    from_date: str,
    to_date: str,
) -> Response[DSSError | list[ScenarioRun]]:
    """List a scenario's runs between two dates

     Lists the runs that started from one day (included) to another (excluded), newest first; days are
    `YYYY-MM-DD`, in UTC.

    Args:
        project_key (str):
        scenario_id (str):
        from_date (str):
        to_date (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | list[ScenarioRun]]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        scenario_id=scenario_id,
        from_date=from_date,
        to_date=to_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    scenario_id: str,
    *,
    client: AuthenticatedClient | Client,
    from_date: str,
    to_date: str,
) -> DSSError | list[ScenarioRun] | None:
    """List a scenario's runs between two dates

     Lists the runs that started from one day (included) to another (excluded), newest first; days are
    `YYYY-MM-DD`, in UTC.

    Args:
        project_key (str):
        scenario_id (str):
        from_date (str):
        to_date (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | list[ScenarioRun]
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            scenario_id=scenario_id,
            client=client,
            from_date=from_date,
            to_date=to_date,
        )
    ).parsed
