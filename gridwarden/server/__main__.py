"""`python -m gridwarden.server --db URL [--host H] [--port N] [--blobs DIR]
[--ssl-certfile CERT --ssl-keyfile KEY] [--docs] [limits…]`: migrate the server store to the
newest schema, then serve the API with uvicorn (HTTPS when given a certificate). Prints
`GRIDWARDEN_SERVER_READY <url>` once it accepts connections."""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from datetime import timedelta
from pathlib import Path


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m gridwarden.server", description="网格管家区级服务器"
    )
    p.add_argument("--db", required=True, help="SQLite file or postgresql://user@host/db URL")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8470)
    p.add_argument("--blobs", help="folder for attachment files (default: beside a SQLite db)")
    p.add_argument("--log-level", default="warning")
    tls = p.add_argument_group("TLS (or run behind a reverse proxy that terminates it)")
    tls.add_argument("--ssl-certfile", help="server certificate chain (PEM)")
    tls.add_argument("--ssl-keyfile", help="its private key (PEM)")
    limits = p.add_argument_group("limits")
    limits.add_argument("--max-body-mb", type=float, default=8.0, help="request body limit")
    limits.add_argument(
        "--token-idle-days", type=float, default=14.0, help="a token unused this long expires"
    )
    limits.add_argument("--login-per-user", default="10/minute", help="failed logins per user")
    limits.add_argument(
        "--login-per-address", default="60/minute", help="failed logins per client address"
    )
    limits.add_argument("--lock-after", type=int, default=5, help="wrong passwords in a row")
    limits.add_argument("--lock-minutes", type=float, default=15.0)
    p.add_argument("--docs", action="store_true", help="serve /docs and /openapi.json")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if bool(args.ssl_certfile) != bool(args.ssl_keyfile):
        print("--ssl-certfile and --ssl-keyfile go together", file=sys.stderr)
        return 2
    import uvicorn

    from gridwarden.server.app import create_app
    from gridwarden.server.config import ServerConfig
    from gridwarden.server.db import ServerDB, upgrade

    logging.basicConfig(level=args.log_level.upper(), format="%(levelname)s %(name)s %(message)s")
    upgrade(args.db)
    db = ServerDB.open(args.db, Path(args.blobs) if args.blobs else None)
    config = ServerConfig(
        max_body=int(args.max_body_mb * 1024 * 1024),
        token_idle=timedelta(days=args.token_idle_days),
        login_per_user=args.login_per_user,
        login_per_address=args.login_per_address,
        lock_after=args.lock_after,
        lock_for=timedelta(minutes=args.lock_minutes),
        docs=args.docs,
    )
    app = create_app(db, config)

    config_u = uvicorn.Config(
        app,
        host=args.host,
        port=args.port,
        log_level=args.log_level,
        access_log=False,
        ssl_certfile=args.ssl_certfile,
        ssl_keyfile=args.ssl_keyfile,
        # a request's headers must arrive within this (a slow-headers client holds no worker)
        timeout_keep_alive=5,
    )
    server = uvicorn.Server(config_u)
    original_startup = server.startup
    scheme = "https" if args.ssl_certfile else "http"

    async def startup(sockets: object = None) -> None:
        await original_startup(sockets)  # type: ignore[arg-type]
        settle_heap()
        print(f"GRIDWARDEN_SERVER_READY {scheme}://{args.host}:{args.port}", flush=True)

    server.startup = startup  # type: ignore[method-assign]
    try:
        server.run()
    finally:
        db.close()
    return 0


def settle_heap() -> None:
    """Move everything the start-up made (modules, FastAPI's routes and models, SQLAlchemy's
    mappers: a few hundred thousand objects that live as long as the process) out of the
    cyclic garbage collector's sight. Otherwise every full collection walks them all again,
    and a push of 500 ops, which allocates enough to set one off, spent ~100 ms of its
    ~200 ms CPU there. Objects made later are collected as usual."""
    gc.collect()
    gc.freeze()


if __name__ == "__main__":
    sys.exit(main())
