from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.bundle_activation_options import BundleActivationOptions
    from ...models.bundle_activation_report import BundleActivationReport
    from ...models.dss_error import DSSError


def request_kwargs(
    project_key: str,
    bundle_id: str,
    *,
    body: BundleActivationOptions | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_key)}/bundles/imported/{path_segment(bundle_id)}/actions/activate",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BundleActivationReport | DSSError:

    from ...models.bundle_activation_report import BundleActivationReport
    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = BundleActivationReport.from_dict(response.json())

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
) -> Response[BundleActivationReport | DSSError]:
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
    body: BundleActivationOptions | Unset = UNSET,
) -> Response[BundleActivationReport | DSSError]:
    """Activate an imported bundle

     Gives the project the content of one of its imported bundles: its
    settings, metadata, standard variables (local variables stay),
    datasets (with their schemas and settings), recipes and scenarios
    (with their steps and triggers). The data of a dataset stays unless
    the bundle carries that dataset's data; a dataset the bundle lacks
    goes with its data. A scenario already here keeps its runs and
    whether it is active, unless `scenariosActiveOnActivation` names it.
    Automation nodes only.

    Args:
        project_key (str):
        bundle_id (str):
        body (BundleActivationOptions | Unset): How to activate a bundle.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BundleActivationReport | DSSError]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        bundle_id=bundle_id,
        body=body,
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
    body: BundleActivationOptions | Unset = UNSET,
) -> BundleActivationReport | DSSError | None:
    """Activate an imported bundle

     Gives the project the content of one of its imported bundles: its
    settings, metadata, standard variables (local variables stay),
    datasets (with their schemas and settings), recipes and scenarios
    (with their steps and triggers). The data of a dataset stays unless
    the bundle carries that dataset's data; a dataset the bundle lacks
    goes with its data. A scenario already here keeps its runs and
    whether it is active, unless `scenariosActiveOnActivation` names it.
    Automation nodes only.

    Args:
        project_key (str):
        bundle_id (str):
        body (BundleActivationOptions | Unset): How to activate a bundle.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BundleActivationReport | DSSError
    """

    return sync_detailed(
        project_key=project_key,
        bundle_id=bundle_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    bundle_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BundleActivationOptions | Unset = UNSET,
) -> Response[BundleActivationReport | DSSError]:
    """Activate an imported bundle

     Gives the project the content of one of its imported bundles: its
    settings, metadata, standard variables (local variables stay),
    datasets (with their schemas and settings), recipes and scenarios
    (with their steps and triggers). The data of a dataset stays unless
    the bundle carries that dataset's data; a dataset the bundle lacks
    goes with its data. A scenario already here keeps its runs and
    whether it is active, unless `scenariosActiveOnActivation` names it.
    Automation nodes only.

    Args:
        project_key (str):
        bundle_id (str):
        body (BundleActivationOptions | Unset): How to activate a bundle.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BundleActivationReport | DSSError]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        bundle_id=bundle_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    bundle_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BundleActivationOptions | Unset = UNSET,
) -> BundleActivationReport | DSSError | None:
    """Activate an imported bundle

     Gives the project the content of one of its imported bundles: its
    settings, metadata, standard variables (local variables stay),
    datasets (with their schemas and settings), recipes and scenarios
    (with their steps and triggers). The data of a dataset stays unless
    the bundle carries that dataset's data; a dataset the bundle lacks
    goes with its data. A scenario already here keeps its runs and
    whether it is active, unless `scenariosActiveOnActivation` names it.
    Automation nodes only.

    Args:
        project_key (str):
        bundle_id (str):
        body (BundleActivationOptions | Unset): How to activate a bundle.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BundleActivationReport | DSSError
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            bundle_id=bundle_id,
            client=client,
            body=body,
        )
    ).parsed
