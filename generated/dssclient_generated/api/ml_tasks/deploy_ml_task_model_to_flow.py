from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.deploy_ml_task_model_to_flow_body import DeployMLTaskModelToFlowBody
    from ...models.dss_error import DSSError
    from ...models.ml_task_model_deployed import MLTaskModelDeployed


def request_kwargs(
    project_key: str,
    ml_task_analysis_id: str,
    ml_task_id: str,
    ml_task_model_id: str,
    *,
    body: DeployMLTaskModelToFlowBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_key)}/models/lab/{path_segment(ml_task_analysis_id)}/{path_segment(ml_task_id)}/models/{path_segment(ml_task_model_id)}/actions/deployToFlow",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | MLTaskModelDeployed:

    from ...models.dss_error import DSSError
    from ...models.ml_task_model_deployed import MLTaskModelDeployed

    if response.status_code == 200:
        response_200 = MLTaskModelDeployed.from_dict(response.json())

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
) -> Response[DSSError | MLTaskModelDeployed]:
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
    body: DeployMLTaskModelToFlowBody,
) -> Response[DSSError | MLTaskModelDeployed]:
    """Deploy a trained model to the flow

     Creates a saved model in the flow holding the trained model as its first (active) version,
    and the training recipe that produces it from `trainDatasetRef`. Needs the right to write the
    project.

    Args:
        project_key (str):
        ml_task_analysis_id (str):
        ml_task_id (str):
        ml_task_model_id (str):
        body (DeployMLTaskModelToFlowBody): The saved model to create and the dataset its training
            recipe reads.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | MLTaskModelDeployed]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        ml_task_analysis_id=ml_task_analysis_id,
        ml_task_id=ml_task_id,
        ml_task_model_id=ml_task_model_id,
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
    ml_task_model_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeployMLTaskModelToFlowBody,
) -> DSSError | MLTaskModelDeployed | None:
    """Deploy a trained model to the flow

     Creates a saved model in the flow holding the trained model as its first (active) version,
    and the training recipe that produces it from `trainDatasetRef`. Needs the right to write the
    project.

    Args:
        project_key (str):
        ml_task_analysis_id (str):
        ml_task_id (str):
        ml_task_model_id (str):
        body (DeployMLTaskModelToFlowBody): The saved model to create and the dataset its training
            recipe reads.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | MLTaskModelDeployed
    """

    return sync_detailed(
        project_key=project_key,
        ml_task_analysis_id=ml_task_analysis_id,
        ml_task_id=ml_task_id,
        ml_task_model_id=ml_task_model_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    ml_task_analysis_id: str,
    ml_task_id: str,
    ml_task_model_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeployMLTaskModelToFlowBody,
) -> Response[DSSError | MLTaskModelDeployed]:
    """Deploy a trained model to the flow

     Creates a saved model in the flow holding the trained model as its first (active) version,
    and the training recipe that produces it from `trainDatasetRef`. Needs the right to write the
    project.

    Args:
        project_key (str):
        ml_task_analysis_id (str):
        ml_task_id (str):
        ml_task_model_id (str):
        body (DeployMLTaskModelToFlowBody): The saved model to create and the dataset its training
            recipe reads.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | MLTaskModelDeployed]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        ml_task_analysis_id=ml_task_analysis_id,
        ml_task_id=ml_task_id,
        ml_task_model_id=ml_task_model_id,
        body=body,
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
    body: DeployMLTaskModelToFlowBody,
) -> DSSError | MLTaskModelDeployed | None:
    """Deploy a trained model to the flow

     Creates a saved model in the flow holding the trained model as its first (active) version,
    and the training recipe that produces it from `trainDatasetRef`. Needs the right to write the
    project.

    Args:
        project_key (str):
        ml_task_analysis_id (str):
        ml_task_id (str):
        ml_task_model_id (str):
        body (DeployMLTaskModelToFlowBody): The saved model to create and the dataset its training
            recipe reads.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | MLTaskModelDeployed
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            ml_task_analysis_id=ml_task_analysis_id,
            ml_task_id=ml_task_id,
            ml_task_model_id=ml_task_model_id,
            client=client,
            body=body,
        )
    ).parsed
