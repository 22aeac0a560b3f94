from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_deployer_query_results_responses_item_response_api_context_type_0 import (
        ApiDeployerQueryResultsResponsesItemResponseApiContextType0,
    )
    from ..models.api_deployer_query_results_responses_item_response_result_type_0 import (
        ApiDeployerQueryResultsResponsesItemResponseResultType0,
    )
    from ..models.api_deployer_query_results_responses_item_response_timing_type_0 import (
        ApiDeployerQueryResultsResponsesItemResponseTimingType0,
    )


T = TypeVar("T", bound="ApiDeployerQueryResultsResponsesItemResponse")


@_attrs_define
class ApiDeployerQueryResultsResponsesItemResponse:
    """The service's answer, as an API node gives it.

    Attributes:
        result (ApiDeployerQueryResultsResponsesItemResponseResultType0 | None | Unset): The prediction or the
            function's result.
        timing (ApiDeployerQueryResultsResponsesItemResponseTimingType0 | None | Unset): How long each stage took
            (unverified).
        api_context (ApiDeployerQueryResultsResponsesItemResponseApiContextType0 | None | Unset): The service, endpoint
            and generation that answered (unverified).
        ignored (bool | None | Unset): Whether the query was ignored (unverified).
    """

    result: ApiDeployerQueryResultsResponsesItemResponseResultType0 | None | Unset = (
        UNSET
    )
    timing: ApiDeployerQueryResultsResponsesItemResponseTimingType0 | None | Unset = (
        UNSET
    )
    api_context: (
        ApiDeployerQueryResultsResponsesItemResponseApiContextType0 | None | Unset
    ) = UNSET
    ignored: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.api_deployer_query_results_responses_item_response_api_context_type_0 import (
            ApiDeployerQueryResultsResponsesItemResponseApiContextType0,
        )
        from ..models.api_deployer_query_results_responses_item_response_result_type_0 import (
            ApiDeployerQueryResultsResponsesItemResponseResultType0,
        )
        from ..models.api_deployer_query_results_responses_item_response_timing_type_0 import (
            ApiDeployerQueryResultsResponsesItemResponseTimingType0,
        )

        result: dict[str, Any] | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(
            self.result, ApiDeployerQueryResultsResponsesItemResponseResultType0
        ):
            result = self.result.to_dict()
        else:
            result = self.result

        timing: dict[str, Any] | None | Unset
        if isinstance(self.timing, Unset):
            timing = UNSET
        elif isinstance(
            self.timing, ApiDeployerQueryResultsResponsesItemResponseTimingType0
        ):
            timing = self.timing.to_dict()
        else:
            timing = self.timing

        api_context: dict[str, Any] | None | Unset
        if isinstance(self.api_context, Unset):
            api_context = UNSET
        elif isinstance(
            self.api_context,
            ApiDeployerQueryResultsResponsesItemResponseApiContextType0,
        ):
            api_context = self.api_context.to_dict()
        else:
            api_context = self.api_context

        ignored: bool | None | Unset
        if isinstance(self.ignored, Unset):
            ignored = UNSET
        else:
            ignored = self.ignored

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result is not UNSET:
            field_dict["result"] = result
        if timing is not UNSET:
            field_dict["timing"] = timing
        if api_context is not UNSET:
            field_dict["apiContext"] = api_context
        if ignored is not UNSET:
            field_dict["ignored"] = ignored

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_deployer_query_results_responses_item_response_api_context_type_0 import (
            ApiDeployerQueryResultsResponsesItemResponseApiContextType0,
        )
        from ..models.api_deployer_query_results_responses_item_response_result_type_0 import (
            ApiDeployerQueryResultsResponsesItemResponseResultType0,
        )
        from ..models.api_deployer_query_results_responses_item_response_timing_type_0 import (
            ApiDeployerQueryResultsResponsesItemResponseTimingType0,
        )

        d = dict(src_dict)

        def _parse_result(
            data: object,
        ) -> ApiDeployerQueryResultsResponsesItemResponseResultType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0 = (
                    ApiDeployerQueryResultsResponsesItemResponseResultType0.from_dict(
                        data
                    )
                )

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ApiDeployerQueryResultsResponsesItemResponseResultType0 | None | Unset,
                data,
            )

        result = _parse_result(d.pop("result", UNSET))

        def _parse_timing(
            data: object,
        ) -> ApiDeployerQueryResultsResponsesItemResponseTimingType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                timing_type_0 = (
                    ApiDeployerQueryResultsResponsesItemResponseTimingType0.from_dict(
                        data
                    )
                )

                return timing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ApiDeployerQueryResultsResponsesItemResponseTimingType0 | None | Unset,
                data,
            )

        timing = _parse_timing(d.pop("timing", UNSET))

        def _parse_api_context(
            data: object,
        ) -> ApiDeployerQueryResultsResponsesItemResponseApiContextType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                api_context_type_0 = ApiDeployerQueryResultsResponsesItemResponseApiContextType0.from_dict(
                    data
                )

                return api_context_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ApiDeployerQueryResultsResponsesItemResponseApiContextType0
                | None
                | Unset,
                data,
            )

        api_context = _parse_api_context(d.pop("apiContext", UNSET))

        def _parse_ignored(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        ignored = _parse_ignored(d.pop("ignored", UNSET))

        api_deployer_query_results_responses_item_response = cls(
            result=result,
            timing=timing,
            api_context=api_context,
            ignored=ignored,
        )

        api_deployer_query_results_responses_item_response.additional_properties = d
        return api_deployer_query_results_responses_item_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
