import pytest
from fastapi.testclient import TestClient

from bookshelf.main import app


@pytest.fixture
def client():
    with TestClient(app) as c:
        yield c
    app.dependency_overrides.clear()
