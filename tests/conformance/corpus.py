"""The differential corpus: runs of request lines sent both to `api-replay requests` and to
the FastAPI twin (twin/twin_replay.py). Each run is one app and one client session.

A run is {"name", "flags": [...], "lines": [request, ...], "loose": set of line indexes whose
body text is compared only by status and content type (tracebacks)}.
"""
import time

import jwt

SECRET = "change-me"
FAR = int(time.time()) + 10 * 365 * 24 * 3600


def token(sub="admin", exp=FAR, secret=SECRET, alg="HS256", headers=None):
    payload = {"sub": sub}
    if exp is not None:
        payload["exp"] = exp
    return jwt.encode(payload, secret, algorithm=alg, headers=headers)


def none_token():
    import base64
    import json

    def b64(d):
        return base64.urlsafe_b64encode(json.dumps(d).encode()).rstrip(b"=").decode()
    return b64({"alg": "none", "typ": "JWT"}) + "." + b64({"sub": "admin", "exp": FAR}) + "."


def get(path, **kw):
    return dict({"method": "GET", "path": path}, **kw)


def post(path, json=None, **kw):
    line = {"method": "POST", "path": path}
    if json is not None or "body" not in kw:
        line["json"] = json
    line.update(kw)
    return line


def raw(path, body, content_type=None, method="POST"):
    line = {"method": method, "path": path, "body": body}
    if content_type is not None:
        line["headers"] = {"Content-Type": content_type}
    return line


def bearer(t):
    return {"Authorization": "Bearer " + t}


BAD_JSON = ["", " ", "{", '{"a"', '{"a":', '{"a":1,}', "[1,]", "[1 2]", '{"a" 1}', '"abc',
            '"a\\x"', '"a\\u12"', '"a\x01"', "01", "1.", "-", "nul", '{"a":1}x', "\n\n  {",
            "tru", "[", '{"a":1 "b":2}', "{1:2}", "[1,\n  ]", '{"username": "ünïcödé" x}',
            "{'a': 1}", '{"a": NaN', "{\"a\":\t}", "\ufeff{}", '{"a":"\\ud800"}x']

USERNAMES = ["ab", "abc", "a" * 32, "a" * 33, "Abc", "ab-c", "abc\n", "abc ", "", "ünï", "a_b_9",
             123, 12.5, True, False, None, [], {}, ["abc"], 0, -1, 1e308]
EMAILS = ["a@b.c", "bad", "a@b", "@b.c", "a@", "a@@b.c", "a@b@c.d", "a@.", "x@y.z.w", 5, None,
          True, [], "", "ü@ü.de"]
FULL_NAMES = [None, "x" * 64, "x" * 65, 5, 5.5, True, "", [], {}]
AGES = [None, 0, 150, 151, -1, "5", "5.0", "5.5", 5.5, 5.0, True, False, "abc", 1e308, -0.0,
        "", " 7 ", "+7", "1_0", "0x10", [], {}, "1e2", 2 ** 62, -(2 ** 62), 150.0, 150.5]
TAGS = [[], ["a"] * 5, ["a"] * 6, ["", "b"], ["x" * 16], ["x" * 17], "abc", None, [1, 2],
        [True], [None], [["a"]], [{}], ["ok", "x" * 17, ""], ["a"] * 7 + [""], {}, 5]
BODY_SHAPES = [None, [], "string", 5, 5.5, True, [["username", "abc"]], {"extra": 1},
               # Pydantic 1 calls dict(value) on a model's input (issue 11): "" and [] are {},
               # two-letter strings and two-key objects are pairs, a non-string key is
               # "keywords must be strings", a three-item pair is not a dict.
               "", ["ab", "cd"], "ab", [[1, "x"]], [[True, "x"], ["username", "abcd"]],
               [{"username": 1, "abcde": 2}, ["email", "a@b.io"]],
               [["username", "x"], ["username", "pairs_last_wins"], ["email", "a@b.io"]],
               [["username", "x"], [[1], 2]], [["username", "x", "y"]], ["é1"]]


