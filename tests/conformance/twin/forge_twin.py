"""The forge app of shared/design/forge-app.md on real FastAPI, Starlette and Pydantic.

This is the oracle of the differential tests: Debian 12's python3-fastapi (0.92) with
Pydantic 1.10, i.e. the "v1" error style. Every route, model, dependency and double of the
contract is here with the same names, so exported pytest suites can import them.
"""
import os
import sqlite3
import time
import uuid
from typing import List, Optional

import jwt
from fastapi import BackgroundTasks, Depends, FastAPI, HTTPException, Query, Request, WebSocket
from fastapi.responses import JSONResponse, Response
from fastapi.security import OAuth2PasswordBearer
from pydantic import BaseModel, Field, constr, validator

SCHEMA = [
    "CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, username TEXT NOT NULL UNIQUE, "
    "email TEXT NOT NULL, full_name TEXT, age INTEGER, tags TEXT NOT NULL DEFAULT '[]', "
    "role TEXT NOT NULL DEFAULT 'user', password TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS outbox (id INTEGER PRIMARY KEY, recipient TEXT NOT NULL, "
    "subject TEXT NOT NULL, body TEXT NOT NULL)",
]
SEED = ("INSERT OR IGNORE INTO users (id, username, email, role, password) "
        "VALUES (1, 'admin', 'admin@forge.io', 'admin', 'admin')")


def create_all(conn):
    for statement in SCHEMA:
        conn.execute(statement)
    conn.execute(SEED)


class TestScope:
    """State of one test: the sqlite_memory database, the rollback savepoint, recorded mail."""

    def __init__(self):
        self.memory = None
        self.rollback = None  # the connection holding the rollback_session savepoint
        self.mails = []

    def end(self, app_db):
        # A connection closed since (shutdown) already discarded the savepoint.
        if self.rollback and app_db is not None and app_db is self.rollback:
            app_db.execute("ROLLBACK TO SAVEPOINT rollback_session")
            app_db.execute("RELEASE SAVEPOINT rollback_session")
        if self.memory is not None:
            self.memory.close()
        self.__init__()


scope = TestScope()
_scope_owner = [None]


def current_scope():
    """The test scope of the running test. Under pytest, a new test (PYTEST_CURRENT_TEST)
    ends the previous scope, so sqlite_memory and rollback_session are per test there too."""
    test = os.environ.get("PYTEST_CURRENT_TEST", "").rsplit(" (", 1)[0]
    if test and test != _scope_owner[0]:
        if _scope_owner[0] is not None:
            scope.end(app.state.db)
        _scope_owner[0] = test
    return scope


class NotFoundError(Exception):
    pass


class UserCreate(BaseModel):
    username: str = Field(..., min_length=3, max_length=32, regex=r"^[a-z0-9_]+$")
    email: str
    full_name: Optional[str] = Field(None, max_length=64)
    age: Optional[int] = Field(None, ge=0, le=150)
    tags: List[constr(min_length=1, max_length=16)] = Field([], max_items=5)

    @validator("email")
    def check_email(cls, v):
        local, at, domain = v.partition("@")
        if not at or not local or "@" in domain or not domain or "." not in domain:
            raise ValueError("value is not a valid email address")
        return v



class Login(BaseModel):
    username: str
    password: str


class Dimensions(BaseModel):
    width: float = Field(..., gt=0)
    height: float = Field(..., gt=0)


class ItemCreate(BaseModel):
    name: str = Field(..., min_length=1, max_length=50)
    price: float = Field(..., gt=0)
    quantity: int = Field(1, ge=0)
    in_stock: bool = True
    dimensions: Optional[Dimensions] = None


class User(BaseModel):
    id: int
    username: str
    role: str


app = FastAPI(title="forge", version="1.0.4")
app.state.db = None


@app.on_event("startup")
def startup():
    conn = sqlite3.connect(os.environ.get("FORGE_DB", "forge.db"), check_same_thread=False,
                           isolation_level=None)
    conn.row_factory = sqlite3.Row
    create_all(conn)
    app.state.db = conn


@app.on_event("shutdown")
def shutdown():
    if app.state.db is not None:
        app.state.db.close()
        app.state.db = None


