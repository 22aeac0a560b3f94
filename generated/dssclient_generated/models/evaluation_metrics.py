from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EvaluationMetrics")


@_attrs_define
class EvaluationMetrics:
    """An evaluation's metrics by DSS's names: those of its prediction type, and any a custom evaluation gave.

    Attributes:
        accuracy (float | Unset): Share of rows whose prediction is the target (classification).
        precision (float | Unset): Precision (binary; macro average for multiclass).
        recall (float | Unset): Recall (binary; macro average for multiclass).
        f1 (float | Unset): F1 score (binary; macro average for multiclass).
        auc (float | Unset): Area under the ROC curve (classification with probabilities; one-vs-rest for multiclass).
        log_loss (float | Unset): Log loss (classification with probabilities).
        r2 (float | Unset): Coefficient of determination (regression).
        mae (float | Unset): Mean absolute error (regression).
        mse (float | Unset): Mean squared error (regression).
        rmse (float | Unset): Root mean squared error (regression).
        pearson (float | Unset): Pearson correlation of predictions and targets (regression).
        nb_rows (int | Unset): Rows the metrics were computed on (unverified name).
    """

    accuracy: float | Unset = UNSET
    precision: float | Unset = UNSET
    recall: float | Unset = UNSET
    f1: float | Unset = UNSET
    auc: float | Unset = UNSET
    log_loss: float | Unset = UNSET
    r2: float | Unset = UNSET
    mae: float | Unset = UNSET
    mse: float | Unset = UNSET
    rmse: float | Unset = UNSET
    pearson: float | Unset = UNSET
    nb_rows: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accuracy = self.accuracy

        precision = self.precision

        recall = self.recall

        f1 = self.f1

        auc = self.auc

        log_loss = self.log_loss

        r2 = self.r2

        mae = self.mae

        mse = self.mse

        rmse = self.rmse

        pearson = self.pearson

        nb_rows = self.nb_rows

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accuracy is not UNSET:
            field_dict["accuracy"] = accuracy
        if precision is not UNSET:
            field_dict["precision"] = precision
        if recall is not UNSET:
            field_dict["recall"] = recall
        if f1 is not UNSET:
            field_dict["f1"] = f1
        if auc is not UNSET:
            field_dict["auc"] = auc
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
        if pearson is not UNSET:
            field_dict["pearson"] = pearson
        if nb_rows is not UNSET:
            field_dict["nbRows"] = nb_rows

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        accuracy = d.pop("accuracy", UNSET)

        precision = d.pop("precision", UNSET)

        recall = d.pop("recall", UNSET)

        f1 = d.pop("f1", UNSET)

        auc = d.pop("auc", UNSET)

        log_loss = d.pop("logLoss", UNSET)

        r2 = d.pop("r2", UNSET)

        mae = d.pop("mae", UNSET)

        mse = d.pop("mse", UNSET)

        rmse = d.pop("rmse", UNSET)

        pearson = d.pop("pearson", UNSET)

        nb_rows = d.pop("nbRows", UNSET)

        evaluation_metrics = cls(
            accuracy=accuracy,
            precision=precision,
            recall=recall,
            f1=f1,
            auc=auc,
            log_loss=log_loss,
            r2=r2,
            mae=mae,
            mse=mse,
            rmse=rmse,
            pearson=pearson,
            nb_rows=nb_rows,
        )

        evaluation_metrics.additional_properties = d
        return evaluation_metrics

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
