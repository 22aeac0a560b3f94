from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.create_evaluation_comparison_body import (
        CreateEvaluationComparisonBody,
    )
    from ...models.dss_error import DSSError
    from ...models.evaluation_comparison_settings import EvaluationComparisonSettings


def request_kwargs(
    project_key: str,
    *,
    body: CreateEvaluationComparisonBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_key)}/evaluationcomparisons/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | EvaluationComparisonSettings:

    from ...models.dss_error import DSSError
    from ...models.evaluation_comparison_settings import EvaluationComparisonSettings

    if response.status_code == 200:
        response_200 = EvaluationComparisonSettings.from_dict(response.json())

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
) -> Response[DSSError | EvaluationComparisonSettings]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateEvaluationComparisonBody,
) -> Response[DSSError | EvaluationComparisonSettings]:
    """Create an evaluation comparison

     Creates an empty comparison of a task type (sent as `predictionType`), DSS choosing its
    identifier. Needs the right to write the project's content.

    Args:
        project_key (str):
        body (CreateEvaluationComparisonBody): The comparison to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | EvaluationComparisonSettings]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateEvaluationComparisonBody,
) -> DSSError | EvaluationComparisonSettings | None:
    """Create an evaluation comparison

     Creates an empty comparison of a task type (sent as `predictionType`), DSS choosing its
    identifier. Needs the right to write the project's content.

    Args:
        project_key (str):
        body (CreateEvaluationComparisonBody): The comparison to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | EvaluationComparisonSettings
    """

    return sync_detailed(
        project_key=project_key,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateEvaluationComparisonBody,
) -> Response[DSSError | EvaluationComparisonSettings]:
    """Create an evaluation comparison

     Creates an empty comparison of a task type (sent as `predictionType`), DSS choosing its
    identifier. Needs the right to write the project's content.

    Args:
        project_key (str):
        body (CreateEvaluationComparisonBody): The comparison to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | EvaluationComparisonSettings]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateEvaluationComparisonBody,
) -> DSSError | EvaluationComparisonSettings | None:
    """Create an evaluation comparison

     Creates an empty comparison of a task type (sent as `predictionType`), DSS choosing its
    identifier. Needs the right to write the project's content.

    Args:
        project_key (str):
        body (CreateEvaluationComparisonBody): The comparison to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | EvaluationComparisonSettings
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            client=client,
            body=body,
        )
    ).parsed
