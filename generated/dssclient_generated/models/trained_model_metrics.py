from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainedModelMetrics")


@_attrs_define
class TrainedModelMetrics:
    """Performance metrics of a model on the held-out rows, by DSS's names.

    Attributes:
        auc (float | Unset): Area under the ROC curve.
        accuracy (float | Unset): Accuracy.
        precision (float | Unset): Precision.
        recall (float | Unset): Recall.
        f1 (float | Unset): F1 score.
        log_loss (float | Unset): Log loss.
        r2 (float | Unset): R².
        mae (float | Unset): Mean absolute error.
        mse (float | Unset): Mean squared error.
        rmse (float | Unset): Root mean squared error.
    """

    auc: float | Unset = UNSET
    accuracy: float | Unset = UNSET
    precision: float | Unset = UNSET
    recall: float | Unset = UNSET
    f1: float | Unset = UNSET
    log_loss: float | Unset = UNSET
    r2: float | Unset = UNSET
    mae: float | Unset = UNSET
    mse: float | Unset = UNSET
    rmse: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auc = self.auc

        accuracy = self.accuracy

        precision = self.precision

        recall = self.recall

        f1 = self.f1

        log_loss = self.log_loss

        r2 = self.r2

        mae = self.mae

        mse = self.mse

        rmse = self.rmse

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auc is not UNSET:
            field_dict["auc"] = auc
        if accuracy is not UNSET:
            field_dict["accuracy"] = accuracy
        if precision is not UNSET:
            field_dict["precision"] = precision
        if recall is not UNSET:
            field_dict["recall"] = recall
        if f1 is not UNSET:
            field_dict["f1"] = f1
        if log_loss is not UNSET:
            field_dict["logLoss"] = log_loss
        if r2 is not UNSET:
            field_dict["r2"] = r2
        if mae is not UNSET:
            field_dict["mae"] = mae
        if mse is not UNSET:
            field_dict["mse"] = mse
        if rmse is not UNSET:
            field_dict["rmse"] = rmse

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        auc = d.pop("auc", UNSET)

        accuracy = d.pop("accuracy", UNSET)

        precision = d.pop("precision", UNSET)

        recall = d.pop("recall", UNSET)

        f1 = d.pop("f1", UNSET)

        log_loss = d.pop("logLoss", UNSET)

        r2 = d.pop("r2", UNSET)

        mae = d.pop("mae", UNSET)

        mse = d.pop("mse", UNSET)

        rmse = d.pop("rmse", UNSET)

        trained_model_metrics = cls(
            auc=auc,
            accuracy=accuracy,
            precision=precision,
            recall=recall,
            f1=f1,
            log_loss=log_loss,
            r2=r2,
            mae=mae,
            mse=mse,
            rmse=rmse,
        )

        trained_model_metrics.additional_properties = d
        return trained_model_metrics

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
