from enum import Enum
from typing import List, Optional

from pydantic import BaseModel, Field


class Genre(str, Enum):
    novel = "novel"
    poetry = "poetry"
    essay = "essay"


class Author(BaseModel):
    name: str = Field(..., min_length=1, max_length=80)
    born: Optional[int] = Field(None, ge=0, le=2100)


class BookIn(BaseModel):
    title: str = Field(..., min_length=1, max_length=120)
    author: Author
    genre: Genre = Genre.novel
    tags: List[str] = Field(default_factory=list, max_items=5)
    price: float = Field(..., gt=0)


class BookOut(BaseModel):
    """What clients see: no internal fields (response_model filters them out)."""

    id: int
    title: str
    author: Author
    genre: Genre
    tags: List[str]
    price: float


class Login(BaseModel):
    username: str
    password: str


class User(BaseModel):
    username: str
    role: str
