# Derived from dssclient/aio/apinode_client.py by scripts/unasync.py: do not edit.
"""The user API of a DSS API node: ``APINodeClient`` queries the endpoints of one service.

An API node is another server than DSS's backend: it serves the services that the API
Deployer deployed on it, under ``{uri}/public/api/v1/{serviceId}/``. The client takes the
official ``APINodeClient``'s parameters and shares ``DSSClient``'s request pipeline
(timeouts, deadline, retries, typed errors): every call goes through the generated builders
of the spec's ``apinode`` tag.
"""

from __future__ import annotations

from collections.abc import Generator, Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, cast

import httpx
from dssclient_generated.api import apinode
from dssclient_generated.types import UNSET

from dssclient._auth import DSSAuth
from dssclient._config import (
    DEFAULT_MAX_JSON_BYTES,
    DEFAULT_TIMEOUT,
    CallOptions,
    ConnectionSettings,
    TimeoutTypes,
    checked_legacy_options,
)
from dssclient._retry import RetryPolicy
from dssclient.errors import UnexpectedResponseError

from ._requester import Requester, json_body
from .dssclient import _checked_host, _tls_verification  # pyright: ignore[reportPrivateUsage]

if TYPE_CHECKING:
    from dssclient.payloads import (
        ApiNodeFunctionResult,
        ApiNodeLookupResult,
        ApiNodeLookupResults,
        ApiNodePrediction,
        ApiNodePredictions,
        ApiNodeSqlQueryResult,
    )

__all__ = ["APINodeClient"]


class _NoAuth(DSSAuth):
    """No credentials at all: a service whose endpoints are public."""

    def __init__(self) -> None:
        super().__init__("none", "", "")

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        yield request


class _AsyncNodeConnection:
    """What both API node clients share: the connection and its request pipeline."""

    def __init__(
        self,
        uri: str,
        base_path: str,
        auth: DSSAuth,
        no_check_certificate: bool,
        client_certificate: str | tuple[str, str] | None,
        timeout: TimeoutTypes,
        max_retries: int | None,
        retry_policy: RetryPolicy | None,
        max_json_bytes: int,
        transport: httpx.BaseTransport | None,
    ) -> None:
        self.uri = _checked_host(uri)
        self.base_uri = self.uri + base_path
        self._settings = ConnectionSettings(
            base_url=self.base_uri, auth=auth, verify=_tls_verification(no_check_certificate, client_certificate)
        )
        options = CallOptions.create(timeout, max_retries, retry_policy, max_json_bytes)
        from ._transport import build_async_http_client

        self._http = build_async_http_client(self._settings, options, transport)
        self._requester = Requester(self._http, options)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(uri={self.uri!r}, auth={self._settings.auth.scheme})"

    def close(self) -> None:
        """Release the connections."""
        self._http.close()


def _dispatch(body: dict[str, Any], forced_generation: str | None, dispatch_key: str | None) -> dict[str, Any]:
    """The body with the generation it asks for (a forced generation wins over a dispatch key)."""
    if forced_generation is not None:
        body["dispatch"] = {"forcedGeneration": forced_generation}
    elif dispatch_key is not None:
        body["dispatch"] = {"dispatchKey": dispatch_key}
    return body


def _explanations(enabled: bool | None, method: str | None, count: int | None, mc_steps: int | None) -> dict[str, Any]:
    return {"enabled": enabled, "method": method, "nExplanations": count, "nMonteCarloSteps": mc_steps}


