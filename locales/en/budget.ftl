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

## The residents' pages: the list, a budget, its ballot and its result

# In the main menu, and the heading of the list of budgets.
budget-nav = Citizen budget
budget-list-intro = In a citizen budget, you who live here decide how a sum of money is spent: you propose projects and vote on them.
budget-list-empty = There is no citizen budget at the moment.
# $amount: a sum in kronor, already formatted (100 000).
budget-total = Sum to allocate: { $amount } kronor
# $date: a date, already formatted.
budget-phase-information = Ideas are welcome from { $date }.
budget-phase-ideas = Ideas are welcome until { $date }.
budget-phase-review = The ideas are being reviewed. Voting begins on { $date }.
budget-phase-voting = Voting is open until { $date }.
budget-phase-counting = Voting is over. The result is shown once the votes are counted and the result is certified.
budget-phase-result = The result is certified.
budget-eligibility = Who may vote
# $who: who decides (Stadsdelsnämnden); $number: the case number.
budget-decided-by = The decision is made by { $who } (case number { $number }).
budget-projects = The projects on the ballot
budget-project-cost = Cost: { $amount } kronor
budget-vote-heading = Vote
budget-vote-code = Your voting code
budget-vote-code-hint = The code is on the slip you were given, for example ABCDE-FGHJK. Each code gives one vote.
# $max: how many projects one may choose.
budget-vote-choose-approval = { $max ->
    [one] Choose one project.
   *[other] Choose up to { $max } projects.
}
budget-vote-choose-knapsack = Choose projects that together cost at most { $amount } kronor.
budget-vote-age = Age (optional, only for the figures)
budget-vote-area = Where you live (optional, only for the figures)
budget-vote-submit = Send my vote
budget-vote-refused = The vote could not be counted.
# $receipt: the ballot's receipt number (MB-ABCD-EFGH).
budget-vote-counted = Thank you! Your vote is counted. Your receipt: { $receipt }
budget-result-heading = Result
budget-result-votes = { $count ->
    [one] One vote
   *[other] { $count } votes
}
budget-result-won = Funded
# $count: ballots counted; $digest: a long hexadecimal checksum.
budget-result-ballots = { $count ->
    [one] One vote was counted.
   *[other] { $count } votes were counted.
} The votes are open data; the file's checksum (SHA-256) is { $digest }.

# A link to the file of every ballot, for anyone to count again.
budget-result-file = Every vote (Pabulib file)

## Staff: printed voting codes

budget-codes-title = Voting codes
budget-codes-intro = The codes are shown only once. Print the page and cut the slips apart. Each printing is logged with your name.
budget-codes-count = Number of codes (at most 2000)
budget-codes-purpose = For whom (school, library, meeting)
budget-codes-submit = Make codes to print
# $count: how many codes; $purpose: for whom.
budget-codes-sheet = { $count ->
    [one] One code for { $purpose }
   *[other] { $count } codes for { $purpose }
}
# On each slip. $title: the budget's title; $address: where to vote.
budget-code-slip = Vote in { $title } at { $address }
budget-codes-error = Write a number between 1 and 2000, and whom the codes are for.
