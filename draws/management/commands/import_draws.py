"""python manage.py import_draws [FEED.json ... | -] [--url [URL]] [--dry-run] [--overwrite-edits] [--if-empty]

Reads IRCC's rounds feed from files (oldest first), standard input (`-`) or a URL (`--url`
alone: IRCC's own, `settings.DRAWS_FEED_URL`), upserts draws by number and the pool distribution
by date, and reports what it created, updated, left unchanged and kept.  One transaction: any
bad file or round exits non-zero and writes nothing.  A field edited in the admin is kept unless
`--overwrite-edits`.  `--if-empty` imports only into an empty draw table (what `make data` does at
every start, so a restart never reverts an admin's edit).
"""

import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from draws.feed import FeedError, decode_feed, parse_feed, read_feed
from draws.models import Draw
from draws.services import import_rounds, refresh_from_url


class Command(BaseCommand):
    help = "Import Express Entry rounds of invitations from IRCC's JSON feed (ee_rounds_123_en.json)."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", help="Feed files, oldest first; later files win. '-' reads stdin.")
        parser.add_argument(
            "--url",
            nargs="?",
            const="",
            default=None,
            help="Fetch the feed from this URL (alone: IRCC's feed, settings.DRAWS_FEED_URL).",
        )
        parser.add_argument("--dry-run", action="store_true", help="Say what would change and write nothing.")
        parser.add_argument(
            "--overwrite-edits", action="store_true", help="Replace fields edited in the admin with the feed's values."
        )
        parser.add_argument(
            "--if-empty", action="store_true", help="Import only if the draw table is empty (keeps admin edits)."
        )

    def handle(self, *args, paths, url, dry_run, overwrite_edits, if_empty, **options):
        if not paths and url is None:
            raise CommandError("Give feed files, '-' for standard input, or --url.")
        if if_empty and (count := Draw.objects.count()):
            self.stdout.write(f"The draw history already holds {count} rounds: nothing imported (admin edits kept).")
            return
        try:
            if url is not None:
                report = refresh_from_url(
                    url=url or settings.DRAWS_FEED_URL, overwrite_edits=overwrite_edits, dry_run=dry_run
                )
            else:
                rounds, pools = [], []
                for path in paths:
                    file_rounds, file_pools = self._read(path)
                    rounds += file_rounds
                    pools += file_pools
                report = import_rounds(
                    rounds=rounds,
                    pools=pools,
                    overwrite_edits=overwrite_edits,
                    dry_run=dry_run,
                    source=", ".join("standard input" if path == "-" else path for path in paths),
                )
        except FeedError as error:
            raise CommandError(f"Nothing imported: {error}") from None
        except DatabaseError as error:
            raise CommandError(f"Nothing imported: the database refused the data ({error})") from None
        self.stdout.write(report.summary())
        for line in report.details():
            self.stdout.write(line)

    def _read(self, path: str):
        if path != "-":
            return read_feed(path)
        stream = getattr(sys.stdin, "buffer", None)
        body = stream.read() if stream is not None else sys.stdin.read().encode()
        try:
            text = decode_feed(body)
        except FeedError as error:
            raise FeedError(f"standard input: {error}") from None
        return parse_feed(text, "standard input")
