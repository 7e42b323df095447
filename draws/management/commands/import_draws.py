"""python manage.py import_draws FEED.json [MORE.json ...]

Reads IRCC's rounds feed (one or more files, oldest first), upserts draws by
number and the pool distribution by date, and reports what changed.  One
transaction: any bad file or round exits non-zero and writes nothing.
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from draws.feed import FeedError, read_feed
from draws.services import import_rounds


class Command(BaseCommand):
    help = "Import Express Entry rounds of invitations from IRCC's JSON feed (ee_rounds_123_en.json)."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="Feed files, oldest first; later files win.")

    def handle(self, *args, paths, **options):
        rounds, pools = [], []
        try:
            for path in paths:
                file_rounds, file_pools = read_feed(path)
                rounds += file_rounds
                pools += file_pools
        except FeedError as error:
            raise CommandError(f"Nothing imported: {error}") from None
        try:
            report = import_rounds(rounds=rounds, pools=pools)
        except DatabaseError as error:
            raise CommandError(f"Nothing imported: the database refused the data ({error})") from None
        self.stdout.write(
            f"Draws: {report.created} created, {report.updated} updated, {report.unchanged} unchanged. "
            f"Pool distributions: {report.pools_created} created, {report.pools_updated} updated, "
            f"{report.pools_unchanged} unchanged."
        )
        if report.updated_numbers:
            self.stdout.write("Updated: " + ", ".join(report.updated_numbers))
