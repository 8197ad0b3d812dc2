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

## Staff: the list of budgets

budget-staff-nav = Citizen budgets
budget-staff-title = Citizen budgets
budget-staff-unpublished = not published
# intentionally-same
budget-staff-budget = Budget
budget-staff-phase = Phase
budget-staff-actions = Actions
# Short names of a budget's phases (SKR's steps), for lists.
# intentionally-same
budget-phase-name-information = Information
budget-phase-name-ideas = Ideas
budget-phase-name-review = Review
budget-phase-name-voting = Voting
budget-phase-name-counting = Voting is over
budget-phase-name-result = Result

## Staff: paper ballots, entered by two people

budget-paper-title = Paper ballots
budget-paper-intro = Each ballot is entered twice, by two different people. It counts only when both entries agree. The code on the ballot can then no longer be used on the web.
budget-paper-code = The code on the ballot
budget-paper-projects = Projects ticked on the ballot
budget-paper-submit = Save the entry
budget-paper-first = The ballot has been entered once. Another person enters the same ballot before it counts.
# $receipt: the ballot's receipt number.
budget-paper-counted = Both entries agree. The ballot is counted, receipt number { $receipt }.
budget-paper-disagree = This entry differs from an earlier entry of the same ballot. The ballot does not count yet: ask a third person to read the ballot and enter it.
budget-paper-refused = The entry was not saved.
budget-paper-error-same-person = You have already entered this ballot. Another person makes the second entry.
budget-paper-closed = Paper ballots can be entered while voting is open and until the result is certified.
# $once: sheets entered once; $disagree: sheets whose entries differ.
budget-paper-waiting = Waiting for a second entry: { $once }. Entries that differ: { $disagree }.

## Staff: the certified result

budget-certify-title = Certify the result
budget-certify-intro = Voting is over. When you certify the result, the votes are counted, the result is published with your name in the log and the checksum of the ballot file, and every unused code stops working. This cannot be undone.
budget-certify-submit = Count and certify the result
budget-certify-done = The result is certified.
budget-certify-see = See the result
budget-certify-not-yet = The result can be certified once voting is over.

## Residents' proposals (the ideas phase)

budget-proposals = Residents' proposals
budget-proposal-heading = Make a proposal
budget-proposal-intro = You do not need an account. Describe what you would like the money to be spent on. Your proposal is read before it is published here, and then reviewed in the open: whether it can go on the ballot or not, and why.
budget-proposal-title = What do you propose? (a short heading)
budget-proposal-description = Describe your proposal
budget-proposal-area = Where?
budget-proposal-whole-district = The whole district
budget-proposal-estimate-label = What do you think it costs, in kronor? (if you know)
budget-proposal-estimate-hint = Digits only. It does not matter if you do not know: the administration works out the cost.
budget-proposal-contact = Contact for questions (if you wish)
budget-proposal-contact-hint = E-mail or phone. Only the administration sees it, and it is erased once the decision is made.
budget-proposal-submit = Send the proposal
budget-proposal-thanks = Thank you for your proposal! It is read before it is published on this page.
# $amount: the proposer's own estimate, in kronor.
budget-proposal-estimate = The proposer's estimate: { $amount } kr
budget-proposal-open = The proposal is being reviewed.
# Followed by the reason the district gives.
budget-proposal-declined = The proposal did not go on the ballot:
# Followed by a link to the proposal it became part of.
budget-proposal-merged = The proposal was merged with:

## Staff: reviewing proposals

budget-review-title = Proposals and review
budget-review-intro = Moderators publish or hide new proposals, as with views. Editors review the published ones before voting: is it within the district's mandate, what does it cost, does it add no running costs, is it lawful and open to all? The reason is published.
budget-review-empty = No proposals yet.
budget-review-state = Status
budget-review-status-proposed = Waiting for moderation
budget-review-status-hidden = Hidden
budget-review-status-open = Published, under review
budget-review-status-ballot = On the ballot
budget-review-status-declined = Not on the ballot
budget-review-status-merged = Merged
budget-review-publish = Publish
budget-review-hide = Hide
budget-review-decision = Decision
budget-review-decision-ballot = On the ballot
budget-review-decision-decline = Not on the ballot
budget-review-decision-merge = Merge with another proposal
budget-review-cost = Cost in kronor (for the ballot)
budget-review-into = Merge with
budget-review-reason = Reason (published)
# A project's cost that is not a whole number of kronor within the budget.
budget-error-amount = Write the cost in whole kronor, more than nothing and at most the whole budget.
budget-review-submit = Save the decision
audit-action-budget-proposal-moderate = Moderated a budget proposal
audit-action-budget-proposal-review = Reviewed a budget proposal

## After the count: figures, the decision, the follow-up

