"""The reference district server: FastAPI + SQLModel on SQLite or PostgreSQL.

    python -m gridwarden.server --db URL --host 127.0.0.1 --port 8470
    python -m gridwarden.server.admin --db URL create-user wang --name 王芳 --role warden

Modules: db (tables, engines, migrations), auth (passwords, tokens, callers), push (applying
ops), pull (reading changes in scope), blobs (attachment files), app (HTTP routes), admin
(the command line).
"""
