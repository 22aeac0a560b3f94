from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.checks_report import ChecksReport
    from ...models.dss_error import DSSError
    from ...models.run_evaluation_checks_body_type_1 import RunEvaluationChecksBodyType1


def request_kwargs(
    project_key: str,
    evaluation_store_id: str,
    *,
    body: list[str] | RunEvaluationChecksBodyType1 | Unset = UNSET,
    evaluation_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["evaluationId"] = evaluation_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_key)}/evaluationstores/{path_segment(evaluation_store_id)}/actions/runChecks",
        "params": params,
    }

    if isinstance(body, list):
        _kwargs["json"] = body

    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChecksReport | DSSError:

    from ...models.checks_report import ChecksReport
    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = ChecksReport.from_dict(response.json())

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
) -> Response[ChecksReport | DSSError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_key: str,
    evaluation_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[str] | RunEvaluationChecksBodyType1 | Unset = UNSET,
    evaluation_id: str | Unset = UNSET,
) -> Response[ChecksReport | DSSError]:
    """Run the checks of an evaluation store

     Runs the store's checks (those of its settings' `metricsChecks`, those the body names,
    or those the body defines) on one evaluation's metrics, the latest when
    `evaluationId` is empty.

    Args:
        project_key (str):
        evaluation_store_id (str):
        evaluation_id (str | Unset):
        body (list[str] | RunEvaluationChecksBodyType1 | Unset): The checks to run: the names of
            checks of the store's settings (an array of strings), or
            their definitions, as in the settings' `metricsChecks` (an object with `checks`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChecksReport | DSSError]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        evaluation_store_id=evaluation_store_id,
        body=body,
        evaluation_id=evaluation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    evaluation_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[str] | RunEvaluationChecksBodyType1 | Unset = UNSET,
    evaluation_id: str | Unset = UNSET,
) -> ChecksReport | DSSError | None:
    """Run the checks of an evaluation store

     Runs the store's checks (those of its settings' `metricsChecks`, those the body names,
    or those the body defines) on one evaluation's metrics, the latest when
    `evaluationId` is empty.

    Args:
        project_key (str):
        evaluation_store_id (str):
        evaluation_id (str | Unset):
        body (list[str] | RunEvaluationChecksBodyType1 | Unset): The checks to run: the names of
            checks of the store's settings (an array of strings), or
            their definitions, as in the settings' `metricsChecks` (an object with `checks`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChecksReport | DSSError
    """

    return sync_detailed(
        project_key=project_key,
        evaluation_store_id=evaluation_store_id,
        client=client,
        body=body,
        evaluation_id=evaluation_id,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    evaluation_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[str] | RunEvaluationChecksBodyType1 | Unset = UNSET,
    evaluation_id: str | Unset = UNSET,
) -> Response[ChecksReport | DSSError]:
    """Run the checks of an evaluation store

     Runs the store's checks (those of its settings' `metricsChecks`, those the body names,
    or those the body defines) on one evaluation's metrics, the latest when
    `evaluationId` is empty.

    Args:
        project_key (str):
        evaluation_store_id (str):
        evaluation_id (str | Unset):
        body (list[str] | RunEvaluationChecksBodyType1 | Unset): The checks to run: the names of
            checks of the store's settings (an array of strings), or
            their definitions, as in the settings' `metricsChecks` (an object with `checks`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChecksReport | DSSError]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        evaluation_store_id=evaluation_store_id,
        body=body,
        evaluation_id=evaluation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    evaluation_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[str] | RunEvaluationChecksBodyType1 | Unset = UNSET,
    evaluation_id: str | Unset = UNSET,
) -> ChecksReport | DSSError | None:
    """Run the checks of an evaluation store

     Runs the store's checks (those of its settings' `metricsChecks`, those the body names,
    or those the body defines) on one evaluation's metrics, the latest when
    `evaluationId` is empty.

    Args:
        project_key (str):
        evaluation_store_id (str):
        evaluation_id (str | Unset):
        body (list[str] | RunEvaluationChecksBodyType1 | Unset): The checks to run: the names of
            checks of the store's settings (an array of strings), or
            their definitions, as in the settings' `metricsChecks` (an object with `checks`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChecksReport | DSSError
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            evaluation_store_id=evaluation_store_id,
            client=client,
            body=body,
            evaluation_id=evaluation_id,
        )
    ).parsed
