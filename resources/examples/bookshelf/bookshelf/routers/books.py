from typing import List, Optional

from fastapi import APIRouter, Cookie, Depends, HTTPException, Path

from bookshelf.deps import Pagination, Store, get_current_user, get_store
from bookshelf.models import BookIn, BookOut, Genre, User

router = APIRouter(prefix="/books", tags=["books"])


@router.get("", response_model=List[BookOut])
def list_books(paging: Pagination = Depends(), store: Store = Depends(get_store),
               shelf_view: Optional[str] = Cookie(None)):
    books = sorted(store.books.values(), key=lambda b: b["id"])
    if shelf_view == "newest":
        books.reverse()
    return paging.page(books)


@router.get("/genre/{genre}", response_model=List[BookOut])
def books_of_genre(genre: Genre, store: Store = Depends(get_store)):
    return [b for b in store.books.values() if b["genre"] == genre.value]


@router.get("/{book_id}", response_model=BookOut)
def read_book(book_id: int = Path(..., ge=1), store: Store = Depends(get_store)):
    if book_id not in store.books:
        raise HTTPException(404, f"Book {book_id} not found")
    return store.books[book_id]


@router.post("", response_model=BookOut, status_code=201)
def add_book(book: BookIn, store: Store = Depends(get_store),
             user: User = Depends(get_current_user)):
    if user.role != "admin":
        raise HTTPException(403, "Only admins add books")
    return store.add(book.dict())
