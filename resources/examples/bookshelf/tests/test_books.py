from bookshelf.deps import get_current_user, get_store
from bookshelf.main import big_store, fake_admin


def test_health(client):
    assert client.get("/health").json() == {"status": "ok"}


def test_list_hides_internal_fields(client):
    books = client.get("/books").json()
    assert books[0]["title"] == "Middlemarch"
    assert "internal_note" not in books[0]


def test_paging_is_validated(client):
    r = client.get("/books", params={"limit": 0})
    assert r.status_code == 422
    assert r.json()["detail"][0]["loc"] == ["query", "limit"]


def test_paging_with_a_big_store(client):
    client.app.dependency_overrides[get_store] = big_store
    assert len(client.get("/books", params={"skip": 50}).json()) == 10


def test_unknown_genre_is_422(client):
    assert client.get("/books/genre/comics").status_code == 422


def test_adding_needs_a_token(client):
    r = client.post("/books", json={"title": "X", "author": {"name": "Y"}, "price": 3})
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"


def test_admin_adds_a_book(client):
    client.app.dependency_overrides[get_current_user] = fake_admin
    r = client.post("/books", json={"title": "Odes", "author": {"name": "Keats", "born": 1795},
                                    "genre": "poetry", "price": 9.5})
    assert r.status_code == 201
    assert r.json()["genre"] == "poetry"
