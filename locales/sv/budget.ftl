# Citizen budgets (medborgarbudget): residents propose projects and vote on how a sum is spent.
# Source: Swedish.

## Refused ballots and voting codes

budget-ballot-empty = Välj minst ett projekt.
# The ballot had more choices than the budget allows.
budget-ballot-too-many = Du har valt för många projekt. Ta bort något och skicka igen.
# A knapsack ballot: the chosen projects cost more than the whole budget.
budget-ballot-over = Projekten du valt kostar mer än hela budgeten. Ta bort något och skicka igen.
budget-ballot-unknown = Ett av projekten finns inte på röstsedeln. Ladda om sidan och välj igen.
budget-error-code = Koden finns inte. Kontrollera att du skrivit av den rätt.
budget-error-code-used = Koden har redan använts för att rösta. Varje kod ger en röst.

## The audit log

audit-action-budget-create = Skapade medborgarbudget
audit-action-budget-project = Satte projekt på röstsedeln
audit-action-budget-codes = Skrev ut röstkoder
audit-action-budget-certify = Fastställde resultatet
