from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError


def request_kwargs(
    *,
    project_key: str,
    run_id: str,
    sm_id: str,
    version_id: str,
    model_name: str | Unset = UNSET,
    model_version_info: str | Unset = UNSET,
    sampling_param: str | Unset = UNSET,
    activate: bool | Unset = UNSET,
    binary_classification_threshold: float | Unset = UNSET,
    use_optimal_threshold: bool | Unset = UNSET,
    skip_expensive_reports: bool | Unset = UNSET,
    use_inference_info: bool | Unset = UNSET,
    x_dku_mlflow_project_key: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-dku-mlflow-project-key"] = x_dku_mlflow_project_key

    params: dict[str, Any] = {}

    params["projectKey"] = project_key

    params["runId"] = run_id

    params["smId"] = sm_id

    params["versionId"] = version_id

    params["modelName"] = model_name

    params["modelVersionInfo"] = model_version_info

    params["samplingParam"] = sampling_param

    params["activate"] = activate

    params["binaryClassificationThreshold"] = binary_classification_threshold

    params["useOptimalThreshold"] = use_optimal_threshold

    params["skipExpensiveReports"] = skip_expensive_reports

    params["useInferenceInfo"] = use_inference_info

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/2.0/mlflow/extension/deploy-run",
        "params": params,
    }

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
    *,
    client: AuthenticatedClient | Client,
    project_key: str,
    run_id: str,
    sm_id: str,
    version_id: str,
    model_name: str | Unset = UNSET,
    model_version_info: str | Unset = UNSET,
    sampling_param: str | Unset = UNSET,
    activate: bool | Unset = UNSET,
    binary_classification_threshold: float | Unset = UNSET,
    use_optimal_threshold: bool | Unset = UNSET,
    skip_expensive_reports: bool | Unset = UNSET,
    use_inference_info: bool | Unset = UNSET,
    x_dku_mlflow_project_key: str,
) -> Response[Any | DSSError]:
    """Deploy the model of an MLflow run as a saved model version

     Deploys a model a run logged as a version of an MLflow saved model of the project (made with
    `createMlflowPyfuncModel`), with the lineage to the run, and evaluates it on a dataset if one
    is given in `modelVersionInfo` (`gatherFeaturesFromDataset`). Every argument is a query
    parameter; the body is empty. Needs the right to write the project's content.
    The emulator stores no MLflow artifact (its runs log no model), so it refuses every deployment
    with a 400 once the project, the run and the saved model are found; what DSS answers on success
    is not known (the official client does not read it: unverified).

    Args:
        project_key (str):
        run_id (str):
        sm_id (str):
        version_id (str):
        model_name (str | Unset):
        model_version_info (str | Unset):
        sampling_param (str | Unset):
        activate (bool | Unset):
        binary_classification_threshold (float | Unset):
        use_optimal_threshold (bool | Unset):
        skip_expensive_reports (bool | Unset):
        use_inference_info (bool | Unset):
        x_dku_mlflow_project_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DSSError]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        run_id=run_id,
        sm_id=sm_id,
        version_id=version_id,
        model_name=model_name,
        model_version_info=model_version_info,
        sampling_param=sampling_param,
        activate=activate,
        binary_classification_threshold=binary_classification_threshold,
        use_optimal_threshold=use_optimal_threshold,
        skip_expensive_reports=skip_expensive_reports,
        use_inference_info=use_inference_info,
        x_dku_mlflow_project_key=x_dku_mlflow_project_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    project_key: str,
    run_id: str,
    sm_id: str,
    version_id: str,
    model_name: str | Unset = UNSET,
    model_version_info: str | Unset = UNSET,
    sampling_param: str | Unset = UNSET,
    activate: bool | Unset = UNSET,
    binary_classification_threshold: float | Unset = UNSET,
    use_optimal_threshold: bool | Unset = UNSET,
    skip_expensive_reports: bool | Unset = UNSET,
    use_inference_info: bool | Unset = UNSET,
    x_dku_mlflow_project_key: str,
) -> Any | DSSError | None:
    """Deploy the model of an MLflow run as a saved model version

     Deploys a model a run logged as a version of an MLflow saved model of the project (made with
    `createMlflowPyfuncModel`), with the lineage to the run, and evaluates it on a dataset if one
    is given in `modelVersionInfo` (`gatherFeaturesFromDataset`). Every argument is a query
    parameter; the body is empty. Needs the right to write the project's content.
    The emulator stores no MLflow artifact (its runs log no model), so it refuses every deployment
    with a 400 once the project, the run and the saved model are found; what DSS answers on success
    is not known (the official client does not read it: unverified).

    Args:
        project_key (str):
        run_id (str):
        sm_id (str):
        version_id (str):
        model_name (str | Unset):
        model_version_info (str | Unset):
        sampling_param (str | Unset):
        activate (bool | Unset):
        binary_classification_threshold (float | Unset):
        use_optimal_threshold (bool | Unset):
        skip_expensive_reports (bool | Unset):
        use_inference_info (bool | Unset):
        x_dku_mlflow_project_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DSSError
    """

    return sync_detailed(
        client=client,
        project_key=project_key,
        run_id=run_id,
        sm_id=sm_id,
        version_id=version_id,
        model_name=model_name,
        model_version_info=model_version_info,
        sampling_param=sampling_param,
        activate=activate,
        binary_classification_threshold=binary_classification_threshold,
        use_optimal_threshold=use_optimal_threshold,
        skip_expensive_reports=skip_expensive_reports,
        use_inference_info=use_inference_info,
        x_dku_mlflow_project_key=x_dku_mlflow_project_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    project_key: str,
    run_id: str,
    sm_id: str,
    version_id: str,
    model_name: str | Unset = UNSET,
    model_version_info: str | Unset = UNSET,
    sampling_param: str | Unset = UNSET,
    activate: bool | Unset = UNSET,
    binary_classification_threshold: float | Unset = UNSET,
    use_optimal_threshold: bool | Unset = UNSET,
    skip_expensive_reports: bool | Unset = UNSET,
    use_inference_info: bool | Unset = UNSET,
    x_dku_mlflow_project_key: str,
) -> Response[Any | DSSError]:
    """Deploy the model of an MLflow run as a saved model version

     Deploys a model a run logged as a version of an MLflow saved model of the project (made with
    `createMlflowPyfuncModel`), with the lineage to the run, and evaluates it on a dataset if one
    is given in `modelVersionInfo` (`gatherFeaturesFromDataset`). Every argument is a query
    parameter; the body is empty. Needs the right to write the project's content.
    The emulator stores no MLflow artifact (its runs log no model), so it refuses every deployment
    with a 400 once the project, the run and the saved model are found; what DSS answers on success
    is not known (the official client does not read it: unverified).

    Args:
        project_key (str):
        run_id (str):
        sm_id (str):
        version_id (str):
        model_name (str | Unset):
        model_version_info (str | Unset):
        sampling_param (str | Unset):
        activate (bool | Unset):
        binary_classification_threshold (float | Unset):
        use_optimal_threshold (bool | Unset):
        skip_expensive_reports (bool | Unset):
        use_inference_info (bool | Unset):
        x_dku_mlflow_project_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DSSError]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        run_id=run_id,
        sm_id=sm_id,
        version_id=version_id,
        model_name=model_name,
        model_version_info=model_version_info,
        sampling_param=sampling_param,
        activate=activate,
        binary_classification_threshold=binary_classification_threshold,
        use_optimal_threshold=use_optimal_threshold,
        skip_expensive_reports=skip_expensive_reports,
        use_inference_info=use_inference_info,
        x_dku_mlflow_project_key=x_dku_mlflow_project_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    project_key: str,
    run_id: str,
    sm_id: str,
    version_id: str,
    model_name: str | Unset = UNSET,
    model_version_info: str | Unset = UNSET,
    sampling_param: str | Unset = UNSET,
    activate: bool | Unset = UNSET,
    binary_classification_threshold: float | Unset = UNSET,
    use_optimal_threshold: bool | Unset = UNSET,
    skip_expensive_reports: bool | Unset = UNSET,
    use_inference_info: bool | Unset = UNSET,
    x_dku_mlflow_project_key: str,
) -> Any | DSSError | None:
    """Deploy the model of an MLflow run as a saved model version

     Deploys a model a run logged as a version of an MLflow saved model of the project (made with
    `createMlflowPyfuncModel`), with the lineage to the run, and evaluates it on a dataset if one
    is given in `modelVersionInfo` (`gatherFeaturesFromDataset`). Every argument is a query
    parameter; the body is empty. Needs the right to write the project's content.
    The emulator stores no MLflow artifact (its runs log no model), so it refuses every deployment
    with a 400 once the project, the run and the saved model are found; what DSS answers on success
    is not known (the official client does not read it: unverified).

    Args:
        project_key (str):
        run_id (str):
        sm_id (str):
        version_id (str):
        model_name (str | Unset):
        model_version_info (str | Unset):
        sampling_param (str | Unset):
        activate (bool | Unset):
        binary_classification_threshold (float | Unset):
        use_optimal_threshold (bool | Unset):
        skip_expensive_reports (bool | Unset):
        use_inference_info (bool | Unset):
        x_dku_mlflow_project_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DSSError
    """

    return (
        await asyncio_detailed(
            client=client,
            project_key=project_key,
            run_id=run_id,
            sm_id=sm_id,
            version_id=version_id,
            model_name=model_name,
            model_version_info=model_version_info,
            sampling_param=sampling_param,
            activate=activate,
            binary_classification_threshold=binary_classification_threshold,
            use_optimal_threshold=use_optimal_threshold,
            skip_expensive_reports=skip_expensive_reports,
            use_inference_info=use_inference_info,
            x_dku_mlflow_project_key=x_dku_mlflow_project_key,
        )
    ).parsed
