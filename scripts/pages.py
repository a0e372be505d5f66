#!/usr/bin/env python3
"""The site's pages, from seeds/pages.json, for the build.

  pages.py list            each page's id, binary and folder, a line each
  pages.py html DIR        writes DIR/<id>/index.html for every page from the
                           template index.html (the CSP and heads written once),
                           and DIR/style/ with the style sheets' comments left out
  pages.py check DIST      fails unless every page has its index.html in DIST

HTML, not a template engine: every value is escaped for an attribute or text.
"""

import html
import json
import os
import pathlib
import re
import sys

TEMPLATE_NOTE_END = "written once. -->\n"
ROOT = pathlib.Path(__file__).resolve().parent.parent
SITE = json.loads((ROOT / "seeds" / "pages.json").read_text(encoding="utf-8"))


def escape(text):
    """For text and double-quoted attributes; apostrophes stay as they are."""
    return html.escape(text, quote=False).replace('"', "&quot;")


def to_site(folder):
    """From a page's folder back to the site's folder: "" or "../../"."""
    return "../" * folder.count("/")


def write_styles(out_dir):
    """The style sheets without their comments, which explain the source
    but are downloaded by every visitor (0.4 KB gzipped on the sector's
    phone page). No rule of ours has "/*" inside a string."""
    out = out_dir / "style"
    out.mkdir(parents=True, exist_ok=True)
    for css in (ROOT / "style").glob("*.css"):
        text = re.sub(r"/\*.*?\*/", "", css.read_text(encoding="utf-8"), flags=re.S)
        # Indentation and empty lines: never meaningful in CSS.
        text = re.sub(r"\n\s+", "\n", text)
        (out / css.name).write_text(text.lstrip(), encoding="utf-8")


def page_html(page, out_dir):
    # Trunk reads the assets relative to the generated file.
    to_repo = os.path.relpath(ROOT, out_dir).replace(os.sep, "/") + "/"
    site_files = ""
    if page["folder"] == "":
        # Not hashed: the manifest and its icon keep their names from build
        # to build, at the site's folder.
        site_files = "".join(
            f'    <link data-trunk rel="copy-file" href="{to_repo}style/{name}" />\n'
            for name in ("manifest.webmanifest", "favicon.svg")
        )
    # The app is installed by those who come back to it: an organisation
    # answering one invitation has nothing to install, and its phone
    # fetches no manifest.
    manifest = (
        ""
        if page["audience"] == "sector"
        else f'    <link rel="manifest" href="{to_site(page["folder"])}manifest.webmanifest" />\n'
    )
    # The sheets write_styles made beside the pages, one folder up.
    styles = "".join(
        f'    <link data-trunk rel="css" href="../style/{css}" />\n' for css in page["styles"]
    )
    # As Page::document_title writes it in the app (src/domain/pages.rs).
    title = SITE["product"] if page["folder"] == "" else f'{page["title"]} - {SITE["product"]}'
    values = {
        "csp": escape(SITE["csp"]),
        "description": escape(page["description"]),
        "title": escape(title),
        "to_repo": to_repo,
        "to_site": to_site(page["folder"]),
        "site_files": site_files,
        "manifest": manifest,
        "styles": styles,
        "bin": escape(page["bin"]),
        "noscript": escape(page["noscript"]),
    }
    text = (ROOT / "index.html").read_text(encoding="utf-8")
    # The template's own comment says what it is; the pages need not carry it.
    text = text.split(TEMPLATE_NOTE_END, 1)[-1]
    for key, value in values.items():
        text = text.replace("{{" + key + "}}", value)
    # Comments explain the template; visitors need not download them.
    text = re.sub(r"[ \t]*<!--.*?-->\n?", "", text, flags=re.S)
    if "{{" in text:
        sys.exit(f"pages.py: {page['id']}: a placeholder of index.html is not filled")
    return text


def main(argv):
    if argv[:1] == ["list"]:
        for page in SITE["pages"]:
            print(page["id"], page["bin"], page["folder"] or ".")
    elif argv[:1] == ["html"] and len(argv) == 2:
        write_styles(pathlib.Path(argv[1]).resolve())
        for page in SITE["pages"]:
            out_dir = pathlib.Path(argv[1]).resolve() / page["id"]
            out_dir.mkdir(parents=True, exist_ok=True)
            (out_dir / "index.html").write_text(page_html(page, out_dir), encoding="utf-8")
    elif argv[:1] == ["check"] and len(argv) == 2:
        missing = [
            p["folder"] or "./"
            for p in SITE["pages"]
            if not (pathlib.Path(argv[1]) / p["folder"] / "index.html").is_file()
        ]
        if missing:
            sys.exit(f"pages.py: no index.html for {', '.join(missing)}")
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