# With the certified result: who voted, from what voters chose to say about themselves.
budget-figures-heading = Who voted
budget-figures-intro = Ballots by age and by how the vote came in. The voter gave their age themselves, if they wished.
budget-figures-by-age = Ballots by age
budget-figures-by-channel = Ballots by how the vote came in
budget-figures-channel = How
budget-figures-ballots = Ballots
budget-figures-not-said = Not given
# The council decided otherwise than the vote; followed by the published reason.
budget-decision-funded = Decision: the project is funded.
budget-decision-not-funded = Decision: the project is not funded.
# Residents' page: a funded project's implementation.
budget-followup-heading = Implementation
# $status: the newest step, e.g. "Started".
budget-followup-now = Status: { $status }
budget-followup-status-planned = Planned
budget-followup-status-started = Started
budget-followup-status-done = Done
budget-followup-status-stopped = Stopped

## Staff: decision and follow-up

budget-followup-title = Decision and follow-up
budget-followup-intro = After the certified result. Administrators record the decision where it differs from the vote, always with a reason that is published. Editors add implementation steps to the funded projects.
budget-followup-not-yet = Follow-up starts when the result is certified.
budget-followup-not-won = Did not win the vote
budget-followup-fund = Is the project funded?
budget-followup-fund-yes = Yes, the project is funded
budget-followup-fund-no = No, the project is not funded
budget-followup-reason = Reason (published)
budget-followup-decide = Save the decision
budget-followup-step = Step
budget-followup-date = Date
budget-followup-note = What has happened? (published)
budget-followup-add = Add the step
audit-action-budget-decision = Recorded a decision on a budget project
audit-action-budget-milestone = Added an implementation step to a budget project

## Staff: writing a budget (the editor)

budget-editor-new-title = New citizen budget
budget-editor-new-intro = Write the budget in Swedish first. It is saved as a draft; then you add the texts in the other languages and publish.
budget-editor-edit-title = Edit citizen budget
budget-editor-swedish-texts = The texts in Swedish
budget-editor-settings = Settings
budget-editor-create = Create the draft
budget-editor-title = Title
budget-editor-summary = Summary: what the money is for and how it works
budget-editor-eligibility = Who may vote and propose
budget-editor-total = Sum in kronor
budget-editor-total-hint = Whole kronor, for example 500 000.
budget-editor-method = Voting method
budget-editor-method-approval = Choose a number of projects (recommended)
budget-editor-method-knapsack = Choose projects that fit in the budget
budget-editor-max-choices = How many projects may be chosen?
budget-editor-max-choices-hint = Only when choosing a number of projects: from 1 to 20.
budget-editor-rule = How the votes are counted
budget-editor-rule-greedy = Most votes first, as far as the money goes
budget-editor-rule-equalshares = Equal shares (Method of Equal Shares)
budget-editor-area = Area
budget-editor-whole-district = The whole district
budget-editor-ideas-opens = Proposals accepted from
budget-editor-ideas-closes = Proposals accepted until
budget-editor-voting-opens = Voting opens
budget-editor-voting-closes = Voting closes after
budget-editor-decided-by = Who decides
budget-editor-diarienummer = Registration number (diarienummer)
budget-editor-error-phases-order = Voting can open only after the last day for proposals.
budget-editor-settings-locked = Voting has opened, so the settings can no longer be changed. The texts can still be corrected.
budget-editor-save-settings = Save the settings
budget-editor-text-written = Written
# $language: the language's name in itself, e.g. "Suomi".
budget-editor-texts-in = The texts in { $language }
budget-editor-save-texts = Save the texts
budget-editor-publish-heading = Publish
budget-editor-draft = The budget is a draft and residents cannot see it.
budget-editor-missing-languages = These minority languages have no texts. Residents will then see the Swedish text, marked as Swedish.
budget-editor-confirm = Publish anyway, without these languages
budget-editor-confirm-needed = Confirm that the budget is published without the missing languages, or add the texts first.
budget-editor-is-published = The budget is published.
budget-editor-public-page = See the residents' page
budget-editor-done-created = The draft is created. Add the texts in the other languages and publish.
budget-editor-done-saved = Saved.
budget-editor-done-published = The budget is published and residents can see it.
budget-editor-versions = Versions
budget-editor-version-number = No.
budget-editor-version-when = When
budget-editor-version-who = Who
budget-editor-version-what = What
budget-editor-action-create = Created the draft
budget-editor-action-settings = Changed the settings
budget-editor-action-texts = Wrote the texts
budget-editor-action-publish = Published
audit-action-budget-edit = Changed a citizen budget
audit-action-budget-publish = Published a citizen budget

## Staff: proposals from paper, phone or meetings

budget-enter-heading = Type in a proposal from paper, a phone call or a meeting
budget-enter-intro = Type the proposal as it was given, in the language it is written in. It is then moderated and reviewed like every other proposal.
budget-enter-channel = How did the proposal come in?
budget-enter-language = The language the proposal is written in
budget-enter-description = The proposal, as written
budget-enter-estimate = The proposer's estimate in kronor (if given)
budget-enter-contact = The proposer's contact for questions (if given)
budget-enter-submit = Save the proposal
# $number: the proposal's number on this page.
budget-enter-done = Proposal no. { $number } is entered. It is waiting for moderation.
audit-action-budget-proposal-enter = Typed in a budget proposal from paper, a phone call or a meeting

## Voting codes by e-mail and open voting

