"""The pure engines of the calculator: scoring (CRS points), eligibility (programs, funds, category
rounds) and the planner. Nothing under this package imports Django (tests/crs/test_pure.py holds
that), so the CLI, the API, the benchmarks and the Django pages all call the same functions, and the
rules can be read and tested as plain Python."""
