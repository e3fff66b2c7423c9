"""A FastAPI app whose operations take forms and files: urlencoded and multipart bodies, every
kind of Form and File parameter FastAPI 0.92 accepts (with python-multipart installed), and the
OAuth2 password form of the tutorials. Its answers are the oracle for `api-replay requests
--openapi` on the document it writes."""
from enum import Enum
from typing import List, Optional

from fastapi import Depends, FastAPI, File, Form, Query, UploadFile
from fastapi.security import OAuth2PasswordRequestForm

app = FastAPI(title="Forms", version="0.3.0")


class Plan(str, Enum):
    free = "free"
    team = "team"


@app.post("/login")
def login(username: str = Form(...), password: str = Form(..., min_length=8),
          remember: bool = Form(False)):
    return {"username": username, "remember": remember}


@app.post("/token")
def token(form: OAuth2PasswordRequestForm = Depends()):
    return {"access_token": form.username, "token_type": "bearer", "scopes": form.scopes}


@app.post("/signup")
def signup(email: str = Form(..., regex=r"^[^@\s]+@[^@\s]+$", max_length=40),
           age: int = Form(..., ge=13, le=130), plan: Plan = Form(Plan.free),
           score: float = Form(0.5, gt=0, lt=1), nickname: Optional[str] = Form(None, max_length=12),
           interests: List[str] = Form([])):
    return {"email": email, "age": age, "plan": plan, "interests": interests}


@app.post("/avatar/{user_id}")
async def avatar(user_id: int, image: UploadFile = File(...),
                 caption: str = Form("", max_length=30), crop: bool = Query(False)):
    data = await image.read()
    return {"user": user_id, "name": image.filename, "size": len(data), "caption": caption}


@app.post("/attachments")
async def attachments(files: List[UploadFile] = File(...), note: Optional[str] = Form(None),
                      priority: int = Form(1, ge=1, le=5)):
    return {"count": len(files), "note": note, "priority": priority}


@app.post("/optional-upload")
async def optional_upload(file: Optional[UploadFile] = File(None), label: str = Form(...)):
    return {"file": file.filename if file else None, "label": label}


@app.post("/feedback")
def feedback(rating: int = Form(..., ge=1, le=5), comment: str = Form(..., min_length=3),
             anonymous: bool = Form(...)):
    return {"rating": rating}


@app.post("/raw")
def raw(blob: bytes = File(...), checksum: str = Form(..., min_length=4)):
    return {"size": len(blob), "checksum": checksum}
