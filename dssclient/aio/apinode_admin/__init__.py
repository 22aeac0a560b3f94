"""The official module paths of the API node's admin handles (``dataikuapi.apinode_admin``)."""
