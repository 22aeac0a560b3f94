from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.code_studio_status import CodeStudioStatus
    from ...models.dss_error import DSSError


def request_kwargs(
    project_key: str,
    code_studio_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/projects/{path_segment(project_key)}/code-studios/{path_segment(code_studio_id)}/status",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CodeStudioStatus | DSSError:

    from ...models.code_studio_status import CodeStudioStatus
    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = CodeStudioStatus.from_dict(response.json())

        return response_200

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
) -> Response[CodeStudioStatus | DSSError]:
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
) -> Response[CodeStudioStatus | DSSError]:
    """Get a code studio's status

     Returns the code studio's state and, while it runs, the zones whose
    files are synchronized into it and the ports it exposes.

    Args:
        project_key (str):
        code_studio_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CodeStudioStatus | DSSError]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        code_studio_id=code_studio_id,
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
) -> CodeStudioStatus | DSSError | None:
    """Get a code studio's status

     Returns the code studio's state and, while it runs, the zones whose
    files are synchronized into it and the ports it exposes.

    Args:
        project_key (str):
        code_studio_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CodeStudioStatus | DSSError
    """

    return sync_detailed(
        project_key=project_key,
        code_studio_id=code_studio_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    code_studio_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CodeStudioStatus | DSSError]:
    """Get a code studio's status

     Returns the code studio's state and, while it runs, the zones whose
    files are synchronized into it and the ports it exposes.

    Args:
        project_key (str):
        code_studio_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CodeStudioStatus | DSSError]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        code_studio_id=code_studio_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    code_studio_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CodeStudioStatus | DSSError | None:
    """Get a code studio's status

     Returns the code studio's state and, while it runs, the zones whose
    files are synchronized into it and the ports it exposes.

    Args:
        project_key (str):
        code_studio_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CodeStudioStatus | DSSError
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            code_studio_id=code_studio_id,
            client=client,
        )
    ).parsed
