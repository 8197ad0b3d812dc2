# Translators: the queue, the translation page, working translations of views, the draft notice
# for readers, and the languages' status in the accessibility statement.

role-translator = translator
staff-nav-translations = Translations

translation-queue-title = Translations
translation-your-languages = Your languages
translation-no-languages = You have no languages to translate into yet. Ask an administrator to add your languages.
translation-queue-dialogues = Dialogues that need you
translation-queue-empty = Every dialogue is translated and reviewed in your languages.
translation-queue-views = Views that need translating
translation-views-intro = A moderator marked these views. Write a working translation into Swedish so the moderator can judge the view. Only staff see it.
translation-views-empty = No views in your languages are waiting for a translation.
# The three things a dialogue can need in a language.
translation-need-stale = The Swedish changed after the translation was made
translation-need-missing = Translation missing
translation-need-draft = Draft, not reviewed
translation-done-saved = The translation is saved.
translation-done-view = The working translation is saved. The moderator sees it with the view.

# $title is the dialogue's Swedish title, $language the language's own name.
translation-page-title = Translate “{ $title }” into { $language }
translation-changes-heading = What changed in the Swedish
translation-changes-intro = The Swedish text changed after the translation was made. Removed words are struck through, new words underlined.
translation-diff-removed = removed
translation-diff-added = added
translation-swedish = Swedish
translation-reviewed-hint = Tick when a native speaker has read the text. Readers then no longer see the notice about an unchecked translation.
translation-save = Save the translation
translation-back = Back to translations

translation-view-current = Working translation into Swedish (staff only):
translation-view-add = Write a working translation
translation-view-label = Working translation into Swedish (staff only)
translation-view-submit = Save the working translation
translation-error-view-text = Write the translation (at most 20,000 characters).
staff-done-translated = The working translation is saved.

# Shown to readers where a text in their language is a translation no one has checked.
translation-draft-notice = This translation has not been checked yet.
translation-draft-report = Report a bad translation

staff-admin-languages = Languages to translate into
staff-admin-languages-hint = Only used for translators.
staff-admin-change-languages = Change languages

version-action-translate = Translated
version-action-baseline = Starting point before the first change
audit-action-translate = Translated a dialogue
audit-action-view-translate = Translated a view (working translation)
audit-action-languages-change = Changed a translator's languages

a11y-translations-heading = Translations
a11y-translations-text = The site is in seven languages. Swedish is the original. Where a text in your language has not yet been checked by a native speaker, the page says so. If a translation is wrong or hard to understand, we want to know: write to the contact below which page and which sentence it is.
a11y-locales-caption = The site's languages and whether they are checked
a11y-locales-language = Language
# intentionally-same
a11y-locales-status = Status
a11y-locales-when = Last changed
# intentionally-same
a11y-locale-source = Original
a11y-locale-drafted = Draft, not checked
a11y-locale-reviewed = Checked

# Lättläst: easy-to-read Swedish beside the standard Swedish, written by an editor.
# The switch on the Swedish dialogue page, and back.
dialogue-easy-link = Read in easy Swedish
dialogue-easy-standard = Read in standard Swedish
# $title is the dialogue's Swedish title.
easy-edit-title = Easy Swedish: { $title }
easy-edit-intro = Write the dialogue in easy-to-read Swedish: short sentences, common words, one thing at a time. The standard Swedish is shown above each field. Empty every field to remove the easy version.
easy-edit-saved = The easy Swedish version is saved.
easy-edit-back = Back to the dialogue
easy-standard = Standard Swedish
easy-texts-legend = The texts in easy Swedish
easy-feedback-legend = The feedback in easy Swedish
easy-feedback-hint = Write it once the feedback is published. It is shown on the easy page instead of the standard feedback.
easy-save = Save the easy Swedish version
easy-state-written = Written
easy-questions-shared = Same as in Swedish
