# Status: machine-drafted, not yet reviewed by a native speaker.

# Writing dialogues (editors): the list of dialogues, the editor with its language panel,
# publishing, preview and the version history. Also every staff member's own account, and
# the administrators' page of staff accounts.
# "Govlesadteme" is used for "dialog", as in dialogue.ftl. "Uvtelasse" (proposal) is used for
# "utkast" (draft), "versjovne" for "version", "jarkelidh" (change) for "redigera" (edit),
# "steegkedh" (close) for "avsluta", as in status-closed. "Daaroen gïele" = Swedish.

staff-nav-dialogues = Govlesadtemh
staff-nav-account = Mov konto
staff-nav-staff = Barkijh

editor-list-title = Govlesadtemh
editor-list-intro = Gaajhkh govlesadtemh, aaj uvtelassh jïh steegkesovveme govlesadtemh. Tjaelieh govlesadtemem voestegh daaroen gïelesne, jïh dan mænngan jarkoestimmieh lissiehth, akte gïele akten aejkien.
editor-new = Orre govlesadteme
editor-state = Staatuse
editor-state-draft = Uvtelasse
editor-state-published = Bæjhkoehtovveme
editor-state-closed = Steegkesovveme
editor-edit = Jarkelh
editor-history = Historihke

editor-new-title = Orre govlesadteme
# $title is the dialogue's Swedish title.
editor-edit-title = Jarkelh: { $title }
editor-common-legend = Gaajhkide gïelide
# $language is the name of a language, written in that language (for example "suomi").
editor-texts-legend = Tjaalegh – { $language }
# $language as above.
editor-questions-legend = Gyhtjelassh – { $language }
editor-field-title = Bijjiebaakoe
editor-field-summary = Iktedimmie (vuesiehtåvva govlesadtemi læstosne)
editor-field-body = Buerkiestimmie
editor-field-influence = Daam årrojh maehtieh dïjpedh
editor-field-not-influence = Daam årrojh eah maehtieh dïjpedh
editor-field-decides = Gie nænnoste, jïh guktie vuajnoeh nuhtjesuvvieh
# Literally "Someone who has the language as mother tongue has reviewed the texts in this language".
editor-field-reviewed = Naaken gie gïelem ietniengïeline åtna, lea daan gïelen tjaalegh gïehtjedamme
editor-field-place = Sijjie
editor-field-level = Meatanårromedaltese
editor-field-groups = Ulmiedåehkieh
editor-field-themes = Teemah
editor-field-opens = Rïhpesåvva
editor-field-closes = Steegkesåvva
# Literally "When the decision comes (if you want)".
editor-field-decision = Gåessie nænnoestimmie båata (jis sïjhth)
# "Kontaktealmetje" = contact person; a reviewer may prefer another term.
editor-field-contact-name = Kontaktealmetje
editor-field-contact-email = Kontaktealmetjen e-påasteadresse
editor-field-contact-phone = Kontaktealmetjen telefovnenummere (jis sïjhth)
editor-field-moderation = Moderasjovne
# Literally "Checking before publishing: ... (we recommend this)".
editor-moderation-pre = Gïehtjedimmie åvtelen bæjhkoehtimmiem: vuajnoe barre bæjhkoehtåvva gosse moderatovre lea dam jååhkesjamme (raeriestibie)
editor-moderation-post = Gïehtjedimmie bæjhkoehtimmien mænngan: vuajnoe dallah bæjhkoehtåvva jïh mænngan gïehtjedåvva
# $number is the question's position: 1, 2, 3...
editor-field-question = Gyhtjelasse { $number }
editor-field-new-question = Orre gyhtjelasse (baajh gåaroes jis ih sïjhth gyhtjelassem lissiehtidh)
# The format is spelled out: jaepie (year), askh (month), biejjie (day).
editor-date-hint = Tjaelieh daatoem naemhtie: jaepie-askh-biejjie, vuesiehtimmien gaavhtan 2027-03-31.
editor-save = Vöörhkh
editor-saved = Jorkestimmieh leah vöörhkesovveme orre versjovnine.
editor-created = Govlesadteme lea sjugniedovveme uvtelassine. Årrojh eah dam vuejnieh åvtelen dïhte bæjhkoehtåvva.

