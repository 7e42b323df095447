"""The golden files, read once: expected breakdowns and raw-score → CLB vectors."""

import json
from pathlib import Path

GOLDEN = Path(__file__).resolve().parents[2] / "data" / "golden"
CASES = json.loads((GOLDEN / "cases.json").read_text())["cases"]
CLB_VECTORS = json.loads((GOLDEN / "clb.json").read_text())["vectors"]
