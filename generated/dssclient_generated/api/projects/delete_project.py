from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.future_state import FutureState


def request_kwargs(
    project_key: str,
    *,
    clear_managed_datasets: bool | Unset = False,
    clear_output_managed_folders: bool | Unset = False,
    clear_job_and_scenario_logs: bool | Unset = True,
    clear_managed_knowledge_banks: bool | Unset = False,
    wait: bool | Unset = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["clearManagedDatasets"] = clear_managed_datasets

    params["clearOutputManagedFolders"] = clear_output_managed_folders

    params["clearJobAndScenarioLogs"] = clear_job_and_scenario_logs

    params["clearManagedKnowledgeBanks"] = clear_managed_knowledge_banks

    params["wait"] = wait

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": f"/projects/{path_segment(project_key)}",
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
    *,
    client: AuthenticatedClient | Client,
    clear_managed_datasets: bool | Unset = False,
    clear_output_managed_folders: bool | Unset = False,
    clear_job_and_scenario_logs: bool | Unset = True,
    clear_managed_knowledge_banks: bool | Unset = False,
    wait: bool | Unset = True,
) -> Response[DSSError | FutureState]:
    """Delete a project

     Deletes the project, optionally with the data it manages. Deletion is a
    long task; with `wait=true` DSS answers once it is over, with the
    finished state.

    Args:
        project_key (str):
        clear_managed_datasets (bool | Unset):  Default: False.
        clear_output_managed_folders (bool | Unset):  Default: False.
        clear_job_and_scenario_logs (bool | Unset):  Default: True.
        clear_managed_knowledge_banks (bool | Unset):  Default: False.
        wait (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | FutureState]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        clear_managed_datasets=clear_managed_datasets,
        clear_output_managed_folders=clear_output_managed_folders,
        clear_job_and_scenario_logs=clear_job_and_scenario_logs,
        clear_managed_knowledge_banks=clear_managed_knowledge_banks,
        wait=wait,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    clear_managed_datasets: bool | Unset = False,
    clear_output_managed_folders: bool | Unset = False,
    clear_job_and_scenario_logs: bool | Unset = True,
    clear_managed_knowledge_banks: bool | Unset = False,
    wait: bool | Unset = True,
) -> DSSError | FutureState | None:
    """Delete a project

     Deletes the project, optionally with the data it manages. Deletion is a
    long task; with `wait=true` DSS answers once it is over, with the
    finished state.

    Args:
        project_key (str):
        clear_managed_datasets (bool | Unset):  Default: False.
        clear_output_managed_folders (bool | Unset):  Default: False.
        clear_job_and_scenario_logs (bool | Unset):  Default: True.
        clear_managed_knowledge_banks (bool | Unset):  Default: False.
        wait (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | FutureState
    """

    return sync_detailed(
        project_key=project_key,
        client=client,
        clear_managed_datasets=clear_managed_datasets,
        clear_output_managed_folders=clear_output_managed_folders,
        clear_job_and_scenario_logs=clear_job_and_scenario_logs,
        clear_managed_knowledge_banks=clear_managed_knowledge_banks,
        wait=wait,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    clear_managed_datasets: bool | Unset = False,
    clear_output_managed_folders: bool | Unset = False,
    clear_job_and_scenario_logs: bool | Unset = True,
    clear_managed_knowledge_banks: bool | Unset = False,
    wait: bool | Unset = True,
) -> Response[DSSError | FutureState]:
    """Delete a project

     Deletes the project, optionally with the data it manages. Deletion is a
    long task; with `wait=true` DSS answers once it is over, with the
    finished state.

    Args:
        project_key (str):
        clear_managed_datasets (bool | Unset):  Default: False.
        clear_output_managed_folders (bool | Unset):  Default: False.
        clear_job_and_scenario_logs (bool | Unset):  Default: True.
        clear_managed_knowledge_banks (bool | Unset):  Default: False.
        wait (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | FutureState]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        clear_managed_datasets=clear_managed_datasets,
        clear_output_managed_folders=clear_output_managed_folders,
        clear_job_and_scenario_logs=clear_job_and_scenario_logs,
        clear_managed_knowledge_banks=clear_managed_knowledge_banks,
        wait=wait,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    clear_managed_datasets: bool | Unset = False,
    clear_output_managed_folders: bool | Unset = False,
    clear_job_and_scenario_logs: bool | Unset = True,
    clear_managed_knowledge_banks: bool | Unset = False,
    wait: bool | Unset = True,
) -> DSSError | FutureState | None:
    """Delete a project

     Deletes the project, optionally with the data it manages. Deletion is a
    long task; with `wait=true` DSS answers once it is over, with the
    finished state.

    Args:
        project_key (str):
        clear_managed_datasets (bool | Unset):  Default: False.
        clear_output_managed_folders (bool | Unset):  Default: False.
        clear_job_and_scenario_logs (bool | Unset):  Default: True.
        clear_managed_knowledge_banks (bool | Unset):  Default: False.
        wait (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | FutureState
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            client=client,
            clear_managed_datasets=clear_managed_datasets,
            clear_output_managed_folders=clear_output_managed_folders,
            clear_job_and_scenario_logs=clear_job_and_scenario_logs,
            clear_managed_knowledge_banks=clear_managed_knowledge_banks,
            wait=wait,
        )
    ).parsed
