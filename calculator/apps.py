from django.apps import AppConfig
from django.core import checks


class CalculatorConfig(AppConfig):
    name = "calculator"
    verbose_name = "CRS calculator"

    def ready(self):
        from crs_site.checks import check_secret_key

        checks.register(check_secret_key)
