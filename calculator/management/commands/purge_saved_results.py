"""``manage.py purge_saved_results``: delete the saved results past their lifetime
(SAVED_RESULT_LIFETIME_DAYS). Run it daily from cron on one machine (README, "Deploying")."""

from django.core.management.base import BaseCommand

from calculator.saved.services import saved_results_purge


class Command(BaseCommand):
    help = "Delete the saved results (share links) older than SAVED_RESULT_LIFETIME_DAYS."

    def handle(self, *args, **options):
        deleted = saved_results_purge()
        self.stdout.write(f"{deleted} expired saved result(s) deleted.")
