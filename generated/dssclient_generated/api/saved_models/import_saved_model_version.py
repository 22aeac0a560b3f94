from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.import_saved_model_version_body import ImportSavedModelVersionBody


def request_kwargs(
    project_key: str,
    saved_model_id: str,
    version_id: str,
    *,
    body: ImportSavedModelVersionBody,
    code_env_name: str | Unset = UNSET,
    container_exec_config_name: str | Unset = UNSET,
    set_active: bool | Unset = True,
    binary_classification_threshold: float | Unset = 0.5,
    folder_ref: str | Unset = UNSET,
    path: str | Unset = UNSET,
    proxy_model_version_configuration: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["codeEnvName"] = code_env_name

    params["containerExecConfigName"] = container_exec_config_name

    params["setActive"] = set_active

    params["binaryClassificationThreshold"] = binary_classification_threshold

    params["folderRef"] = folder_ref

    params["path"] = path

    params["proxyModelVersionConfiguration"] = proxy_model_version_configuration

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_key)}/savedmodels/{path_segment(saved_model_id)}/versions/{path_segment(version_id)}",
        "params": params,
    }

    _kwargs["files"] = body.to_multipart()

    # httpx writes the multipart Content-Type, with a random boundary (a fixed one could occur in the file).

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DSSError:

    from ...models.dss_error import DSSError

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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

    if response.status_code == 409:
        response_409 = DSSError.from_dict(response.json())

        return response_409

    response_default = DSSError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | DSSError]:
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
    body: ImportSavedModelVersionBody,
    code_env_name: str | Unset = UNSET,
    container_exec_config_name: str | Unset = UNSET,
    set_active: bool | Unset = True,
    binary_classification_threshold: float | Unset = 0.5,
    folder_ref: str | Unset = UNSET,
    path: str | Unset = UNSET,
    proxy_model_version_configuration: str | Unset = UNSET,
) -> Response[Any | DSSError]:
    """Add a version to an MLflow or external saved model

     Creates the version `versionId` of a saved model that was not trained
    in DSS. For an MLflow model (`MLFLOW_PYFUNC`), the model is either the
    zip archive in the part `file`, or the folder `path` of the managed
    folder `folderRef`; DSS reads its metadata by running the model's code
    in `codeEnvName`. For an external model (`PROXY_MODEL`),
    `proxyModelVersionConfiguration` (JSON text) names the endpoint and the
    form carries no part (the official client sends an empty multipart body).

    Args:
        project_key (str):
        saved_model_id (str):
        version_id (str):
        code_env_name (str | Unset):
        container_exec_config_name (str | Unset):
        set_active (bool | Unset):  Default: True.
        binary_classification_threshold (float | Unset):  Default: 0.5.
        folder_ref (str | Unset):
        path (str | Unset):
        proxy_model_version_configuration (str | Unset):
        body (ImportSavedModelVersionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DSSError]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        saved_model_id=saved_model_id,
        version_id=version_id,
        body=body,
        code_env_name=code_env_name,
        container_exec_config_name=container_exec_config_name,
        set_active=set_active,
        binary_classification_threshold=binary_classification_threshold,
        folder_ref=folder_ref,
        path=path,
        proxy_model_version_configuration=proxy_model_version_configuration,
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
    body: ImportSavedModelVersionBody,
    code_env_name: str | Unset = UNSET,
    container_exec_config_name: str | Unset = UNSET,
    set_active: bool | Unset = True,
    binary_classification_threshold: float | Unset = 0.5,
    folder_ref: str | Unset = UNSET,
    path: str | Unset = UNSET,
    proxy_model_version_configuration: str | Unset = UNSET,
) -> Any | DSSError | None:
    """Add a version to an MLflow or external saved model

     Creates the version `versionId` of a saved model that was not trained
    in DSS. For an MLflow model (`MLFLOW_PYFUNC`), the model is either the
    zip archive in the part `file`, or the folder `path` of the managed
    folder `folderRef`; DSS reads its metadata by running the model's code
    in `codeEnvName`. For an external model (`PROXY_MODEL`),
    `proxyModelVersionConfiguration` (JSON text) names the endpoint and the
    form carries no part (the official client sends an empty multipart body).

    Args:
        project_key (str):
        saved_model_id (str):
        version_id (str):
        code_env_name (str | Unset):
        container_exec_config_name (str | Unset):
        set_active (bool | Unset):  Default: True.
        binary_classification_threshold (float | Unset):  Default: 0.5.
        folder_ref (str | Unset):
        path (str | Unset):
        proxy_model_version_configuration (str | Unset):
        body (ImportSavedModelVersionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DSSError
    """

    return sync_detailed(
        project_key=project_key,
        saved_model_id=saved_model_id,
        version_id=version_id,
        client=client,
        body=body,
        code_env_name=code_env_name,
        container_exec_config_name=container_exec_config_name,
        set_active=set_active,
        binary_classification_threshold=binary_classification_threshold,
        folder_ref=folder_ref,
        path=path,
        proxy_model_version_configuration=proxy_model_version_configuration,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    saved_model_id: str,
    version_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ImportSavedModelVersionBody,
    code_env_name: str | Unset = UNSET,
    container_exec_config_name: str | Unset = UNSET,
    set_active: bool | Unset = True,
    binary_classification_threshold: float | Unset = 0.5,
    folder_ref: str | Unset = UNSET,
    path: str | Unset = UNSET,
    proxy_model_version_configuration: str | Unset = UNSET,
) -> Response[Any | DSSError]:
    """Add a version to an MLflow or external saved model

     Creates the version `versionId` of a saved model that was not trained
    in DSS. For an MLflow model (`MLFLOW_PYFUNC`), the model is either the
    zip archive in the part `file`, or the folder `path` of the managed
    folder `folderRef`; DSS reads its metadata by running the model's code
    in `codeEnvName`. For an external model (`PROXY_MODEL`),
    `proxyModelVersionConfiguration` (JSON text) names the endpoint and the
    form carries no part (the official client sends an empty multipart body).

    Args:
        project_key (str):
        saved_model_id (str):
        version_id (str):
        code_env_name (str | Unset):
        container_exec_config_name (str | Unset):
        set_active (bool | Unset):  Default: True.
        binary_classification_threshold (float | Unset):  Default: 0.5.
        folder_ref (str | Unset):
        path (str | Unset):
        proxy_model_version_configuration (str | Unset):
        body (ImportSavedModelVersionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DSSError]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        saved_model_id=saved_model_id,
        version_id=version_id,
        body=body,
        code_env_name=code_env_name,
        container_exec_config_name=container_exec_config_name,
        set_active=set_active,
        binary_classification_threshold=binary_classification_threshold,
        folder_ref=folder_ref,
        path=path,
        proxy_model_version_configuration=proxy_model_version_configuration,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    saved_model_id: str,
    version_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ImportSavedModelVersionBody,
    code_env_name: str | Unset = UNSET,
    container_exec_config_name: str | Unset = UNSET,
    set_active: bool | Unset = True,
    binary_classification_threshold: float | Unset = 0.5,
    folder_ref: str | Unset = UNSET,
    path: str | Unset = UNSET,
    proxy_model_version_configuration: str | Unset = UNSET,
) -> Any | DSSError | None:
    """Add a version to an MLflow or external saved model

     Creates the version `versionId` of a saved model that was not trained
    in DSS. For an MLflow model (`MLFLOW_PYFUNC`), the model is either the
    zip archive in the part `file`, or the folder `path` of the managed
    folder `folderRef`; DSS reads its metadata by running the model's code
    in `codeEnvName`. For an external model (`PROXY_MODEL`),
    `proxyModelVersionConfiguration` (JSON text) names the endpoint and the
    form carries no part (the official client sends an empty multipart body).

    Args:
        project_key (str):
        saved_model_id (str):
        version_id (str):
        code_env_name (str | Unset):
        container_exec_config_name (str | Unset):
        set_active (bool | Unset):  Default: True.
        binary_classification_threshold (float | Unset):  Default: 0.5.
        folder_ref (str | Unset):
        path (str | Unset):
        proxy_model_version_configuration (str | Unset):
        body (ImportSavedModelVersionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DSSError
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            saved_model_id=saved_model_id,
            version_id=version_id,
            client=client,
            body=body,
            code_env_name=code_env_name,
            container_exec_config_name=container_exec_config_name,
            set_active=set_active,
            binary_classification_threshold=binary_classification_threshold,
            folder_ref=folder_ref,
            path=path,
            proxy_model_version_configuration=proxy_model_version_configuration,
        )
    ).parsed
