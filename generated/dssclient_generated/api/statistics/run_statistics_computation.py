from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.future_state import FutureState
    from ...models.statistics_computation import StatisticsComputation


def request_kwargs(
    project_key: str,
    dataset_name: str,
    worksheet_id: str,
    *,
    body: StatisticsComputation,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_key)}/datasets/{path_segment(dataset_name)}/statistics/worksheets/{path_segment(worksheet_id)}/actions/run-computation",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | FutureState:

    from ...models.dss_error import DSSError
    from ...models.future_state import FutureState

    if response.status_code == 200:
        response_200 = FutureState.from_dict(response.json())

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
) -> Response[DSSError | FutureState]:
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
    body: StatisticsComputation,
) -> Response[DSSError | FutureState]:
    """Run a computation on the worksheet's sample

     Runs a computation on the rows of the worksheet's dataset, sampled as its
    `dataSpec.datasetSelection` says, as a long task whose result is the computation's result.
    Computation types the emulator runs (unverified, DSS's names as far as known): `count`,
    `mean`, `sum`, `std`, `variance`, `min`, `max`, `quantiles`, `skewness`, `kurtosis`,
    `nb_distinct`, `mode`, `top_n`, `histogram`, `pearson`, `spearman`, `covariance`,
    `ttest_1samp`, `chi2_ind_test`, `multi`; any other is refused.

    Args:
        project_key (str):
        dataset_name (str):
        worksheet_id (str):
        body (StatisticsComputation): A computation (unverified): its `type` and arguments
            (`column`, `xColumn`/`yColumn`,
            `freqs`, `computations` for `multi`, ...).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | FutureState]
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
    body: StatisticsComputation,
) -> DSSError | FutureState | None:
    """Run a computation on the worksheet's sample

     Runs a computation on the rows of the worksheet's dataset, sampled as its
    `dataSpec.datasetSelection` says, as a long task whose result is the computation's result.
    Computation types the emulator runs (unverified, DSS's names as far as known): `count`,
    `mean`, `sum`, `std`, `variance`, `min`, `max`, `quantiles`, `skewness`, `kurtosis`,
    `nb_distinct`, `mode`, `top_n`, `histogram`, `pearson`, `spearman`, `covariance`,
    `ttest_1samp`, `chi2_ind_test`, `multi`; any other is refused.

    Args:
        project_key (str):
        dataset_name (str):
        worksheet_id (str):
        body (StatisticsComputation): A computation (unverified): its `type` and arguments
            (`column`, `xColumn`/`yColumn`,
            `freqs`, `computations` for `multi`, ...).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | FutureState
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
    body: StatisticsComputation,
) -> Response[DSSError | FutureState]:
    """Run a computation on the worksheet's sample

     Runs a computation on the rows of the worksheet's dataset, sampled as its
    `dataSpec.datasetSelection` says, as a long task whose result is the computation's result.
    Computation types the emulator runs (unverified, DSS's names as far as known): `count`,
    `mean`, `sum`, `std`, `variance`, `min`, `max`, `quantiles`, `skewness`, `kurtosis`,
    `nb_distinct`, `mode`, `top_n`, `histogram`, `pearson`, `spearman`, `covariance`,
    `ttest_1samp`, `chi2_ind_test`, `multi`; any other is refused.

    Args:
        project_key (str):
        dataset_name (str):
        worksheet_id (str):
        body (StatisticsComputation): A computation (unverified): its `type` and arguments
            (`column`, `xColumn`/`yColumn`,
            `freqs`, `computations` for `multi`, ...).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | FutureState]
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
    body: StatisticsComputation,
) -> DSSError | FutureState | None:
    """Run a computation on the worksheet's sample

     Runs a computation on the rows of the worksheet's dataset, sampled as its
    `dataSpec.datasetSelection` says, as a long task whose result is the computation's result.
    Computation types the emulator runs (unverified, DSS's names as far as known): `count`,
    `mean`, `sum`, `std`, `variance`, `min`, `max`, `quantiles`, `skewness`, `kurtosis`,
    `nb_distinct`, `mode`, `top_n`, `histogram`, `pearson`, `spearman`, `covariance`,
    `ttest_1samp`, `chi2_ind_test`, `multi`; any other is refused.

    Args:
        project_key (str):
        dataset_name (str):
        worksheet_id (str):
        body (StatisticsComputation): A computation (unverified): its `type` and arguments
            (`column`, `xColumn`/`yColumn`,
            `freqs`, `computations` for `multi`, ...).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | FutureState
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
