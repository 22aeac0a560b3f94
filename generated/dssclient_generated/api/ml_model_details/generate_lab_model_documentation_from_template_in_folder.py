from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.future_state import FutureState


def request_kwargs(
    project_key: str,
    ml_task_analysis_id: str,
    ml_task_id: str,
    ml_task_model_id: str,
    *,
    folder_id: str,
    path: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["folderId"] = folder_id

    params["path"] = path

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_key)}/models/lab/{path_segment(ml_task_analysis_id)}/{path_segment(ml_task_id)}/models/{path_segment(ml_task_model_id)}/generate-documentation-from-template-in-folder",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | FutureState:

    from ...models.dss_error import DSSError
    from ...models.future_state import FutureState

    if response.status_code == 200:
        response_200 = FutureState.from_dict(response.json())

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
) -> Response[DSSError | FutureState]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_key: str,
    ml_task_analysis_id: str,
    ml_task_id: str,
    ml_task_model_id: str,
    *,
    client: AuthenticatedClient | Client,
    folder_id: str,
    path: str,
) -> Response[DSSError | FutureState]:
    """Generate the documentation of a lab model from a template in a folder

     Starts the generation of the model's documentation (a Word document) from a template (a docx file)
    in a managed folder, as a long task whose result names the export to download. It needs the right to
    write the project's content.

    Args:
        project_key (str):
        ml_task_analysis_id (str):
        ml_task_id (str):
        ml_task_model_id (str):
        folder_id (str):
        path (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | FutureState]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        ml_task_analysis_id=ml_task_analysis_id,
        ml_task_id=ml_task_id,
        ml_task_model_id=ml_task_model_id,
        folder_id=folder_id,
        path=path,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    ml_task_analysis_id: str,
    ml_task_id: str,
    ml_task_model_id: str,
    *,
    client: AuthenticatedClient | Client,
    folder_id: str,
    path: str,
) -> DSSError | FutureState | None:
    """Generate the documentation of a lab model from a template in a folder

     Starts the generation of the model's documentation (a Word document) from a template (a docx file)
    in a managed folder, as a long task whose result names the export to download. It needs the right to
    write the project's content.

    Args:
        project_key (str):
        ml_task_analysis_id (str):
        ml_task_id (str):
        ml_task_model_id (str):
        folder_id (str):
        path (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | FutureState
    """

    return sync_detailed(
        project_key=project_key,
        ml_task_analysis_id=ml_task_analysis_id,
        ml_task_id=ml_task_id,
        ml_task_model_id=ml_task_model_id,
        client=client,
        folder_id=folder_id,
        path=path,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    ml_task_analysis_id: str,
    ml_task_id: str,
    ml_task_model_id: str,
    *,
    client: AuthenticatedClient | Client,
    folder_id: str,
    path: str,
) -> Response[DSSError | FutureState]:
    """Generate the documentation of a lab model from a template in a folder

     Starts the generation of the model's documentation (a Word document) from a template (a docx file)
    in a managed folder, as a long task whose result names the export to download. It needs the right to
    write the project's content.

    Args:
        project_key (str):
        ml_task_analysis_id (str):
        ml_task_id (str):
        ml_task_model_id (str):
        folder_id (str):
        path (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | FutureState]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        ml_task_analysis_id=ml_task_analysis_id,
        ml_task_id=ml_task_id,
        ml_task_model_id=ml_task_model_id,
        folder_id=folder_id,
        path=path,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    ml_task_analysis_id: str,
    ml_task_id: str,
    ml_task_model_id: str,
    *,
    client: AuthenticatedClient | Client,
    folder_id: str,
    path: str,
) -> DSSError | FutureState | None:
    """Generate the documentation of a lab model from a template in a folder

     Starts the generation of the model's documentation (a Word document) from a template (a docx file)
    in a managed folder, as a long task whose result names the export to download. It needs the right to
    write the project's content.

    Args:
        project_key (str):
        ml_task_analysis_id (str):
        ml_task_id (str):
        ml_task_model_id (str):
        folder_id (str):
        path (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | FutureState
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            ml_task_analysis_id=ml_task_analysis_id,
            ml_task_id=ml_task_id,
            ml_task_model_id=ml_task_model_id,
            client=client,
            folder_id=folder_id,
            path=path,
        )
    ).parsed