def users_runs():
    lines = []
    n = 0

    def uname():
        nonlocal n
        n += 1
        return f"user{n}"
    for u in USERNAMES:
        lines.append(post("/forge/users", {"username": u, "email": "u@x.io"}))
    for e in EMAILS:
        lines.append(post("/forge/users", {"username": uname(), "email": e}))
    for f in FULL_NAMES:
        lines.append(post("/forge/users", {"username": uname(), "email": "u@x.io", "full_name": f}))
    for a in AGES:
        lines.append(post("/forge/users", {"username": uname(), "email": "u@x.io", "age": a}))
    for t in TAGS:
        lines.append(post("/forge/users", {"username": uname(), "email": "u@x.io", "tags": t}))
    for b in BODY_SHAPES:
        lines.append(post("/forge/users", b))
    # several errors at once, in declaration order
    lines.append(post("/forge/users", {"username": "A", "email": "bad", "full_name": "x" * 70,
                                       "age": -5, "tags": ["", "x" * 20]}))
    lines.append(post("/forge/users", {"tags": ["a"] * 9, "age": "old"}))
    lines.append(post("/forge/users", {"username": None, "email": None, "full_name": None,
                                       "age": None, "tags": None}))
    lines.append(post("/forge/users", {"username": "dup_user", "email": "d@x.io"}))
    lines.append(post("/forge/users", {"username": "dup_user", "email": "other@x.io"}))
    lines.append(post("/forge/users", {"username": "robert'); DROP TABLE users;--"[:0] + "bobby_tables",
                                       "email": "x'); DROP TABLE users;--@x.io",
                                       "full_name": "Robert'); DROP TABLE users;--"}))
    lines.append(get("/forge/users?limit=100"))
    for b in BAD_JSON:
        lines.append(raw("/forge/users", b))
    for ct in ["text/plain", "application/geo+json", "application/json; charset=utf-8",
               "APPLICATION/JSON", "application/x-www-form-urlencoded", "json", "application/jsonx"]:
        lines.append(raw("/forge/users", '{"username": "ctype_user", "email": "c@x.io"}', ct))
    return [
        {"name": "users-sqlite_memory", "flags": ["--override", "get_db=sqlite_memory",
                                                  "--override", "get_mailer=recording_mailer"],
         "lines": lines},
        {"name": "users-real-db", "flags": [], "lines": lines},
    ]


PRICES = [1, 0, -1, 0.01, "2.5", " 1.5 ", "abc", "1e3", "inf", "-inf", "nan", True, None, [], "",
          "1_0.5", 1e308, "1e999"]
QUANTITIES = [0, -1, 5.9, "5", " 5 ", "+5", "0x10", "1_000", "5.0", None, True, "", 2.0, "٣"]
IN_STOCK = [True, False, "yes", "no", "on", "off", "true", "TRUE", " true", "t", "f", "y", "n", "1",
            "0", 1, 0, 2, 1.0, 0.0, 0.5, "2", None, [], "", "True"]
DIMENSIONS = [None, {"width": 1, "height": 2}, {"width": 0, "height": 2}, {"width": 1},
              {}, 5, "x", [], [["width", 1], ["height", 2]], {"width": "1", "height": "-2"},
              {"width": None, "height": None}, {"width": 1, "height": 2, "depth": 3}]


def items_runs():
    lines = []
    for p in PRICES:
        lines.append(post("/forge/items", {"name": "w", "price": p}))
    for q in QUANTITIES:
        lines.append(post("/forge/items", {"name": "w", "price": 1, "quantity": q}))
    for s in IN_STOCK:
        lines.append(post("/forge/items", {"name": "w", "price": 1, "in_stock": s}))
    for d in DIMENSIONS:
        lines.append(post("/forge/items", {"name": "w", "price": 1, "dimensions": d}))
    for name in ["", "x" * 50, "x" * 51, 5, None, "ünïcödé ✓"]:
        lines.append(post("/forge/items", {"name": name, "price": 1}))
    lines.append(post("/forge/items", {}))
    lines.append(post("/forge/items", {"name": "", "price": 0, "quantity": -1, "in_stock": "maybe",
                                       "dimensions": {"width": -1}}))
    lines.append(raw("/forge/items", '{"name": "w", "price": NaN}'))
    lines.append(raw("/forge/items", '{"name": "w", "price": Infinity}'))
    lines.append(raw("/forge/items", '{"name": "w", "price": 1, "quantity": 1e400}'))
    lines.append(raw("/forge/items", '{"name": "w", "price": 1, "name": "second"}'))
    lines.append(raw("/forge/items", ""))
    lines.append(raw("/forge/items", "null"))
    for ident in ["1", "0", "-1", "abc", "1.5", "-0", "00", "007", "%20", "%zz", "1_0", "+5",
                  "99999999999999999999", "1e3", "%31", "١"]:
        lines.append(get("/forge/items/" + ident))
    for q in ["", "x" * 50, "x" * 51, "%zz", "a+b", "%C3%BC", "a&q=b", "%FF"]:
        lines.append(get("/forge/items/3?q=" + q))
    lines.append(get("/forge/items/3", query={"q": "ünï codé"}))
    lines.append(get("/forge/items/3?q=a&q=b"))
    lines.append(get("/forge/items/abc?q=" + "y" * 60))
    # Integers beyond 64 bits are exact, as Python's int (issue 11): through validation, in
    # the body, in messages; int(1e308) is 309 digits; SQLite cannot bind them (OverflowError).
    big = "9" * 30
    lines += [get("/forge/items/-" + big), get("/forge/items/" + "1" * 4300),
              get("/forge/items/" + "1" * 4301)]
    for q in [int(big), 1e308, -1e300, big, "1_" + "0" * 25, float(2 ** 70)]:
        lines.append(post("/forge/items", {"name": "w", "price": 1, "quantity": q}))
    lines.append(raw("/forge/items", '{"name": "w", "price": 1, "quantity": %s}' % ("7" * 400)))
    lines.append(raw("/forge/items", '{"name": "w", "price": %s}' % ("7" * 40)))
    lines.append(post("/forge/users", {"username": int(big), "email": "a@b.io"}))
    return [{"name": "items", "flags": [], "lines": lines}]


