from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.model_details_timeseries_results import ModelDetailsTimeseriesResults


def request_kwargs(
    project_key: str,
    ml_task_analysis_id: str,
    ml_task_id: str,
    ml_task_model_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/projects/{path_segment(project_key)}/models/lab/{path_segment(ml_task_analysis_id)}/{path_segment(ml_task_id)}/models/{path_segment(ml_task_model_id)}/timeseries-permutation-importance",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | ModelDetailsTimeseriesResults:

    from ...models.dss_error import DSSError
    from ...models.model_details_timeseries_results import ModelDetailsTimeseriesResults

    if response.status_code == 200:
        response_200 = ModelDetailsTimeseriesResults.from_dict(response.json())

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
) -> Response[DSSError | ModelDetailsTimeseriesResults]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_key: str,
    ml_task_analysis_id: str,
    ml_task_id: str,
    ml_task_model_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DSSError | ModelDetailsTimeseriesResults]:
    """Get the permutation importance of a time series lab model

     Answers the permutation importance of the features. Only time series forecasting models have them.
    Readers of the project may.

    Args:
        project_key (str):
        ml_task_analysis_id (str):
        ml_task_id (str):
        ml_task_model_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | ModelDetailsTimeseriesResults]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        ml_task_analysis_id=ml_task_analysis_id,
        ml_task_id=ml_task_id,
        ml_task_model_id=ml_task_model_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    ml_task_analysis_id: str,
    ml_task_id: str,
    ml_task_model_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DSSError | ModelDetailsTimeseriesResults | None:
    """Get the permutation importance of a time series lab model

     Answers the permutation importance of the features. Only time series forecasting models have them.
    Readers of the project may.

    Args:
        project_key (str):
        ml_task_analysis_id (str):
        ml_task_id (str):
        ml_task_model_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | ModelDetailsTimeseriesResults
    """

    return sync_detailed(
        project_key=project_key,
        ml_task_analysis_id=ml_task_analysis_id,
        ml_task_id=ml_task_id,
        ml_task_model_id=ml_task_model_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    ml_task_analysis_id: str,
    ml_task_id: str,
    ml_task_model_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DSSError | ModelDetailsTimeseriesResults]:
    """Get the permutation importance of a time series lab model

     Answers the permutation importance of the features. Only time series forecasting models have them.
    Readers of the project may.

    Args:
        project_key (str):
        ml_task_analysis_id (str):
        ml_task_id (str):
        ml_task_model_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | ModelDetailsTimeseriesResults]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        ml_task_analysis_id=ml_task_analysis_id,
        ml_task_id=ml_task_id,
        ml_task_model_id=ml_task_model_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    ml_task_analysis_id: str,
    ml_task_id: str,
    ml_task_model_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DSSError | ModelDetailsTimeseriesResults | None:
    """Get the permutation importance of a time series lab model

     Answers the permutation importance of the features. Only time series forecasting models have them.
    Readers of the project may.

    Args:
        project_key (str):
        ml_task_analysis_id (str):
        ml_task_id (str):
        ml_task_model_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | ModelDetailsTimeseriesResults
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            ml_task_analysis_id=ml_task_analysis_id,
            ml_task_id=ml_task_id,
            ml_task_model_id=ml_task_model_id,
            client=client,
        )
    ).parsed
