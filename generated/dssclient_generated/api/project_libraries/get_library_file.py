from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, path_segment, path_segments

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.library_file_content import LibraryFileContent


def request_kwargs(
    project_key: str,
    library_path: str,
    *,
    data_encoding: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["dataEncoding"] = data_encoding

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/projects/{path_segment(project_key)}/libraries/contents/{path_segments(library_path)}",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | LibraryFileContent:

    from ...models.dss_error import DSSError
    from ...models.library_file_content import LibraryFileContent

    if response.status_code == 200:
        response_200 = LibraryFileContent.from_dict(response.json())

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
) -> Response[DSSError | LibraryFileContent]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_key: str,
    library_path: str,
    *,
    client: AuthenticatedClient | Client,
    data_encoding: str | Unset = UNSET,
) -> Response[DSSError | LibraryFileContent]:
    """Read a file of a project's library

     Answers the content of a file of the library in `data`: its text
    (decoded as UTF-8, malformed bytes replaced), or with
    `dataEncoding=base64` its bytes in base64. A folder, or a path that
    names nothing, is refused. Readers of the project's content may.

    Args:
        project_key (str):
        library_path (str):
        data_encoding (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | LibraryFileContent]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        library_path=library_path,
        data_encoding=data_encoding,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    library_path: str,
    *,
    client: AuthenticatedClient | Client,
    data_encoding: str | Unset = UNSET,
) -> DSSError | LibraryFileContent | None:
    """Read a file of a project's library

     Answers the content of a file of the library in `data`: its text
    (decoded as UTF-8, malformed bytes replaced), or with
    `dataEncoding=base64` its bytes in base64. A folder, or a path that
    names nothing, is refused. Readers of the project's content may.

    Args:
        project_key (str):
        library_path (str):
        data_encoding (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | LibraryFileContent
    """

    return sync_detailed(
        project_key=project_key,
        library_path=library_path,
        client=client,
        data_encoding=data_encoding,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    library_path: str,
    *,
    client: AuthenticatedClient | Client,
    data_encoding: str | Unset = UNSET,
) -> Response[DSSError | LibraryFileContent]:
    """Read a file of a project's library

     Answers the content of a file of the library in `data`: its text
    (decoded as UTF-8, malformed bytes replaced), or with
    `dataEncoding=base64` its bytes in base64. A folder, or a path that
    names nothing, is refused. Readers of the project's content may.

    Args:
        project_key (str):
        library_path (str):
        data_encoding (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | LibraryFileContent]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        library_path=library_path,
        data_encoding=data_encoding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    library_path: str,
    *,
    client: AuthenticatedClient | Client,
    data_encoding: str | Unset = UNSET,
) -> DSSError | LibraryFileContent | None:
    """Read a file of a project's library

     Answers the content of a file of the library in `data`: its text
    (decoded as UTF-8, malformed bytes replaced), or with
    `dataEncoding=base64` its bytes in base64. A folder, or a path that
    names nothing, is refused. Readers of the project's content may.

    Args:
        project_key (str):
        library_path (str):
        data_encoding (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | LibraryFileContent
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            library_path=library_path,
            client=client,
            data_encoding=data_encoding,
        )
    ).parsed