def big_int_runs():
    big = "9" * 30
    lines = [get("/forge/users?skip=9223372036854775808"), get("/forge/users?skip=" + big),
             get("/forge/users?limit=" + "1" + "0" * 308), get("/forge/users/" + big),
             get("/forge/users/9223372036854775807")]
    return [{"name": "big-ints", "flags": ["--no-raise-server-exceptions"], "lines": lines},
            {"name": "big-ints-raised", "flags": [], "lines": lines}]


def routing_run():
    lines = [get("/forge/health"), get("/forge/health/"), post("/forge/health", {}),
             post("/forge/health/", {}), {"method": "HEAD", "path": "/forge/health"},
             {"method": "OPTIONS", "path": "/forge/health"}, {"method": "PUT", "path": "/forge/users"},
             {"method": "PATCH", "path": "/forge/users/1"}, {"method": "DELETE", "path": "/forge/items/1"},
             get("/forge/non-existent"), get("/"), get("/forge"), get("/forge/"), get("/FORGE/health"),
             get("/forge/health?x=1"), get("/forge/users/"), get("/forge/users/1/"),
             get("/forge/ws/echo"), {"method": "BREW", "path": "/forge/health"},
             get("/forge/items/1/extra"), get("/forge/items/a%2Fb"), get("/forge/%7Ezz"),
             get("/crash/"), get("/openapi.json/"),
             get("/forge/health", headers={"X-Custom": "v"}), get("/forge/health", headers={"Cookie": "a=1"})]
    for skip, limit in [("0", "10"), ("-1", "10"), ("abc", "0"), ("", ""), ("5.0", "101"),
                        ("1e2", "1"), ("+1", " 2"), ("%35", "100"), ("0", "100.0")]:
        lines.append(get(f"/forge/users?skip={skip}&limit={limit}"))
    lines.append(get("/forge/users?limit=1&limit=2"))
    lines.append(get("/forge/users?skip"))
    for ident in ["1", "2", "999", "abc", "0", "-3", "1.0"]:
        lines.append(get("/forge/users/" + ident))
    return [{"name": "routing", "flags": [], "lines": lines}]


