#!/usr/bin/env python3
"""Writes sw.js into a built site: the service worker with this build's files.

Run once dist/ is assembled (scripts/build.sh), which has checked that every
page of seeds/pages.json is in it. The version is a hash of every file, so
any change to the build is a new worker. Pages are listed by folder (`./`,
`results/`, ...), as the browser asks for them.
"""

import hashlib
import json
import pathlib
import sys

dist = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "dist")
template = pathlib.Path(__file__).with_name("service-worker.js").read_text(encoding="utf-8")

files = sorted(
    p.relative_to(dist).as_posix()
    for p in dist.rglob("*")
    if p.is_file() and p.name != "sw.js"
)
digest = hashlib.sha256()
for name in files:
    digest.update(name.encode())
    digest.update((dist / name).read_bytes())
urls = [
    "./" + (name[: -len("index.html")] if name.endswith("index.html") else name)
    for name in files
]

worker = template.replace("'__VERSION__'", json.dumps(digest.hexdigest()[:16])).replace(
    "__FILES__", json.dumps(urls)
)
(dist / "sw.js").write_text(worker, encoding="utf-8")
print(f"sw.js: {len(urls)} files, version {digest.hexdigest()[:16]}")
