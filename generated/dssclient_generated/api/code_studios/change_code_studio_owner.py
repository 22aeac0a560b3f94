from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.code_studio import CodeStudio
    from ...models.dss_error import DSSError


def request_kwargs(
    project_key: str,
    code_studio_id: str,
    *,
    new_owner: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["newOwner"] = new_owner

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_key)}/code-studios/{path_segment(code_studio_id)}/change-owner",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CodeStudio | DSSError:

    from ...models.code_studio import CodeStudio
    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = CodeStudio.from_dict(response.json())

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
) -> Response[CodeStudio | DSSError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_key: str,
    code_studio_id: str,
    *,
    client: AuthenticatedClient | Client,
    new_owner: str,
) -> Response[CodeStudio | DSSError]:
    """Change a code studio's owner

     Gives the code studio to another user. Only its owner and administrators may.

    Args:
        project_key (str):
        code_studio_id (str):
        new_owner (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CodeStudio | DSSError]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        code_studio_id=code_studio_id,
        new_owner=new_owner,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    code_studio_id: str,
    *,
    client: AuthenticatedClient | Client,
    new_owner: str,
) -> CodeStudio | DSSError | None:
    """Change a code studio's owner

     Gives the code studio to another user. Only its owner and administrators may.

    Args:
        project_key (str):
        code_studio_id (str):
        new_owner (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CodeStudio | DSSError
    """

    return sync_detailed(
        project_key=project_key,
        code_studio_id=code_studio_id,
        client=client,
        new_owner=new_owner,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    code_studio_id: str,
    *,
    client: AuthenticatedClient | Client,
    new_owner: str,
) -> Response[CodeStudio | DSSError]:
    """Change a code studio's owner

     Gives the code studio to another user. Only its owner and administrators may.

    Args:
        project_key (str):
        code_studio_id (str):
        new_owner (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CodeStudio | DSSError]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        code_studio_id=code_studio_id,
        new_owner=new_owner,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    code_studio_id: str,
    *,
    client: AuthenticatedClient | Client,
    new_owner: str,
) -> CodeStudio | DSSError | None:
    """Change a code studio's owner

     Gives the code studio to another user. Only its owner and administrators may.

    Args:
        project_key (str):
        code_studio_id (str):
        new_owner (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CodeStudio | DSSError
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            code_studio_id=code_studio_id,
            client=client,
            new_owner=new_owner,
        )
    ).parsed
