from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, File, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError


def request_kwargs(
    project_key: str,
    ml_task_analysis_id: str,
    ml_task_id: str,
    ml_task_model_id: str,
    *,
    mlflow_export: bool | Unset = False,
    use_original_m_lflow_model: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["mlflowExport"] = mlflow_export

    params["useOriginalMLflowModel"] = use_original_m_lflow_model

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/projects/{path_segment(project_key)}/models/lab/{path_segment(ml_task_analysis_id)}/{path_segment(ml_task_id)}/models/{path_segment(ml_task_model_id)}/scoring-python",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | File:
    from io import BytesIO

    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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
) -> Response[DSSError | File]:
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
    mlflow_export: bool | Unset = False,
    use_original_m_lflow_model: bool | Unset = False,
) -> Response[DSSError | File]:
    """Export a lab model for Python scoring

     Answers a zip archive (DSS's Python scoring format, or an MLflow model) of of a model trained in a
    visual ML task. It needs the licence to export models, and a model DSS can export this way. Readers
    of the project may.

    Args:
        project_key (str):
        ml_task_analysis_id (str):
        ml_task_id (str):
        ml_task_model_id (str):
        mlflow_export (bool | Unset):  Default: False.
        use_original_m_lflow_model (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | File]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        ml_task_analysis_id=ml_task_analysis_id,
        ml_task_id=ml_task_id,
        ml_task_model_id=ml_task_model_id,
        mlflow_export=mlflow_export,
        use_original_m_lflow_model=use_original_m_lflow_model,
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
    mlflow_export: bool | Unset = False,
    use_original_m_lflow_model: bool | Unset = False,
) -> DSSError | File | None:
    """Export a lab model for Python scoring

     Answers a zip archive (DSS's Python scoring format, or an MLflow model) of of a model trained in a
    visual ML task. It needs the licence to export models, and a model DSS can export this way. Readers
    of the project may.

    Args:
        project_key (str):
        ml_task_analysis_id (str):
        ml_task_id (str):
        ml_task_model_id (str):
        mlflow_export (bool | Unset):  Default: False.
        use_original_m_lflow_model (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | File
    """

    return sync_detailed(
        project_key=project_key,
        ml_task_analysis_id=ml_task_analysis_id,
        ml_task_id=ml_task_id,
        ml_task_model_id=ml_task_model_id,
        client=client,
        mlflow_export=mlflow_export,
        use_original_m_lflow_model=use_original_m_lflow_model,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    ml_task_analysis_id: str,
    ml_task_id: str,
    ml_task_model_id: str,
    *,
    client: AuthenticatedClient | Client,
    mlflow_export: bool | Unset = False,
    use_original_m_lflow_model: bool | Unset = False,
) -> Response[DSSError | File]:
    """Export a lab model for Python scoring

     Answers a zip archive (DSS's Python scoring format, or an MLflow model) of of a model trained in a
    visual ML task. It needs the licence to export models, and a model DSS can export this way. Readers
    of the project may.

    Args:
        project_key (str):
        ml_task_analysis_id (str):
        ml_task_id (str):
        ml_task_model_id (str):
        mlflow_export (bool | Unset):  Default: False.
        use_original_m_lflow_model (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | File]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        ml_task_analysis_id=ml_task_analysis_id,
        ml_task_id=ml_task_id,
        ml_task_model_id=ml_task_model_id,
        mlflow_export=mlflow_export,
        use_original_m_lflow_model=use_original_m_lflow_model,
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
    mlflow_export: bool | Unset = False,
    use_original_m_lflow_model: bool | Unset = False,
) -> DSSError | File | None:
    """Export a lab model for Python scoring

     Answers a zip archive (DSS's Python scoring format, or an MLflow model) of of a model trained in a
    visual ML task. It needs the licence to export models, and a model DSS can export this way. Readers
    of the project may.

    Args:
        project_key (str):
        ml_task_analysis_id (str):
        ml_task_id (str):
        ml_task_model_id (str):
        mlflow_export (bool | Unset):  Default: False.
        use_original_m_lflow_model (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | File
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            ml_task_analysis_id=ml_task_analysis_id,
            ml_task_id=ml_task_id,
            ml_task_model_id=ml_task_model_id,
            client=client,
            mlflow_export=mlflow_export,
            use_original_m_lflow_model=use_original_m_lflow_model,
        )
    ).parsed
