# Citizen budgets (medborgarbudget): residents propose projects and vote on how a sum is spent.
# Source: Swedish.
# Machine draft, not reviewed by a native speaker.
# Check first: "viesátbudsjæhtta" (medborgarbudget, coined from "viesát" and "budsjæhtta"; the accusative "budsjæhtav"), "prosjækta" and its forms "prosjevtav", "prosjevta", "prosjevtajs" (least certain), "jienastimbábbár" (röstsedel), "jienastimkåvddå" (röstkod), "duodastit boadosav" (fastställa resultatet, certify; "duodastit" as in outcome-confirm-title).
# "Viesát" = invånare (as audit-action-report); "kåvddå" = kod (as outreach.ftl); "tjáledit" = skriva
# ut (as letters-print); "Ådåsmahte bielev" = ladda om sidan (as form-error-missing-key). The
# interface spelling with æ is kept.

## Refused ballots and voting codes

budget-ballot-empty = Vállji unnemusát avtav prosjevtav.
# The ballot had more choices than the budget allows.
budget-ballot-too-many = La válljim ilá moadda prosjevta. Válde muhtem prosjevtav ierit ja sáddi vas.
# A knapsack ballot: the chosen projects cost more than the whole budget.
budget-ballot-over = Prosjevta majt válljiji, máksi ienebuv gå ålles budsjæhtta. Válde muhtem prosjevtav ierit ja sáddi vas.
budget-ballot-unknown = Akta prosjevtajs ij la jienastimbábbáran. Ådåsmahte bielev ja vállji vas.
budget-error-code = Dát kåvddå ij gávnnu. Dárkesta jut la dav riekta tjállám.
budget-error-code-used = Dát kåvddå l juo adnum jienastimen. Juohkka kåvdåjn máhtá jienastit dåssju akti.

## The audit log

audit-action-budget-create = Ásadij viesátbudsjæhtav
audit-action-budget-project = Biejaj prosjevtav jienastimbábbárij
audit-action-budget-codes = Tjáledij jienastimkåvdåjt
audit-action-budget-certify = Duodastij boadosav
