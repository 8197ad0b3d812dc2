# Citizen budgets (medborgarbudget): residents propose projects and vote on how a sum is spent.
# Source: Swedish.
# Machine draft, not reviewed by a native speaker.
# Check first: "asukasbudjetti" (medborgarbudget, coined), "budjetti" (a Meänkieli loan such as "pudjetti" may be more usual), "projekti", "äänestyslappu" (röstsedel), "äänestyskoodi" (röstkod), "vahvistaa tuloksen" (fastställa resultatet, certify).
# Meänkieli: follows the other fit files: "sie", "oon", "uuesti", "lähättää", "Päivitä sivu", "printata" (print), "koodi", "valitte" (imperative).

## Refused ballots and voting codes

budget-ballot-empty = Valitte ainaki yks projekti.
# The ballot had more choices than the budget allows.
budget-ballot-too-many = Sie olet valinnu liian monta projektia. Ota joku pois ja lähätä uuesti.
# A knapsack ballot: the chosen projects cost more than the whole budget.
budget-ballot-over = Projektit jokka sie olet valinnu maksava enämpi ko koko budjetti. Ota joku pois ja lähätä uuesti.
budget-ballot-unknown = Yks projekteista ei ole äänestyslapussa. Päivitä sivu ja valitte uuesti.
budget-error-code = Sitä koodia ei ole. Tarkasta ette sie olet kirjottanu sen oikein.
budget-error-code-used = Tällä koodilla oon jo äänestetty. Joka koodi antaa yhen äänen.

## The audit log

audit-action-budget-create = Loi asukasbudjetin
audit-action-budget-project = Pani projektin äänestyslappuun
audit-action-budget-codes = Printtasi äänestyskoodit
audit-action-budget-certify = Vahvisti tuloksen
