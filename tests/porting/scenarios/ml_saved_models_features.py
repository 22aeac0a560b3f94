"""A published script that lists, for a set of projects, the input features of every saved model
(through the ML task each was deployed from)."""

import os

import dataikuapi

project_list = ["MLFEAT"]

full_feature_list = []

client = dataikuapi.DSSClient(os.environ["DKU_DSS_URL"], os.environ["DKU_API_KEY"])
for curr_project in project_list:
    project = client.get_project(curr_project)
    saved_model_list = project.list_saved_models()
    for curr_model in saved_model_list:
        saved_model = project.get_saved_model(curr_model["id"])
        origin_ml_task = saved_model.get_origin_ml_task()
        dict_of_features = origin_ml_task.get_settings().get_raw()["preprocessing"]["per_feature"]
        for f_id, f_info in dict_of_features.items():
            for key in f_info:
                if key == "role":
                    if f_info[key] == "INPUT":
                        full_feature_list.append(f_id)

mylist = list(dict.fromkeys(full_feature_list))
mylist.sort()
print(mylist)
assert mylist == ["plan", "tenure"], mylist
print("OK")
