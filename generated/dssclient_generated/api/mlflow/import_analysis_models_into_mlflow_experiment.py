from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError


def request_kwargs(
    *,
    project_key: str,
    full_model_ids: list[str] | Unset = UNSET,
    experiment_id: str,
    x_dku_mlflow_project_key: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-dku-mlflow-project-key"] = x_dku_mlflow_project_key

    params: dict[str, Any] = {}

    params["projectKey"] = project_key

    json_full_model_ids: list[str] | Unset = UNSET
    if not isinstance(full_model_ids, Unset):
        json_full_model_ids = full_model_ids

    params["fullModelIds"] = json_full_model_ids

    params["experimentId"] = experiment_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/2.0/mlflow/import-analysis-models-into-experiment-tracking",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DSSError:

    from ...models.dss_error import DSSError

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | DSSError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    project_key: str,
    full_model_ids: list[str] | Unset = UNSET,
    experiment_id: str,
    x_dku_mlflow_project_key: str,
) -> Response[Any | DSSError]:
    """Import visual ML models into an MLflow experiment

     Records trained models of the project's visual analyses (by full id,
    `A-{projectKey}-{analysisId}-{mlTaskId}-s{session}-pp{n}-m{n}`) as runs of an active experiment
    of the project: one run per model, named after it, with its metrics (unverified: the runs' exact
    content). A model id the project does not hold is refused. Needs the right to write the
    project's content.

    Args:
        project_key (str):
        full_model_ids (list[str] | Unset):
        experiment_id (str):
        x_dku_mlflow_project_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DSSError]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        full_model_ids=full_model_ids,
        experiment_id=experiment_id,
        x_dku_mlflow_project_key=x_dku_mlflow_project_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    project_key: str,
    full_model_ids: list[str] | Unset = UNSET,
    experiment_id: str,
    x_dku_mlflow_project_key: str,
) -> Any | DSSError | None:
    """Import visual ML models into an MLflow experiment

     Records trained models of the project's visual analyses (by full id,
    `A-{projectKey}-{analysisId}-{mlTaskId}-s{session}-pp{n}-m{n}`) as runs of an active experiment
    of the project: one run per model, named after it, with its metrics (unverified: the runs' exact
    content). A model id the project does not hold is refused. Needs the right to write the
    project's content.

    Args:
        project_key (str):
        full_model_ids (list[str] | Unset):
        experiment_id (str):
        x_dku_mlflow_project_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DSSError
    """

    return sync_detailed(
        client=client,
        project_key=project_key,
        full_model_ids=full_model_ids,
        experiment_id=experiment_id,
        x_dku_mlflow_project_key=x_dku_mlflow_project_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    project_key: str,
    full_model_ids: list[str] | Unset = UNSET,
    experiment_id: str,
    x_dku_mlflow_project_key: str,
) -> Response[Any | DSSError]:
    """Import visual ML models into an MLflow experiment

     Records trained models of the project's visual analyses (by full id,
    `A-{projectKey}-{analysisId}-{mlTaskId}-s{session}-pp{n}-m{n}`) as runs of an active experiment
    of the project: one run per model, named after it, with its metrics (unverified: the runs' exact
    content). A model id the project does not hold is refused. Needs the right to write the
    project's content.

    Args:
        project_key (str):
        full_model_ids (list[str] | Unset):
        experiment_id (str):
        x_dku_mlflow_project_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DSSError]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        full_model_ids=full_model_ids,
        experiment_id=experiment_id,
        x_dku_mlflow_project_key=x_dku_mlflow_project_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    project_key: str,
    full_model_ids: list[str] | Unset = UNSET,
    experiment_id: str,
    x_dku_mlflow_project_key: str,
) -> Any | DSSError | None:
    """Import visual ML models into an MLflow experiment

     Records trained models of the project's visual analyses (by full id,
    `A-{projectKey}-{analysisId}-{mlTaskId}-s{session}-pp{n}-m{n}`) as runs of an active experiment
    of the project: one run per model, named after it, with its metrics (unverified: the runs' exact
    content). A model id the project does not hold is refused. Needs the right to write the
    project's content.

    Args:
        project_key (str):
        full_model_ids (list[str] | Unset):
        experiment_id (str):
        x_dku_mlflow_project_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DSSError
    """

    return (
        await asyncio_detailed(
            client=client,
            project_key=project_key,
            full_model_ids=full_model_ids,
            experiment_id=experiment_id,
            x_dku_mlflow_project_key=x_dku_mlflow_project_key,
        )
    ).parsed
