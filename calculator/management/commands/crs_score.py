"""``manage.py crs_score FILE``: score profiles in the CRS profile format from a file or stdin.

An object in gives an object out; a list gives a list in the same order, with ``{"error": ...}``
in place of each profile that cannot be scored, so one bad row does not hide the others. Any
failure makes the exit status non-zero (CommandError), which scripts can test; bad JSON is reported
in one line, without a traceback.
"""

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from crs.projection import project_request
from crs.scoring import ProfileError, score


class Command(BaseCommand):
    help = "Score CRS profiles (JSON object or list, profile-format.md) and print the breakdowns as JSON."
    # The command line scores files: no session, no database, no server. The site's checks (a
    # production secret key above all) are for serving; the README's `manage.py crs_score` must
    # work on a fresh clone, where DEBUG is off by default and no key is set.
    requires_system_checks: list[str] = []
    stealth_options = ("stdin",)

    def add_arguments(self, parser):
        parser.add_argument("file", help="JSON file with one profile or a list of them; - reads stdin")
        parser.add_argument(
            "--projection",
            action="store_true",
            help='read {"profile": {...}, "date_of_birth": "YYYY-MM-DD", ...} requests (one or a list) and print '
            "the score month by month, as POST /api/projection answers",
        )

    def handle(self, *args, **options):
        data = _load(options["file"], options.get("stdin") or sys.stdin)
        run = _project_or_error if options.get("projection") else _score_or_error
        if isinstance(data, list):
            results = [run(profile) for profile in data]
            failed = sum("error" in result for result in results)
        elif isinstance(data, dict):
            results = run(data)
            failed = "error" in results
        else:
            raise CommandError("expected a JSON object (one profile) or a list of profiles")
        self.stdout.write(json.dumps(results, indent=2, ensure_ascii=False))
        if failed:
            count = f"{failed} of {len(data)} profiles" if isinstance(data, list) else "the profile"
            raise CommandError(f'{count} could not be scored; see the "error" entries')


def _load(name, stdin):
    try:
        if name == "-":
            text = stdin.read()
        else:
            with open(name, encoding="utf-8") as file:
                text = file.read()
    except OSError as error:
        raise CommandError(f"cannot read {name}: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise CommandError(f"{name} is not UTF-8 text") from None
    try:
        return json.loads(text)
    except ValueError as error:
        raise CommandError(f"{'stdin' if name == '-' else name} is not valid JSON: {error}") from None
    except RecursionError:
        raise CommandError("the JSON is nested too deeply") from None


def _project_or_error(request):
    try:
        return project_request(request)
    except ProfileError as error:
        return {"error": str(error)}


def _score_or_error(profile):
    try:
        return score(profile)
    except ProfileError as error:
        return {"error": str(error)}
