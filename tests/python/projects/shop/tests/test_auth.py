from shop import app, get_user


def fake_admin() -> str:
    return "admin"


class TestAdmin:
    def test_admin_override_cleared(self, client):
        app.dependency_overrides[get_user] = fake_admin
        try:
            assert client.get("/me").status_code == 200
        finally:
            app.dependency_overrides.pop(get_user)

    def test_admin_sees_their_name(self, client):
        app.dependency_overrides[get_user] = fake_admin  # never cleared: leaks
        assert client.get("/me").json() == {"user": "admin"}


def test_anonymous_gets_401(client):
    assert client.get("/me").status_code == 401
