from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evaluation_store_settings_metrics import (
        EvaluationStoreSettingsMetrics,
    )
    from ..models.evaluation_store_settings_metrics_checks import (
        EvaluationStoreSettingsMetricsChecks,
    )
    from ..models.user_tag import UserTag


T = TypeVar("T", bound="EvaluationStoreSettings")


@_attrs_define
class EvaluationStoreSettings:
    """An evaluation store's settings.

    Attributes:
        id (str | Unset): Identifier of the store.
        project_key (str | Unset): Project of the store.
        name (str | Unset): Name of the store.
        mes_flavor (str | Unset): `TABULAR`, `LLM` or `AGENT`.
        description (None | str | Unset): Description of the store.
        tags (list[str] | Unset): Tags of the store.
        metrics (EvaluationStoreSettingsMetrics | Unset): The metrics (probes) computed on the store's evaluations.
        metrics_checks (EvaluationStoreSettingsMetricsChecks | Unset): The checks run on the store's metrics.
        creation_tag (UserTag | Unset): Who did something to an object, and when.
        version_tag (UserTag | Unset): Who did something to an object, and when.
    """

    id: str | Unset = UNSET
    project_key: str | Unset = UNSET
    name: str | Unset = UNSET
    mes_flavor: str | Unset = UNSET
    description: None | str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    metrics: EvaluationStoreSettingsMetrics | Unset = UNSET
    metrics_checks: EvaluationStoreSettingsMetricsChecks | Unset = UNSET
    creation_tag: UserTag | Unset = UNSET
    version_tag: UserTag | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_key = self.project_key

        name = self.name

        mes_flavor = self.mes_flavor

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        metrics_checks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics_checks, Unset):
            metrics_checks = self.metrics_checks.to_dict()

        creation_tag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creation_tag, Unset):
            creation_tag = self.creation_tag.to_dict()

        version_tag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.version_tag, Unset):
            version_tag = self.version_tag.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if name is not UNSET:
            field_dict["name"] = name
        if mes_flavor is not UNSET:
            field_dict["mesFlavor"] = mes_flavor
        if description is not UNSET:
            field_dict["description"] = description
        if tags is not UNSET:
            field_dict["tags"] = tags
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if metrics_checks is not UNSET:
            field_dict["metricsChecks"] = metrics_checks
        if creation_tag is not UNSET:
            field_dict["creationTag"] = creation_tag
        if version_tag is not UNSET:
            field_dict["versionTag"] = version_tag

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.evaluation_store_settings_metrics import (
            EvaluationStoreSettingsMetrics,
        )
        from ..models.evaluation_store_settings_metrics_checks import (
            EvaluationStoreSettingsMetricsChecks,
        )
        from ..models.user_tag import UserTag

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        project_key = d.pop("projectKey", UNSET)

        name = d.pop("name", UNSET)

        mes_flavor = d.pop("mesFlavor", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        _metrics = d.pop("metrics", UNSET)
        metrics: EvaluationStoreSettingsMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = EvaluationStoreSettingsMetrics.from_dict(_metrics)

        _metrics_checks = d.pop("metricsChecks", UNSET)
        metrics_checks: EvaluationStoreSettingsMetricsChecks | Unset
        if isinstance(_metrics_checks, Unset):
            metrics_checks = UNSET
        else:
            metrics_checks = EvaluationStoreSettingsMetricsChecks.from_dict(
                _metrics_checks
            )

        _creation_tag = d.pop("creationTag", UNSET)
        creation_tag: UserTag | Unset
        if isinstance(_creation_tag, Unset):
            creation_tag = UNSET
        else:
            creation_tag = UserTag.from_dict(_creation_tag)

        _version_tag = d.pop("versionTag", UNSET)
        version_tag: UserTag | Unset
        if isinstance(_version_tag, Unset):
            version_tag = UNSET
        else:
            version_tag = UserTag.from_dict(_version_tag)

        evaluation_store_settings = cls(
            id=id,
            project_key=project_key,
            name=name,
            mes_flavor=mes_flavor,
            description=description,
            tags=tags,
            metrics=metrics,
            metrics_checks=metrics_checks,
            creation_tag=creation_tag,
            version_tag=version_tag,
        )

        evaluation_store_settings.additional_properties = d
        return evaluation_store_settings

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
