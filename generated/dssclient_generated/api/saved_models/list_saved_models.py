from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.saved_model import SavedModel


def request_kwargs(
    project_key: str,
    *,
    foreign: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["foreign"] = foreign

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/projects/{path_segment(project_key)}/savedmodels/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | list[SavedModel]:

    from ...models.dss_error import DSSError
    from ...models.saved_model import SavedModel

    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = SavedModel.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[DSSError | list[SavedModel]]:
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
    foreign: bool | Unset = False,
) -> Response[DSSError | list[SavedModel]]:
    """List a project's saved models

     Lists the saved models of the project, each as its settings. With
    `foreign`, the saved models other projects expose to this one are listed too.

    Args:
        project_key (str):
        foreign (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | list[SavedModel]]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        foreign=foreign,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    foreign: bool | Unset = False,
) -> DSSError | list[SavedModel] | None:
    """List a project's saved models

     Lists the saved models of the project, each as its settings. With
    `foreign`, the saved models other projects expose to this one are listed too.

    Args:
        project_key (str):
        foreign (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | list[SavedModel]
    """

    return sync_detailed(
        project_key=project_key,
        client=client,
        foreign=foreign,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    foreign: bool | Unset = False,
) -> Response[DSSError | list[SavedModel]]:
    """List a project's saved models

     Lists the saved models of the project, each as its settings. With
    `foreign`, the saved models other projects expose to this one are listed too.

    Args:
        project_key (str):
        foreign (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | list[SavedModel]]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        foreign=foreign,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    foreign: bool | Unset = False,
) -> DSSError | list[SavedModel] | None:
    """List a project's saved models

     Lists the saved models of the project, each as its settings. With
    `foreign`, the saved models other projects expose to this one are listed too.

    Args:
        project_key (str):
        foreign (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | list[SavedModel]
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            client=client,
            foreign=foreign,
        )
    ).parsed
