from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.custom_audit_params import CustomAuditParams
    from ...models.dss_error import DSSError


def request_kwargs(
    custom_type: str,
    *,
    body: CustomAuditParams,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/admin/audit/custom/{path_segment(custom_type)}",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

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
    custom_type: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomAuditParams,
) -> Response[Any | DSSError]:
    """Record a custom entry in the audit trail

     Records an entry in the audit trail, with the caller's identity, the
    type from the path (`customMsgType`) and the body (`customMsgParams`).

    Args:
        custom_type (str):
        body (CustomAuditParams): Parameters of a custom audit entry, recorded as its
            `customMsgParams`; free keys, any JSON values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DSSError]
    """

    kwargs = request_kwargs(
        custom_type=custom_type,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    custom_type: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomAuditParams,
) -> Any | DSSError | None:
    """Record a custom entry in the audit trail

     Records an entry in the audit trail, with the caller's identity, the
    type from the path (`customMsgType`) and the body (`customMsgParams`).

    Args:
        custom_type (str):
        body (CustomAuditParams): Parameters of a custom audit entry, recorded as its
            `customMsgParams`; free keys, any JSON values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DSSError
    """

    return sync_detailed(
        custom_type=custom_type,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    custom_type: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomAuditParams,
) -> Response[Any | DSSError]:
    """Record a custom entry in the audit trail

     Records an entry in the audit trail, with the caller's identity, the
    type from the path (`customMsgType`) and the body (`customMsgParams`).

    Args:
        custom_type (str):
        body (CustomAuditParams): Parameters of a custom audit entry, recorded as its
            `customMsgParams`; free keys, any JSON values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DSSError]
    """

    kwargs = request_kwargs(
        custom_type=custom_type,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    custom_type: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomAuditParams,
) -> Any | DSSError | None:
    """Record a custom entry in the audit trail

     Records an entry in the audit trail, with the caller's identity, the
    type from the path (`customMsgType`) and the body (`customMsgParams`).

    Args:
        custom_type (str):
        body (CustomAuditParams): Parameters of a custom audit entry, recorded as its
            `customMsgParams`; free keys, any JSON values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DSSError
    """

    return (
        await asyncio_detailed(
            custom_type=custom_type,
            client=client,
            body=body,
        )
    ).parsed
