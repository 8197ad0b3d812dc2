# Citizen budgets (medborgarbudget): residents propose projects and vote on how a sum is spent.
# Source: Swedish.

## Refused ballots and voting codes

budget-ballot-empty = Choose at least one project.
# The ballot had more choices than the budget allows.
budget-ballot-too-many = You have chosen too many projects. Remove one and send again.
# A knapsack ballot: the chosen projects cost more than the whole budget.
budget-ballot-over = The projects you chose cost more than the whole budget. Remove one and send again.
budget-ballot-unknown = One of the projects is not on the ballot. Reload the page and choose again.
budget-error-code = There is no such code. Check that you copied it correctly.
budget-error-code-used = This code has already been used to vote. Each code gives one vote.

## The audit log

audit-action-budget-create = Created a citizen budget
audit-action-budget-project = Put a project on the ballot
audit-action-budget-codes = Printed voting codes
audit-action-budget-certify = Certified the result
