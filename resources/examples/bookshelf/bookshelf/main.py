"""The bookshelf app: `api-replay requests --asgi bookshelf.main:app`."""
from fastapi import Depends, FastAPI, HTTPException

from bookshelf.deps import Store, count_requests, get_current_user, get_store
from bookshelf.models import User
from bookshelf.routers import auth, books

app = FastAPI(title="bookshelf", version="0.1.0", dependencies=[Depends(count_requests)])
app.include_router(auth.router)
app.include_router(books.router)


@app.get("/health")
def health():
    return {"status": "ok"}


# -- doubles: what the window's dropdowns and --override DEP=DOUBLE offer ----------------

def empty_store():
    """An empty shelf."""
    yield Store({})


def big_store():
    """A shelf of 60 books, for paging."""
    yield Store({i: {"id": i, "title": f"Book {i}", "author": {"name": "Anon", "born": None},
                     "genre": "essay", "tags": [], "price": 1.0} for i in range(1, 61)})


def fake_admin() -> User:
    """An admin, without a token."""
    return User(username="root", role="admin")


def fake_reader() -> User:
    """A reader, without a token."""
    return User(username="ada", role="reader")


def anonymous() -> User:
    """Nobody: 401 as a missing token gives."""
    raise HTTPException(401, "Not authenticated", headers={"WWW-Authenticate": "Bearer"})


DOUBLES = {
    "get_store": {"empty_store": empty_store, "big_store": big_store},
    "get_current_user": {"fake_admin": fake_admin, "fake_reader": fake_reader,
                         "anonymous": anonymous},
}
