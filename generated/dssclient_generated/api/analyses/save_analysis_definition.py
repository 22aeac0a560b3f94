from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.analysis_definition import AnalysisDefinition
    from ...models.dss_error import DSSError


def request_kwargs(
    project_key: str,
    analysis_id: str,
    *,
    body: AnalysisDefinition,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/projects/{path_segment(project_key)}/lab/{path_segment(analysis_id)}/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnalysisDefinition | DSSError:

    from ...models.analysis_definition import AnalysisDefinition
    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = AnalysisDefinition.from_dict(response.json())

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
) -> Response[AnalysisDefinition | DSSError]:
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
    body: AnalysisDefinition,
) -> Response[AnalysisDefinition | DSSError]:
    """Save a visual analysis' definition

     Replaces the analysis' definition, as sent (a definition read with `getAnalysisDefinition`,
    then changed); its identifier and project cannot change. Needs the right to write the
    project's content. The answer's content is not documented (the emulator answers the saved
    definition).

    Args:
        project_key (str):
        analysis_id (str):
        body (AnalysisDefinition): The definition of a visual analysis: the dataset it works on
            and the script (preparation
            steps, sampling, how the data is shown) applied to it before its charts and ML tasks.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalysisDefinition | DSSError]
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
    body: AnalysisDefinition,
) -> AnalysisDefinition | DSSError | None:
    """Save a visual analysis' definition

     Replaces the analysis' definition, as sent (a definition read with `getAnalysisDefinition`,
    then changed); its identifier and project cannot change. Needs the right to write the
    project's content. The answer's content is not documented (the emulator answers the saved
    definition).

    Args:
        project_key (str):
        analysis_id (str):
        body (AnalysisDefinition): The definition of a visual analysis: the dataset it works on
            and the script (preparation
            steps, sampling, how the data is shown) applied to it before its charts and ML tasks.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalysisDefinition | DSSError
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
    body: AnalysisDefinition,
) -> Response[AnalysisDefinition | DSSError]:
    """Save a visual analysis' definition

     Replaces the analysis' definition, as sent (a definition read with `getAnalysisDefinition`,
    then changed); its identifier and project cannot change. Needs the right to write the
    project's content. The answer's content is not documented (the emulator answers the saved
    definition).

    Args:
        project_key (str):
        analysis_id (str):
        body (AnalysisDefinition): The definition of a visual analysis: the dataset it works on
            and the script (preparation
            steps, sampling, how the data is shown) applied to it before its charts and ML tasks.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalysisDefinition | DSSError]
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
    body: AnalysisDefinition,
) -> AnalysisDefinition | DSSError | None:
    """Save a visual analysis' definition

     Replaces the analysis' definition, as sent (a definition read with `getAnalysisDefinition`,
    then changed); its identifier and project cannot change. Needs the right to write the
    project's content. The answer's content is not documented (the emulator answers the saved
    definition).

    Args:
        project_key (str):
        analysis_id (str):
        body (AnalysisDefinition): The definition of a visual analysis: the dataset it works on
            and the script (preparation
            steps, sampling, how the data is shown) applied to it before its charts and ML tasks.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalysisDefinition | DSSError
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            analysis_id=analysis_id,
            client=client,
            body=body,
        )
    ).parsed
