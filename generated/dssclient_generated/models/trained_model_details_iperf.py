from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trained_model_details_iperf_grid_cells_item import (
        TrainedModelDetailsIperfGridCellsItem,
    )
    from ..models.trained_model_details_iperf_lm_coefficients import (
        TrainedModelDetailsIperfLmCoefficients,
    )
    from ..models.trained_model_details_iperf_raw_importance import (
        TrainedModelDetailsIperfRawImportance,
    )


T = TypeVar("T", bound="TrainedModelDetailsIperf")


@_attrs_define
class TrainedModelDetailsIperf:
    """Its interpretation data (grid search cells, ...).

    Attributes:
        grid_cells (list[TrainedModelDetailsIperfGridCellsItem] | Unset): The hyperparameter search's points and their
            scores (unverified shape).
        raw_importance (TrainedModelDetailsIperfRawImportance | Unset): The features' importances (models with feature
            importances: the tree-based ones), over the preprocessed features (`age`, `dummy:segment:a`), normalised to sum
            to 1; features of importance 0 are left out.
        lm_coefficients (TrainedModelDetailsIperfLmCoefficients | Unset): A linear model's coefficients (regressions,
            binary logistic regression), zero coefficients left out. DSS may add significance figures (`stderr`, `tstat`,
            `pvalue`, `interceptStderr`, ...) that the emulator does not compute.
    """

    grid_cells: list[TrainedModelDetailsIperfGridCellsItem] | Unset = UNSET
    raw_importance: TrainedModelDetailsIperfRawImportance | Unset = UNSET
    lm_coefficients: TrainedModelDetailsIperfLmCoefficients | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grid_cells: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.grid_cells, Unset):
            grid_cells = []
            for grid_cells_item_data in self.grid_cells:
                grid_cells_item = grid_cells_item_data.to_dict()
                grid_cells.append(grid_cells_item)

        raw_importance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.raw_importance, Unset):
            raw_importance = self.raw_importance.to_dict()

        lm_coefficients: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lm_coefficients, Unset):
            lm_coefficients = self.lm_coefficients.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if grid_cells is not UNSET:
            field_dict["gridCells"] = grid_cells
        if raw_importance is not UNSET:
            field_dict["rawImportance"] = raw_importance
        if lm_coefficients is not UNSET:
            field_dict["lmCoefficients"] = lm_coefficients

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.trained_model_details_iperf_grid_cells_item import (
            TrainedModelDetailsIperfGridCellsItem,
        )
        from ..models.trained_model_details_iperf_lm_coefficients import (
            TrainedModelDetailsIperfLmCoefficients,
        )
        from ..models.trained_model_details_iperf_raw_importance import (
            TrainedModelDetailsIperfRawImportance,
        )

        d = dict(src_dict)
        _grid_cells = d.pop("gridCells", UNSET)
        grid_cells: list[TrainedModelDetailsIperfGridCellsItem] | Unset = UNSET
        if _grid_cells is not UNSET:
            grid_cells = []
            for grid_cells_item_data in _grid_cells:
                grid_cells_item = TrainedModelDetailsIperfGridCellsItem.from_dict(
                    grid_cells_item_data
                )

                grid_cells.append(grid_cells_item)

        _raw_importance = d.pop("rawImportance", UNSET)
        raw_importance: TrainedModelDetailsIperfRawImportance | Unset
        if isinstance(_raw_importance, Unset):
            raw_importance = UNSET
        else:
            raw_importance = TrainedModelDetailsIperfRawImportance.from_dict(
                _raw_importance
            )

        _lm_coefficients = d.pop("lmCoefficients", UNSET)
        lm_coefficients: TrainedModelDetailsIperfLmCoefficients | Unset
        if isinstance(_lm_coefficients, Unset):
            lm_coefficients = UNSET
        else:
            lm_coefficients = TrainedModelDetailsIperfLmCoefficients.from_dict(
                _lm_coefficients
            )

        trained_model_details_iperf = cls(
            grid_cells=grid_cells,
            raw_importance=raw_importance,
            lm_coefficients=lm_coefficients,
        )

        trained_model_details_iperf.additional_properties = d
        return trained_model_details_iperf

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
