#!/usr/bin/env python3
"""Trunk post-build hook: moves trunk's inline loader script into a file,
and drops the integrity attribute from the wasm's preload.

The strict Content-Security-Policy in index.html allows scripts only from
the page's own origin, so the inline module that trunk writes to start the
wasm would be blocked. It is moved, unchanged, into boot-<hash>.js.
"""

import hashlib
import os
import pathlib
import re
import sys

staging = pathlib.Path(os.environ["TRUNK_STAGING_DIR"])
public_url = os.environ.get("TRUNK_PUBLIC_URL", "/")
index = staging / "index.html"
html = index.read_text(encoding="utf-8")

inline = re.compile(r'<script type="module"(?: nonce="[^"]*")?>(.*?)</script>', re.S)
found = inline.findall(html)
if len(found) != 1:
    sys.exit(f"externalize_loader: expected one inline module script, found {len(found)}")

code = found[0].strip() + "\n"
digest = hashlib.sha256(code.encode()).hexdigest()[:16]
name = f"boot-{digest}.js"
(staging / name).write_text(code, encoding="utf-8")
html = inline.sub(f'<script type="module" src="{public_url}{name}"></script>', html, count=1)

# Chromium ignores integrity on a preload "as fetch" and warns on every
# load. It never checked the wasm: the loader fetches it without one.
preload = re.compile(r'(<link rel="preload"[^>]*?) integrity="[^"]*"([^>]*as="fetch")')
html, dropped = preload.subn(r"\1\2", html)
if dropped != 1:
    sys.exit(f"externalize_loader: expected one wasm preload, found {dropped}")
index.write_text(html, encoding="utf-8")
