"""API Test Explorer's Python side: the bridge that serves a FastAPI app to `api-replay` and
the window (`python -m api_test_explorer.bridge`)."""

PROTOCOL_VERSION = 1
