"""A FastAPI app written the way application code usually is, not to cover a list: routers with
prefixes and dependencies, class dependencies that add query parameters, aliases, list headers,
cookies, embedded and multiple body parameters, sets, tuples, nested optional lists, times and
durations, IP addresses, secrets. Its answers are the oracle for `api-replay requests --openapi`
on the document it writes (FastAPI 0.92, Pydantic 1.10)."""
from datetime import date, datetime, time, timedelta
from enum import Enum
from ipaddress import IPv4Address
from typing import Dict, List, Optional, Set, Tuple

from fastapi import APIRouter, Body, Cookie, Depends, FastAPI, Header, Path, Query
from pydantic import BaseModel, Field, SecretStr, conlist, constr

app = FastAPI(title="Todo", version="3.4.1")


class Priority(str, Enum):
    low = "low"
    high = "high"


class Pagination:
    def __init__(self, page: int = Query(1, ge=1), size: int = Query(20, ge=1, le=100)):
        self.page, self.size = page, size


def tenant(x_tenant: str = Header(..., min_length=2), session: Optional[str] = Cookie(None)):
    return x_tenant


class Step(BaseModel):
    title: constr(strip_whitespace=True, min_length=1)
    done: bool = False
    estimate: Optional[timedelta] = None


class Todo(BaseModel):
    title: str = Field(..., min_length=3, max_length=80)
    priority: Priority = Priority.low
    due: Optional[date] = None
    remind_at: Optional[time] = None
    labels: Set[str] = set()
    steps: Optional[List[Step]] = None
    position: Tuple[int, int] = (0, 0)
    scores: Dict[str, List[float]] = {}
    owner_ip: Optional[IPv4Address] = None
    secret: Optional[SecretStr] = None
    tags: conlist(str, min_items=0, max_items=3) = []


router = APIRouter(prefix="/v1/todos", tags=["todos"], dependencies=[Depends(tenant)])


@router.get("/")
def list_todos(paging: Pagination = Depends(), q: Optional[str] = Query(None, alias="search-text"),
               status: List[str] = Query([]), since: Optional[datetime] = None):
    return []


@router.post("/", status_code=201)
def create_todo(todo: Todo):
    return {"title": todo.title}


@router.get("/{todo_id}")
def read_todo(todo_id: int = Path(..., gt=0), verbose: bool = False):
    return {"id": todo_id}


@router.put("/{todo_id}/priority")
def set_priority(todo_id: int, priority: Priority = Body(..., embed=True)):
    return {"id": todo_id, "priority": priority}


@router.patch("/{todo_id}")
def move(todo_id: int, todo: Todo, position: int = Body(..., ge=0), note: str = Body("")):
    return {"id": todo_id}


@app.get("/calendar/{day}")
def day_view(day: date, tz: str = Query("UTC", regex=r"^[A-Za-z_/]+$"),
             x_request_id: Optional[List[str]] = Header(None)):
    return {"day": day}


@app.get("/priorities/{level}")
def by_priority(level: Priority, ratio: float = Query(0.5, gt=0, le=1)):
    return {"level": level}


app.include_router(router)
