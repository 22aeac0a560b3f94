from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_deployer_query_results_responses_item_query_context_type_0 import (
        ApiDeployerQueryResultsResponsesItemQueryContextType0,
    )
    from ..models.api_deployer_query_results_responses_item_query_features_type_0 import (
        ApiDeployerQueryResultsResponsesItemQueryFeaturesType0,
    )
    from ..models.api_deployer_query_results_responses_item_query_params_type_0 import (
        ApiDeployerQueryResultsResponsesItemQueryParamsType0,
    )


T = TypeVar("T", bound="ApiDeployerQueryResultsResponsesItemQuery")


@_attrs_define
class ApiDeployerQueryResultsResponsesItemQuery:
    """The query sent.

    Attributes:
        features (ApiDeployerQueryResultsResponsesItemQueryFeaturesType0 | None | Unset): The features of a prediction
            query, by name.
        context (ApiDeployerQueryResultsResponsesItemQueryContextType0 | None | Unset): Extra context of the query
            (unverified).
        params (ApiDeployerQueryResultsResponsesItemQueryParamsType0 | None | Unset): The parameters of a function query
            (unverified).
    """

    features: ApiDeployerQueryResultsResponsesItemQueryFeaturesType0 | None | Unset = (
        UNSET
    )
    context: ApiDeployerQueryResultsResponsesItemQueryContextType0 | None | Unset = (
        UNSET
    )
    params: ApiDeployerQueryResultsResponsesItemQueryParamsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.api_deployer_query_results_responses_item_query_context_type_0 import (
            ApiDeployerQueryResultsResponsesItemQueryContextType0,
        )
        from ..models.api_deployer_query_results_responses_item_query_features_type_0 import (
            ApiDeployerQueryResultsResponsesItemQueryFeaturesType0,
        )
        from ..models.api_deployer_query_results_responses_item_query_params_type_0 import (
            ApiDeployerQueryResultsResponsesItemQueryParamsType0,
        )

        features: dict[str, Any] | None | Unset
        if isinstance(self.features, Unset):
            features = UNSET
        elif isinstance(
            self.features, ApiDeployerQueryResultsResponsesItemQueryFeaturesType0
        ):
            features = self.features.to_dict()
        else:
            features = self.features

        context: dict[str, Any] | None | Unset
        if isinstance(self.context, Unset):
            context = UNSET
        elif isinstance(
            self.context, ApiDeployerQueryResultsResponsesItemQueryContextType0
        ):
            context = self.context.to_dict()
        else:
            context = self.context

        params: dict[str, Any] | None | Unset
        if isinstance(self.params, Unset):
            params = UNSET
        elif isinstance(
            self.params, ApiDeployerQueryResultsResponsesItemQueryParamsType0
        ):
            params = self.params.to_dict()
        else:
            params = self.params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if features is not UNSET:
            field_dict["features"] = features
        if context is not UNSET:
            field_dict["context"] = context
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_deployer_query_results_responses_item_query_context_type_0 import (
            ApiDeployerQueryResultsResponsesItemQueryContextType0,
        )
        from ..models.api_deployer_query_results_responses_item_query_features_type_0 import (
            ApiDeployerQueryResultsResponsesItemQueryFeaturesType0,
        )
        from ..models.api_deployer_query_results_responses_item_query_params_type_0 import (
            ApiDeployerQueryResultsResponsesItemQueryParamsType0,
        )

        d = dict(src_dict)

        def _parse_features(
            data: object,
        ) -> ApiDeployerQueryResultsResponsesItemQueryFeaturesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                features_type_0 = (
                    ApiDeployerQueryResultsResponsesItemQueryFeaturesType0.from_dict(
                        data
                    )
                )

                return features_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ApiDeployerQueryResultsResponsesItemQueryFeaturesType0 | None | Unset,
                data,
            )

        features = _parse_features(d.pop("features", UNSET))

        def _parse_context(
            data: object,
        ) -> ApiDeployerQueryResultsResponsesItemQueryContextType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                context_type_0 = (
                    ApiDeployerQueryResultsResponsesItemQueryContextType0.from_dict(
                        data
                    )
                )

                return context_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ApiDeployerQueryResultsResponsesItemQueryContextType0 | None | Unset,
                data,
            )

        context = _parse_context(d.pop("context", UNSET))

        def _parse_params(
            data: object,
        ) -> ApiDeployerQueryResultsResponsesItemQueryParamsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_0 = (
                    ApiDeployerQueryResultsResponsesItemQueryParamsType0.from_dict(data)
                )

                return params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ApiDeployerQueryResultsResponsesItemQueryParamsType0 | None | Unset,
                data,
            )

        params = _parse_params(d.pop("params", UNSET))

        api_deployer_query_results_responses_item_query = cls(
            features=features,
            context=context,
            params=params,
        )

        api_deployer_query_results_responses_item_query.additional_properties = d
        return api_deployer_query_results_responses_item_query

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
