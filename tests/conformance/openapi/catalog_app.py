"""A FastAPI app that declares every parameter kind, constraint, body shape and security scheme
the OpenAPI target reads from a document (as FastAPI 0.92 with Pydantic 1 writes it). Its
answers are the oracle for `api-replay requests --openapi` on the document it writes."""
from datetime import date, datetime
from enum import Enum
from typing import Dict, List, Literal, Optional, Union
from uuid import UUID

from fastapi import Body, Cookie, Depends, FastAPI, Header, Path, Query, Security
from fastapi.security import (APIKeyCookie, APIKeyHeader, APIKeyQuery, HTTPBasic, HTTPBearer,
                              OAuth2PasswordBearer)
from pydantic import AnyUrl, BaseModel, Field, HttpUrl, conint, constr
from typing_extensions import Annotated

app = FastAPI(title="Catalog", version="1.2.0")


class Color(str, Enum):
    red = "red"
    green = "green"


class Size(int, Enum):
    small = 1
    large = 2


class Tag(BaseModel):
    name: constr(min_length=1, max_length=20)
    weight: float = 1.0


class Dimensions(BaseModel):
    width: conint(gt=0)
    height: conint(gt=0, le=1000)


class Item(BaseModel):
    name: str = Field(..., min_length=2, max_length=50)
    price: float = Field(..., gt=0, lt=1_000_000)
    quantity: int = Field(1, ge=0, multiple_of=1)
    color: Color = Color.red
    tags: List[Tag] = []
    dimensions: Optional[Dimensions] = None
    sku: constr(regex=r"^[A-Z]{3}-\d{4}$") = "ABC-0001"
    attributes: Dict[str, int] = {}
    released: Optional[date] = None
    code: Union[int, str] = 0
    homepage: Optional[HttpUrl] = None
    kind: Literal["book", "toy"] = "book"


class Category(BaseModel):
    """Recursive: a category holds categories."""
    title: str
    children: List["Category"] = []


Category.update_forward_refs()


class Cat(BaseModel):
    pet_type: Literal["cat"]
    meows: int


class Dog(BaseModel):
    pet_type: Literal["dog"]
    barks: float


class Owner(BaseModel):
    pet: Union[Cat, Dog] = Field(..., discriminator="pet_type")
    since: datetime
    ident: UUID


class Strict(BaseModel):
    class Config:
        extra = "forbid"

    a: int
    b: Optional[str]


oauth2 = OAuth2PasswordBearer(tokenUrl="/token")
bearer = HTTPBearer()
basic = HTTPBasic()
key_header = APIKeyHeader(name="X-API-Key")
key_query = APIKeyQuery(name="api_key")
key_cookie = APIKeyCookie(name="session")


@app.get("/items/{item_id}", tags=["items"])
def read_item(item_id: int = Path(..., ge=1, le=10_000), q: Optional[str] = Query(None, max_length=10),
              short: bool = False, color: Color = Color.red, size: Optional[Size] = None):
    return {"item_id": item_id}


@app.get("/search", tags=["items"])
def search(terms: List[str] = Query(...), page: int = Query(1, gt=0), per_page: int = Query(20, le=100),
           ratio: float = Query(0.5, ge=0, le=1), since: Optional[date] = None,
           ident: Optional[UUID] = None, order: Literal["asc", "desc"] = "asc",
           ids: List[int] = Query([]), code: str = Query("aa", regex="^[a-z]+$", min_length=2)):
    return []


@app.get("/headers", tags=["params"])
def headers(user_agent: str = Header(...), x_token: List[str] = Header([]),
            x_count: int = Header(0), session_id: Optional[str] = Cookie(None),
            visits: int = Cookie(0)):
    return {}


@app.post("/items", status_code=201, tags=["items"])
def create_item(item: Item):
    return item


@app.put("/items/{item_id}", tags=["items"])
def replace_item(item_id: int, item: Item, importance: int = Body(..., gt=0), note: str = Body("x")):
    return {}


@app.post("/embed", tags=["bodies"])
def embed(item: Item = Body(..., embed=True)):
    return {}


@app.post("/categories", tags=["bodies"])
def categories(category: Category):
    return category


@app.post("/owners", tags=["bodies"])
def owners(owner: Owner):
    return {}


@app.post("/strict", tags=["bodies"])
def strict(payload: Strict):
    return {}


@app.post("/optional-body", tags=["bodies"])
def optional_body(tag: Optional[Tag] = None):
    return {}


@app.post("/list-body", tags=["bodies"])
def list_body(tags: List[Tag]):
    return {}


@app.get("/secure/oauth", tags=["security"])
def secure_oauth(token: str = Depends(oauth2), limit: int = 10):
    return {}


@app.get("/secure/bearer", tags=["security"])
def secure_bearer(credentials=Security(bearer)):
    return {}


@app.get("/secure/basic", tags=["security"])
def secure_basic(credentials=Depends(basic)):
    return {}


@app.get("/secure/keys", tags=["security"])
def secure_keys(h: str = Depends(key_header), q: str = Depends(key_query), c: str = Depends(key_cookie)):
    return {}


@app.delete("/items/{item_id}", status_code=204, tags=["items"])
def delete_item(item_id: int):
    return None


@app.get("/files/{file_path}", tags=["params"])
def files(file_path: str, download: bool = Query(False)):
    return {}
