"""bookshelf: a small FastAPI project to try API Test Explorer's Python target on."""
