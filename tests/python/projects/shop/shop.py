"""A small FastAPI shop whose test suite leaks three ways (see tests/): a dependency override
never cleared, module-level state, and a database row; and has a test that is flaky by seed."""
import os
import sqlite3
from typing import Dict, Iterator, List

from fastapi import Depends, FastAPI, HTTPException

DATABASE = os.environ.get("SHOP_DB", "shop.db")
RECENTLY_VIEWED: List[int] = []  # module-level state: a process-wide cache
app = FastAPI()
started: Dict[str, bool] = {"yes": False}


@app.on_event("startup")
def create_tables() -> None:
    started["yes"] = True
    with sqlite3.connect(DATABASE) as db:
        db.execute("CREATE TABLE IF NOT EXISTS orders (id INTEGER PRIMARY KEY, item TEXT)")


def get_db() -> Iterator[sqlite3.Connection]:
    db = sqlite3.connect(DATABASE)
    try:
        yield db
    finally:
        db.close()


def get_user() -> str:
    return "anonymous"


@app.get("/me")
def me(user: str = Depends(get_user)) -> Dict[str, str]:
    if user == "anonymous":
        raise HTTPException(401, "Not authenticated")
    return {"user": user}


@app.get("/items/{item_id}")
def view(item_id: int) -> Dict[str, object]:
    RECENTLY_VIEWED.append(item_id)
    return {"id": item_id, "recently_viewed": RECENTLY_VIEWED}


@app.post("/orders")
def order(item: str, db: sqlite3.Connection = Depends(get_db)) -> Dict[str, int]:
    cursor = db.execute("INSERT INTO orders (item) VALUES (?)", (item,))
    db.commit()
    return {"id": int(cursor.lastrowid or 0)}


@app.get("/orders/count")
def count(db: sqlite3.Connection = Depends(get_db)) -> Dict[str, int]:
    return {"count": db.execute("SELECT count(*) FROM orders").fetchone()[0]}
