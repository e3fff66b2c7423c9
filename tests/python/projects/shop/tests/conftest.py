import os
import pathlib
from typing import Iterator

import pytest
from fastapi.testclient import TestClient


@pytest.fixture(scope="session", autouse=True)
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[pathlib.Path]:
    path = tmp_path_factory.mktemp("db") / "shop.db"
    os.environ["SHOP_DB"] = str(path)
    import shop
    shop.DATABASE = str(path)
    yield path


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    from shop import app
    with TestClient(app) as c:
        yield c
