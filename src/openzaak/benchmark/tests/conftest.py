from openzaak.components.documenten.tests.storage import documenten_storage_root  # noqa: F401
