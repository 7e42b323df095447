"""WSGI entry point for gunicorn (`make serve`)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "crs_site.settings")
application = get_wsgi_application()

# gunicorn runs no system checks: refuse here to serve on a public or missing secret key.
from crs_site.checks import refuse_to_serve_without_a_secret_key  # noqa: E402

refuse_to_serve_without_a_secret_key()
