from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.bundle_summary import BundleSummary
    from ...models.dss_error import DSSError


def request_kwargs(
    project_key: str,
    bundle_id: str,
    *,
    release_notes: str | Unset = UNSET,
    evaluate_project_standards_checks: bool | Unset = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["releaseNotes"] = release_notes

    params["evaluateProjectStandardsChecks"] = evaluate_project_standards_checks

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/projects/{path_segment(project_key)}/bundles/exported/{path_segment(bundle_id)}",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BundleSummary | DSSError:

    from ...models.bundle_summary import BundleSummary
    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = BundleSummary.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = DSSError.from_dict(response.json())

        return response_409

    response_default = DSSError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BundleSummary | DSSError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_key: str,
    bundle_id: str,
    *,
    client: AuthenticatedClient | Client,
    release_notes: str | Unset = UNSET,
    evaluate_project_standards_checks: bool | Unset = True,
) -> Response[BundleSummary | DSSError]:
    """Create a bundle

     Takes a snapshot of the project's definition (settings, metadata,
    standard variables, datasets, recipes, scenarios), to deploy on
    automation nodes. Data travel only for the datasets the project's
    `bundleExporterSettings.exportOptions` name (`includedDatasetsData`,
    `exportUploads`, `exportAllDatasets`, ...). Bundle identifiers are
    unique within a project. Design nodes only.

    Args:
        project_key (str):
        bundle_id (str):
        release_notes (str | Unset):
        evaluate_project_standards_checks (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BundleSummary | DSSError]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        bundle_id=bundle_id,
        release_notes=release_notes,
        evaluate_project_standards_checks=evaluate_project_standards_checks,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    bundle_id: str,
    *,
    client: AuthenticatedClient | Client,
    release_notes: str | Unset = UNSET,
    evaluate_project_standards_checks: bool | Unset = True,
) -> BundleSummary | DSSError | None:
    """Create a bundle

     Takes a snapshot of the project's definition (settings, metadata,
    standard variables, datasets, recipes, scenarios), to deploy on
    automation nodes. Data travel only for the datasets the project's
    `bundleExporterSettings.exportOptions` name (`includedDatasetsData`,
    `exportUploads`, `exportAllDatasets`, ...). Bundle identifiers are
    unique within a project. Design nodes only.

    Args:
        project_key (str):
        bundle_id (str):
        release_notes (str | Unset):
        evaluate_project_standards_checks (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BundleSummary | DSSError
    """

    return sync_detailed(
        project_key=project_key,
        bundle_id=bundle_id,
        client=client,
        release_notes=release_notes,
        evaluate_project_standards_checks=evaluate_project_standards_checks,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    bundle_id: str,
    *,
    client: AuthenticatedClient | Client,
    release_notes: str | Unset = UNSET,
    evaluate_project_standards_checks: bool | Unset = True,
) -> Response[BundleSummary | DSSError]:
    """Create a bundle

     Takes a snapshot of the project's definition (settings, metadata,
    standard variables, datasets, recipes, scenarios), to deploy on
    automation nodes. Data travel only for the datasets the project's
    `bundleExporterSettings.exportOptions` name (`includedDatasetsData`,
    `exportUploads`, `exportAllDatasets`, ...). Bundle identifiers are
    unique within a project. Design nodes only.

    Args:
        project_key (str):
        bundle_id (str):
        release_notes (str | Unset):
        evaluate_project_standards_checks (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BundleSummary | DSSError]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        bundle_id=bundle_id,
        release_notes=release_notes,
        evaluate_project_standards_checks=evaluate_project_standards_checks,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    bundle_id: str,
    *,
    client: AuthenticatedClient | Client,
    release_notes: str | Unset = UNSET,
    evaluate_project_standards_checks: bool | Unset = True,
) -> BundleSummary | DSSError | None:
    """Create a bundle

     Takes a snapshot of the project's definition (settings, metadata,
    standard variables, datasets, recipes, scenarios), to deploy on
    automation nodes. Data travel only for the datasets the project's
    `bundleExporterSettings.exportOptions` name (`includedDatasetsData`,
    `exportUploads`, `exportAllDatasets`, ...). Bundle identifiers are
    unique within a project. Design nodes only.

    Args:
        project_key (str):
        bundle_id (str):
        release_notes (str | Unset):
        evaluate_project_standards_checks (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BundleSummary | DSSError
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            bundle_id=bundle_id,
            client=client,
            release_notes=release_notes,
            evaluate_project_standards_checks=evaluate_project_standards_checks,
        )
    ).parsed
