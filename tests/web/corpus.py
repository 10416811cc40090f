"""A small corpus written for the workbench tests: the example article, a dyad that meets and
quarrels over three months, and an article full of script and markup that must render inert."""

import json
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "kim-lavrov-talks.txt"

HOSTILE_TITLE = "<script>alert('title')</script> Protest <b>story</b>"
HOSTILE_TEXT = (
    'Protesters gathered in Paris on Monday. "<script>alert(1)</script> We will not leave," '
    'the organiser Jean Martin said.\n'
    'A banner read <img src="http://evil.example/x.png" onerror="alert(2)"> and '
    '<a href="javascript:alert(3)">click here</a>.\n'
    'French President Emmanuel Macron criticised the protesters on Tuesday.')

DYAD = [
    ("2025-03-03", "Lavrov meets Wang", "Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister "
     "Wang Yi in Beijing on Monday. \"Our talks were useful,\" Lavrov said."),
    ("2025-03-20", "Lavrov and Wang agree", "Russian Foreign Minister Sergei Lavrov signed an agreement with "
     "Chinese Foreign Minister Wang Yi on Thursday."),
    ("2025-04-10", "Lavrov criticises Wang", "Russian Foreign Minister Sergei Lavrov criticised Chinese Foreign "
     "Minister Wang Yi on Thursday."),
    ("2025-05-15", "Lavrov visits Wang", "Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister "
     "Wang Yi in Moscow on Thursday."),
]


def records() -> list[dict]:
    found = [{"id": "example", "title": "Kim and Lavrov hold talks", "published": "2025-07-13",
              "source": "Example Wire", "url": "https://example.org/kim-lavrov",
              "text": EXAMPLE.read_text(encoding="utf-8")},
             {"id": "hostile", "title": HOSTILE_TITLE, "published": "2025-06-02", "source": "<i>Evil</i> Daily",
              "url": "javascript:alert(4)", "text": HOSTILE_TEXT}]
    found += [{"id": f"dyad-{n}", "title": title, "published": day, "source": "Example Wire",
               "url": f"https://example.org/dyad/{n}", "text": text}
              for n, (day, title, text) in enumerate(DYAD)]
    return found


def write(path: Path) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records()), encoding="utf-8")
    return path
