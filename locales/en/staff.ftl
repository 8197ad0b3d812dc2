# The staff side: signing in, and the moderation queue.

staff-login-title = Staff sign-in
staff-login-intro = Signing in is for district staff only. Residents do not need an account.
staff-email = Email address
staff-password = Password
staff-login-submit = Sign in
staff-login-error-bad-credentials = Wrong email address or password.
staff-login-error-throttled = Too many attempts. Wait a minute and try again.
staff-logout = Sign out
# $email is the signed-in person's address, $role their role (one of the role- messages).
staff-signed-in-as = Signed in as { $email } ({ $role })
role-admin = administrator
role-editor = editor
# intentionally-same
role-moderator = moderator

staff-moderation-title = Review views
staff-moderation-intro = Oldest first. Approve what follows the rules; reject with a reason from the moderation policy. Nothing is deleted: everything is kept as a public record.
staff-moderation-count = { $count ->
    [0] No views are waiting for review.
    [one] One view is waiting for review.
   *[other] { $count } views are waiting for review.
}
staff-view-dialogue = Dialogue
staff-view-language = Language
staff-view-received = Received
staff-view-reference = Reference number
staff-view-consent = May be published
staff-view-consent-no = No, only for the summary
staff-view-consent-yes = Yes
staff-view-flagged = May contain personal data (identity number, phone number or email). Read carefully.
staff-approve = Approve
staff-reject = Reject
staff-reject-reason = Reason for rejecting
reason-personal-data = Personal data
reason-threat = Threat or incitement
reason-offensive = Offensive
reason-off-topic = Off topic
reason-spam = Spam or advertising
reason-duplicate = Duplicate
staff-done-approved = The view is approved and published.
staff-done-rejected = The view is rejected. It stays in the archive.

staff-error-not-signed-in = You need to sign in to see this page.
staff-error-forbidden = Your role does not give access to this page.
staff-error-change-password-first = Your password has been reset. Choose your own password before you go on.
staff-error-csrf = The form could not be verified. Reload the page and try again.
staff-error-gone = Someone else has already reviewed this view.

# The navigation between staff pages, and the audit log (administrators).
staff-nav-label = Staff menu
staff-nav-moderation = Review views
staff-nav-audit = Log
staff-audit-title = Log of actions
staff-audit-intro = Who did what, when and why. The log cannot be changed or deleted. Newest first, at most 200 rows.
staff-audit-filter = Show action
staff-audit-filter-any = All actions
staff-audit-filter-submit = Show
staff-audit-when = When
staff-audit-who = Who
staff-audit-what = Action
staff-audit-target = Concerns
staff-audit-reason = Reason
staff-audit-empty = No actions to show.
audit-action-login = Sign-in
audit-action-login-failed = Failed sign-in
audit-action-approve = Approved a view
audit-action-reject = Rejected a view

# Hiding a published view (and showing it again): for what should not have been published.
staff-published-heading = Published views (the latest 50)
staff-hidden-heading = Hidden views
staff-hide = Hide
staff-hide-reason = Reason for hiding
staff-restore = Show again
staff-done-hidden = The view is hidden. The original stays in the archive.
staff-done-restored = The view is shown again.
audit-action-hide = Hid a view
audit-action-restore = Showed a view again

# Approving several pending views at once.
# Next to each pending view: the checkbox that selects it for approving together.
staff-bulk-select = Select to approve
staff-bulk-approve = Approve selected
staff-done-approved-many = { $count ->
    [0] No view was selected.
    [one] One view was approved and published.
   *[other] { $count } views were approved and published.
}
