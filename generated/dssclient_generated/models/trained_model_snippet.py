from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trained_model_train_info import TrainedModelTrainInfo
    from ..models.trained_model_user_meta import TrainedModelUserMeta


T = TypeVar("T", bound="TrainedModelSnippet")


@_attrs_define
class TrainedModelSnippet:
    """A trained model's summary: its ids, algorithm, dates and state, and its performance metrics
    at the top level (DSS's names: `auc`, `accuracy`, `f1`, `precision`, `recall`, `logLoss`
    for classification; `r2`, `mae`, `mse`, `rmse`, `evs`, `mape` for regression;
    `silhouette`, `inertia` for clustering; a k-fold cross-test adds each one's `...std`).

        Attributes:
            full_model_id (str | Unset): The model's full id.
            session_id (str | Unset): The session that trained it.
            algorithm (str | Unset): DSS's name of its algorithm (RANDOM_FOREST_CLASSIFICATION, ...).
            prediction_type (str | Unset): The prediction type of a prediction model.
            task_type (str | Unset): PREDICTION or CLUSTERING.
            backend_type (str | Unset): The engine that trained it.
            train_date (int | Unset): When its training ended (epoch ms).
            session_date (int | Unset): When its session started (epoch ms).
            train_info (TrainedModelTrainInfo | Unset): A model's training state and figures.
            user_meta (TrainedModelUserMeta | Unset): A model's name, description and labels, as users set them.
            auc (float | Unset): Area under the ROC curve on the held-out rows.
            accuracy (float | Unset): Accuracy on the held-out rows.
            precision (float | Unset): Precision on the held-out rows.
            recall (float | Unset): Recall on the held-out rows.
            f1 (float | Unset): F1 score on the held-out rows.
            log_loss (float | Unset): Log loss on the held-out rows.
            r2 (float | Unset): R² on the held-out rows.
            mae (float | Unset): Mean absolute error on the held-out rows.
            mse (float | Unset): Mean squared error on the held-out rows.
            rmse (float | Unset): Root mean squared error on the held-out rows.
    """

    full_model_id: str | Unset = UNSET
    session_id: str | Unset = UNSET
    algorithm: str | Unset = UNSET
    prediction_type: str | Unset = UNSET
    task_type: str | Unset = UNSET
    backend_type: str | Unset = UNSET
    train_date: int | Unset = UNSET
    session_date: int | Unset = UNSET
    train_info: TrainedModelTrainInfo | Unset = UNSET
    user_meta: TrainedModelUserMeta | Unset = UNSET
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
        full_model_id = self.full_model_id

        session_id = self.session_id

        algorithm = self.algorithm

        prediction_type = self.prediction_type

        task_type = self.task_type

        backend_type = self.backend_type

        train_date = self.train_date

        session_date = self.session_date

        train_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.train_info, Unset):
            train_info = self.train_info.to_dict()

        user_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_meta, Unset):
            user_meta = self.user_meta.to_dict()

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
        if full_model_id is not UNSET:
            field_dict["fullModelId"] = full_model_id
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if algorithm is not UNSET:
            field_dict["algorithm"] = algorithm
        if prediction_type is not UNSET:
            field_dict["predictionType"] = prediction_type
        if task_type is not UNSET:
            field_dict["taskType"] = task_type
        if backend_type is not UNSET:
            field_dict["backendType"] = backend_type
        if train_date is not UNSET:
            field_dict["trainDate"] = train_date
        if session_date is not UNSET:
            field_dict["sessionDate"] = session_date
        if train_info is not UNSET:
            field_dict["trainInfo"] = train_info
        if user_meta is not UNSET:
            field_dict["userMeta"] = user_meta
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
        from ..models.trained_model_train_info import TrainedModelTrainInfo
        from ..models.trained_model_user_meta import TrainedModelUserMeta

        d = dict(src_dict)
        full_model_id = d.pop("fullModelId", UNSET)

        session_id = d.pop("sessionId", UNSET)

        algorithm = d.pop("algorithm", UNSET)

        prediction_type = d.pop("predictionType", UNSET)

        task_type = d.pop("taskType", UNSET)

        backend_type = d.pop("backendType", UNSET)

        train_date = d.pop("trainDate", UNSET)

        session_date = d.pop("sessionDate", UNSET)

        _train_info = d.pop("trainInfo", UNSET)
        train_info: TrainedModelTrainInfo | Unset
        if isinstance(_train_info, Unset):
            train_info = UNSET
        else:
            train_info = TrainedModelTrainInfo.from_dict(_train_info)

        _user_meta = d.pop("userMeta", UNSET)
        user_meta: TrainedModelUserMeta | Unset
        if isinstance(_user_meta, Unset):
            user_meta = UNSET
        else:
            user_meta = TrainedModelUserMeta.from_dict(_user_meta)

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

        trained_model_snippet = cls(
            full_model_id=full_model_id,
            session_id=session_id,
            algorithm=algorithm,
            prediction_type=prediction_type,
            task_type=task_type,
            backend_type=backend_type,
            train_date=train_date,
            session_date=session_date,
            train_info=train_info,
            user_meta=user_meta,
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

        trained_model_snippet.additional_properties = d
        return trained_model_snippet

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
