from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.jupyter_notebook_list_item import JupyterNotebookListItem


def request_kwargs(
    project_key: str,
    *,
    active: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["active"] = active

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/projects/{path_segment(project_key)}/jupyter-notebooks/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | list[JupyterNotebookListItem]:

    from ...models.dss_error import DSSError
    from ...models.jupyter_notebook_list_item import JupyterNotebookListItem

    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = JupyterNotebookListItem.from_dict(
                response_200_item_data
            )

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
) -> Response[DSSError | list[JupyterNotebookListItem]]:
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
    active: bool | Unset = False,
) -> Response[DSSError | list[JupyterNotebookListItem]]:
    """List a project's Jupyter notebooks

     Lists the Jupyter notebooks (Python, R, Scala) of the project, or only those with a running session.

    Args:
        project_key (str):
        active (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | list[JupyterNotebookListItem]]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        active=active,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    active: bool | Unset = False,
) -> DSSError | list[JupyterNotebookListItem] | None:
    """List a project's Jupyter notebooks

     Lists the Jupyter notebooks (Python, R, Scala) of the project, or only those with a running session.

    Args:
        project_key (str):
        active (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | list[JupyterNotebookListItem]
    """

    return sync_detailed(
        project_key=project_key,
        client=client,
        active=active,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    active: bool | Unset = False,
) -> Response[DSSError | list[JupyterNotebookListItem]]:
    """List a project's Jupyter notebooks

     Lists the Jupyter notebooks (Python, R, Scala) of the project, or only those with a running session.

    Args:
        project_key (str):
        active (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | list[JupyterNotebookListItem]]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        active=active,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    active: bool | Unset = False,
) -> DSSError | list[JupyterNotebookListItem] | None:
    """List a project's Jupyter notebooks

     Lists the Jupyter notebooks (Python, R, Scala) of the project, or only those with a running session.

    Args:
        project_key (str):
        active (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | list[JupyterNotebookListItem]
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            client=client,
            active=active,
        )
    ).parsed
