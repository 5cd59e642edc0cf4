"""`python -m gridwarden.server --db URL [--host H] [--port N] [--blobs DIR]`: migrate the
server store to the newest schema, then serve the API with uvicorn. Prints
`GRIDWARDEN_SERVER_READY <url>` once it accepts connections."""

from __future__ import annotations

import argparse
import logging
import sys
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
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    import uvicorn

    from gridwarden.server.app import create_app
    from gridwarden.server.db import ServerDB, upgrade

    logging.basicConfig(level=args.log_level.upper(), format="%(levelname)s %(name)s %(message)s")
    upgrade(args.db)
    db = ServerDB.open(args.db, Path(args.blobs) if args.blobs else None)
    app = create_app(db)

    config = uvicorn.Config(
        app, host=args.host, port=args.port, log_level=args.log_level, access_log=False
    )
    server = uvicorn.Server(config)
    original_startup = server.startup

    async def startup(sockets: object = None) -> None:
        await original_startup(sockets)  # type: ignore[arg-type]
        print(f"GRIDWARDEN_SERVER_READY http://{args.host}:{args.port}", flush=True)

    server.startup = startup  # type: ignore[method-assign]
    try:
        server.run()
    finally:
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
