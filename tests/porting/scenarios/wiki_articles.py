"""Write a project's wiki from a script: a home article with children, read back, edited and listed."""

import os

import dataikuapi

client = dataikuapi.DSSClient(os.environ["DKU_DSS_URL"], os.environ["DKU_API_KEY"])
project = client.get_project("DOCS")
wiki = project.get_wiki()

home = wiki.create_article("Home", content="# Welcome\n")
child = wiki.create_article("Runbook", parent_id=home.article_id, content="Restart the scenario.")

settings = wiki.get_settings()
settings.set_home_article_id(home.article_id)
settings.save()
assert wiki.get_settings().get_home_article_id() == home.article_id

data = child.get_data()
print(data.get_name(), "|", data.get_body())
data.set_body(data.get_body() + "\nThen check the logs.")
data.save()
assert child.get_data().get_body().endswith("Then check the logs.")

names = sorted(article.get_data().get_name() for article in wiki.list_articles())
print(names)
assert names == ["Home", "Runbook"], names

taxonomy = wiki.get_settings().get_taxonomy()
assert taxonomy[0]["id"] == home.article_id and taxonomy[0]["children"][0]["id"] == child.article_id, taxonomy
child.delete()
assert [a.get_data().get_name() for a in wiki.list_articles()] == ["Home"]
print("OK")
