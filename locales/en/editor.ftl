# Writing dialogues (editors): the list of dialogues, the editor with its language panel,
# publishing, preview and the version history. Also every staff member's own account, and
# the administrators' page of staff accounts.
# English: "synpunkt" is "view", "dialog" "dialogue", "medarbetare" "staff (member)",
# "granskad" (checked by a native speaker) "checked", to keep "review" for moderation.

staff-nav-dialogues = Dialogues
staff-nav-account = My account
staff-nav-staff = Staff

editor-list-title = Dialogues
editor-list-intro = All dialogues, including drafts and closed ones. Write the dialogue in Swedish first, then add the translations one language at a time.
editor-new = New dialogue
# "Läge" (draft / published / closed) is kept apart from the public "Status" (coming soon / open / closed).
editor-state = State
editor-state-draft = Draft
editor-state-published = Published
editor-state-closed = Closed
editor-edit = Edit
editor-history = History

editor-new-title = New dialogue
# $title is the dialogue's Swedish title.
editor-edit-title = Edit: { $title }
editor-common-legend = Applies to all languages
# $language is the name of a language, written in that language (for example "suomi").
editor-texts-legend = Texts – { $language }
# $language as above.
editor-questions-legend = Questions – { $language }
editor-field-title = Title
editor-field-summary = Summary (shown in the list of dialogues)
editor-field-body = Description
editor-field-influence = What residents can influence
editor-field-not-influence = What residents cannot influence
editor-field-decides = Who decides, and how the views will be used
editor-field-reviewed = The texts in this language have been checked by a native speaker
editor-field-place = Area
editor-field-level = Level of involvement
editor-field-groups = Who it's for
editor-field-themes = Topics
editor-field-opens = Opens
editor-field-closes = Closes
editor-field-decision = Decision expected (optional)
editor-field-contact-name = Contact person
editor-field-contact-email = Contact person's email address
editor-field-contact-phone = Contact person's phone number (optional)
editor-field-moderation = Moderation
editor-moderation-pre = Pre-moderation: a view is published only once a moderator has approved it (recommended)
editor-moderation-post = Post-moderation: a view is published straight away and reviewed afterwards
# $number is the question's position: 1, 2, 3...
editor-field-question = Question { $number }
editor-field-new-question = New question (leave blank if you don't want to add one)
editor-date-hint = Write the date as YYYY-MM-DD, for example 2027-03-31.
editor-save = Save
editor-saved = Your changes have been saved as a new version.
editor-created = The dialogue has been created as a draft. Residents cannot see it until it is published.

editor-error-summary = The dialogue could not be saved. Please correct the highlighted fields. Nothing you wrote has been lost.
editor-error-required = Please fill in this field.
editor-error-date = Write the date as YYYY-MM-DD.
editor-error-dates-order = The closing date cannot be before the opening date.
editor-error-choose = Choose at least one option.
editor-error-swedish-first = Write the dialogue in Swedish first. Translations can be added once the Swedish text exists.
editor-error-state = The dialogue is already in that state, or someone else has changed it in the meantime.

editor-panel-heading = Languages
editor-panel-intro = Which texts exist in each language. A draft has not yet been checked by a native speaker.
editor-panel-language = Language
editor-panel-texts = Texts
editor-panel-questions = Questions
editor-text-missing = Missing
editor-text-draft = Draft
editor-text-reviewed = Checked
# $done is how many questions have a text in this language, $total how many questions there are.
editor-panel-questions-count = { $done } of { $total }
editor-panel-actions = Actions
editor-panel-edit = Edit the texts
editor-panel-preview = Preview

editor-publish = Publish
editor-close = Close the dialogue
editor-done-published = The dialogue is published and residents can see it.
editor-done-closed = The dialogue is closed. It no longer accepts views.
editor-confirm-title = Publish without all languages?
editor-confirm-intro = The texts are missing in these languages. Anyone reading in one of them will see the Swedish text and a note saying that the translation is missing.
editor-confirm-check = I want to publish the dialogue anyway, without the missing languages
editor-confirm-submit = Publish anyway
editor-confirm-cancel = Back to the dialogue without publishing
editor-confirm-required = Tick the box to confirm that the dialogue should be published without all languages.
editor-preview-notice = Preview: this is how residents see the dialogue in this language. Views cannot be sent from here.

editor-history-title = Versions
editor-history-intro = Every saved change is a separate version. No version is ever overwritten or deleted.
# $number is the version's number: 1, 2, 3...
# intentionally-same
editor-version = Version { $number }
editor-version-who = By
editor-version-when = When
editor-version-what = Change
version-action-create = Created
version-action-edit = Edited
version-action-publish = Published
version-action-close = Closed
editor-version-show = Show the content of this version

audit-action-dialogue-create = Created a dialogue
audit-action-dialogue-edit = Edited a dialogue
audit-action-dialogue-publish = Published a dialogue
audit-action-dialogue-close = Closed a dialogue

# Every staff member's own account page.
account-title = My account
account-password-heading = Change password
account-current-password = Current password
account-new-password = New password (at least 12 characters)
account-new-password-again = New password again
account-password-submit = Change password
account-done-password = Your password has been changed. You have been signed out everywhere else.
account-error-current = The current password is not correct.
account-error-short = The password must be at least 12 characters long.
account-error-long = The password can have at most 200 characters.
account-error-mismatch = The two new passwords do not match.

# The administrators' page of staff accounts.
staff-admin-title = Staff
staff-admin-intro = Add staff members, change a role or disable an account. Accounts are never deleted: the log must always be able to show who did what.
staff-admin-add-heading = Add a staff member
staff-admin-initial-password = Temporary password (at least 12 characters). Ask the person to change it when they first sign in.
staff-admin-add = Add
staff-admin-role = Role
staff-admin-account = Account
staff-admin-active = Active
staff-admin-disabled = Disabled
staff-admin-change-role = Change role
staff-admin-disable = Disable the account
staff-admin-reset = Reset the password
staff-admin-reset-password = New temporary password
staff-admin-enable = Enable the account
staff-admin-done-added = The staff member has been added.
staff-admin-done-updated = The account has been updated.
staff-admin-done-reset = The password has been reset. The person chooses their own password the next time they sign in.
staff-admin-error-taken = There is already an account with that email address.
staff-admin-error-email = Write an email address, for example name@stockholm.se.
staff-admin-error-self = You cannot disable your own account or change your own role.

audit-action-staff-add = Added a staff member
audit-action-staff-disable = Disabled an account
audit-action-staff-enable = Enabled an account
audit-action-role-change = Changed a role
audit-action-password-change = Changed their password
audit-action-password-reset = Reset a password
