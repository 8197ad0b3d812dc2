# Feedback (återkoppling): what was heard and decided, shown on the dialogue page; residents
# asking to be told the outcome by e-mail; the editors' feedback pages.

## On the dialogue page
feedback-heading = What happened
feedback-intro = This is the district's feedback: what we heard in the dialogue and what was decided.
# Shown when the feedback is not yet in the reader's language and the Swedish is shown.
feedback-fallback-notice = The feedback is not in your language yet. Here it is in Swedish.
feedback-heard = What we heard
feedback-heard-per-question = Question by question
feedback-decided = What was decided
feedback-decided-by = Decided by
feedback-reference = Reference number
feedback-decided-on = Date of the decision
feedback-protocol = The minutes with the decision
feedback-next = What happens now
# $date is when the feedback was published.
feedback-published = Published { $date }
# $date: the day the decision is planned, in the future.
dialogue-decision-planned = Decision due { $date }
# $date: the day the decision was made, in the past.
dialogue-decision-made = Decided { $date }
dialogue-decision = Decision

## Stages in the list
stage-upcoming = Upcoming
stage-open = Open
stage-awaiting-feedback = Closed – feedback to come
stage-feedback-given = Feedback given
list-filter-feedback = Only dialogues with feedback

## Asking to be told the outcome
outcome-field = Would you like to hear what happens? Your e-mail address (optional)
outcome-field-help = We send a mail in which you confirm the address. It is not kept with your view and is deleted once the feedback has been sent.
outcome-heading = Hear what happens
outcome-intro = Leave your e-mail address and we will mail you when there is feedback. You do not need to have sent a view.
outcome-email = E-mail address
outcome-submit = Send me the feedback
outcome-subscribed = Thank you! We have sent you a mail. Open the link in it to confirm your address.
outcome-subscribed-already = You have already asked for feedback on this dialogue. Look for our mail, in your spam folder too.
outcome-published-already = The feedback is already here on this page.
outcome-error-email = Write an e-mail address, for example name@example.com.
outcome-confirm-title = Confirm your e-mail address
# $title is the dialogue's title.
outcome-confirm-text = You asked to be mailed about what happens with the dialogue “{ $title }”.
outcome-confirm-submit = Yes, mail me the feedback
outcome-confirmed = Thank you! Your address is confirmed. You will get a mail when the feedback is ready.
outcome-confirmed-already = Your address was already confirmed. You will get a mail when the feedback is ready.
outcome-unsubscribe-title = Stop mails about the dialogue
outcome-unsubscribe-text = Do you no longer want mails about the dialogue “{ $title }”? Your address is deleted at once.
outcome-unsubscribe-submit = Delete my address
outcome-unsubscribed = Done. Your address is deleted and you will get no more mails about the dialogue.
outcome-link-gone = This link no longer works. The address may already be deleted, or the link has expired.

## The editors' feedback pages
editor-feedback = Feedback
editor-feedback-title = Feedback: { $title }
editor-feedback-intro = Write what you heard and what was decided. The feedback leads the dialogue's page and is mailed to those who asked for it.
editor-feedback-common-legend = The decision
editor-feedback-texts-legend = The feedback in { $language }
editor-feedback-questions-legend = What we heard, question by question ({ $language })
editor-field-reference = Reference number (diarienummer)
editor-field-decided-on = Date of the decision
editor-field-protocol = Link to the minutes
editor-field-protocol-hint = An address starting with https://
editor-field-heard = What we heard (summary)
editor-field-decided = What was decided, or will be
editor-field-decided-by = Who decides
editor-field-next = What happens now, and when
editor-error-url = Write an address starting with https:// or http://.
editor-feedback-saved = The feedback is saved.
editor-feedback-published = The feedback is published.
# $count is the number of mails put in the outbox.
editor-feedback-mailed = { $count ->
    [one] { $count } mail is being sent.
   *[other] { $count } mails are being sent.
}
editor-feedback-state = Feedback
editor-feedback-not-published = Not published
editor-feedback-published-on = Published { $date }
# $count: residents who confirmed that they want the outcome by e-mail.
editor-feedback-subscribers = { $count ->
    [one] { $count } person has confirmed they want the feedback.
   *[other] { $count } people have confirmed they want the feedback.
}
editor-feedback-publish = Publish the feedback
editor-feedback-publish-update = Publish the changes
editor-feedback-send-update = Mail the changes to those who asked for feedback
editor-feedback-keep = Keep the addresses for at most 30 days to send changes (otherwise they are deleted once the mails are sent)
editor-feedback-swedish-first = Write the feedback in Swedish first.
editor-feedback-overdue = The feedback is overdue
editor-feedback-confirm-title = Publish the feedback without every language?
editor-feedback-confirm-intro = The feedback is missing in these national minority languages. Readers of them get the Swedish text.

## In the audit log and the version history
audit-action-feedback-edit = Changed the feedback
audit-action-feedback-publish = Published the feedback
audit-action-addresses-erased = Deleted e-mail addresses once the feedback was sent
version-action-feedback-edit = Feedback changed
version-action-feedback-publish = Feedback published
editor-feedback-confirm-check = I want to publish the feedback anyway, without the missing languages

## Letters by post, for those who took part on paper, by phone or at a meeting
editor-letters = Letters
# $title is the dialogue's title.
letters-title = Feedback by post: { $title }
letters-intro = These people gave their views on paper, by phone or at a meeting and want the feedback by post. The addresses are shown only when you open them, and that is logged.
letters-language = Language
letters-owed = Letters to send
letters-print = Print the letter
letters-none = Nobody has asked for the feedback by post.
letters-no-feedback = Write the feedback in Swedish first: the letters contain it.
letters-open = Show the addresses
letters-addresses = Addresses
letters-erase = The letters are sent: delete the addresses
# $count: addresses deleted.
letters-erased = { $count ->
    [one] { $count } address is deleted.
   *[other] { $count } addresses are deleted.
}
letters-greeting = Hello,
letters-letter-intro = You gave a view in the dialogue “{ $title }” and asked to hear what happened. Here is the district's feedback.
letters-web = You can also read the feedback on the web:
entry-post = Wants the feedback by post
entry-post-name = Name on the letter
entry-post-address = Postal address
entry-post-help = The address is not kept with the view. It is deleted once the letters are sent.
audit-action-addresses-opened = Opened postal addresses
