from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.ensemble_ml_task_models_body import EnsembleMLTaskModelsBody
    from ...models.ml_task_ensemble_started import MLTaskEnsembleStarted


def request_kwargs(
    project_key: str,
    ml_task_analysis_id: str,
    ml_task_id: str,
    *,
    body: EnsembleMLTaskModelsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_key)}/models/lab/{path_segment(ml_task_analysis_id)}/{path_segment(ml_task_id)}/ensemble",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | MLTaskEnsembleStarted:

    from ...models.dss_error import DSSError
    from ...models.ml_task_ensemble_started import MLTaskEnsembleStarted

    if response.status_code == 200:
        response_200 = MLTaskEnsembleStarted.from_dict(response.json())

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
) -> Response[DSSError | MLTaskEnsembleStarted]:
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
    *,
    client: AuthenticatedClient | Client,
    body: EnsembleMLTaskModelsBody,
) -> Response[DSSError | MLTaskEnsembleStarted]:
    """Start training an ensemble of trained models

     Starts training an ensemble of some of the task's trained models (combined by `method`).
    Returns at once with the ensemble's model id; the task's status says `training: true` until
    it is trained. Needs the right to write the project.

    Args:
        project_key (str):
        ml_task_analysis_id (str):
        ml_task_id (str):
        body (EnsembleMLTaskModelsBody): The models to ensemble and how.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | MLTaskEnsembleStarted]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        ml_task_analysis_id=ml_task_analysis_id,
        ml_task_id=ml_task_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    ml_task_analysis_id: str,
    ml_task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EnsembleMLTaskModelsBody,
) -> DSSError | MLTaskEnsembleStarted | None:
    """Start training an ensemble of trained models

     Starts training an ensemble of some of the task's trained models (combined by `method`).
    Returns at once with the ensemble's model id; the task's status says `training: true` until
    it is trained. Needs the right to write the project.

    Args:
        project_key (str):
        ml_task_analysis_id (str):
        ml_task_id (str):
        body (EnsembleMLTaskModelsBody): The models to ensemble and how.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | MLTaskEnsembleStarted
    """

    return sync_detailed(
        project_key=project_key,
        ml_task_analysis_id=ml_task_analysis_id,
        ml_task_id=ml_task_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    ml_task_analysis_id: str,
    ml_task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EnsembleMLTaskModelsBody,
) -> Response[DSSError | MLTaskEnsembleStarted]:
    """Start training an ensemble of trained models

     Starts training an ensemble of some of the task's trained models (combined by `method`).
    Returns at once with the ensemble's model id; the task's status says `training: true` until
    it is trained. Needs the right to write the project.

    Args:
        project_key (str):
        ml_task_analysis_id (str):
        ml_task_id (str):
        body (EnsembleMLTaskModelsBody): The models to ensemble and how.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | MLTaskEnsembleStarted]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        ml_task_analysis_id=ml_task_analysis_id,
        ml_task_id=ml_task_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    ml_task_analysis_id: str,
    ml_task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EnsembleMLTaskModelsBody,
) -> DSSError | MLTaskEnsembleStarted | None:
    """Start training an ensemble of trained models

     Starts training an ensemble of some of the task's trained models (combined by `method`).
    Returns at once with the ensemble's model id; the task's status says `training: true` until
    it is trained. Needs the right to write the project.

    Args:
        project_key (str):
        ml_task_analysis_id (str):
        ml_task_id (str):
        body (EnsembleMLTaskModelsBody): The models to ensemble and how.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | MLTaskEnsembleStarted
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            ml_task_analysis_id=ml_task_analysis_id,
            ml_task_id=ml_task_id,
            client=client,
            body=body,
        )
    ).parsed
