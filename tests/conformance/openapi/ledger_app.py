"""A bookkeeping API for the OpenAPI target's differential test: the types and constraints the
other apps leave out. Constrained lists and floats (multiple_of 0.05), positive and negative
numbers, durations (timedelta), dictionaries of models, extra fields forbidden, field aliases,
stripped strings, integer enums in bodies, path parameters that take slashes, deprecated and
aliased query parameters, HTTP Basic and an OAuth2 flow with scopes.

Left out because a FastAPI 0.92 document cannot tell them apart (the README lists them):
StrictStr/StrictInt/StrictBool (written as the plain type), Decimal and condecimal (written as
"number", without digits or places), IntEnum (checked as an int first, where an (int, Enum) is
not; both are written alike) and a float bound written as a whole number (lt=1e9: FastAPI 0.9x
writes every bound as a float)."""
from datetime import datetime, timedelta
from enum import Enum
from typing import Dict, List, Optional, Set

from fastapi import Body, Depends, FastAPI, Header, Path, Query, Security
from fastapi.security import HTTPBasic, HTTPBasicCredentials, OAuth2PasswordBearer, SecurityScopes
from pydantic import BaseModel, Field, NegativeFloat, PositiveInt, confloat, conint, conlist, constr

app = FastAPI(title="ledger")
basic = HTTPBasic()
oauth2 = OAuth2PasswordBearer(tokenUrl="token", scopes={"read": "read entries",
                                                        "write": "write entries"})


class Currency(str, Enum):
    eur = "EUR"
    usd = "USD"


class Level(int, Enum):
    low = 1
    mid = 5
    high = 10


class Money(BaseModel):
    amount: confloat(gt=0, lt=1_000_000)
    currency: Currency = Currency.eur


class Line(BaseModel):
    account: constr(min_length=3, max_length=12, regex=r"^[0-9]+$")
    debit: Optional[Money] = None
    credit: Optional[Money] = None
    memo: constr(strip_whitespace=True, max_length=40) = ""


class Entry(BaseModel):
    class Config:
        extra = "forbid"
        allow_population_by_field_name = True

    booked_at: datetime = Field(..., alias="bookedAt")
    lines: conlist(Line, min_items=2, max_items=6)
    level: Level = Level.low
    tags: Set[constr(min_length=1)] = set()
    reference: Optional[constr(max_length=30)] = None
    reviewed: bool = False
    period: timedelta = timedelta(days=1)


class Budget(BaseModel):
    limits: Dict[str, Money]
    rate: confloat(ge=0, le=1, multiple_of=0.05) = 0.5
    count: conint(ge=0) = 0
    owner_id: PositiveInt
    drift: Optional[NegativeFloat] = None


def current_user(scopes: SecurityScopes, token: str = Depends(oauth2)) -> str:
    return token


@app.post("/entries", status_code=201, tags=["entries"])
def create_entry(entry: Entry, user: str = Security(current_user, scopes=["write"])):
    return {"lines": len(entry.lines)}


@app.get("/entries", tags=["entries"])
def list_entries(since: Optional[datetime] = None, level: Optional[Level] = None,
                 page_size: int = Query(20, alias="page-size", ge=1, le=200),
                 legacy: Optional[str] = Query(None, deprecated=True),
                 accounts: List[conint(gt=0)] = Query([]),
                 user: str = Security(current_user, scopes=["read"])):
    return []


@app.put("/budgets/{year}", tags=["budgets"])
def set_budget(budget: Budget, year: int = Path(..., ge=2000, le=2100),
               credentials: HTTPBasicCredentials = Depends(basic)):
    return {"year": year}


@app.get("/accounts/{account_path:path}", tags=["accounts"])
def account(account_path: str, depth: conint(ge=0, le=5) = 1):
    return {"path": account_path}


@app.get("/rates/{currency}", tags=["rates"])
def rate(currency: Currency, at: Optional[datetime] = None,
         x_precision: conint(ge=0, le=8) = Header(2)):
    return {"currency": currency}


@app.post("/transfers", tags=["transfers"])
def transfer(source: constr(min_length=3) = Body(...), target: constr(min_length=3) = Body(...),
             amount: confloat(gt=0) = Body(...),
             when: Optional[datetime] = Body(None)):
    return {"ok": True}


@app.post("/levels", tags=["levels"])
def levels(values: conlist(Level, min_items=1) = Body(..., embed=True)):
    return {"n": len(values)}


@app.get("/limits", tags=["limits"])
def limits(low: confloat(gt=0) = Query(...), high: float = Query(100.0, lt=1_000_000_000),
           step: confloat(multiple_of=0.25) = Query(0.5), window: timedelta = Query(...)):
    return {"low": low}
