"""Settings for `make bench` and `make profile`: the site's own, with a URLconf that adds the bare
view every page is measured against. Production settings and URLs carry nothing of the benchmarks."""

from crs_site.settings import *  # noqa: F403 (the site's settings, unchanged)

ROOT_URLCONF = "benchmarks.urls"
