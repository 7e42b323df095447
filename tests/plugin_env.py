"""Loaded with `-p tests.plugin_env` before Django's settings are read: tests
talk plain HTTP to the test client and to a local live server."""

import os

os.environ.setdefault("DJANGO_HTTPS", "0")
