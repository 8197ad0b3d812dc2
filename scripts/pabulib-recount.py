#!/usr/bin/env python3
"""Counts a Pabulib file again with pabutools (PyPI), a participatory-budgeting library that is
not ours, and prints the winning projects' ids, one per line. The rule is the file's `rule`
(greedy, or equalshares: the Method of Equal Shares with cost utilities, no completion); ties
are broken as the portal publishes: the cheaper project first, then the lower number.
    end2end/.venv/bin/python scripts/pabulib-recount.py FILE.pb
"""
import sys

from pabutools.election import Cost_Sat, parse_pabulib
from pabutools.rules import greedy_utilitarian_welfare, method_of_equal_shares
from pabutools.tiebreaking import TieBreakingRule

instance, profile = parse_pabulib(sys.argv[1])
ties = TieBreakingRule(lambda inst, prof, project: (project.cost, project.name))
rule = instance.meta["rule"]
if rule == "greedy":
    chosen = greedy_utilitarian_welfare(instance, profile, sat_class=Cost_Sat, tie_breaking=ties)
elif rule == "equalshares":
    chosen = method_of_equal_shares(instance, profile, sat_class=Cost_Sat, tie_breaking=ties)
else:
    sys.exit(f"unknown rule {rule}")
for project in chosen:
    print(project.name)
