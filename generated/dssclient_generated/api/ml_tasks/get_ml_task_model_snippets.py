from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.get_ml_task_model_snippets_response_200 import (
        GetMlTaskModelSnippetsResponse200,
    )
    from ...models.ml_task_model_snippets_body import MLTaskModelSnippetsBody


def request_kwargs(
    project_key: str,
    ml_task_analysis_id: str,
    ml_task_id: str,
    *,
    body: MLTaskModelSnippetsBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/projects/{path_segment(project_key)}/models/lab/{path_segment(ml_task_analysis_id)}/{path_segment(ml_task_id)}/models-snippets",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | GetMlTaskModelSnippetsResponse200:

    from ...models.dss_error import DSSError
    from ...models.get_ml_task_model_snippets_response_200 import (
        GetMlTaskModelSnippetsResponse200,
    )

    if response.status_code == 200:
        response_200 = GetMlTaskModelSnippetsResponse200.from_dict(response.json())

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
) -> Response[DSSError | GetMlTaskModelSnippetsResponse200]:
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
    body: MLTaskModelSnippetsBody | Unset = UNSET,
) -> Response[DSSError | GetMlTaskModelSnippetsResponse200]:
    """Get trained models' snippets

     Quick summaries of trained models (algorithm, state, dates, and their performance metrics
    at the top level), by model id. DSS reads the models to summarize from a JSON body sent
    with this GET (`modelsIds`; every trained model without it), as the official client sends
    it; a model id of another task is refused (404). Needs the right to read the project.

    Args:
        project_key (str):
        ml_task_analysis_id (str):
        ml_task_id (str):
        body (MLTaskModelSnippetsBody | Unset): The models to summarize.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | GetMlTaskModelSnippetsResponse200]
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
    body: MLTaskModelSnippetsBody | Unset = UNSET,
) -> DSSError | GetMlTaskModelSnippetsResponse200 | None:
    """Get trained models' snippets

     Quick summaries of trained models (algorithm, state, dates, and their performance metrics
    at the top level), by model id. DSS reads the models to summarize from a JSON body sent
    with this GET (`modelsIds`; every trained model without it), as the official client sends
    it; a model id of another task is refused (404). Needs the right to read the project.

    Args:
        project_key (str):
        ml_task_analysis_id (str):
        ml_task_id (str):
        body (MLTaskModelSnippetsBody | Unset): The models to summarize.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | GetMlTaskModelSnippetsResponse200
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
    body: MLTaskModelSnippetsBody | Unset = UNSET,
) -> Response[DSSError | GetMlTaskModelSnippetsResponse200]:
    """Get trained models' snippets

     Quick summaries of trained models (algorithm, state, dates, and their performance metrics
    at the top level), by model id. DSS reads the models to summarize from a JSON body sent
    with this GET (`modelsIds`; every trained model without it), as the official client sends
    it; a model id of another task is refused (404). Needs the right to read the project.

    Args:
        project_key (str):
        ml_task_analysis_id (str):
        ml_task_id (str):
        body (MLTaskModelSnippetsBody | Unset): The models to summarize.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | GetMlTaskModelSnippetsResponse200]
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
    body: MLTaskModelSnippetsBody | Unset = UNSET,
) -> DSSError | GetMlTaskModelSnippetsResponse200 | None:
    """Get trained models' snippets

     Quick summaries of trained models (algorithm, state, dates, and their performance metrics
    at the top level), by model id. DSS reads the models to summarize from a JSON body sent
    with this GET (`modelsIds`; every trained model without it), as the official client sends
    it; a model id of another task is refused (404). Needs the right to read the project.

    Args:
        project_key (str):
        ml_task_analysis_id (str):
        ml_task_id (str):
        body (MLTaskModelSnippetsBody | Unset): The models to summarize.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | GetMlTaskModelSnippetsResponse200
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
