"""`api-replay ... --base-url URL` and `api-replay compare`: a running server over HTTP, driven
through the real binary. Servers are started here on loopback ports only: the FastAPI twin
under uvicorn, and small raw servers that misbehave on purpose."""
from __future__ import annotations

import json
import os
import pathlib
import socket
import ssl
import subprocess
import sys
import threading
import time
from typing import Callable, Dict, Iterator, List, Tuple

import pytest

API_REPLAY = os.environ["API_REPLAY"]
ROOT = pathlib.Path(__file__).resolve().parents[3]
TWIN = ROOT / "tests" / "conformance" / "twin"
sys.path.insert(0, str(ROOT / "tests" / "conformance"))
import corpus  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(port: int) -> None:
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listens on {port}")


@pytest.fixture(scope="module")
def twin(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = free_port()
    env = dict(os.environ, FORGE_DB=str(tmp_path_factory.mktemp("twin") / "forge.db"))
    proc = subprocess.Popen([sys.executable, "-m", "uvicorn", "forge_twin:app", "--host",
                             "127.0.0.1", "--port", str(port), "--app-dir", str(TWIN),
                             "--log-level", "warning"], env=env)
    wait_for(port)
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait()


def raw_server(handler: Callable[[socket.socket], None], tls: ssl.SSLContext | None = None
               ) -> Tuple[str, threading.Event]:
    """A server on a loopback port that runs handler on each connection."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            conn, _ = listener.accept()
            if tls is not None:
                try:
                    conn = tls.wrap_socket(conn, server_side=True)
                except (ssl.SSLError, OSError):
                    conn.close()
                    continue
            threading.Thread(target=handler, args=(conn,), daemon=True).start()

    threading.Thread(target=serve, daemon=True).start()
    scheme = "https" if tls else "http"
    return f"{scheme}://127.0.0.1:{listener.getsockname()[1]}", stop


def read_request(conn: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            break
        data += chunk
    return data


def replay(args: List[str], lines: List[Dict], timeout: float = 120) -> Tuple[int, List[Dict], str]:
    stdin = "".join(json.dumps(line) + "\n" for line in lines)
    proc = subprocess.run([API_REPLAY, *args], input=stdin.encode(), capture_output=True,
                          timeout=timeout)
    out = [json.loads(line) for line in proc.stdout.decode().splitlines()
           if line.startswith("{")]
    return proc.returncode, out, proc.stderr.decode("utf-8", "replace")


GET_HEALTH = {"method": "GET", "path": "/forge/health"}


def test_the_twin_answers_through_base_url_as_through_testclient(twin: str) -> None:
    rc, out, _ = replay(["requests", "--base-url", twin],
                        [GET_HEALTH, {"method": "GET", "path": "/forge/items/abc"}])
    assert rc == 0
    assert out[0]["json"] == {"status": "operational", "version": "1.0.4"}
    assert out[1]["status"] == 422
    assert out[1]["json"]["detail"][0]["msg"] == "value is not a valid integer"
    assert "date" in out[0]["headers"] and "server" in out[0]["headers"]


def test_compare_finds_no_difference_between_the_engine_and_the_live_twin(twin: str) -> None:
    lines = []
    for run in corpus.runs():
        if not run["flags"]:
            lines.extend(run["lines"])
    lines = [line for line in lines if len(json.dumps(line)) < 4000][:150]
    # The engine is fresh; so is a user row only once: compare reads, and a write or two.
    rc, out, _ = replay(["compare", "--left", "--app forge --error-style v1 "
                         "--no-raise-server-exceptions", "--right", f"--base-url {twin}",
                         "--ignore-header", "x-trace-id"],
                        [line for line in lines if line["method"] in ("GET", "HEAD")])
    differing = [o for o in out if "differences" in o]
    assert differing == [], json.dumps(differing[:3], indent=1)
    assert rc == 0


def test_compare_lists_differences_by_json_pointer(twin: str) -> None:
    rc, out, _ = replay(["compare", "--left", "--app forge", "--right", f"--base-url {twin}",
                         "--ignore-header", "x-trace-id"],
                        [{"method": "GET", "path": "/forge/items/abc"}])
    assert rc == 1
    pointers = {d["pointer"] for d in out[0]["differences"]}
    assert "/json/detail/0/msg" in pointers and "/json/detail/0/type" in pointers
    proc = subprocess.run([API_REPLAY, "compare", "--left", "--app forge", "--right",
                           "--app forge", "--ignore-header", "x-trace-id"],
                          input=json.dumps(GET_HEALTH).encode(), capture_output=True)
    assert proc.stdout.decode().splitlines()[-1] == "1 same, 0 different"


def test_routes_come_from_the_servers_openapi_document(twin: str) -> None:
    proc = subprocess.run([API_REPLAY, "routes", "--base-url", twin], capture_output=True)
    assert proc.returncode == 0, proc.stderr
    routes = {(r["methods"][0], r["path"]) for r in json.loads(proc.stdout)}
    assert ("POST", "/forge/users") in routes and ("GET", "/forge/me") in routes


def test_a_suite_runs_against_the_server_and_skips_what_it_cannot_do(twin: str) -> None:
    proc = subprocess.run([API_REPLAY, "run", str(ROOT / "resources/suites/health_and_404.json"),
                           "--base-url", twin, "--no-history"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    proc = subprocess.run([API_REPLAY, "run", str(ROOT / "resources/suites/overrides.json"),
                           "--base-url", twin, "--no-history"], capture_output=True, text=True)
    assert "a running server cannot take dependency overrides" in proc.stdout


def test_nothing_listening_is_a_connect_error_and_the_run_goes_on(twin: str) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    rc, out, _ = replay(["requests", "--base-url", url], [GET_HEALTH, GET_HEALTH])
    assert rc == 0
    assert out[0]["exception"]["type"] == "ConnectError"
    assert url + "/forge/health" in out[0]["exception"]["message"]
    assert len(out) == 2


def test_a_server_that_never_answers_is_a_read_timeout() -> None:
    def silent(conn: socket.socket) -> None:
        read_request(conn)
        time.sleep(30)

    url, stop = raw_server(silent)
    t = time.time()
    _, out, _ = replay(["requests", "--base-url", url, "--timeout", "1"], [GET_HEALTH])
    stop.set()
    assert out[0]["exception"]["type"] == "ReadTimeout"
    assert time.time() - t < 10


def test_a_body_cut_short_is_a_remote_protocol_error() -> None:
    def cut(conn: socket.socket) -> None:
        read_request(conn)
        conn.sendall(b"HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: 100\r\n\r\n"
                     b"only ten b")
        conn.close()

    url, stop = raw_server(cut)
    _, out, _ = replay(["requests", "--base-url", url], [GET_HEALTH])
    stop.set()
    assert out[0]["exception"]["type"] == "RemoteProtocolError"


def test_a_50_mib_answer_arrives_whole() -> None:
    size = 50 * 1024 * 1024

    def big(conn: socket.socket) -> None:
        read_request(conn)
        conn.sendall(b"HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: "
                     + str(size).encode() + b"\r\n\r\n" + b"x" * size)
        conn.close()

    url, stop = raw_server(big)
    _, out, _ = replay(["requests", "--base-url", url], [GET_HEALTH])
    stop.set()
    assert len(out[0]["text"]) == size


def test_a_redirect_loop_is_too_many_redirects() -> None:
    def loop(conn: socket.socket) -> None:
        while read_request(conn):
            conn.sendall(b"HTTP/1.1 307 Temporary Redirect\r\nlocation: /again\r\n"
                         b"content-length: 0\r\n\r\n")

    url, stop = raw_server(loop)
    _, out, _ = replay(["requests", "--base-url", url], [GET_HEALTH])
    stop.set()
    assert out[0]["exception"]["type"] == "TooManyRedirects"


def test_a_self_signed_certificate_is_refused_unless_insecure(tmp_path: pathlib.Path) -> None:
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout",
                    str(key), "-out", str(cert), "-days", "1", "-subj", "/CN=127.0.0.1"],
                   check=True, capture_output=True)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)

    def hello(conn: socket.socket) -> None:
        read_request(conn)
        conn.sendall(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
                     b"content-length: 11\r\n\r\n{\"ok\":true}")
        conn.close()

    url, stop = raw_server(hello, context)
    _, out, _ = replay(["requests", "--base-url", url], [GET_HEALTH])
    assert out[0]["exception"]["type"] == "ConnectError"
    _, out, _ = replay(["requests", "--base-url", url, "--insecure"], [GET_HEALTH])
    stop.set()
    assert out[0]["json"] == {"ok": True}


@pytest.mark.parametrize("args, message", [
    (["--base-url", "http://user:secret@127.0.0.1:9"], "must not hold credentials"),
    (["--base-url", "ftp://127.0.0.1"], "--base-url must start with http:// or https://"),
    (["--base-url", "http://127.0.0.1:9", "--header", "Bad Name: x"], "is not a header name"),
    (["--base-url", "http://127.0.0.1:9", "--header", "X-A: 1\r\nX-B: 2"], "holds a line break"),
    (["--base-url", "http://127.0.0.1:9", "--override", "get_db=x"],
     "--override needs an app in this process"),
    (["--base-url", "http://127.0.0.1:9", "--no-lifespan"], "--no-lifespan needs an app"),
])
def test_what_a_server_cannot_take_is_refused(args: List[str], message: str) -> None:
    rc, _, err = replay(["requests", *args], [])
    assert rc == 2
    assert message in err
