from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.notebook_state import NotebookState


def request_kwargs(
    project_key: str,
    *,
    notebook_name: str,
    session_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["notebookName"] = notebook_name

    params["sessionId"] = session_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": f"/projects/{path_segment(project_key)}/notebooks/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | NotebookState:

    from ...models.dss_error import DSSError
    from ...models.notebook_state import NotebookState

    if response.status_code == 200:
        response_200 = NotebookState.from_dict(response.json())

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
) -> Response[DSSError | NotebookState]:
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
    notebook_name: str,
    session_id: str,
) -> Response[DSSError | NotebookState]:
    """Stop a notebook's session

     Stops one session (its kernel) of a Jupyter notebook, and answers the notebook's state.

    Args:
        project_key (str):
        notebook_name (str):
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | NotebookState]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        notebook_name=notebook_name,
        session_id=session_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    notebook_name: str,
    session_id: str,
) -> DSSError | NotebookState | None:
    """Stop a notebook's session

     Stops one session (its kernel) of a Jupyter notebook, and answers the notebook's state.

    Args:
        project_key (str):
        notebook_name (str):
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | NotebookState
    """

    return sync_detailed(
        project_key=project_key,
        client=client,
        notebook_name=notebook_name,
        session_id=session_id,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    notebook_name: str,
    session_id: str,
) -> Response[DSSError | NotebookState]:
    """Stop a notebook's session

     Stops one session (its kernel) of a Jupyter notebook, and answers the notebook's state.

    Args:
        project_key (str):
        notebook_name (str):
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | NotebookState]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        notebook_name=notebook_name,
        session_id=session_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    notebook_name: str,
    session_id: str,
) -> DSSError | NotebookState | None:
    """Stop a notebook's session

     Stops one session (its kernel) of a Jupyter notebook, and answers the notebook's state.

    Args:
        project_key (str):
        notebook_name (str):
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | NotebookState
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            client=client,
            notebook_name=notebook_name,
            session_id=session_id,
        )
    ).parsed
