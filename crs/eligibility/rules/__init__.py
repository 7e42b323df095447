"""Dated rule tables for eligibility: programs, settlement funds and category rounds.

Each list is oldest first and each table names the day it took effect (``effective_from``) and its
source, like the scoring engine's ``rules/rYYYY_MM_DD.py``; ``crs.dated.in_force`` picks the one in
force, for these tables and the CRS grids alike.
"""
