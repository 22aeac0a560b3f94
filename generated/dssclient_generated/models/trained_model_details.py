from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ml_task_preprocessing import MLTaskPreprocessing
    from ..models.trained_model_details_actual_params import (
        TrainedModelDetailsActualParams,
    )
    from ..models.trained_model_details_core_params import TrainedModelDetailsCoreParams
    from ..models.trained_model_details_facts import TrainedModelDetailsFacts
    from ..models.trained_model_details_iperf import TrainedModelDetailsIperf
    from ..models.trained_model_details_modeling import TrainedModelDetailsModeling
    from ..models.trained_model_details_perf import TrainedModelDetailsPerf
    from ..models.trained_model_details_sm_origin import TrainedModelDetailsSmOrigin
    from ..models.trained_model_details_split_desc import TrainedModelDetailsSplitDesc
    from ..models.trained_model_train_info import TrainedModelTrainInfo
    from ..models.trained_model_user_meta import TrainedModelUserMeta


T = TypeVar("T", bound="TrainedModelDetails")


@_attrs_define
class TrainedModelDetails:
    """A trained model's details.

    Attributes:
        full_model_id (str | Unset): The model's full id.
        sm_origin (TrainedModelDetailsSmOrigin | Unset): A saved model version's origin (versions deployed from an ML
            task only): the lab model it was deployed from. Other keys DSS may send here are not known (unverified).
        algorithm (str | Unset): DSS's name of its algorithm.
        core_params (TrainedModelDetailsCoreParams | Unset): The task's core parameters (task type, prediction type,
            target).
        perf (TrainedModelDetailsPerf | Unset): Its performance on the held-out rows (`metrics`; `tiMetrics` for
            classification).
        iperf (TrainedModelDetailsIperf | Unset): Its interpretation data (grid search cells, ...).
        train_info (TrainedModelTrainInfo | Unset): A model's training state and figures.
        modeling (TrainedModelDetailsModeling | Unset): The algorithm's settings it was trained with.
        actual_params (TrainedModelDetailsActualParams | Unset): The hyperparameters it was trained with, resolved.
        preprocessing (MLTaskPreprocessing | Unset): The features' handling.
        split_desc (TrainedModelDetailsSplitDesc | Unset): The split it was trained and tested on.
        user_meta (TrainedModelUserMeta | Unset): A model's name, description and labels, as users set them.
        facts (TrainedModelDetailsFacts | Unset): The clusters' facts of a clustering model.
    """

    full_model_id: str | Unset = UNSET
    sm_origin: TrainedModelDetailsSmOrigin | Unset = UNSET
    algorithm: str | Unset = UNSET
    core_params: TrainedModelDetailsCoreParams | Unset = UNSET
    perf: TrainedModelDetailsPerf | Unset = UNSET
    iperf: TrainedModelDetailsIperf | Unset = UNSET
    train_info: TrainedModelTrainInfo | Unset = UNSET
    modeling: TrainedModelDetailsModeling | Unset = UNSET
    actual_params: TrainedModelDetailsActualParams | Unset = UNSET
    preprocessing: MLTaskPreprocessing | Unset = UNSET
    split_desc: TrainedModelDetailsSplitDesc | Unset = UNSET
    user_meta: TrainedModelUserMeta | Unset = UNSET
    facts: TrainedModelDetailsFacts | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        full_model_id = self.full_model_id

        sm_origin: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sm_origin, Unset):
            sm_origin = self.sm_origin.to_dict()

        algorithm = self.algorithm

        core_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.core_params, Unset):
            core_params = self.core_params.to_dict()

        perf: dict[str, Any] | Unset = UNSET
        if not isinstance(self.perf, Unset):
            perf = self.perf.to_dict()

        iperf: dict[str, Any] | Unset = UNSET
        if not isinstance(self.iperf, Unset):
            iperf = self.iperf.to_dict()

        train_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.train_info, Unset):
            train_info = self.train_info.to_dict()

        modeling: dict[str, Any] | Unset = UNSET
        if not isinstance(self.modeling, Unset):
            modeling = self.modeling.to_dict()

        actual_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actual_params, Unset):
            actual_params = self.actual_params.to_dict()

        preprocessing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preprocessing, Unset):
            preprocessing = self.preprocessing.to_dict()

        split_desc: dict[str, Any] | Unset = UNSET
        if not isinstance(self.split_desc, Unset):
            split_desc = self.split_desc.to_dict()

        user_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_meta, Unset):
            user_meta = self.user_meta.to_dict()

        facts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.facts, Unset):
            facts = self.facts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if full_model_id is not UNSET:
            field_dict["fullModelId"] = full_model_id
        if sm_origin is not UNSET:
            field_dict["smOrigin"] = sm_origin
        if algorithm is not UNSET:
            field_dict["algorithm"] = algorithm
        if core_params is not UNSET:
            field_dict["coreParams"] = core_params
        if perf is not UNSET:
            field_dict["perf"] = perf
        if iperf is not UNSET:
            field_dict["iperf"] = iperf
        if train_info is not UNSET:
            field_dict["trainInfo"] = train_info
        if modeling is not UNSET:
            field_dict["modeling"] = modeling
        if actual_params is not UNSET:
            field_dict["actualParams"] = actual_params
        if preprocessing is not UNSET:
            field_dict["preprocessing"] = preprocessing
        if split_desc is not UNSET:
            field_dict["splitDesc"] = split_desc
        if user_meta is not UNSET:
            field_dict["userMeta"] = user_meta
        if facts is not UNSET:
            field_dict["facts"] = facts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ml_task_preprocessing import MLTaskPreprocessing
        from ..models.trained_model_details_actual_params import (
            TrainedModelDetailsActualParams,
        )
        from ..models.trained_model_details_core_params import (
            TrainedModelDetailsCoreParams,
        )
        from ..models.trained_model_details_facts import TrainedModelDetailsFacts
        from ..models.trained_model_details_iperf import TrainedModelDetailsIperf
        from ..models.trained_model_details_modeling import TrainedModelDetailsModeling
        from ..models.trained_model_details_perf import TrainedModelDetailsPerf
        from ..models.trained_model_details_sm_origin import TrainedModelDetailsSmOrigin
        from ..models.trained_model_details_split_desc import (
            TrainedModelDetailsSplitDesc,
        )
        from ..models.trained_model_train_info import TrainedModelTrainInfo
        from ..models.trained_model_user_meta import TrainedModelUserMeta

        d = dict(src_dict)
        full_model_id = d.pop("fullModelId", UNSET)

        _sm_origin = d.pop("smOrigin", UNSET)
        sm_origin: TrainedModelDetailsSmOrigin | Unset
        if isinstance(_sm_origin, Unset):
            sm_origin = UNSET
        else:
            sm_origin = TrainedModelDetailsSmOrigin.from_dict(_sm_origin)

        algorithm = d.pop("algorithm", UNSET)

        _core_params = d.pop("coreParams", UNSET)
        core_params: TrainedModelDetailsCoreParams | Unset
        if isinstance(_core_params, Unset):
            core_params = UNSET
        else:
            core_params = TrainedModelDetailsCoreParams.from_dict(_core_params)

        _perf = d.pop("perf", UNSET)
        perf: TrainedModelDetailsPerf | Unset
        if isinstance(_perf, Unset):
            perf = UNSET
        else:
            perf = TrainedModelDetailsPerf.from_dict(_perf)

        _iperf = d.pop("iperf", UNSET)
        iperf: TrainedModelDetailsIperf | Unset
        if isinstance(_iperf, Unset):
            iperf = UNSET
        else:
            iperf = TrainedModelDetailsIperf.from_dict(_iperf)

        _train_info = d.pop("trainInfo", UNSET)
        train_info: TrainedModelTrainInfo | Unset
        if isinstance(_train_info, Unset):
            train_info = UNSET
        else:
            train_info = TrainedModelTrainInfo.from_dict(_train_info)

        _modeling = d.pop("modeling", UNSET)
        modeling: TrainedModelDetailsModeling | Unset
        if isinstance(_modeling, Unset):
            modeling = UNSET
        else:
            modeling = TrainedModelDetailsModeling.from_dict(_modeling)

        _actual_params = d.pop("actualParams", UNSET)
        actual_params: TrainedModelDetailsActualParams | Unset
        if isinstance(_actual_params, Unset):
            actual_params = UNSET
        else:
            actual_params = TrainedModelDetailsActualParams.from_dict(_actual_params)

        _preprocessing = d.pop("preprocessing", UNSET)
        preprocessing: MLTaskPreprocessing | Unset
        if isinstance(_preprocessing, Unset):
            preprocessing = UNSET
        else:
            preprocessing = MLTaskPreprocessing.from_dict(_preprocessing)

        _split_desc = d.pop("splitDesc", UNSET)
        split_desc: TrainedModelDetailsSplitDesc | Unset
        if isinstance(_split_desc, Unset):
            split_desc = UNSET
        else:
            split_desc = TrainedModelDetailsSplitDesc.from_dict(_split_desc)

        _user_meta = d.pop("userMeta", UNSET)
        user_meta: TrainedModelUserMeta | Unset
        if isinstance(_user_meta, Unset):
            user_meta = UNSET
        else:
            user_meta = TrainedModelUserMeta.from_dict(_user_meta)

        _facts = d.pop("facts", UNSET)
        facts: TrainedModelDetailsFacts | Unset
        if isinstance(_facts, Unset):
            facts = UNSET
        else:
            facts = TrainedModelDetailsFacts.from_dict(_facts)

        trained_model_details = cls(
            full_model_id=full_model_id,
            sm_origin=sm_origin,
            algorithm=algorithm,
            core_params=core_params,
            perf=perf,
            iperf=iperf,
            train_info=train_info,
            modeling=modeling,
            actual_params=actual_params,
            preprocessing=preprocessing,
            split_desc=split_desc,
            user_meta=user_meta,
            facts=facts,
        )

        trained_model_details.additional_properties = d
        return trained_model_details

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
