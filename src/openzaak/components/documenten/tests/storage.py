"""A fixture that gives each test its own, empty document storage (a temporary directory),
so no test writes into DOCUMENTEN_STORAGE_ROOT. The three registers' conftests use it."""

import pytest


@pytest.fixture(autouse=True)
def documenten_storage_root(tmp_path, settings):
    root = tmp_path / "documenten"
    settings.STORAGES = {
        **settings.STORAGES,
        "documenten": {**settings.STORAGES["documenten"], "OPTIONS": {"location": str(root)}},
    }
    return root
