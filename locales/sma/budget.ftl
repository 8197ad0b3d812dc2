# Citizen budgets (medborgarbudget): residents propose projects and vote on how a sum is spent.
# Source: Swedish.
# Machine draft, not reviewed by a native speaker.
# Check first: "årrojebudsjedte" (medborgarbudget, coined from "årroje" and "budsjedte"), "prosjekte" (projekt), "veeljemepaehpere" (röstsedel; "veeljeme" is also a filter's choice in list-empty), "veeljemekode" (röstkod), "illedahkem vihtiestidh" (fastställa resultatet, certify; "vihtiestidh" as in outcome-confirm-title, not "nænnoestidh", the political decision), "maeksieh" (cost).
# "Årroje" = invånare (as audit-action-report); "kode" = kod (as outreach.ftl); "olkese tjaeledh" =
# skriva ut (as letters-print); "Orresth sæjroem" = ladda om sidan (as form-error-missing-key).
# The audit log puts the object first, as the other sma audit-action messages do.

## Refused ballots and voting codes

budget-ballot-empty = Veeljh unnemes aktem prosjektem.
# The ballot had more choices than the budget allows.
budget-ballot-too-many = Datne leah fer jïjnjh prosjekth veeljeme. Domhkesth aktem jïh seedth vihth.
# A knapsack ballot: the chosen projects cost more than the whole budget.
budget-ballot-over = Prosjekth mejtie veeljih, jienebe maeksieh goh abpe budsjedte. Domhkesth aktem jïh seedth vihth.
budget-ballot-unknown = Akte prosjektijste ij veeljemepaehperisnie gååvnesh. Orresth sæjroem jïh veeljh vihth.
budget-error-code = Daate kode ij gååvnesh. Gïehtjh ahte dam rïektes tjaelih.
budget-error-code-used = Daate kode lea joe veeljemisnie nuhtjesovveme. Fïerhte kodine maahtah akten aejkien veeljedh.

## The audit log

audit-action-budget-create = Årrojebudsjedtem sjugniedi
audit-action-budget-project = Prosjektem veeljemepaehperasse bïeji
audit-action-budget-codes = Veeljemekodide olkese tjaeli
audit-action-budget-certify = Illedahkem vihtiesti
