from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.create_code_studio_body import CreateCodeStudioBody
    from ...models.create_code_studio_response import CreateCodeStudioResponse
    from ...models.dss_error import DSSError


def request_kwargs(
    project_key: str,
    *,
    body: CreateCodeStudioBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_key)}/code-studios/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateCodeStudioResponse | DSSError:

    from ...models.create_code_studio_response import CreateCodeStudioResponse
    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = CreateCodeStudioResponse.from_dict(response.json())

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
) -> Response[CreateCodeStudioResponse | DSSError]:
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
    body: CreateCodeStudioBody,
) -> Response[CreateCodeStudioResponse | DSSError]:
    """Create a code studio

     Creates a code studio from a template, owned by the caller. It is
    created stopped: start it with `restartCodeStudio`. DSS chooses its
    identifier; the name need not be unique.

    Args:
        project_key (str):
        body (CreateCodeStudioBody): What `createCodeStudio` needs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateCodeStudioResponse | DSSError]
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
    body: CreateCodeStudioBody,
) -> CreateCodeStudioResponse | DSSError | None:
    """Create a code studio

     Creates a code studio from a template, owned by the caller. It is
    created stopped: start it with `restartCodeStudio`. DSS chooses its
    identifier; the name need not be unique.

    Args:
        project_key (str):
        body (CreateCodeStudioBody): What `createCodeStudio` needs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateCodeStudioResponse | DSSError
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
    body: CreateCodeStudioBody,
) -> Response[CreateCodeStudioResponse | DSSError]:
    """Create a code studio

     Creates a code studio from a template, owned by the caller. It is
    created stopped: start it with `restartCodeStudio`. DSS chooses its
    identifier; the name need not be unique.

    Args:
        project_key (str):
        body (CreateCodeStudioBody): What `createCodeStudio` needs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateCodeStudioResponse | DSSError]
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
    body: CreateCodeStudioBody,
) -> CreateCodeStudioResponse | DSSError | None:
    """Create a code studio

     Creates a code studio from a template, owned by the caller. It is
    created stopped: start it with `restartCodeStudio`. DSS chooses its
    identifier; the name need not be unique.

    Args:
        project_key (str):
        body (CreateCodeStudioBody): What `createCodeStudio` needs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateCodeStudioResponse | DSSError
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            client=client,
            body=body,
        )
    ).parsed
