from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.jupyter_notebook_content import JupyterNotebookContent
    from ...models.jupyter_notebook_list_item import JupyterNotebookListItem


def request_kwargs(
    project_key: str,
    notebook_name: str,
    *,
    body: JupyterNotebookContent,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/projects/{path_segment(project_key)}/jupyter-notebooks/{path_segment(notebook_name)}",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | JupyterNotebookListItem:

    from ...models.dss_error import DSSError
    from ...models.jupyter_notebook_list_item import JupyterNotebookListItem

    if response.status_code == 200:
        response_200 = JupyterNotebookListItem.from_dict(response.json())

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
) -> Response[DSSError | JupyterNotebookListItem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_key: str,
    notebook_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: JupyterNotebookContent,
) -> Response[DSSError | JupyterNotebookListItem]:
    """Save a Jupyter notebook's content

     Replaces the notebook's content, as sent. Needs the rights to write the project's content
    and to write code. The answer's content is not documented (the emulator answers the
    notebook's list item).

    Args:
        project_key (str):
        notebook_name (str):
        body (JupyterNotebookContent): The content of a Jupyter notebook, in the nbformat
            (https://nbformat.readthedocs.io/).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | JupyterNotebookListItem]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        notebook_name=notebook_name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    notebook_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: JupyterNotebookContent,
) -> DSSError | JupyterNotebookListItem | None:
    """Save a Jupyter notebook's content

     Replaces the notebook's content, as sent. Needs the rights to write the project's content
    and to write code. The answer's content is not documented (the emulator answers the
    notebook's list item).

    Args:
        project_key (str):
        notebook_name (str):
        body (JupyterNotebookContent): The content of a Jupyter notebook, in the nbformat
            (https://nbformat.readthedocs.io/).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | JupyterNotebookListItem
    """

    return sync_detailed(
        project_key=project_key,
        notebook_name=notebook_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    notebook_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: JupyterNotebookContent,
) -> Response[DSSError | JupyterNotebookListItem]:
    """Save a Jupyter notebook's content

     Replaces the notebook's content, as sent. Needs the rights to write the project's content
    and to write code. The answer's content is not documented (the emulator answers the
    notebook's list item).

    Args:
        project_key (str):
        notebook_name (str):
        body (JupyterNotebookContent): The content of a Jupyter notebook, in the nbformat
            (https://nbformat.readthedocs.io/).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | JupyterNotebookListItem]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        notebook_name=notebook_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    notebook_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: JupyterNotebookContent,
) -> DSSError | JupyterNotebookListItem | None:
    """Save a Jupyter notebook's content

     Replaces the notebook's content, as sent. Needs the rights to write the project's content
    and to write code. The answer's content is not documented (the emulator answers the
    notebook's list item).

    Args:
        project_key (str):
        notebook_name (str):
        body (JupyterNotebookContent): The content of a Jupyter notebook, in the nbformat
            (https://nbformat.readthedocs.io/).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | JupyterNotebookListItem
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            notebook_name=notebook_name,
            client=client,
            body=body,
        )
    ).parsed
