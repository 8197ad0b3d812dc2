# Citizen budgets (medborgarbudget): residents propose projects and vote on how a sum is spent.
# Source: Swedish.
# Machine draft, not reviewed by a native speaker.
# Check first: "asukasbudjetti" (medborgarbudget; Finnish municipalities call the process "osallistuva budjetointi", and "kansalaisbudjetti" was avoided: it also means a plain-language summary of a budget), "hanke" (projekt; or "projekti"), "äänestyslippu" (röstsedel), "äänestyskoodi" (röstkod), "vahvistaa tuloksen" (fastställa resultatet, certify).

## Refused ballots and voting codes

budget-ballot-empty = Valitse vähintään yksi hanke.
# The ballot had more choices than the budget allows.
budget-ballot-too-many = Olet valinnut liian monta hanketta. Poista jokin ja lähetä uudelleen.
# A knapsack ballot: the chosen projects cost more than the whole budget.
budget-ballot-over = Valitsemasi hankkeet maksavat enemmän kuin koko budjetti. Poista jokin ja lähetä uudelleen.
budget-ballot-unknown = Yksi hankkeista ei ole äänestyslipussa. Lataa sivu uudelleen ja valitse uudestaan.
budget-error-code = Koodia ei ole olemassa. Tarkista, että kirjoitit sen oikein.
budget-error-code-used = Tällä koodilla on jo äänestetty. Jokainen koodi antaa yhden äänen.

## The audit log

audit-action-budget-create = Loi asukasbudjetin
audit-action-budget-project = Lisäsi hankkeen äänestyslippuun
audit-action-budget-codes = Tulosti äänestyskoodit
audit-action-budget-certify = Vahvisti tuloksen
