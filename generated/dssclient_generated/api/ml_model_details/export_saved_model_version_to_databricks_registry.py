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
    saved_model_id: str,
    version_id: str,
    *,
    connection_name: str,
    use_unity_catalog: bool,
    model_name: str,
    experiment_name: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["connectionName"] = connection_name

    params["useUnityCatalog"] = use_unity_catalog

    params["modelName"] = model_name

    params["experimentName"] = experiment_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_key)}/savedmodels/{path_segment(saved_model_id)}/versions/{path_segment(version_id)}/export-to-databricks-registry",
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
    saved_model_id: str,
    version_id: str,
    *,
    client: AuthenticatedClient | Client,
    connection_name: str,
    use_unity_catalog: bool,
    model_name: str,
    experiment_name: str,
) -> Response[DSSError | FutureState]:
    """Export a saved model version to a Databricks registry

     Exports the model as an MLflow model, logs it in a run of a Databricks experiment and registers it,
    as a long task. It needs the right to write the project's content.

    Args:
        project_key (str):
        saved_model_id (str):
        version_id (str):
        connection_name (str):
        use_unity_catalog (bool):
        model_name (str):
        experiment_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | FutureState]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        saved_model_id=saved_model_id,
        version_id=version_id,
        connection_name=connection_name,
        use_unity_catalog=use_unity_catalog,
        model_name=model_name,
        experiment_name=experiment_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    saved_model_id: str,
    version_id: str,
    *,
    client: AuthenticatedClient | Client,
    connection_name: str,
    use_unity_catalog: bool,
    model_name: str,
    experiment_name: str,
) -> DSSError | FutureState | None:
    """Export a saved model version to a Databricks registry

     Exports the model as an MLflow model, logs it in a run of a Databricks experiment and registers it,
    as a long task. It needs the right to write the project's content.

    Args:
        project_key (str):
        saved_model_id (str):
        version_id (str):
        connection_name (str):
        use_unity_catalog (bool):
        model_name (str):
        experiment_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | FutureState
    """

    return sync_detailed(
        project_key=project_key,
        saved_model_id=saved_model_id,
        version_id=version_id,
        client=client,
        connection_name=connection_name,
        use_unity_catalog=use_unity_catalog,
        model_name=model_name,
        experiment_name=experiment_name,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    saved_model_id: str,
    version_id: str,
    *,
    client: AuthenticatedClient | Client,
    connection_name: str,
    use_unity_catalog: bool,
    model_name: str,
    experiment_name: str,
) -> Response[DSSError | FutureState]:
    """Export a saved model version to a Databricks registry

     Exports the model as an MLflow model, logs it in a run of a Databricks experiment and registers it,
    as a long task. It needs the right to write the project's content.

    Args:
        project_key (str):
        saved_model_id (str):
        version_id (str):
        connection_name (str):
        use_unity_catalog (bool):
        model_name (str):
        experiment_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | FutureState]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        saved_model_id=saved_model_id,
        version_id=version_id,
        connection_name=connection_name,
        use_unity_catalog=use_unity_catalog,
        model_name=model_name,
        experiment_name=experiment_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    saved_model_id: str,
    version_id: str,
    *,
    client: AuthenticatedClient | Client,
    connection_name: str,
    use_unity_catalog: bool,
    model_name: str,
    experiment_name: str,
) -> DSSError | FutureState | None:
    """Export a saved model version to a Databricks registry

     Exports the model as an MLflow model, logs it in a run of a Databricks experiment and registers it,
    as a long task. It needs the right to write the project's content.

    Args:
        project_key (str):
        saved_model_id (str):
        version_id (str):
        connection_name (str):
        use_unity_catalog (bool):
        model_name (str):
        experiment_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | FutureState
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            saved_model_id=saved_model_id,
            version_id=version_id,
            client=client,
            connection_name=connection_name,
            use_unity_catalog=use_unity_catalog,
            model_name=model_name,
            experiment_name=experiment_name,
        )
    ).parsed