def _records_with(key: str, records: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The records, each checked to hold ``key`` (a ValueError before anything is sent)."""
    checked = list(records)
    for record in checked:
        candidate = cast(object, record)  # checked at run time: callers pass JSON-like values
        if not isinstance(candidate, Mapping) or key not in candidate:
            raise ValueError(f"Each record must contain a {key!r} dict")
    return checked


class APINodeClient(_AsyncNodeConnection):
    """Queries the endpoints of one service deployed on a DSS API node.

    ``APINodeClient(uri, service_id, api_key=None, bearer_token=None)`` as in the official
    client: ``uri`` is the API node's scheme, host and port; ``api_key`` one of the service's
    API keys when its deployment requires them. The keyword-only options are
    ``DSSClient``'s (``timeout``, ``max_retries``, ``retry_policy``, ``max_json_bytes``,
    ``transport``). Use it as a context manager, or call :meth:`close`.
    """

    def __init__(
        self,
        uri: str,
        service_id: str,
        api_key: str | None = None,
        bearer_token: str | None = None,
        no_check_certificate: bool = False,
        client_certificate: str | tuple[str, str] | None = None,
        *,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        max_json_bytes: int = DEFAULT_MAX_JSON_BYTES,
        transport: httpx.BaseTransport | None = None,
        **kwargs: Any,
    ) -> None:
        no_check_certificate = checked_legacy_options(type(self).__name__, no_check_certificate, kwargs)
        candidate = cast(object, service_id)
        if not isinstance(candidate, str) or not service_id:
            raise ValueError("service_id must be a non-empty str")
        auth: DSSAuth = (
            DSSAuth.from_credentials(api_key=api_key, bearer_token=bearer_token)
            if api_key is not None or bearer_token is not None
            else _NoAuth()
        )
        super().__init__(
            uri,
            "/public/api",
            auth,
            no_check_certificate,
            client_certificate,
            timeout,
            max_retries,
            retry_policy,
            max_json_bytes,
            transport,
        )
        self.service_id = service_id

    def __repr__(self) -> str:
        scheme = self._settings.auth.scheme
        return f"{type(self).__name__}(uri={self.uri!r}, service_id={self.service_id!r}, auth={scheme})"

    def __enter__(self) -> APINodeClient:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- prediction endpoints ---------------------------------------------------------------------

    def predict_record(
        self,
        endpoint_id: str,
        features: Mapping[str, Any],
        forced_generation: str | None = None,
        dispatch_key: str | None = None,
        context: Mapping[str, Any] | None = None,
        with_explanations: bool | None = None,
        explanation_method: str | None = None,
        n_explanations: int | None = None,
        n_explanations_mc_steps: int | None = None,
    ) -> ApiNodePrediction:
        """Score one record on a prediction endpoint; the answer's ``result`` holds the prediction.
        (operation ``predictApiNodeRecord``)

        :param forced_generation: this generation of the service answers, whatever its mapping.
        :param dispatch_key: a key that always reaches the same generation of a multi-generation mapping.
        :param context: logged by the API node, not used.
        """
        body: dict[str, Any] = {
            "features": features,
            "explanations": _explanations(
                with_explanations, explanation_method, n_explanations, n_explanations_mc_steps
            ),
        }
        _dispatch(body, forced_generation, dispatch_key)
        if context is not None:
            body["context"] = context
        answer: ApiNodePrediction = self._requester.json(
            apinode.predict_api_node_record.request_kwargs, self.service_id, endpoint_id, body=json_body(body)
        )
        return answer

    def predict_records(
        self,
        endpoint_id: str,
        records: Sequence[Mapping[str, Any]],
        forced_generation: str | None = None,
        dispatch_key: str | None = None,
        with_explanations: bool | None = None,
        explanation_method: str | None = None,
        n_explanations: int | None = None,
        n_explanations_mc_steps: int | None = None,
    ) -> ApiNodePredictions:
        """Score records (each a dict with ``features``, optionally ``context``); the answer's
        ``results`` hold one prediction per record. (operation ``predictApiNodeRecords``)

        A record without ``features`` is a ValueError, before anything is sent.
        """
        body: dict[str, Any] = {
            "items": _records_with("features", records),
            "explanations": _explanations(
                with_explanations, explanation_method, n_explanations, n_explanations_mc_steps
            ),
        }
        _dispatch(body, forced_generation, dispatch_key)
        answer: ApiNodePredictions = self._requester.json(
            apinode.predict_api_node_records.request_kwargs, self.service_id, endpoint_id, body=json_body(body)
        )
        return answer

    def forecast(
        self,
        endpoint_id: str,
        records: Sequence[Mapping[str, Any]],
        forced_generation: str | None = None,
        dispatch_key: str | None = None,
    ) -> ApiNodePredictions:
        """Forecast from time series records (feature values by column) on a forecasting endpoint;
        the answer's ``results`` hold the forecasts. (operation ``forecastApiNode``)"""
        body = _dispatch({"items": list(records)}, forced_generation, dispatch_key)
        answer: ApiNodePredictions = self._requester.json(
            apinode.forecast_api_node.request_kwargs, self.service_id, endpoint_id, body=json_body(body)
        )
        return answer

    def predict_effect(
        self,
        endpoint_id: str,
        features: Mapping[str, Any],
        forced_generation: str | None = None,
        dispatch_key: str | None = None,
    ) -> ApiNodePrediction:
        """Predict one record's treatment effect on a causal prediction endpoint.
        (operation ``predictApiNodeEffect``)"""
        body = _dispatch({"features": features}, forced_generation, dispatch_key)
        answer: ApiNodePrediction = self._requester.json(
            apinode.predict_api_node_effect.request_kwargs, self.service_id, endpoint_id, body=json_body(body)
        )
        return answer

    def predict_effects(
        self,
        endpoint_id: str,
        records: Sequence[Mapping[str, Any]],
        forced_generation: str | None = None,
        dispatch_key: str | None = None,
    ) -> ApiNodePredictions:
        """Predict the treatment effects of records (each with ``features``) on a causal prediction
        endpoint. (operation ``predictApiNodeEffects``)"""
        body = _dispatch({"items": _records_with("features", records)}, forced_generation, dispatch_key)
        answer: ApiNodePredictions = self._requester.json(
            apinode.predict_api_node_effects.request_kwargs, self.service_id, endpoint_id, body=json_body(body)
        )
        return answer

    # -- SQL query, lookup and function endpoints -------------------------------------------------

    def sql_query(self, endpoint_id: str, parameters: Mapping[str, Any]) -> ApiNodeSqlQueryResult:
        """Run an SQL query endpoint with its named parameters; the answer holds ``columns`` and
        ``rows``. (operation ``queryApiNodeSql``)"""
        # Without parameters, no body at all (as the official client sends it).
        answer: ApiNodeSqlQueryResult = self._requester.json(
            apinode.query_api_node_sql.request_kwargs,
            self.service_id,
            endpoint_id,
            body=json_body(dict(parameters)) if parameters else UNSET,
        )
        return answer

    def lookup_record(
        self, endpoint_id: str, record: Mapping[str, Any], context: Mapping[str, Any] | None = None
    ) -> ApiNodeLookupResult:
        """Look one record (its columns, the lookup keys among them) up on a dataset lookup
        endpoint; the result's ``data`` holds the record with the columns found.
        (operation ``lookupApiNodeRecord``)"""
        body: dict[str, Any] = {"data": record}
        if context is not None:
            body["context"] = context
        answer: ApiNodeLookupResults = self._requester.json(
            apinode.lookup_api_node_record.request_kwargs, self.service_id, endpoint_id, body=json_body(body)
        )
        results = answer.get("results")
        if not isinstance(results, list) or not results:
            raise UnexpectedResponseError("the API node answered a lookup without any result")
        first: ApiNodeLookupResult = results[0]
        return first

    def lookup_records(self, endpoint_id: str, records: Sequence[Mapping[str, Any]]) -> ApiNodeLookupResults:
        """Look records (each a dict with ``data``) up on a dataset lookup endpoint; the answer's
        ``results`` hold one result per record, in order. (operation ``lookupApiNodeRecords``)

        A record without ``data`` is a ValueError, before anything is sent.
        """
        body = {"items": _records_with("data", records)}
        answer: ApiNodeLookupResults = self._requester.json(
            apinode.lookup_api_node_records.request_kwargs, self.service_id, endpoint_id, body=json_body(body)
        )
        return answer

    def run_function(self, endpoint_id: str, **kwargs: Any) -> ApiNodeFunctionResult:
        """Call a function endpoint with ``kwargs`` as its arguments; the answer's ``response`` is
        what the function returned. (operation ``runApiNodeFunction``)"""
        # Without arguments, no body at all (as the official client sends it).
        answer: ApiNodeFunctionResult = self._requester.json(
            apinode.run_api_node_function.request_kwargs,
            self.service_id,
            endpoint_id,
            body=json_body(dict(kwargs)) if kwargs else UNSET,
        )
        return answer
