from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.code_env_operation_outcome import CodeEnvOperationOutcome
    from ...models.create_code_env_body import CreateCodeEnvBody
    from ...models.dss_error import DSSError
    from ...models.future_state import FutureState


def request_kwargs(
    env_lang: str,
    env_name: str,
    *,
    body: CreateCodeEnvBody,
    wait: bool | Unset = True,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["wait"] = wait

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/admin/code-envs/{path_segment(env_lang)}/{path_segment(env_name)}",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CodeEnvOperationOutcome | FutureState | DSSError:

    from ...models.code_env_operation_outcome import CodeEnvOperationOutcome
    from ...models.dss_error import DSSError
    from ...models.future_state import FutureState

    if response.status_code == 200:

        def _parse_response_200(data: object) -> CodeEnvOperationOutcome | FutureState:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_code_env_task_answer_type_0 = FutureState.from_dict(
                    data
                )

                return componentsschemas_code_env_task_answer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_code_env_task_answer_type_1 = (
                CodeEnvOperationOutcome.from_dict(data)
            )

            return componentsschemas_code_env_task_answer_type_1

        response_200 = _parse_response_200(response.json())

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

    if response.status_code == 409:
        response_409 = DSSError.from_dict(response.json())

        return response_409

    response_default = DSSError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CodeEnvOperationOutcome | FutureState | DSSError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    env_lang: str,
    env_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCodeEnvBody,
    wait: bool | Unset = True,
) -> Response[CodeEnvOperationOutcome | FutureState | DSSError]:
    """Create a code env

     Creates a code env and builds it (interpreter, core packages, the
    requested packages): a long task. A build that fails removes the env.
    The name must be new for its language (409).

    Args:
        env_lang (str):
        env_name (str):
        wait (bool | Unset):  Default: True.
        body (CreateCodeEnvBody): What `createCodeEnv` needs to create and build a code env.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CodeEnvOperationOutcome | FutureState | DSSError]
    """

    kwargs = request_kwargs(
        env_lang=env_lang,
        env_name=env_name,
        body=body,
        wait=wait,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    env_lang: str,
    env_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCodeEnvBody,
    wait: bool | Unset = True,
) -> CodeEnvOperationOutcome | FutureState | DSSError | None:
    """Create a code env

     Creates a code env and builds it (interpreter, core packages, the
    requested packages): a long task. A build that fails removes the env.
    The name must be new for its language (409).

    Args:
        env_lang (str):
        env_name (str):
        wait (bool | Unset):  Default: True.
        body (CreateCodeEnvBody): What `createCodeEnv` needs to create and build a code env.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CodeEnvOperationOutcome | FutureState | DSSError
    """

    return sync_detailed(
        env_lang=env_lang,
        env_name=env_name,
        client=client,
        body=body,
        wait=wait,
    ).parsed


async def asyncio_detailed(
    env_lang: str,
    env_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCodeEnvBody,
    wait: bool | Unset = True,
) -> Response[CodeEnvOperationOutcome | FutureState | DSSError]:
    """Create a code env

     Creates a code env and builds it (interpreter, core packages, the
    requested packages): a long task. A build that fails removes the env.
    The name must be new for its language (409).

    Args:
        env_lang (str):
        env_name (str):
        wait (bool | Unset):  Default: True.
        body (CreateCodeEnvBody): What `createCodeEnv` needs to create and build a code env.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CodeEnvOperationOutcome | FutureState | DSSError]
    """

    kwargs = request_kwargs(
        env_lang=env_lang,
        env_name=env_name,
        body=body,
        wait=wait,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    env_lang: str,
    env_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCodeEnvBody,
    wait: bool | Unset = True,
) -> CodeEnvOperationOutcome | FutureState | DSSError | None:
    """Create a code env

     Creates a code env and builds it (interpreter, core packages, the
    requested packages): a long task. A build that fails removes the env.
    The name must be new for its language (409).

    Args:
        env_lang (str):
        env_name (str):
        wait (bool | Unset):  Default: True.
        body (CreateCodeEnvBody): What `createCodeEnv` needs to create and build a code env.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CodeEnvOperationOutcome | FutureState | DSSError
    """

    return (
        await asyncio_detailed(
            env_lang=env_lang,
            env_name=env_name,
            client=client,
            body=body,
            wait=wait,
        )
    ).parsed
