"""python manage.py refresh_draws [--url URL] [--overwrite-edits]

For cron or a systemd timer: fetches IRCC's rounds feed (conditionally: an unchanged feed costs
a 304) and imports it.  Prints nothing when nothing changed, so cron mails only news; prints
what changed otherwise; exits non-zero and writes nothing when the feed is unreachable or bad.
Two runs at once are safe: imports take a lock and run one after the other.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from draws.feed import FeedError
from draws.services import refresh_from_url


class Command(BaseCommand):
    help = "Fetch IRCC's rounds feed and import what changed (quiet when nothing did)."

    def add_arguments(self, parser):
        parser.add_argument("--url", default="", help="The feed's URL (default: settings.DRAWS_FEED_URL).")
        parser.add_argument(
            "--overwrite-edits", action="store_true", help="Replace fields edited in the admin with the feed's values."
        )

    def handle(self, *args, url, overwrite_edits, verbosity, **options):
        try:
            report = refresh_from_url(url=url or settings.DRAWS_FEED_URL, overwrite_edits=overwrite_edits)
        except FeedError as error:
            raise CommandError(f"Nothing imported: {error}") from None
        except DatabaseError as error:
            raise CommandError(f"Nothing imported: the database refused the data ({error})") from None
        if report.changed or verbosity >= 2:
            self.stdout.write(report.summary())
            for line in report.details():
                self.stdout.write(line)