budget-code-heading = Get a voting code by e-mail
budget-code-intro = No voting code? Type your e-mail address and we will send a code that is good for one vote. Each address gets one code. The address is not stored: only a check value that cannot be turned back into it, erased when the result is certified.
budget-code-email = Your e-mail address
budget-code-submit = Send me a voting code
budget-code-sent = If the address has not had a code before, one is on its way. Look in your e-mail, the spam folder too.
budget-vote-code-hint-open = If you have a code, type it here. This time you can also vote without a code: leave the field empty.
budget-figures-by-kind = Ballots by way of voting
budget-figures-kind = Way
budget-credential-kind-printed = Printed voting code
budget-credential-kind-email = Voting code by e-mail
budget-credential-kind-open = Without a code (open voting)
budget-editor-credentials = Ways to vote besides printed codes
budget-editor-credentials-hint = Printed voting codes are always there. Each person has one vote, whichever way it comes.
budget-editor-email-codes = Residents can get a voting code by e-mail
budget-editor-open-voting = Open voting: people can vote without a code
budget-editor-open-voting-hint = Only where the administration has decided so. Votes without a code are limited per address like views and reported apart in the result, so they can be audited afterwards.

## Residents' proposal form: the outcome by mail

budget-proposal-outcome = E-mail me how the proposal did
budget-proposal-outcome-hint = When the result is certified. Then type your e-mail address as the contact. It is erased once the e-mail is sent.

## The result by e-mail (any resident, voter or not)

budget-follow-heading = Get the result by e-mail
budget-follow-intro = We e-mail you once, when the result is certified. Your address is not stored with any vote, and it is erased once the e-mail is sent.
budget-follow-email = Your e-mail address
budget-follow-submit = E-mail me the result
budget-follow-asked = We have sent an e-mail to the address. Open the link in it and confirm, or we send nothing more.
budget-follow-confirmed = Thank you! The address is confirmed. You will get an e-mail when the result is certified.
# $title: the budget's title.
budget-follow-confirm-text = You asked to get the result of “{ $title }” by e-mail.
budget-follow-confirm-submit = Yes, e-mail me the result

## Voting stations: a staffed device where residents vote with their code

budget-station-title = Voting stations
budget-station-intro = A voting station is a computer or tablet where residents vote with their code while staff are at hand, for instance at the library or at a meeting. Open the station here, then open the link on the device. Ballots from the device are marked as cast at the station. Close the station at the end of the day.
# $place: the place the editor named, for example "Vällingby library".
budget-station-opened = The voting station { $place } is open. Open this link on the device (it is shown only now):
budget-station-place = Place
budget-station-open = Open a voting station
budget-station-list = Voting stations of the budget
budget-station-opened-at = Opened
budget-station-status = State
budget-station-status-open = Open
budget-station-status-closed = Closed
# A button; $place names the station, so that each button says which it closes.
budget-station-close = Close { $place }
# Shown on the station's device above the ballot.
budget-station-here = This is a voting station: { $place }. Ballots cast here are marked as cast at the station. Staff are glad to help.
budget-station-closed = The voting station is closed. Ask the staff, or vote on the web with your code.
audit-action-budget-station-open = Opened a voting station
audit-action-budget-station-close = Closed a voting station

## Where ballots were cast, in the figures

budget-channel-web = On the web
budget-channel-paper = On paper
budget-channel-station = At a voting station
budget-credential-kind-class = Code for a school class

## Children: class sessions and the ballot in easy Swedish (lättläst)

budget-codes-class = The codes are for a school class
budget-codes-class-hint = The slips send the children to the ballot in easy Swedish, and their ballots are counted apart.
# Printed on each slip of a class session, in easy Swedish (this text is the English page's; slips use the Swedish one). $address: the children's ballot.
budget-code-slip-children = Vote at { $address } with the code below.
budget-children-link = Ballot in easy Swedish, for children and young people
# Plain English: short sentences, common words.
budget-children-counted = Thank you! Your vote is counted. Your number is { $receipt }.
budget-children-choose = { $count ->
    [one] Choose one idea you like.
   *[other] Choose up to { $count } ideas you like.
}
budget-children-choose-knapsack = Choose the ideas you like. Together they may cost at most { $amount } kronor.
budget-children-code = Your code
budget-children-code-hint = The code is on the slip you got.
budget-children-age = How old are you? (You do not have to answer.)
budget-children-submit = Vote
budget-children-closed = You cannot vote right now.
budget-children-all = See the whole page about the budget
budget-easy-title = Ballot in easy Swedish
budget-easy-intro = Write the budget and each project in easy Swedish (lättläst), for the children's ballot. Short sentences and common words. A box left empty shows the standard Swedish text.
budget-easy-saved = The easy Swedish is saved.
budget-easy-budget-title = Title in easy Swedish
budget-easy-budget-summary = The budget in short, in easy Swedish
budget-easy-project-title = The project's name in easy Swedish
budget-easy-project-text = The project in easy Swedish
budget-easy-submit = Save
budget-easy-see = See the children's ballot
audit-action-budget-easy-text = Wrote easy Swedish for a budget
