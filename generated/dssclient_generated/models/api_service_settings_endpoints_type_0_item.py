from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_service_settings_endpoints_type_0_item_test_queries_item import (
        ApiServiceSettingsEndpointsType0ItemTestQueriesItem,
    )


T = TypeVar("T", bound="ApiServiceSettingsEndpointsType0Item")


@_attrs_define
class ApiServiceSettingsEndpointsType0Item:
    """One endpoint.

    Attributes:
        id (str): Identifier of the endpoint, unique in the service.
        type_ (str): Type of endpoint (see `ApiServiceEndpointSummary.type`).
        model_ref (str | Unset): The saved model a visual endpoint serves (the official client sets it).
        compute_propensity (bool | Unset): Whether a causal prediction endpoint computes propensity (the official client
            sets it).
        use_java (bool | Unset): Whether a visual endpoint scores in Java (the official client sets it false for causal
            predictions).
        user_function_name (str | Unset): The function a `PY_FUNCTION` or `R_FUNCTION` endpoint calls (unverified
            against a real DSS).
        code (str | Unset): The code of a function or custom endpoint (unverified against a real DSS).
        test_queries (list[ApiServiceSettingsEndpointsType0ItemTestQueriesItem] | Unset): The endpoint's saved test
            queries, each `{"q": {...}}`, which the deployer can replay.
    """

    id: str
    type_: str
    model_ref: str | Unset = UNSET
    compute_propensity: bool | Unset = UNSET
    use_java: bool | Unset = UNSET
    user_function_name: str | Unset = UNSET
    code: str | Unset = UNSET
    test_queries: list[ApiServiceSettingsEndpointsType0ItemTestQueriesItem] | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        model_ref = self.model_ref

        compute_propensity = self.compute_propensity

        use_java = self.use_java

        user_function_name = self.user_function_name

        code = self.code

        test_queries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.test_queries, Unset):
            test_queries = []
            for test_queries_item_data in self.test_queries:
                test_queries_item = test_queries_item_data.to_dict()
                test_queries.append(test_queries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if model_ref is not UNSET:
            field_dict["modelRef"] = model_ref
        if compute_propensity is not UNSET:
            field_dict["computePropensity"] = compute_propensity
        if use_java is not UNSET:
            field_dict["useJava"] = use_java
        if user_function_name is not UNSET:
            field_dict["userFunctionName"] = user_function_name
        if code is not UNSET:
            field_dict["code"] = code
        if test_queries is not UNSET:
            field_dict["testQueries"] = test_queries

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_service_settings_endpoints_type_0_item_test_queries_item import (
            ApiServiceSettingsEndpointsType0ItemTestQueriesItem,
        )

        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        model_ref = d.pop("modelRef", UNSET)

        compute_propensity = d.pop("computePropensity", UNSET)

        use_java = d.pop("useJava", UNSET)

        user_function_name = d.pop("userFunctionName", UNSET)

        code = d.pop("code", UNSET)

        _test_queries = d.pop("testQueries", UNSET)
        test_queries: (
            list[ApiServiceSettingsEndpointsType0ItemTestQueriesItem] | Unset
        ) = UNSET
        if _test_queries is not UNSET:
            test_queries = []
            for test_queries_item_data in _test_queries:
                test_queries_item = (
                    ApiServiceSettingsEndpointsType0ItemTestQueriesItem.from_dict(
                        test_queries_item_data
                    )
                )

                test_queries.append(test_queries_item)

        api_service_settings_endpoints_type_0_item = cls(
            id=id,
            type_=type_,
            model_ref=model_ref,
            compute_propensity=compute_propensity,
            use_java=use_java,
            user_function_name=user_function_name,
            code=code,
            test_queries=test_queries,
        )

        api_service_settings_endpoints_type_0_item.additional_properties = d
        return api_service_settings_endpoints_type_0_item

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
