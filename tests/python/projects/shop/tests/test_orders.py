import pytest


def test_place_an_order(client):
    assert client.post("/orders", params={"item": "tea"}).status_code == 200  # row left behind


def test_no_orders_yet(client):
    assert client.get("/orders/count").json() == {"count": 0}


@pytest.mark.xfail(reason="refunds are not written yet")
def test_refund(client):
    assert client.delete("/orders/1").status_code == 200
