import random


def test_flaky_by_seed():
    # With --seed, `random` is reseeded before each test: the outcome follows the seed.
    assert random.random() < 0.5


def test_lifespan_not_run():
    from fastapi.testclient import TestClient
    import shop
    TestClient(shop.app).get("/me")  # outside `with`: the startup handler never runs
