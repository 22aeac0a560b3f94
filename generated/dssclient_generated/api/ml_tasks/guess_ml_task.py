from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError


def request_kwargs(
    project_key: str,
    ml_task_analysis_id: str,
    ml_task_id: str,
    *,
    prediction_type: str | Unset = UNSET,
    target_variable: str | Unset = UNSET,
    target_variables: list[str] | Unset = UNSET,
    time_variable: str | Unset = UNSET,
    timeseries_identifiers: list[str] | Unset = UNSET,
    full_reguess: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["predictionType"] = prediction_type

    params["targetVariable"] = target_variable

    json_target_variables: list[str] | Unset = UNSET
    if not isinstance(target_variables, Unset):
        json_target_variables = target_variables

    params["targetVariables"] = json_target_variables

    params["timeVariable"] = time_variable

    json_timeseries_identifiers: list[str] | Unset = UNSET
    if not isinstance(timeseries_identifiers, Unset):
        json_timeseries_identifiers = timeseries_identifiers

    params["timeseriesIdentifiers"] = json_timeseries_identifiers

    params["fullReguess"] = full_reguess

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/projects/{path_segment(project_key)}/models/lab/{path_segment(ml_task_analysis_id)}/{path_segment(ml_task_id)}/guess",
        "params": params,
    }

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
    project_key: str,
    ml_task_analysis_id: str,
    ml_task_id: str,
    *,
    client: AuthenticatedClient | Client,
    prediction_type: str | Unset = UNSET,
    target_variable: str | Unset = UNSET,
    target_variables: list[str] | Unset = UNSET,
    time_variable: str | Unset = UNSET,
    timeseries_identifiers: list[str] | Unset = UNSET,
    full_reguess: bool | Unset = UNSET,
) -> Response[Any | DSSError]:
    """Reguess an ML task's settings

     Guesses the task's settings again. Without core parameters every setting is reguessed; with
    a new target, prediction type, time variable or time series identifiers (at most one of
    them), the settings they impact are reguessed (all of them with `fullReguess`). Needs the
    right to write the project. DSS answers no body.

    Args:
        project_key (str):
        ml_task_analysis_id (str):
        ml_task_id (str):
        prediction_type (str | Unset):
        target_variable (str | Unset):
        target_variables (list[str] | Unset):
        time_variable (str | Unset):
        timeseries_identifiers (list[str] | Unset):
        full_reguess (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DSSError]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        ml_task_analysis_id=ml_task_analysis_id,
        ml_task_id=ml_task_id,
        prediction_type=prediction_type,
        target_variable=target_variable,
        target_variables=target_variables,
        time_variable=time_variable,
        timeseries_identifiers=timeseries_identifiers,
        full_reguess=full_reguess,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    ml_task_analysis_id: str,
    ml_task_id: str,
    *,
    client: AuthenticatedClient | Client,
    prediction_type: str | Unset = UNSET,
    target_variable: str | Unset = UNSET,
    target_variables: list[str] | Unset = UNSET,
    time_variable: str | Unset = UNSET,
    timeseries_identifiers: list[str] | Unset = UNSET,
    full_reguess: bool | Unset = UNSET,
) -> Any | DSSError | None:
    """Reguess an ML task's settings

     Guesses the task's settings again. Without core parameters every setting is reguessed; with
    a new target, prediction type, time variable or time series identifiers (at most one of
    them), the settings they impact are reguessed (all of them with `fullReguess`). Needs the
    right to write the project. DSS answers no body.

    Args:
        project_key (str):
        ml_task_analysis_id (str):
        ml_task_id (str):
        prediction_type (str | Unset):
        target_variable (str | Unset):
        target_variables (list[str] | Unset):
        time_variable (str | Unset):
        timeseries_identifiers (list[str] | Unset):
        full_reguess (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DSSError
    """

    return sync_detailed(
        project_key=project_key,
        ml_task_analysis_id=ml_task_analysis_id,
        ml_task_id=ml_task_id,
        client=client,
        prediction_type=prediction_type,
        target_variable=target_variable,
        target_variables=target_variables,
        time_variable=time_variable,
        timeseries_identifiers=timeseries_identifiers,
        full_reguess=full_reguess,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    ml_task_analysis_id: str,
    ml_task_id: str,
    *,
    client: AuthenticatedClient | Client,
    prediction_type: str | Unset = UNSET,
    target_variable: str | Unset = UNSET,
    target_variables: list[str] | Unset = UNSET,
    time_variable: str | Unset = UNSET,
    timeseries_identifiers: list[str] | Unset = UNSET,
    full_reguess: bool | Unset = UNSET,
) -> Response[Any | DSSError]:
    """Reguess an ML task's settings

     Guesses the task's settings again. Without core parameters every setting is reguessed; with
    a new target, prediction type, time variable or time series identifiers (at most one of
    them), the settings they impact are reguessed (all of them with `fullReguess`). Needs the
    right to write the project. DSS answers no body.

    Args:
        project_key (str):
        ml_task_analysis_id (str):
        ml_task_id (str):
        prediction_type (str | Unset):
        target_variable (str | Unset):
        target_variables (list[str] | Unset):
        time_variable (str | Unset):
        timeseries_identifiers (list[str] | Unset):
        full_reguess (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DSSError]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        ml_task_analysis_id=ml_task_analysis_id,
        ml_task_id=ml_task_id,
        prediction_type=prediction_type,
        target_variable=target_variable,
        target_variables=target_variables,
        time_variable=time_variable,
        timeseries_identifiers=timeseries_identifiers,
        full_reguess=full_reguess,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    ml_task_analysis_id: str,
    ml_task_id: str,
    *,
    client: AuthenticatedClient | Client,
    prediction_type: str | Unset = UNSET,
    target_variable: str | Unset = UNSET,
    target_variables: list[str] | Unset = UNSET,
    time_variable: str | Unset = UNSET,
    timeseries_identifiers: list[str] | Unset = UNSET,
    full_reguess: bool | Unset = UNSET,
) -> Any | DSSError | None:
    """Reguess an ML task's settings

     Guesses the task's settings again. Without core parameters every setting is reguessed; with
    a new target, prediction type, time variable or time series identifiers (at most one of
    them), the settings they impact are reguessed (all of them with `fullReguess`). Needs the
    right to write the project. DSS answers no body.

    Args:
        project_key (str):
        ml_task_analysis_id (str):
        ml_task_id (str):
        prediction_type (str | Unset):
        target_variable (str | Unset):
        target_variables (list[str] | Unset):
        time_variable (str | Unset):
        timeseries_identifiers (list[str] | Unset):
        full_reguess (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DSSError
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            ml_task_analysis_id=ml_task_analysis_id,
            ml_task_id=ml_task_id,
            client=client,
            prediction_type=prediction_type,
            target_variable=target_variable,
            target_variables=target_variables,
            time_variable=time_variable,
            timeseries_identifiers=timeseries_identifiers,
            full_reguess=full_reguess,
        )
    ).parsed
