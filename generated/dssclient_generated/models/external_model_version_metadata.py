from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_model_version_metadata_class_labels_item import (
        ExternalModelVersionMetadataClassLabelsItem,
    )
    from ..models.external_model_version_metadata_features_item import (
        ExternalModelVersionMetadataFeaturesItem,
    )
    from ..models.external_model_version_metadata_proxy_model_version_configuration import (
        ExternalModelVersionMetadataProxyModelVersionConfiguration,
    )


T = TypeVar("T", bound="ExternalModelVersionMetadata")


@_attrs_define
class ExternalModelVersionMetadata:
    """What DSS knows of an MLflow or external model's version.

    Attributes:
        target_column_name (str | Unset): The target column.
        class_labels (list[ExternalModelVersionMetadataClassLabelsItem] | Unset): The ordered classes, for a
            classification model.
        features (list[ExternalModelVersionMetadataFeaturesItem] | Unset): The features (`name`, `type`).
        gather_features_from_dataset (str | Unset): Dataset whose columns give the features.
        proxy_model_version_configuration (ExternalModelVersionMetadataProxyModelVersionConfiguration | Unset): For an
            external model's version, its endpoint (the fields its protocol needs).
        input_format (str | Unset): Format of the requests to the endpoint (`GUESS`, `INPUT_SAGEMAKER_CSV`, ...).
        output_format (str | Unset): Format of the endpoint's answers (`GUESS`, `OUTPUT_SAGEMAKER_CSV`, ...).
    """

    target_column_name: str | Unset = UNSET
    class_labels: list[ExternalModelVersionMetadataClassLabelsItem] | Unset = UNSET
    features: list[ExternalModelVersionMetadataFeaturesItem] | Unset = UNSET
    gather_features_from_dataset: str | Unset = UNSET
    proxy_model_version_configuration: (
        ExternalModelVersionMetadataProxyModelVersionConfiguration | Unset
    ) = UNSET
    input_format: str | Unset = UNSET
    output_format: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_column_name = self.target_column_name

        class_labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.class_labels, Unset):
            class_labels = []
            for class_labels_item_data in self.class_labels:
                class_labels_item = class_labels_item_data.to_dict()
                class_labels.append(class_labels_item)

        features: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = []
            for features_item_data in self.features:
                features_item = features_item_data.to_dict()
                features.append(features_item)

        gather_features_from_dataset = self.gather_features_from_dataset

        proxy_model_version_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.proxy_model_version_configuration, Unset):
            proxy_model_version_configuration = (
                self.proxy_model_version_configuration.to_dict()
            )

        input_format = self.input_format

        output_format = self.output_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if target_column_name is not UNSET:
            field_dict["targetColumnName"] = target_column_name
        if class_labels is not UNSET:
            field_dict["classLabels"] = class_labels
        if features is not UNSET:
            field_dict["features"] = features
        if gather_features_from_dataset is not UNSET:
            field_dict["gatherFeaturesFromDataset"] = gather_features_from_dataset
        if proxy_model_version_configuration is not UNSET:
            field_dict["proxyModelVersionConfiguration"] = (
                proxy_model_version_configuration
            )
        if input_format is not UNSET:
            field_dict["inputFormat"] = input_format
        if output_format is not UNSET:
            field_dict["outputFormat"] = output_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.external_model_version_metadata_class_labels_item import (
            ExternalModelVersionMetadataClassLabelsItem,
        )
        from ..models.external_model_version_metadata_features_item import (
            ExternalModelVersionMetadataFeaturesItem,
        )
        from ..models.external_model_version_metadata_proxy_model_version_configuration import (
            ExternalModelVersionMetadataProxyModelVersionConfiguration,
        )

        d = dict(src_dict)
        target_column_name = d.pop("targetColumnName", UNSET)

        _class_labels = d.pop("classLabels", UNSET)
        class_labels: list[ExternalModelVersionMetadataClassLabelsItem] | Unset = UNSET
        if _class_labels is not UNSET:
            class_labels = []
            for class_labels_item_data in _class_labels:
                class_labels_item = (
                    ExternalModelVersionMetadataClassLabelsItem.from_dict(
                        class_labels_item_data
                    )
                )

                class_labels.append(class_labels_item)

        _features = d.pop("features", UNSET)
        features: list[ExternalModelVersionMetadataFeaturesItem] | Unset = UNSET
        if _features is not UNSET:
            features = []
            for features_item_data in _features:
                features_item = ExternalModelVersionMetadataFeaturesItem.from_dict(
                    features_item_data
                )

                features.append(features_item)

        gather_features_from_dataset = d.pop("gatherFeaturesFromDataset", UNSET)

        _proxy_model_version_configuration = d.pop(
            "proxyModelVersionConfiguration", UNSET
        )
        proxy_model_version_configuration: (
            ExternalModelVersionMetadataProxyModelVersionConfiguration | Unset
        )
        if isinstance(_proxy_model_version_configuration, Unset):
            proxy_model_version_configuration = UNSET
        else:
            proxy_model_version_configuration = (
                ExternalModelVersionMetadataProxyModelVersionConfiguration.from_dict(
                    _proxy_model_version_configuration
                )
            )

        input_format = d.pop("inputFormat", UNSET)

        output_format = d.pop("outputFormat", UNSET)

        external_model_version_metadata = cls(
            target_column_name=target_column_name,
            class_labels=class_labels,
            features=features,
            gather_features_from_dataset=gather_features_from_dataset,
            proxy_model_version_configuration=proxy_model_version_configuration,
            input_format=input_format,
            output_format=output_format,
        )

        external_model_version_metadata.additional_properties = d
        return external_model_version_metadata

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
