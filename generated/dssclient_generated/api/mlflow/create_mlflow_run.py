from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.mlflow_create_run_body import MlflowCreateRunBody
    from ...models.mlflow_run_answer import MlflowRunAnswer


def request_kwargs(
    *,
    body: MlflowCreateRunBody,
    x_dku_mlflow_project_key: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-dku-mlflow-project-key"] = x_dku_mlflow_project_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/2.0/mlflow/runs/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | MlflowRunAnswer:

    from ...models.dss_error import DSSError
    from ...models.mlflow_run_answer import MlflowRunAnswer

    if response.status_code == 200:
        response_200 = MlflowRunAnswer.from_dict(response.json())

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
) -> Response[DSSError | MlflowRunAnswer]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MlflowCreateRunBody,
    x_dku_mlflow_project_key: str,
) -> Response[DSSError | MlflowRunAnswer]:
    """Create an MLflow run

     Starts a run in an active experiment of the project (status `RUNNING`).

    Args:
        x_dku_mlflow_project_key (str):
        body (MlflowCreateRunBody): A new run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | MlflowRunAnswer]
    """

    kwargs = request_kwargs(
        body=body,
        x_dku_mlflow_project_key=x_dku_mlflow_project_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: MlflowCreateRunBody,
    x_dku_mlflow_project_key: str,
) -> DSSError | MlflowRunAnswer | None:
    """Create an MLflow run

     Starts a run in an active experiment of the project (status `RUNNING`).

    Args:
        x_dku_mlflow_project_key (str):
        body (MlflowCreateRunBody): A new run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | MlflowRunAnswer
    """

    return sync_detailed(
        client=client,
        body=body,
        x_dku_mlflow_project_key=x_dku_mlflow_project_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MlflowCreateRunBody,
    x_dku_mlflow_project_key: str,
) -> Response[DSSError | MlflowRunAnswer]:
    """Create an MLflow run

     Starts a run in an active experiment of the project (status `RUNNING`).

    Args:
        x_dku_mlflow_project_key (str):
        body (MlflowCreateRunBody): A new run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | MlflowRunAnswer]
    """

    kwargs = request_kwargs(
        body=body,
        x_dku_mlflow_project_key=x_dku_mlflow_project_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MlflowCreateRunBody,
    x_dku_mlflow_project_key: str,
) -> DSSError | MlflowRunAnswer | None:
    """Create an MLflow run

     Starts a run in an active experiment of the project (status `RUNNING`).

    Args:
        x_dku_mlflow_project_key (str):
        body (MlflowCreateRunBody): A new run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | MlflowRunAnswer
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_dku_mlflow_project_key=x_dku_mlflow_project_key,
        )
    ).parsed
