from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.add_custom_evaluation_body import AddCustomEvaluationBody
    from ...models.dss_error import DSSError
    from ...models.evaluation_info import EvaluationInfo


def request_kwargs(
    project_key: str,
    evaluation_store_id: str,
    *,
    body: AddCustomEvaluationBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_key)}/evaluationstores/{path_segment(evaluation_store_id)}/evaluations/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | EvaluationInfo:

    from ...models.dss_error import DSSError
    from ...models.evaluation_info import EvaluationInfo

    if response.status_code == 200:
        response_200 = EvaluationInfo.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = DSSError.from_dict(response.json())

        return response_409

    response_default = DSSError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DSSError | EvaluationInfo]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_key: str,
    evaluation_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddCustomEvaluationBody,
) -> Response[DSSError | EvaluationInfo]:
    """Add an evaluation with custom metrics

     Records an evaluation made outside DSS: its metrics (code and value), labels, and
    optionally the saved model version it evaluated (which a model evaluation store
    only accepts). The answer is the evaluation as listed (unverified: the emulator's
    choice).

    Args:
        project_key (str):
        evaluation_store_id (str):
        body (AddCustomEvaluationBody): The custom evaluation to record.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | EvaluationInfo]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        evaluation_store_id=evaluation_store_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    evaluation_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddCustomEvaluationBody,
) -> DSSError | EvaluationInfo | None:
    """Add an evaluation with custom metrics

     Records an evaluation made outside DSS: its metrics (code and value), labels, and
    optionally the saved model version it evaluated (which a model evaluation store
    only accepts). The answer is the evaluation as listed (unverified: the emulator's
    choice).

    Args:
        project_key (str):
        evaluation_store_id (str):
        body (AddCustomEvaluationBody): The custom evaluation to record.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | EvaluationInfo
    """

    return sync_detailed(
        project_key=project_key,
        evaluation_store_id=evaluation_store_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    evaluation_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddCustomEvaluationBody,
) -> Response[DSSError | EvaluationInfo]:
    """Add an evaluation with custom metrics

     Records an evaluation made outside DSS: its metrics (code and value), labels, and
    optionally the saved model version it evaluated (which a model evaluation store
    only accepts). The answer is the evaluation as listed (unverified: the emulator's
    choice).

    Args:
        project_key (str):
        evaluation_store_id (str):
        body (AddCustomEvaluationBody): The custom evaluation to record.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | EvaluationInfo]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        evaluation_store_id=evaluation_store_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    evaluation_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddCustomEvaluationBody,
) -> DSSError | EvaluationInfo | None:
    """Add an evaluation with custom metrics

     Records an evaluation made outside DSS: its metrics (code and value), labels, and
    optionally the saved model version it evaluated (which a model evaluation store
    only accepts). The answer is the evaluation as listed (unverified: the emulator's
    choice).

    Args:
        project_key (str):
        evaluation_store_id (str):
        body (AddCustomEvaluationBody): The custom evaluation to record.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | EvaluationInfo
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            evaluation_store_id=evaluation_store_id,
            client=client,
            body=body,
        )
    ).parsed
