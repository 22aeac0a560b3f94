from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analysis_definition_charts_type_0_item import (
        AnalysisDefinitionChartsType0Item,
    )
    from ..models.analysis_script import AnalysisScript
    from ..models.user_tag import UserTag


T = TypeVar("T", bound="AnalysisDefinition")


@_attrs_define
class AnalysisDefinition:
    """The definition of a visual analysis: the dataset it works on and the script (preparation
    steps, sampling, how the data is shown) applied to it before its charts and ML tasks.

        Attributes:
            project_key (None | str | Unset): Project of the analysis.
            id (None | str | Unset): Identifier of the analysis.
            name (None | str | Unset): Name of the analysis.
            input_dataset_smart_name (None | str | Unset): The dataset the analysis works on.
            script (AnalysisScript | None | Unset): The preparation script applied to the dataset.
            charts (list[AnalysisDefinitionChartsType0Item] | None | Unset): The charts of the analysis.
            tags (list[str] | None | Unset): Tags of the analysis.
            description (None | str | Unset): Long description, in Markdown (unverified).
            short_desc (None | str | Unset): One-line description (unverified).
            creation_tag (None | Unset | UserTag): Who created the analysis, and when.
            version_tag (None | Unset | UserTag): Who last changed the analysis, and when.
    """

    project_key: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    input_dataset_smart_name: None | str | Unset = UNSET
    script: AnalysisScript | None | Unset = UNSET
    charts: list[AnalysisDefinitionChartsType0Item] | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    short_desc: None | str | Unset = UNSET
    creation_tag: None | Unset | UserTag = UNSET
    version_tag: None | Unset | UserTag = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.analysis_script import AnalysisScript
        from ..models.user_tag import UserTag

        project_key: None | str | Unset
        if isinstance(self.project_key, Unset):
            project_key = UNSET
        else:
            project_key = self.project_key

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        input_dataset_smart_name: None | str | Unset
        if isinstance(self.input_dataset_smart_name, Unset):
            input_dataset_smart_name = UNSET
        else:
            input_dataset_smart_name = self.input_dataset_smart_name

        script: dict[str, Any] | None | Unset
        if isinstance(self.script, Unset):
            script = UNSET
        elif isinstance(self.script, AnalysisScript):
            script = self.script.to_dict()
        else:
            script = self.script

        charts: list[dict[str, Any]] | None | Unset
        if isinstance(self.charts, Unset):
            charts = UNSET
        elif isinstance(self.charts, list):
            charts = []
            for charts_type_0_item_data in self.charts:
                charts_type_0_item = charts_type_0_item_data.to_dict()
                charts.append(charts_type_0_item)

        else:
            charts = self.charts

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        short_desc: None | str | Unset
        if isinstance(self.short_desc, Unset):
            short_desc = UNSET
        else:
            short_desc = self.short_desc

        creation_tag: dict[str, Any] | None | Unset
        if isinstance(self.creation_tag, Unset):
            creation_tag = UNSET
        elif isinstance(self.creation_tag, UserTag):
            creation_tag = self.creation_tag.to_dict()
        else:
            creation_tag = self.creation_tag

        version_tag: dict[str, Any] | None | Unset
        if isinstance(self.version_tag, Unset):
            version_tag = UNSET
        elif isinstance(self.version_tag, UserTag):
            version_tag = self.version_tag.to_dict()
        else:
            version_tag = self.version_tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if input_dataset_smart_name is not UNSET:
            field_dict["inputDatasetSmartName"] = input_dataset_smart_name
        if script is not UNSET:
            field_dict["script"] = script
        if charts is not UNSET:
            field_dict["charts"] = charts
        if tags is not UNSET:
            field_dict["tags"] = tags
        if description is not UNSET:
            field_dict["description"] = description
        if short_desc is not UNSET:
            field_dict["shortDesc"] = short_desc
        if creation_tag is not UNSET:
            field_dict["creationTag"] = creation_tag
        if version_tag is not UNSET:
            field_dict["versionTag"] = version_tag

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.analysis_definition_charts_type_0_item import (
            AnalysisDefinitionChartsType0Item,
        )
        from ..models.analysis_script import AnalysisScript
        from ..models.user_tag import UserTag

        d = dict(src_dict)

        def _parse_project_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_key = _parse_project_key(d.pop("projectKey", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_input_dataset_smart_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        input_dataset_smart_name = _parse_input_dataset_smart_name(
            d.pop("inputDatasetSmartName", UNSET)
        )

        def _parse_script(data: object) -> AnalysisScript | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                script_type_0 = AnalysisScript.from_dict(data)

                return script_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalysisScript | None | Unset, data)

        script = _parse_script(d.pop("script", UNSET))

        def _parse_charts(
            data: object,
        ) -> list[AnalysisDefinitionChartsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                charts_type_0 = []
                _charts_type_0 = data
                for charts_type_0_item_data in _charts_type_0:
                    charts_type_0_item = AnalysisDefinitionChartsType0Item.from_dict(
                        charts_type_0_item_data
                    )

                    charts_type_0.append(charts_type_0_item)

                return charts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AnalysisDefinitionChartsType0Item] | None | Unset, data)

        charts = _parse_charts(d.pop("charts", UNSET))

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_short_desc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        short_desc = _parse_short_desc(d.pop("shortDesc", UNSET))

        def _parse_creation_tag(data: object) -> None | Unset | UserTag:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                creation_tag_type_0 = UserTag.from_dict(data)

                return creation_tag_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserTag, data)

        creation_tag = _parse_creation_tag(d.pop("creationTag", UNSET))

        def _parse_version_tag(data: object) -> None | Unset | UserTag:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                version_tag_type_0 = UserTag.from_dict(data)

                return version_tag_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserTag, data)

        version_tag = _parse_version_tag(d.pop("versionTag", UNSET))

        analysis_definition = cls(
            project_key=project_key,
            id=id,
            name=name,
            input_dataset_smart_name=input_dataset_smart_name,
            script=script,
            charts=charts,
            tags=tags,
            description=description,
            short_desc=short_desc,
            creation_tag=creation_tag,
            version_tag=version_tag,
        )

        analysis_definition.additional_properties = d
        return analysis_definition

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