def auth_runs():
    tokens = {
        "valid": token(), "unknown": token("ghost"), "expired": token(exp=int(time.time()) - 10),
        "badsig": token(secret="wrong"), "hs512": token(alg="HS512"), "none": none_token(),
        "noexp": token(exp=None), "nosub": jwt.encode({"exp": FAR}, SECRET, algorithm="HS256"),
        "intsub": jwt.encode({"sub": 1, "exp": FAR}, SECRET, algorithm="HS256"),
        "strexp": jwt.encode({"sub": "admin", "exp": "soon"}, SECRET, algorithm="HS256"),
        "tampered": token()[:-3] + "abc",
    }
    headers = [{}, {"Authorization": ""}, {"Authorization": "Bearer"}, {"Authorization": "Bearer "},
               {"Authorization": "Basic abc"}, {"Authorization": "bearer " + tokens["valid"]},
               {"Authorization": "BEARER " + tokens["valid"]}, {"Authorization": "Bearer  " + tokens["valid"]},
               {"Authorization": "Bearer abc"}, {"Authorization": "Bearer a.b.c"},
               {"Authorization": "Bearer " + "x" * 100000}]
    headers += [bearer(t) for t in tokens.values()]
    lines = []
    for h in headers:
        lines.append(get("/forge/me", headers=h))
    for h in [{}, bearer(tokens["valid"]), bearer(tokens["expired"])]:
        lines.append(get("/forge/admin/dashboard", headers=h))
        lines.append({"method": "DELETE", "path": "/forge/users/abc", "headers": h})
        lines.append({"method": "DELETE", "path": "/forge/users/999", "headers": h})
    for body in [{"username": "admin", "password": "admin"}, {"username": "admin", "password": "x"},
                 {"username": "nobody", "password": "admin"}, {"username": "admin"}, {},
                 {"username": 1, "password": 2}, {"username": None, "password": "admin"}, [], "x"]:
        lines.append(post("/forge/token", body))
    lines.append(post("/forge/users", {"username": "victim", "email": "v@x.io"}))
    lines.append({"method": "DELETE", "path": "/forge/users/2", "headers": bearer(tokens["valid"])})
    lines.append({"method": "DELETE", "path": "/forge/users/2", "headers": bearer(tokens["valid"])})
    lines.append(get("/forge/users/2"))
    lines.append(get("/forge/admin/dashboard", headers=bearer(tokens["valid"])))
    return [{"name": "auth", "flags": [], "lines": lines}]


def doubles_runs():
    runs = []
    probe = [get("/forge/me"), get("/forge/admin/dashboard"),
             {"method": "DELETE", "path": "/forge/users/1"},
             {"method": "DELETE", "path": "/forge/users/77"},
             {"method": "DELETE", "path": "/forge/users/abc"}]
    for double in ["fake_admin", "fake_user", "anonymous"]:
        runs.append({"name": "current_user-" + double,
                     "flags": ["--override", "get_current_user=" + double], "lines": probe})
    create = [post("/forge/users", {"username": "mailme", "email": "m@x.io"}),
              get("/forge/users")]
    runs.append({"name": "failing_mailer-raise", "flags": ["--override", "get_mailer=failing_mailer"],
                 "lines": create})
    runs.append({"name": "failing_mailer-noraise",
                 "flags": ["--override", "get_mailer=failing_mailer", "--no-raise-server-exceptions"],
                 "lines": create})
    runs.append({"name": "mock_session-raise", "flags": ["--override", "get_db=mock_session"],
                 "lines": create + [get("/forge/users/1"), get("/forge/health")]})
    runs.append({"name": "mock_session-noraise",
                 "flags": ["--override", "get_db=mock_session", "--no-raise-server-exceptions"],
                 "lines": create + [get("/forge/users/1"), get("/forge/users/abc")]})
    runs.append({"name": "rollback_session", "flags": ["--override", "get_db=rollback_session"],
                 "lines": create + [post("/forge/users", {"username": "mailme", "email": "m@x.io"})]})
    runs.append({"name": "debug_settings", "flags": ["--override", "get_settings=debug_settings"],
                 "lines": [get("/forge/health"), post("/forge/token", {"username": "admin", "password": "admin"}),
                           get("/crash")]})
    runs.append({"name": "no-lifespan", "flags": ["--no-lifespan"],
                 "lines": [get("/forge/health"), get("/forge/users"), get("/forge/users/abc"),
                           {"method": "DELETE", "path": "/forge/users/abc"}, get("/forge/items/2"),
                           post("/forge/token", {"username": "admin", "password": "admin"})]})
    runs.append({"name": "no-lifespan-memory", "flags": ["--no-lifespan", "--override", "get_db=sqlite_memory"],
                 "lines": create + [get("/forge/users/2")]})
    runs.append({"name": "rollback-no-lifespan",
                 "flags": ["--no-lifespan", "--override", "get_db=rollback_session", "--no-raise-server-exceptions"],
                 "lines": [get("/forge/users")]})
    runs.append({"name": "crash-noraise", "flags": ["--no-raise-server-exceptions"],
                 "lines": [get("/crash"), get("/forge/health")]})
    runs.append({"name": "crash-debug", "flags": ["--no-raise-server-exceptions", "--debug"],
                 "lines": [get("/crash"), get("/forge/health")], "loose": {0}})
    runs.append({"name": "crash-raise-debug", "flags": ["--debug"], "lines": [get("/crash")]})
    return runs


# Differences we know of and document (README, "Known differences"): (run, line) -> reason.
KNOWN = {}


def runs():
    return (users_runs() + items_runs() + big_int_runs() + routing_run() + auth_runs()
            + doubles_runs())
