"""Rewrite the README's quick-start transcript with what the command prints now.

    python tools/refresh_readme_transcript.py

tests/integration/test_docs.py fails whenever the transcript and the real output differ.
"""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARKER = "<!-- transcript: newsgraph "


def main() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(re.escape(MARKER) + r"(.*?) -->\n```text\n(.*?)\n```", readme, re.S)
    if not match:
        sys.exit("README.md has no transcript block")
    output = subprocess.run([sys.executable, "-m", "newsgraph", *match.group(1).split()], cwd=ROOT,
                            capture_output=True, text=True, check=True).stdout.rstrip("\n")
    updated = readme[:match.start(2)] + output + readme[match.end(2):]
    (ROOT / "README.md").write_text(updated, encoding="utf-8")


if __name__ == "__main__":
    main()
