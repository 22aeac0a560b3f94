from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.create_analysis_ml_task_body import CreateAnalysisMLTaskBody
    from ...models.dss_error import DSSError
    from ...models.ml_task_ref import MLTaskRef


def request_kwargs(
    project_key: str,
    analysis_id: str,
    *,
    body: CreateAnalysisMLTaskBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_key)}/lab/{path_segment(analysis_id)}/models/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | MLTaskRef:

    from ...models.dss_error import DSSError
    from ...models.ml_task_ref import MLTaskRef

    if response.status_code == 200:
        response_200 = MLTaskRef.from_dict(response.json())

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
) -> Response[DSSError | MLTaskRef]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_key: str,
    analysis_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateAnalysisMLTaskBody,
) -> Response[DSSError | MLTaskRef]:
    """Create an ML task in a visual analysis

     Creates an ML task on the analysis' dataset, as the analysis' script prepares it. The task
    guesses its settings (feature handling, algorithms) from that data: wait for the guess
    (`guessing: false` in `getMLTaskStatus`) before reading or changing its settings. Needs the
    right to write the project's content.

    Args:
        project_key (str):
        analysis_id (str):
        body (CreateAnalysisMLTaskBody): The ML task to create in a visual analysis.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | MLTaskRef]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        analysis_id=analysis_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    analysis_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateAnalysisMLTaskBody,
) -> DSSError | MLTaskRef | None:
    """Create an ML task in a visual analysis

     Creates an ML task on the analysis' dataset, as the analysis' script prepares it. The task
    guesses its settings (feature handling, algorithms) from that data: wait for the guess
    (`guessing: false` in `getMLTaskStatus`) before reading or changing its settings. Needs the
    right to write the project's content.

    Args:
        project_key (str):
        analysis_id (str):
        body (CreateAnalysisMLTaskBody): The ML task to create in a visual analysis.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | MLTaskRef
    """

    return sync_detailed(
        project_key=project_key,
        analysis_id=analysis_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    analysis_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateAnalysisMLTaskBody,
) -> Response[DSSError | MLTaskRef]:
    """Create an ML task in a visual analysis

     Creates an ML task on the analysis' dataset, as the analysis' script prepares it. The task
    guesses its settings (feature handling, algorithms) from that data: wait for the guess
    (`guessing: false` in `getMLTaskStatus`) before reading or changing its settings. Needs the
    right to write the project's content.

    Args:
        project_key (str):
        analysis_id (str):
        body (CreateAnalysisMLTaskBody): The ML task to create in a visual analysis.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | MLTaskRef]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        analysis_id=analysis_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    analysis_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateAnalysisMLTaskBody,
) -> DSSError | MLTaskRef | None:
    """Create an ML task in a visual analysis

     Creates an ML task on the analysis' dataset, as the analysis' script prepares it. The task
    guesses its settings (feature handling, algorithms) from that data: wait for the guess
    (`guessing: false` in `getMLTaskStatus`) before reading or changing its settings. Needs the
    right to write the project's content.

    Args:
        project_key (str):
        analysis_id (str):
        body (CreateAnalysisMLTaskBody): The ML task to create in a visual analysis.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | MLTaskRef
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            analysis_id=analysis_id,
            client=client,
            body=body,
        )
    ).parsed
