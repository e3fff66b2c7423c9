import random


def test_random_is_reseeded_per_test():
    # With --seed, random starts from the seed before every test (as pytest-randomly).
    print("RANDOM", random.random())


def test_broken_alone():
    assert 1 == 2
