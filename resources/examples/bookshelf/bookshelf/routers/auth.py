from fastapi import APIRouter, Depends, HTTPException

from bookshelf.deps import TOKENS, get_current_user
from bookshelf.models import Login, User

router = APIRouter(tags=["auth"])

PASSWORDS = {"ada": "lovelace", "root": "secret"}


@router.post("/token")
def login(credentials: Login):
    if PASSWORDS.get(credentials.username) != credentials.password:
        raise HTTPException(401, "Incorrect username or password")
    token = next(t for t, u in TOKENS.items() if u.username == credentials.username)
    return {"access_token": token, "token_type": "bearer"}


@router.get("/me", response_model=User)
def read_me(user: User = Depends(get_current_user)):
    return user
