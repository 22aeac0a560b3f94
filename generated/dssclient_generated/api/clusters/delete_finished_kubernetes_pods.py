from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.kubernetes_pods_deletion import KubernetesPodsDeletion


def request_kwargs(
    cluster_id: str,
    *,
    namespace: str | Unset = UNSET,
    label_filter: str | Unset = UNSET,
    dry_run: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["namespace"] = namespace

    params["labelFilter"] = label_filter

    params["dryRun"] = dry_run

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/admin/clusters/{path_segment(cluster_id)}/k8s/pods/actions/delete-finished",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | KubernetesPodsDeletion:

    from ...models.dss_error import DSSError
    from ...models.kubernetes_pods_deletion import KubernetesPodsDeletion

    if response.status_code == 200:
        response_200 = KubernetesPodsDeletion.from_dict(response.json())

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
) -> Response[DSSError | KubernetesPodsDeletion]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    namespace: str | Unset = UNSET,
    label_filter: str | Unset = UNSET,
    dry_run: bool | Unset = False,
) -> Response[DSSError | KubernetesPodsDeletion]:
    """Delete the finished pods of a Kubernetes cluster

     Deletes the pods that are over (phase `Succeeded` or `Failed`) in one
    namespace. Needs the right to manage the cluster; only for a
    Kubernetes cluster that runs (or a manual one).

    Args:
        cluster_id (str):
        namespace (str | Unset):
        label_filter (str | Unset):
        dry_run (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | KubernetesPodsDeletion]
    """

    kwargs = request_kwargs(
        cluster_id=cluster_id,
        namespace=namespace,
        label_filter=label_filter,
        dry_run=dry_run,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    namespace: str | Unset = UNSET,
    label_filter: str | Unset = UNSET,
    dry_run: bool | Unset = False,
) -> DSSError | KubernetesPodsDeletion | None:
    """Delete the finished pods of a Kubernetes cluster

     Deletes the pods that are over (phase `Succeeded` or `Failed`) in one
    namespace. Needs the right to manage the cluster; only for a
    Kubernetes cluster that runs (or a manual one).

    Args:
        cluster_id (str):
        namespace (str | Unset):
        label_filter (str | Unset):
        dry_run (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | KubernetesPodsDeletion
    """

    return sync_detailed(
        cluster_id=cluster_id,
        client=client,
        namespace=namespace,
        label_filter=label_filter,
        dry_run=dry_run,
    ).parsed


async def asyncio_detailed(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    namespace: str | Unset = UNSET,
    label_filter: str | Unset = UNSET,
    dry_run: bool | Unset = False,
) -> Response[DSSError | KubernetesPodsDeletion]:
    """Delete the finished pods of a Kubernetes cluster

     Deletes the pods that are over (phase `Succeeded` or `Failed`) in one
    namespace. Needs the right to manage the cluster; only for a
    Kubernetes cluster that runs (or a manual one).

    Args:
        cluster_id (str):
        namespace (str | Unset):
        label_filter (str | Unset):
        dry_run (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | KubernetesPodsDeletion]
    """

    kwargs = request_kwargs(
        cluster_id=cluster_id,
        namespace=namespace,
        label_filter=label_filter,
        dry_run=dry_run,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    namespace: str | Unset = UNSET,
    label_filter: str | Unset = UNSET,
    dry_run: bool | Unset = False,
) -> DSSError | KubernetesPodsDeletion | None:
    """Delete the finished pods of a Kubernetes cluster

     Deletes the pods that are over (phase `Succeeded` or `Failed`) in one
    namespace. Needs the right to manage the cluster; only for a
    Kubernetes cluster that runs (or a manual one).

    Args:
        cluster_id (str):
        namespace (str | Unset):
        label_filter (str | Unset):
        dry_run (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | KubernetesPodsDeletion
    """

    return (
        await asyncio_detailed(
            cluster_id=cluster_id,
            client=client,
            namespace=namespace,
            label_filter=label_filter,
            dry_run=dry_run,
        )
    ).parsed
