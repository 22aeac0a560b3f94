from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.mlflow_run_model import MlflowRunModel


def request_kwargs(
    run_id: str,
    *,
    x_dku_mlflow_project_key: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-dku-mlflow-project-key"] = x_dku_mlflow_project_key

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/api/2.0/mlflow/extension/models/{path_segment(run_id)}",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | list[MlflowRunModel]:

    from ...models.dss_error import DSSError
    from ...models.mlflow_run_model import MlflowRunModel

    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = MlflowRunModel.from_dict(response_200_item_data)

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
) -> Response[DSSError | list[MlflowRunModel]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_dku_mlflow_project_key: str,
) -> Response[DSSError | list[MlflowRunModel]]:
    """List the models of an MLflow run

     The models logged as artifacts of the run (unverified shape: `name` and `flavors`). The emulator
    stores no MLflow artifact, so its runs have no model.

    Args:
        run_id (str):
        x_dku_mlflow_project_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | list[MlflowRunModel]]
    """

    kwargs = request_kwargs(
        run_id=run_id,
        x_dku_mlflow_project_key=x_dku_mlflow_project_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_dku_mlflow_project_key: str,
) -> DSSError | list[MlflowRunModel] | None:
    """List the models of an MLflow run

     The models logged as artifacts of the run (unverified shape: `name` and `flavors`). The emulator
    stores no MLflow artifact, so its runs have no model.

    Args:
        run_id (str):
        x_dku_mlflow_project_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | list[MlflowRunModel]
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
        x_dku_mlflow_project_key=x_dku_mlflow_project_key,
    ).parsed


async def asyncio_detailed(
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_dku_mlflow_project_key: str,
) -> Response[DSSError | list[MlflowRunModel]]:
    """List the models of an MLflow run

     The models logged as artifacts of the run (unverified shape: `name` and `flavors`). The emulator
    stores no MLflow artifact, so its runs have no model.

    Args:
        run_id (str):
        x_dku_mlflow_project_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | list[MlflowRunModel]]
    """

    kwargs = request_kwargs(
        run_id=run_id,
        x_dku_mlflow_project_key=x_dku_mlflow_project_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_dku_mlflow_project_key: str,
) -> DSSError | list[MlflowRunModel] | None:
    """List the models of an MLflow run

     The models logged as artifacts of the run (unverified shape: `name` and `flavors`). The emulator
    stores no MLflow artifact, so its runs have no model.

    Args:
        run_id (str):
        x_dku_mlflow_project_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | list[MlflowRunModel]
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
            x_dku_mlflow_project_key=x_dku_mlflow_project_key,
        )
    ).parsed
