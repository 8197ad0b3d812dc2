# Mails to residents. Plain words: many read them on a phone. No HTML here; links are added
# by the portal on lines of their own.

mail-greeting = Hello,
mail-signature = Kind regards, Hässelby-Vällingby district administration
# $title is the dialogue's title.
mail-confirm-subject = Confirm that you want the feedback: { $title }
mail-confirm-intro = You asked to hear what happens with the dialogue “{ $title }”. Please confirm that this is your e-mail address:
mail-confirm-link = Open the link and press the button:
mail-confirm-ignore = Was it not you who asked? Then ignore this mail. Without confirmation the address is deleted after seven days.
mail-outcome-subject = What happened: { $title }
mail-outcome-intro = You asked to hear what happened with the dialogue “{ $title }”. Here is the district's feedback.
mail-update-subject = New information: { $title }
mail-update-intro = The feedback for the dialogue “{ $title }” has changed. Here is the new version.
mail-outcome-in-swedish = The feedback is not in your language yet. Here it is in Swedish.
mail-outcome-page = Read the feedback on the web:
mail-unsubscribe = Do you want no more mails about the dialogue? Delete your address here:
mail-erase-note = We delete your e-mail address once the feedback has been sent.

# A one-time voting code for a citizen budget. $title: the budget's title.
mail-budget-code-subject = Your voting code: { $title }
mail-budget-code-intro = Here is your voting code for “{ $title }”. Type it on the ballot on the web.
mail-budget-code-vote = Vote here:
mail-budget-code-once = The code is good for one vote. Do not pass it on.
mail-budget-code-ignore = Did you not ask for a voting code? Then you can ignore this e-mail.

# How a proposal fared in a citizen budget, to the proposer who asked. $title: the budget's
# title; $proposal: the proposal's title.
mail-budget-outcome-subject = The result: { $title }
mail-budget-outcome-intro = You made the proposal “{ $proposal }” to “{ $title }”. The result of the vote is now certified.
# $votes: the number of votes, written as a figure.
mail-budget-outcome-won = The proposal was on the ballot and is one of those that get money. Votes: { $votes }. The district council makes the final decision.
mail-budget-outcome-not-won = The proposal was on the ballot but did not get enough votes to get money this time. Votes: { $votes }.
# $reason: the published reason the proposal was kept off the ballot.
mail-budget-outcome-declined = The proposal did not make it onto the ballot. The reason: { $reason }
# $into: the title of the proposal it was merged into.
mail-budget-outcome-merged = The proposal was merged with a similar one: “{ $into }”. How it did is on the result page.
mail-budget-outcome-page = See the whole result:
mail-budget-outcome-erased = We have now erased your contact details.

# A citizen budget's result by e-mail: the confirmation, then the result. $title: the budget's
# title.
mail-budget-follow-subject = Confirm that you want the result: { $title }
mail-budget-follow-intro = You asked to get the result of “{ $title }” by e-mail. Confirm that this is your e-mail address:
mail-budget-follow-ignore = Was it not you who asked? Then you can ignore this e-mail. Without a confirmation we send nothing more, and the address is erased when the result is certified.
mail-budget-result-intro = The result of the vote in “{ $title }” is certified. These projects get money:
# One funded project. $project: its title; $votes: its votes, as a figure.
mail-budget-result-project = – { $project } (votes: { $votes })
mail-budget-result-erased = We have now erased your e-mail address.
