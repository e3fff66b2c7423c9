from fastapi.testclient import TestClient
from app import app
def test_d(): assert True
def test_anonymous_gets_401():
    assert TestClient(app).get("/me").status_code == 401
