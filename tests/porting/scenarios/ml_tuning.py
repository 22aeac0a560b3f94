"""The tuning samples of DSS's "Visual Machine learning" page, one after the other on one task:
features on and off, a feature's preprocessing, the hyperparameter search, an algorithm's
hyperparameters (numerical, single-valued, categorical); then training with them."""

import os

import dataikuapi

client = dataikuapi.DSSClient(os.environ["DKU_DSS_URL"], os.environ["DKU_API_KEY"])
p = client.get_project("MLTUNE")
mltask = p.create_prediction_ml_task("people", "label")
analysis_id, mltask_id = mltask.analysis_id, mltask.mltask_id
mltask = p.get_ml_task(analysis_id, mltask_id)

# Enabling and disabling features
settings = mltask.get_settings()
settings.reject_feature("useless")
settings.use_feature("city")
settings.save()

# Changing advanced parameters for a feature
settings = mltask.get_settings()
fs = settings.get_feature_preprocessing("city")
fs["category_handling"] = "DUMMIFY"
fs["missing_handling"] = "IMPUTE"
fs["missing_impute_with"] = "MODE"
settings.save()

# Global parameters for hyperparameter search
settings = mltask.get_settings()
hp_search_settings = settings.get_hyperparameter_search_settings()
hp_search_settings.strategy = "RANDOM"
hp_search_settings.set_random_search(seed=1234)
hp_search_settings.validation_mode = "KFOLD"
hp_search_settings.set_kfold_validation(n_folds=5, stratified=True)
settings.save()

# Algorithm specific hyperparameter search
settings = mltask.get_settings()
rf_settings = settings.get_algorithm_settings("RANDOM_FOREST_CLASSIFICATION")
print(sorted(rf_settings.keys())[:3])
print(type(rf_settings.n_estimators).__name__)
rf_settings.n_estimators.definition_mode = "EXPLICIT"
rf_settings.n_estimators.values = [100, 200]
rf_settings.n_estimators.set_explicit_values([100, 200])
rf_settings.n_estimators.definition_mode = "RANGE"
rf_settings.n_estimators.range.min = 10
rf_settings.n_estimators.range.max = 100
rf_settings.n_estimators.range.nb_values = 5
rf_settings.n_estimators.set_range(min=10, max=100, nb_values=5)
print(type(rf_settings.selection_mode).__name__)
rf_settings.selection_mode = "sqrt"
settings.save()

settings = mltask.get_settings()
logit_settings = settings.get_algorithm_settings("LOGISTIC_REGRESSION")
print(logit_settings.penalty.get_values())
print(sorted(logit_settings.penalty.get_all_possible_values()))
logit_settings.penalty = ["l1", "l2"]
logit_settings.penalty.set_values(["l1", "l2"])
settings.save()

# What was saved is what is read back.
raw = mltask.get_settings().get_raw()
assert raw["preprocessing"]["per_feature"]["useless"]["role"] == "REJECT"
assert raw["preprocessing"]["per_feature"]["city"]["missing_impute_with"] == "MODE"
again = mltask.get_settings()
assert sorted(again.get_algorithm_settings("LOGISTIC_REGRESSION").penalty.get_values()) == ["l1", "l2"]
assert again.get_algorithm_settings("RANDOM_FOREST_CLASSIFICATION").selection_mode.get_value() == "sqrt"
assert again.get_hyperparameter_search_settings().validation_mode == "KFOLD"
print("OK")
