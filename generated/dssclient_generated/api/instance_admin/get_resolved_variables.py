from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.instance_variables import InstanceVariables


def request_kwargs(
    project_key: str,
    *,
    typed: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["typed"] = typed

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/projects/{path_segment(project_key)}/variables-resolved",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | InstanceVariables:

    from ...models.dss_error import DSSError
    from ...models.instance_variables import InstanceVariables

    if response.status_code == 200:
        response_200 = InstanceVariables.from_dict(response.json())

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
) -> Response[DSSError | InstanceVariables]:
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
    typed: bool | Unset = False,
) -> Response[DSSError | InstanceVariables]:
    """Get the variables a project's code sees

     Returns the instance's variables overridden by the project's standard
    variables, then by its local ones: what code running in the project
    reads. Untyped, every value is given as text (JSON for non-strings).

    Args:
        project_key (str):
        typed (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | InstanceVariables]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        typed=typed,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    typed: bool | Unset = False,
) -> DSSError | InstanceVariables | None:
    """Get the variables a project's code sees

     Returns the instance's variables overridden by the project's standard
    variables, then by its local ones: what code running in the project
    reads. Untyped, every value is given as text (JSON for non-strings).

    Args:
        project_key (str):
        typed (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | InstanceVariables
    """

    return sync_detailed(
        project_key=project_key,
        client=client,
        typed=typed,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    typed: bool | Unset = False,
) -> Response[DSSError | InstanceVariables]:
    """Get the variables a project's code sees

     Returns the instance's variables overridden by the project's standard
    variables, then by its local ones: what code running in the project
    reads. Untyped, every value is given as text (JSON for non-strings).

    Args:
        project_key (str):
        typed (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | InstanceVariables]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        typed=typed,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    typed: bool | Unset = False,
) -> DSSError | InstanceVariables | None:
    """Get the variables a project's code sees

     Returns the instance's variables overridden by the project's standard
    variables, then by its local ones: what code running in the project
    reads. Untyped, every value is given as text (JSON for non-strings).

    Args:
        project_key (str):
        typed (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | InstanceVariables
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            client=client,
            typed=typed,
        )
    ).parsed