# Literally "... Everything you have written is still there."
editor-error-summary = Govlesadteme ij leah vöörhkesovveme. Staeredh dam mij lea mïerhkesjovveme. Gaajhke maam leah tjaaleme, annje gååvnese.
# Literally "Write something in this field."
editor-error-required = Tjaelieh naakede daan sijjese.
editor-error-date = Tjaelieh daatoem naemhtie: jaepie-askh-biejjie.
# Literally "The dialogue cannot close before it opens."
editor-error-dates-order = Govlesadteme ij maehtieh steegkesovvedh åvtelen dïhte rïhpesåvva.
editor-error-choose = Veeljh unnemes aktem.
editor-error-swedish-first = Tjaelieh govlesadtemem voestegh daaroen gïelesne. Jarkoestimmieh maahtah lissiehtidh gosse daaroen tjaalege gååvnese.
editor-error-state = Govlesadtemen lea joe dïhte staatuse, jallh naaken jeatjah lea dam jarkelamme.

editor-panel-heading = Gïelh
editor-panel-intro = Mah tjaalegh fïerhten gïelesne gååvnesieh. Naaken gie gïelem ietniengïeline åtna, ij annje uvtelassem gïehtjedamme.
editor-panel-language = Gïele
editor-panel-texts = Tjaalegh
editor-panel-questions = Gyhtjelassh
editor-text-missing = Fååtesje
editor-text-draft = Uvtelasse
editor-text-reviewed = Gïehtjedovveme
# $done is how many questions have a text in this language, $total how many questions there are.
# Written as a fraction: "3 / 5".
editor-panel-questions-count = { $done } / { $total }
editor-panel-actions = Darjomh
editor-panel-edit = Jarkelh tjaalegh
# Literally "Look first".
editor-panel-preview = Gïehtjh voestegh

editor-publish = Bæjhkoehth
editor-close = Steegkh govlesadtemem
editor-done-published = Govlesadteme lea bæjhkoehtovveme, jïh årrojh dam vuejnieh.
editor-done-closed = Govlesadteme lea steegkesovveme. Dïhte ij vielie vuajnoeh dåastoeh.
editor-confirm-title = Bæjhkoehtidh gaajhkh gïeli namhtah?
editor-confirm-intro = Tjaalegh eah gååvnesh daejnie gïelajgujmie. Gie naakenem daejstie gïelijste lohka, daaroen tjaalegem vuajna jïh bïevnesem ahte jarkoestimmie fååtesje.
editor-confirm-check = Sïjhtem govlesadtemem læjhkan bæjhkoehtidh, dej gïeli namhtah mah fååtesieh
editor-confirm-submit = Bæjhkoehth læjhkan
# Literally "Back to the dialogue (it is not published)".
editor-confirm-cancel = Bååstede govlesadtemasse (ij bæjhkoehtovvh)
# Literally "Mark (the box) that you want to publish the dialogue without all languages."
editor-confirm-required = Mïerhkesjh ahte sïjhth govlesadtemem bæjhkoehtidh gaajhkh gïeli namhtah.
# Literally "This is how residents see the dialogue in this language. ..."
editor-preview-notice = Naemhtie årrojh govlesadtemem daennie gïelesne vuejnieh. Daesnie ij gåaredh vuajnoeh seedtedh.

editor-history-title = Versjovnh
# Literally "... We never change or delete a version."
editor-history-intro = Fïerhte vöörhkesovveme jorkestimmie lea jïjtse versjovne. Ibie gåessie gænnah versjovnem jarkelh jallh jaemiedh.
# $number is the version's number: 1, 2, 3...
editor-version = Versjovne { $number }
editor-version-who = Gie
editor-version-when = Gåessie
editor-version-what = Jorkestimmie
version-action-create = Sjugniedovveme
version-action-edit = Jarkelovveme
version-action-publish = Bæjhkoehtovveme
version-action-close = Steegkesovveme
editor-version-show = Vuesehth daan versjovnen sisvegem

