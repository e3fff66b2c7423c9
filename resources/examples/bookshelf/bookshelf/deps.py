"""The project's dependencies: a yield dependency for the store, a class dependency for
paging, OAuth2 bearer security and an app-level request counter."""
from typing import Dict, Iterator, List

from fastapi import Depends, Header, HTTPException, Query
from fastapi.security import OAuth2PasswordBearer

from bookshelf.models import User

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/token")

TOKENS = {"reader-token": User(username="ada", role="reader"),
          "admin-token": User(username="root", role="admin")}


class Store:
    def __init__(self, books: Dict[int, dict]) -> None:
        self.books = books
        self.closed = False

    def add(self, book: dict) -> dict:
        book = dict(book, id=max(self.books, default=0) + 1, internal_note="not for clients")
        self.books[book["id"]] = book
        return book


_BOOKS: Dict[int, dict] = {
    1: {"id": 1, "title": "Middlemarch", "author": {"name": "George Eliot", "born": 1819},
        "genre": "novel", "tags": ["classic"], "price": 12.5, "internal_note": "restock"},
}


def get_store() -> Iterator[Store]:
    """The shelf, opened per request and closed after the response."""
    store = Store(_BOOKS)
    try:
        yield store
    finally:
        store.closed = True


class Pagination:
    """?skip=&limit= for every list route."""

    def __init__(self, skip: int = Query(0, ge=0), limit: int = Query(10, ge=1, le=50)) -> None:
        self.skip = skip
        self.limit = limit

    def page(self, items: List[dict]) -> List[dict]:
        return items[self.skip:self.skip + self.limit]


def get_current_user(token: str = Depends(oauth2_scheme)) -> User:
    """The user a bearer token belongs to."""
    user = TOKENS.get(token)
    if user is None:
        raise HTTPException(401, "Invalid token", headers={"WWW-Authenticate": "Bearer"})
    return user


REQUESTS = {"count": 0}


def count_requests(x_client: str = Header("anonymous")) -> None:
    """App-level: counts every request and who sent it."""
    REQUESTS["count"] += 1
