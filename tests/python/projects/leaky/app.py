"""A pytest project with a test that leaks a dependency override into a later one."""
from fastapi import Depends, FastAPI
app = FastAPI()
def get_user():
    return None
@app.get("/me")
def me(user=Depends(get_user)):
    if user is None:
        from fastapi import HTTPException
        raise HTTPException(401)
    return {"user": user}
