def test_view_an_item(client):
    assert client.get("/items/7").json()["id"] == 7  # leaves 7 in RECENTLY_VIEWED


def test_first_view_has_no_history(client):
    assert client.get("/items/1").json()["recently_viewed"] == [1]
