from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.statistics_worksheet import StatisticsWorksheet
    from ...models.statistics_worksheet_body import StatisticsWorksheetBody


def request_kwargs(
    project_key: str,
    dataset_name: str,
    worksheet_id: str,
    *,
    body: StatisticsWorksheetBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/projects/{path_segment(project_key)}/datasets/{path_segment(dataset_name)}/statistics/worksheets/{path_segment(worksheet_id)}",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | StatisticsWorksheet:

    from ...models.dss_error import DSSError
    from ...models.statistics_worksheet import StatisticsWorksheet

    if response.status_code == 200:
        response_200 = StatisticsWorksheet.from_dict(response.json())

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
) -> Response[DSSError | StatisticsWorksheet]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_key: str,
    dataset_name: str,
    worksheet_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StatisticsWorksheetBody,
) -> Response[DSSError | StatisticsWorksheet]:
    """Save a statistics worksheet

     Replaces the worksheet's definition with the one sent and answers it as saved. Its
    identifier and dataset cannot change; every card must be of a known type.

    Args:
        project_key (str):
        dataset_name (str):
        worksheet_id (str):
        body (StatisticsWorksheetBody): A worksheet's definition, as created or saved.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | StatisticsWorksheet]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        dataset_name=dataset_name,
        worksheet_id=worksheet_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    dataset_name: str,
    worksheet_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StatisticsWorksheetBody,
) -> DSSError | StatisticsWorksheet | None:
    """Save a statistics worksheet

     Replaces the worksheet's definition with the one sent and answers it as saved. Its
    identifier and dataset cannot change; every card must be of a known type.

    Args:
        project_key (str):
        dataset_name (str):
        worksheet_id (str):
        body (StatisticsWorksheetBody): A worksheet's definition, as created or saved.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | StatisticsWorksheet
    """

    return sync_detailed(
        project_key=project_key,
        dataset_name=dataset_name,
        worksheet_id=worksheet_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    dataset_name: str,
    worksheet_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StatisticsWorksheetBody,
) -> Response[DSSError | StatisticsWorksheet]:
    """Save a statistics worksheet

     Replaces the worksheet's definition with the one sent and answers it as saved. Its
    identifier and dataset cannot change; every card must be of a known type.

    Args:
        project_key (str):
        dataset_name (str):
        worksheet_id (str):
        body (StatisticsWorksheetBody): A worksheet's definition, as created or saved.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | StatisticsWorksheet]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        dataset_name=dataset_name,
        worksheet_id=worksheet_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    dataset_name: str,
    worksheet_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StatisticsWorksheetBody,
) -> DSSError | StatisticsWorksheet | None:
    """Save a statistics worksheet

     Replaces the worksheet's definition with the one sent and answers it as saved. Its
    identifier and dataset cannot change; every card must be of a known type.

    Args:
        project_key (str):
        dataset_name (str):
        worksheet_id (str):
        body (StatisticsWorksheetBody): A worksheet's definition, as created or saved.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | StatisticsWorksheet
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            dataset_name=dataset_name,
            worksheet_id=worksheet_id,
            client=client,
            body=body,
        )
    ).parsed
