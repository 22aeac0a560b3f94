from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.jupyter_notebook_content import JupyterNotebookContent


def request_kwargs(
    project_key: str,
    notebook_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/projects/{path_segment(project_key)}/jupyter-notebooks/{path_segment(notebook_name)}",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | JupyterNotebookContent:

    from ...models.dss_error import DSSError
    from ...models.jupyter_notebook_content import JupyterNotebookContent

    if response.status_code == 200:
        response_200 = JupyterNotebookContent.from_dict(response.json())

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
) -> Response[DSSError | JupyterNotebookContent]:
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
) -> Response[DSSError | JupyterNotebookContent]:
    """Get a Jupyter notebook's content

     Answers the notebook's content in the nbformat (metadata, cells, format version), as stored.

    Args:
        project_key (str):
        notebook_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | JupyterNotebookContent]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        notebook_name=notebook_name,
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
) -> DSSError | JupyterNotebookContent | None:
    """Get a Jupyter notebook's content

     Answers the notebook's content in the nbformat (metadata, cells, format version), as stored.

    Args:
        project_key (str):
        notebook_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | JupyterNotebookContent
    """

    return sync_detailed(
        project_key=project_key,
        notebook_name=notebook_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    notebook_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DSSError | JupyterNotebookContent]:
    """Get a Jupyter notebook's content

     Answers the notebook's content in the nbformat (metadata, cells, format version), as stored.

    Args:
        project_key (str):
        notebook_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | JupyterNotebookContent]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        notebook_name=notebook_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    notebook_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> DSSError | JupyterNotebookContent | None:
    """Get a Jupyter notebook's content

     Answers the notebook's content in the nbformat (metadata, cells, format version), as stored.

    Args:
        project_key (str):
        notebook_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | JupyterNotebookContent
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            notebook_name=notebook_name,
            client=client,
        )
    ).parsed
