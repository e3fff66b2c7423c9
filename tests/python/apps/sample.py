"""An app with the faults the bridge must survive: prints on stdout, a handler that ends the
process, one that hangs, bodies that are not UTF-8, a double that raises, a failing startup."""
import os
import time

from fastapi import Depends, FastAPI, Request, Response

app = FastAPI(title="sample")
not_an_app = 42


def get_greeting() -> str:
    """The greeting of the day."""
    return "hello"


def loud_greeting() -> str:
    """HELLO, in capitals."""
    return "HELLO"


def broken_greeting() -> str:
    """A double that raises."""
    raise ConnectionError("greeting service unreachable")


DOUBLES = {"get_greeting": {"loud": loud_greeting, "broken": broken_greeting}}


@app.get("/greet")
def greet(greeting: str = Depends(get_greeting)):
    return {"greeting": greeting}


@app.get("/print")
def chatty():
    print('{"status": 999}')  # on stdout, shaped like an answer
    print("plain text on stdout", flush=True)
    return {"printed": True}


@app.get("/exit")
def die():
    os._exit(7)


@app.get("/hang")
def hang():
    time.sleep(3600)


@app.get("/latin1")
def latin1():
    return Response(content=b"caf\xe9 \xff", media_type="text/plain")


@app.post("/echo")
async def echo(request: Request):
    body = await request.body()
    return Response(content=body, media_type="application/octet-stream")


failing_app = FastAPI()


@failing_app.on_event("startup")
def refuse():
    raise RuntimeError("cannot reach the database")


@failing_app.get("/")
def root():
    return {}
