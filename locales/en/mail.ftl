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