@app.middleware("http")
async def trace_id(request: Request, call_next):
    response = await call_next(request)
    response.headers["X-Trace-ID"] = str(uuid.uuid4())
    return response


@app.exception_handler(NotFoundError)
async def not_found_handler(request: Request, exc: NotFoundError):
    return JSONResponse(status_code=404, content={"error": "not_found", "detail": str(exc)})


# -- dependencies and their doubles ------------------------------------------------------

def get_settings():
    return {"debug": False, "database_url": "sqlite:///forge.db", "jwt_secret": "change-me",
            "token_minutes": 30}


def debug_settings():
    return dict(get_settings(), debug=True)


def get_db(settings: dict = Depends(get_settings)):
    if app.state.db is None:
        raise RuntimeError("database not initialised")
    # One transaction per request. The exit runs after the background tasks, so the user row and
    # the welcome mail's outbox row are committed together, or rolled back together.
    db = app.state.db
    db.execute("SAVEPOINT forge_request")
    try:
        yield db
    except BaseException:
        db.execute("ROLLBACK TO SAVEPOINT forge_request")
        db.execute("RELEASE SAVEPOINT forge_request")
        raise
    db.execute("RELEASE SAVEPOINT forge_request")


def sqlite_memory():
    scope = current_scope()
    if scope.memory is None:
        conn = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        conn.row_factory = sqlite3.Row
        create_all(conn)
        scope.memory = conn
    yield scope.memory


def rollback_session():
    scope = current_scope()
    if app.state.db is None:
        raise RuntimeError("database not initialised")
    if scope.rollback is not app.state.db:
        app.state.db.execute("SAVEPOINT rollback_session")
        scope.rollback = app.state.db
    yield app.state.db


def mock_session():
    yield "MockSessionObject"


oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/forge/token")


def get_token(token: str = Depends(oauth2_scheme)):
    return token


def unauthorized(detail):
    return HTTPException(status_code=401, detail=detail, headers={"WWW-Authenticate": "Bearer"})


def get_current_user(token: str = Depends(get_token), db=Depends(get_db),
                     settings: dict = Depends(get_settings)):
    try:
        payload = jwt.decode(token, settings["jwt_secret"], algorithms=["HS256"])
    except jwt.PyJWTError:
        raise unauthorized("Could not validate credentials")
    sub = payload.get("sub")
    if not isinstance(sub, str):
        raise unauthorized("Could not validate credentials")
    row = db.execute("SELECT id, username, role FROM users WHERE username = ?", (sub,)).fetchone()
    if row is None:
        raise unauthorized("Could not validate credentials")
    return User(id=row["id"], username=row["username"], role=row["role"])


def fake_admin():
    return User(id=1, username="admin", role="admin")


def fake_user():
    return User(id=2, username="user", role="user")


def anonymous():
    raise unauthorized("Not authenticated")


class OutboxMailer:
    def __init__(self, db):
        self.db = db

    def send(self, to, subject, body):
        self.db.execute("INSERT INTO outbox (recipient, subject, body) VALUES (?, ?, ?)",
                        (to, subject, body))


class RecordingMailer:
    def send(self, to, subject, body):
        current_scope().mails.append({"to": to, "subject": subject, "body": body})


class FailingMailer:
    def send(self, to, subject, body):
        raise ConnectionRefusedError("mail server unavailable")


def get_mailer(db=Depends(get_db)):
    return OutboxMailer(db)


def recording_mailer():
    return RecordingMailer()


def failing_mailer():
    return FailingMailer()


# The doubles each dependency may take, by dependency name: the DOUBLES dict that
# `api-replay --asgi forge_twin:app` reads (shared/design/targets.md).
DOUBLES = {
    "get_settings": {"debug_settings": debug_settings},
    "get_db": {"sqlite_memory": sqlite_memory, "rollback_session": rollback_session,
               "mock_session": mock_session},
    "get_current_user": {"fake_admin": fake_admin, "fake_user": fake_user,
                         "anonymous": anonymous},
    "get_mailer": {"recording_mailer": recording_mailer, "failing_mailer": failing_mailer},
}


# -- routes ----------------------------------------------------------------------------

def user_json(row):
    import json
    return {"id": row["id"], "username": row["username"], "email": row["email"],
            "full_name": row["full_name"], "age": row["age"], "tags": json.loads(row["tags"])}


