from .storage import documenten_storage_root  # noqa: F401