audit-action-dialogue-create = Govlesadtemem sjugniedi
audit-action-dialogue-edit = Govlesadtemem jarkeli
audit-action-dialogue-publish = Govlesadtemem bæjhkoehti
audit-action-dialogue-close = Govlesadtemem steegki

# Every staff member's own account page.
account-title = Mov konto
account-password-heading = Jarkelh baahtsemebaakoem
account-current-password = Daaletje baahtsemebaakoe
account-new-password = Orre baahtsemebaakoe (unnemes 12 mïerhkh)
account-new-password-again = Orre baahtsemebaakoe vihth
account-password-submit = Jarkelh baahtsemebaakoem
# Literally "... Your other sign-ins have ended."
account-done-password = Baahtsemebaakoe lea jarkelovveme. Dov jeatjah sïjse tjaeledimmieh leah nåhkeme.
account-error-current = Daaletje baahtsemebaakoe ij leah rïektes.
account-error-short = Baahtsemebaakoe tjuara unnemes 12 mïerhkh utnedh.
# Machine draft, not reviewed by a native speaker.
account-error-long = Baakoe-jïh-tjaalegisnie maehtieh jeenjemes 200 bokstaavh.
account-error-mismatch = Dah göökte orre baahtsemebaakoeh eah leah seamma.

# The administrators' page of staff accounts.
# "Steegkedh" (close) is used for "stänga av" (disable), "rïhpestidh" (open) for "aktivera".
staff-admin-title = Barkijh
staff-admin-intro = Lissiehth barkijh, jarkelh dåemiedimmiem jallh steegkh kontoem. Ij gåessie gænnah naan konto jaemiedåvva: loggo edtja iktesth maehtedh vuesiehtidh gie mam dorjeme.
staff-admin-add-heading = Lissiehth barkijem
staff-admin-initial-password = Annjebodts baahtsemebaakoe (unnemes 12 mïerhkh). Gihtjh almetjem dam jarkelidh voestes aejkien gosse sïjse tjaala.
staff-admin-add = Lissiehth
staff-admin-role = Dåemiedimmie
# South Sami uses the same word as Swedish ("konto", as in staff.ftl).
# intentionally-same
staff-admin-account = Konto
staff-admin-active = Gaahpode
staff-admin-disabled = Steegkesovveme
staff-admin-change-role = Jarkelh dåemiedimmiem
staff-admin-disable = Steegkh kontoem
# Machine draft, not reviewed by a native speaker.
staff-admin-reset = Orrestehtieh baakoem
# Machine draft, not reviewed by a native speaker.
staff-admin-reset-password = Orre gaskeboehtije baakoe
staff-admin-enable = Rïhpesth kontoem
staff-admin-done-added = Barkije lea lissiehtovveme.
staff-admin-done-updated = Konto lea jarkelovveme.
# Machine draft, not reviewed by a native speaker.
staff-admin-done-reset = Baakoe orrestahteme. Almetje jïjtse baakoem veeljie mubpien aejkien gosse sisnie tjaala.
staff-admin-error-taken = Konto daejnie e-påasteadressine joe gååvnese.
staff-admin-error-email = Tjaelieh e-påasteadressem, vuesiehtimmien gaavhtan nomme@stockholm.se.
staff-admin-error-self = Ih maehtieh dov jïjtsh kontoem steegkedh jallh dov jïjtsh dåemiedimmiem jarkelidh.

audit-action-staff-add = Barkijem lissiehti
audit-action-staff-disable = Kontoem steegki
audit-action-staff-enable = Kontoem rïhpesti
audit-action-role-change = Dåemiedimmiem jarkeli
audit-action-password-change = Baahtsemebaakoem jarkeli
# Machine draft, not reviewed by a native speaker.
audit-action-password-reset = Baakoem orrestehti
