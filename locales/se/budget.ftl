# Citizen budgets (medborgarbudget): residents propose projects and vote on how a sum is spent.
# Source: Swedish.
# Machine draft, not reviewed by a native speaker.
# Check first: "ássiidbudjeahtta" (medborgarbudget, coined from "ássi" and "budjeahtta"), "prošeakta" (projekt), "jietnalihppu" (röstsedel), "jienastankoda" (röstkod), "duođaštit boađu" (fastställa resultatet, certify; "duođaštit" as in outcome-confirm-title).
# "Ássi" = invånare (as audit-action-report); "koda" = kod (as outreach.ftl); "čálihit" = skriva ut
# (as letters-print); "Ođasmahte siiddu" = ladda om sidan (as form-error-missing-key).

## Refused ballots and voting codes

budget-ballot-empty = Vállje unnimusat ovtta prošeavtta.
# The ballot had more choices than the budget allows.
budget-ballot-too-many = Don leat válljen menddo olu prošeavttaid. Váldde muhtin eret ja sádde ođđasit.
# A knapsack ballot: the chosen projects cost more than the whole budget.
budget-ballot-over = Prošeavttat maid válljejit, mákset eambbo go olles budjeahtta. Váldde muhtin eret ja sádde ođđasit.
budget-ballot-unknown = Okta prošeavttain ii leat jietnalihpus. Ođasmahte siiddu ja vállje ođđasit.
budget-error-code = Dat koda ii gávdno. Dárkkis ahte leat čállán dan riekta.
budget-error-code-used = Dát koda lea juo geavahuvvon jienasteapmái. Juohke koda addá ovtta jiena.

## The audit log

audit-action-budget-create = Ráhkadii ássiidbudjeahta
audit-action-budget-project = Bijai prošeavtta jietnalihppui
audit-action-budget-codes = Čálihii jienastankodaid
audit-action-budget-certify = Duođaštii boađu
