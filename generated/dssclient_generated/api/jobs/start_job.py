from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.job_definition import JobDefinition


def request_kwargs(
    project_key: str,
    *,
    body: JobDefinition,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_key)}/jobs/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | JobDefinition:

    from ...models.dss_error import DSSError
    from ...models.job_definition import JobDefinition

    if response.status_code == 200:
        response_200 = JobDefinition.from_dict(response.json())

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
) -> Response[DSSError | JobDefinition]:
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
    body: JobDefinition,
) -> Response[DSSError | JobDefinition]:
    """Start a job

     Starts a job building the outputs the definition names: their
    recipes run in dependency order (`NON_RECURSIVE_FORCED_BUILD` runs only
    the recipes of the outputs; the recursive types also build what they
    read from, when needed or always). Answers the job's definition, with
    its `id`.

    Args:
        project_key (str):
        body (JobDefinition): What a job builds, and how.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | JobDefinition]
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
    body: JobDefinition,
) -> DSSError | JobDefinition | None:
    """Start a job

     Starts a job building the outputs the definition names: their
    recipes run in dependency order (`NON_RECURSIVE_FORCED_BUILD` runs only
    the recipes of the outputs; the recursive types also build what they
    read from, when needed or always). Answers the job's definition, with
    its `id`.

    Args:
        project_key (str):
        body (JobDefinition): What a job builds, and how.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | JobDefinition
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
    body: JobDefinition,
) -> Response[DSSError | JobDefinition]:
    """Start a job

     Starts a job building the outputs the definition names: their
    recipes run in dependency order (`NON_RECURSIVE_FORCED_BUILD` runs only
    the recipes of the outputs; the recursive types also build what they
    read from, when needed or always). Answers the job's definition, with
    its `id`.

    Args:
        project_key (str):
        body (JobDefinition): What a job builds, and how.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | JobDefinition]
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
    body: JobDefinition,
) -> DSSError | JobDefinition | None:
    """Start a job

     Starts a job building the outputs the definition names: their
    recipes run in dependency order (`NON_RECURSIVE_FORCED_BUILD` runs only
    the recipes of the outputs; the recursive types also build what they
    read from, when needed or always). Answers the job's definition, with
    its `id`.

    Args:
        project_key (str):
        body (JobDefinition): What a job builds, and how.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | JobDefinition
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            client=client,
            body=body,
        )
    ).parsed
