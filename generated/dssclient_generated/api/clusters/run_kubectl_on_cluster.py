from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.kubectl_command_result import KubectlCommandResult
    from ...models.run_kubectl_request import RunKubectlRequest


def request_kwargs(
    cluster_id: str,
    *,
    body: RunKubectlRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/admin/clusters/{path_segment(cluster_id)}/k8s/actions/run-kubectl",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | KubectlCommandResult:

    from ...models.dss_error import DSSError
    from ...models.kubectl_command_result import KubectlCommandResult

    if response.status_code == 200:
        response_200 = KubectlCommandResult.from_dict(response.json())

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
) -> Response[DSSError | KubectlCommandResult]:
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
    body: RunKubectlRequest,
) -> Response[DSSError | KubectlCommandResult]:
    """Run a kubectl command on a Kubernetes cluster

     Runs `kubectl` with the given arguments against the cluster and
    reports the command's return value and outputs: a command that fails
    still answers 200, with a non-zero `returnValue` and its `stderr`.
    Only for a Kubernetes cluster that runs (or a manual one, which DSS
    does not start); others are refused (400).

    The emulator interprets this subset of kubectl over the cluster's
    workload: `get pods|jobs [NAME] [-n NS|-A] [-l SELECTOR] [-o name|json]`,
    `get namespaces`, `run NAME --image=IMG [-n NS] [--labels=k=v,...]
    [--restart=Never -- CMD...]` (a pod that runs; with `--restart=Never`
    and a command it completes, or fails if the command is `false`),
    `create job NAME --image=IMG [-n NS] [-- CMD...]` (a job whose pod
    completes at once, or fails if the command is `false`),
    `create namespace NAME`, `label pod|job NAME k=v... [-n NS]`,
    `delete pod|job NAME... [-n NS]` (a job's pods go with it) and
    `version`. Anything else fails as kubectl would (return value 1).

    Args:
        cluster_id (str):
        body (RunKubectlRequest): The arguments of a kubectl command.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | KubectlCommandResult]
    """

    kwargs = request_kwargs(
        cluster_id=cluster_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunKubectlRequest,
) -> DSSError | KubectlCommandResult | None:
    """Run a kubectl command on a Kubernetes cluster

     Runs `kubectl` with the given arguments against the cluster and
    reports the command's return value and outputs: a command that fails
    still answers 200, with a non-zero `returnValue` and its `stderr`.
    Only for a Kubernetes cluster that runs (or a manual one, which DSS
    does not start); others are refused (400).

    The emulator interprets this subset of kubectl over the cluster's
    workload: `get pods|jobs [NAME] [-n NS|-A] [-l SELECTOR] [-o name|json]`,
    `get namespaces`, `run NAME --image=IMG [-n NS] [--labels=k=v,...]
    [--restart=Never -- CMD...]` (a pod that runs; with `--restart=Never`
    and a command it completes, or fails if the command is `false`),
    `create job NAME --image=IMG [-n NS] [-- CMD...]` (a job whose pod
    completes at once, or fails if the command is `false`),
    `create namespace NAME`, `label pod|job NAME k=v... [-n NS]`,
    `delete pod|job NAME... [-n NS]` (a job's pods go with it) and
    `version`. Anything else fails as kubectl would (return value 1).

    Args:
        cluster_id (str):
        body (RunKubectlRequest): The arguments of a kubectl command.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | KubectlCommandResult
    """

    return sync_detailed(
        cluster_id=cluster_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunKubectlRequest,
) -> Response[DSSError | KubectlCommandResult]:
    """Run a kubectl command on a Kubernetes cluster

     Runs `kubectl` with the given arguments against the cluster and
    reports the command's return value and outputs: a command that fails
    still answers 200, with a non-zero `returnValue` and its `stderr`.
    Only for a Kubernetes cluster that runs (or a manual one, which DSS
    does not start); others are refused (400).

    The emulator interprets this subset of kubectl over the cluster's
    workload: `get pods|jobs [NAME] [-n NS|-A] [-l SELECTOR] [-o name|json]`,
    `get namespaces`, `run NAME --image=IMG [-n NS] [--labels=k=v,...]
    [--restart=Never -- CMD...]` (a pod that runs; with `--restart=Never`
    and a command it completes, or fails if the command is `false`),
    `create job NAME --image=IMG [-n NS] [-- CMD...]` (a job whose pod
    completes at once, or fails if the command is `false`),
    `create namespace NAME`, `label pod|job NAME k=v... [-n NS]`,
    `delete pod|job NAME... [-n NS]` (a job's pods go with it) and
    `version`. Anything else fails as kubectl would (return value 1).

    Args:
        cluster_id (str):
        body (RunKubectlRequest): The arguments of a kubectl command.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | KubectlCommandResult]
    """

    kwargs = request_kwargs(
        cluster_id=cluster_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunKubectlRequest,
) -> DSSError | KubectlCommandResult | None:
    """Run a kubectl command on a Kubernetes cluster

     Runs `kubectl` with the given arguments against the cluster and
    reports the command's return value and outputs: a command that fails
    still answers 200, with a non-zero `returnValue` and its `stderr`.
    Only for a Kubernetes cluster that runs (or a manual one, which DSS
    does not start); others are refused (400).

    The emulator interprets this subset of kubectl over the cluster's
    workload: `get pods|jobs [NAME] [-n NS|-A] [-l SELECTOR] [-o name|json]`,
    `get namespaces`, `run NAME --image=IMG [-n NS] [--labels=k=v,...]
    [--restart=Never -- CMD...]` (a pod that runs; with `--restart=Never`
    and a command it completes, or fails if the command is `false`),
    `create job NAME --image=IMG [-n NS] [-- CMD...]` (a job whose pod
    completes at once, or fails if the command is `false`),
    `create namespace NAME`, `label pod|job NAME k=v... [-n NS]`,
    `delete pod|job NAME... [-n NS]` (a job's pods go with it) and
    `version`. Anything else fails as kubectl would (return value 1).

    Args:
        cluster_id (str):
        body (RunKubectlRequest): The arguments of a kubectl command.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | KubectlCommandResult
    """

    return (
        await asyncio_detailed(
            cluster_id=cluster_id,
            client=client,
            body=body,
        )
    ).parsed