USER_COLUMNS = "id, username, email, full_name, age, tags"


@app.get("/forge/health", status_code=200)
async def health_check():
    return {"status": "operational", "version": "1.0.4"}


@app.post("/forge/token")
def login(credentials: Login, db=Depends(get_db), settings: dict = Depends(get_settings)):
    row = db.execute("SELECT username FROM users WHERE username = ? AND password = ?",
                     (credentials.username, credentials.password)).fetchone()
    if row is None:
        raise HTTPException(status_code=401, detail="Incorrect username or password")
    exp = int(time.time()) + settings["token_minutes"] * 60
    token = jwt.encode({"sub": row["username"], "exp": exp}, settings["jwt_secret"],
                       algorithm="HS256")
    return {"access_token": token, "token_type": "bearer"}


@app.post("/forge/users", status_code=201)
def create_user(user: UserCreate, background_tasks: BackgroundTasks, db=Depends(get_db),
                mailer=Depends(get_mailer)):
    import json
    if db.execute("SELECT id FROM users WHERE username = ?", (user.username,)).fetchone():
        raise HTTPException(status_code=409, detail="Username already registered")
    try:
        cur = db.execute(
            "INSERT INTO users (username, email, full_name, age, tags, role, password) "
            "VALUES (?, ?, ?, ?, ?, 'user', 'secret')",
            (user.username, user.email, user.full_name, user.age,
             json.dumps(user.tags, ensure_ascii=False, separators=(",", ":"))))
    except sqlite3.IntegrityError:
        raise HTTPException(status_code=409, detail="Username already registered")
    row = db.execute(f"SELECT {USER_COLUMNS} FROM users WHERE id = ?", (cur.lastrowid,)).fetchone()
    background_tasks.add_task(mailer.send, user.email, "Welcome to forge", f"Hello {user.username}!")
    return user_json(row)


@app.get("/forge/users")
def list_users(skip: int = Query(0, ge=0), limit: int = Query(10, ge=1, le=100),
               db=Depends(get_db)):
    rows = db.execute(f"SELECT {USER_COLUMNS} FROM users ORDER BY id LIMIT ? OFFSET ?",
                      (limit, skip)).fetchall()
    return [user_json(r) for r in rows]


@app.get("/forge/users/{user_id}")
def read_user(user_id: int, db=Depends(get_db)):
    row = db.execute(f"SELECT {USER_COLUMNS} FROM users WHERE id = ?", (user_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"User {user_id} not found")
    return user_json(row)


@app.delete("/forge/users/{user_id}", status_code=204)
def delete_user(user_id: int, db=Depends(get_db), current: User = Depends(get_current_user)):
    if current.role != "admin":
        raise HTTPException(status_code=403, detail="Admin role required")
    if db.execute("SELECT id FROM users WHERE id = ?", (user_id,)).fetchone() is None:
        raise NotFoundError(f"User {user_id} not found")
    db.execute("DELETE FROM users WHERE id = ?", (user_id,))
    return Response(status_code=204)


@app.get("/forge/items/{item_id}")
async def read_item(item_id: int, q: Optional[str] = Query(None, max_length=50)):
    if item_id <= 0:
        raise NotFoundError(f"Item {item_id} not found")
    out = {"id": item_id, "name": "widget"}
    if q is not None:
        out["q"] = q
    return out


@app.post("/forge/items", status_code=201)
async def create_item(item: ItemCreate):
    return dict(item.dict(), id=1)


@app.get("/forge/me")
def read_me(user: User = Depends(get_current_user)):
    return user.dict()


@app.get("/forge/admin/dashboard")
def admin_dashboard(user: User = Depends(get_current_user), db=Depends(get_db)):
    if user.role != "admin":
        raise HTTPException(status_code=403, detail="Admin role required")
    return {"users": db.execute("SELECT count(*) FROM users").fetchone()[0]}


@app.get("/crash")
async def crash():
    raise RuntimeError("Unexpected!")


@app.websocket("/forge/ws/echo")
async def ws_echo(websocket: WebSocket):
    await websocket.accept()
    while True:
        text = await websocket.receive_text()
        if text == "bye":
            await websocket.close(code=1000)
            return
        await websocket.send_json({"echo": text})
