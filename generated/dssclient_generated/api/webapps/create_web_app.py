from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.create_web_app_body import CreateWebAppBody
    from ...models.dss_error import DSSError
    from ...models.web_app_created import WebAppCreated


def request_kwargs(
    project_key: str,
    *,
    body: CreateWebAppBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_key)}/webapps/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | WebAppCreated:

    from ...models.dss_error import DSSError
    from ...models.web_app_created import WebAppCreated

    if response.status_code == 200:
        response_200 = WebAppCreated.from_dict(response.json())

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
) -> Response[DSSError | WebAppCreated]:
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
    body: CreateWebAppBody,
) -> Response[DSSError | WebAppCreated]:
    """Create a code webapp

     Creates a code webapp of a type (`STANDARD`, `BOKEH`, `DASH`, `STREAMLIT`, `SHINY`),
    with an empty code, its backend stopped. DSS chooses its identifier. A code webapp
    needs the rights to write the project's content and to write code.

    Args:
        project_key (str):
        body (CreateWebAppBody): The webapp to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | WebAppCreated]
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
    body: CreateWebAppBody,
) -> DSSError | WebAppCreated | None:
    """Create a code webapp

     Creates a code webapp of a type (`STANDARD`, `BOKEH`, `DASH`, `STREAMLIT`, `SHINY`),
    with an empty code, its backend stopped. DSS chooses its identifier. A code webapp
    needs the rights to write the project's content and to write code.

    Args:
        project_key (str):
        body (CreateWebAppBody): The webapp to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | WebAppCreated
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
    body: CreateWebAppBody,
) -> Response[DSSError | WebAppCreated]:
    """Create a code webapp

     Creates a code webapp of a type (`STANDARD`, `BOKEH`, `DASH`, `STREAMLIT`, `SHINY`),
    with an empty code, its backend stopped. DSS chooses its identifier. A code webapp
    needs the rights to write the project's content and to write code.

    Args:
        project_key (str):
        body (CreateWebAppBody): The webapp to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | WebAppCreated]
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
    body: CreateWebAppBody,
) -> DSSError | WebAppCreated | None:
    """Create a code webapp

     Creates a code webapp of a type (`STANDARD`, `BOKEH`, `DASH`, `STREAMLIT`, `SHINY`),
    with an empty code, its backend stopped. DSS chooses its identifier. A code webapp
    needs the rights to write the project's content and to write code.

    Args:
        project_key (str):
        body (CreateWebAppBody): The webapp to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | WebAppCreated
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            client=client,
            body=body,
        )
    ).parsed
