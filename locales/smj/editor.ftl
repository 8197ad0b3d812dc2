# Status: machine-drafted, not yet reviewed by a native speaker.

# Writing dialogues (editors): the list of dialogues, the editor with its language panel,
# publishing, preview and the version history. Also every staff member's own account, and
# the administrators' page of staff accounts.
# "Árvvalus" is used for "utkast" (draft), "værsjåvnnå" for "version" (a reviewer may prefer
# another form), "rievddadit" (change) for "redigera" (edit), "låhpadit" (end) for "avsluta".
# "Dárogiella" = Swedish, as in dialogue.ftl.

staff-nav-dialogues = Dialåvgå
staff-nav-account = Mu kontto
staff-nav-staff = Bargge

editor-list-title = Dialåvgå
editor-list-intro = Gájkka dialåvgå, aj árvvalusá ja låhpadum dialåvgå. Tjále dialåvgåv vuostak dárogiellaj, ja laseda dan maŋŋela jårggålusájt juohkka giellaj sierra.
editor-new = Ådå dialåvggå
editor-state = Stáhtus
editor-state-draft = Árvvalus
editor-state-published = Almodum
editor-state-closed = Låhpadum
editor-edit = Rievddada
editor-history = Historihkka

editor-new-title = Ådå dialåvggå
# $title is the dialogue's Swedish title.
editor-edit-title = Rievddada: { $title }
editor-common-legend = Guoská gájkka gielajda
# $language is the name of a language, written in that language (for example "suomi").
editor-texts-legend = Tevsta – { $language }
# $language as above.
editor-questions-legend = Gatjálvisá – { $language }
editor-field-title = Rubrihkka
editor-field-summary = Tjoahkkájgæsos (vuoseduvvá dialåvgåj listan)
editor-field-body = Govvidus
editor-field-influence = Dási máhtti viesáda vájkkudit
editor-field-not-influence = Dási viesáda e máhte vájkkudit
editor-field-decides = Gut mierret, ja gåktu vuojno aneduvvi
editor-field-reviewed = Dán giela tevstajt la dárkestam ulmusj gesn le dát giella iednegiellan
editor-field-place = Bájkke
editor-field-level = Oassálasstemdásse
editor-field-groups = Ulmmejuohkusa
editor-field-themes = Tiemá
editor-field-opens = Álggá
editor-field-closes = Dahpaduvvá
# Literally "When the decision comes (if you want)".
editor-field-decision = Goassa mærrádus boahtá (jus sidá)
editor-field-contact-name = Guládallamålmåj
editor-field-contact-email = Guládallamålmå e-poasstaadræssa
editor-field-contact-phone = Guládallamålmå telefåvnnånummar (jus sidá)
editor-field-moderation = Moderieribme
# Literally "Checking before publishing: ... (recommended)".
editor-moderation-pre = Dárkestibme åvddål almodime: vuojnno almoduvvá dåssju gå moderatåvrrå l dav dåhkkidam (ævtoduvvá)
editor-moderation-post = Dárkestibme almodime maŋŋela: vuojnno almoduvvá dallánagi ja dárkestuvvá maŋŋela
# $number is the question's position: 1, 2, 3...
editor-field-question = Gatjálvis { $number }
editor-field-new-question = Ådå gatjálvis (ale majdik tjále jus i sidá gatjálvisáv lasedit)
# JJJJ-MM-BB: jahke (year), mánno (month), biejvve (day).
editor-date-hint = Tjále biejvev nav: JJJJ-MM-BB, buojkulvissan 2027-03-31.
editor-save = Vuorkki
editor-saved = Rievddadusá li vuorkkiduvvam ådå værsjåvnnån.
editor-created = Dialåvggå l ásaduvvam árvvalussan. Viesáda e dav vuojne åvddål gå almoduvvá.

# Literally "... Everything you have written is still there."
editor-error-summary = Dialåvggå ij vuorkkiduvvam. Rievddada dav mij l mærkkodum. Gájkka majt la tjállám, ájn gávnnu.
editor-error-required = Dievde dáv gieddev.
editor-error-date = Tjále biejvev nav: JJJJ-MM-BB.
# Literally "The dialogue cannot close before it opens."
editor-error-dates-order = Dialåvggå ij máhte dahpaduvvat åvddål gå álggá.
editor-error-choose = Vállji unnemusát avtav.
editor-error-swedish-first = Tjále dialåvgåv vuostak dárogiellaj. Jårggålusájt máhtá lasedit gå tevsta dárogielan gávnnu.
editor-error-state = Dialåvgån la juo dat stáhtus, jali guhtik ietjá l dav dan gaskan rievddadam.

editor-panel-heading = Giela
editor-panel-intro = Makkir tevsta juohkka gielan gávnnuji. Árvvalusáv ij la ájn dárkestam ulmusj gesn le giella iednegiellan.
editor-panel-language = Giella
editor-panel-texts = Tevsta
editor-panel-questions = Gatjálvisá
editor-text-missing = Ij gávnnu
editor-text-draft = Árvvalus
editor-text-reviewed = Dárkestuvvam
# $done is how many questions have a text in this language, $total how many questions there are.
# Written as a fraction: "3 / 5".
editor-panel-questions-count = { $done } / { $total }
editor-panel-actions = Dago
editor-panel-edit = Rievddada tevstajt
# Literally "See how it is shown".
editor-panel-preview = Gehtja gåktu vuoseduvvá

editor-publish = Almoda
editor-close = Låhpada dialåvgåv
editor-done-published = Dialåvggå l almoduvvam, ja viesáda dav vuojnni.
editor-done-closed = Dialåvggå l låhpadum. Dat ij desti vuosstájválde vuojnojt.
editor-confirm-title = Almodit gájkka gielaj dagi?
editor-confirm-intro = Tevsta e gávnnu dáj gielaj. Guhti låhkå muhtem dáj gielaj, vuojnná tevstav dárogielan ja diedov jut jårggålus ij gávnnu.
editor-confirm-check = Sidáv almodit dialåvgåv huoman, dáj gielaj dagi ma e gávnnu
editor-confirm-submit = Almoda huoman
editor-confirm-cancel = Ruopptot dialåvggåj almodik
# Literally "Mark (the box) that you want to publish the dialogue without all languages."
editor-confirm-required = Mærkkoda jut sidá almodit dialåvgåv gájkka gielaj dagi.
# Literally "This is how residents see the dialogue in this language. ..."
editor-preview-notice = Nav viesáda vuojnni dialåvgåv dán gielan. Dánna ij máhte vuojnojt sáddit.

editor-history-title = Værsjåvnå
# Literally "... We never change or delete a version."
editor-history-intro = Juohkka vuorkkidum rievddadus l sierra værsjåvnnå. Ep goassak værsjåvnåv rievddada jali sihko.
# $number is the version's number: 1, 2, 3...
editor-version = Værsjåvnnå { $number }
editor-version-who = Guhti
editor-version-when = Goassa
editor-version-what = Rievddadus
version-action-create = Ásadum
version-action-edit = Rievddadum
version-action-publish = Almodum
version-action-close = Låhpadum
editor-version-show = Vuoseda dán værsjåvnå sisadnov

audit-action-dialogue-create = Ásadij dialåvgåv
audit-action-dialogue-edit = Rievddadij dialåvgåv
audit-action-dialogue-publish = Almodij dialåvgåv
audit-action-dialogue-close = Låhpadij dialåvgåv

# Every staff member's own account page.
account-title = Mu kontto
account-password-heading = Rievddada bessambágov
account-current-password = Dálásj bessambáhko
account-new-password = Ådå bessambáhko (unnemusát 12 mærka)
account-new-password-again = Ådå bessambáhko vas
account-password-submit = Rievddada bessambágov
# Literally "... Your other sign-ins have been ended."
account-done-password = Bessambáhko l rievddadum. Duv ietjá sisi tjáledime li låhpadum.
account-error-current = Dálásj bessambáhko l boasstot.
account-error-short = Bessambáhko galggá liehket unnemusát 12 mærka guhkke.
# Machine draft, not reviewed by a native speaker.
account-error-long = Bæssansánen máhtti eniemusát 200 mærka.
# Literally "The second new password is not the same as the first."
account-error-mismatch = Nubbe ådå bessambáhko ij la seamma gå vuostasj.

# The administrators' page of staff accounts.
# "Dahpadit" (close) is used for "stänga av" (disable), "rahpat" (open) for "aktivera".
staff-admin-title = Bargge
staff-admin-intro = Laseda barggijt, rievddada roalav jali dahpada kontov. Kontojt ep goassak sihko: loggå galggá máhttet vuosedit guhti dagáj majt.
staff-admin-add-heading = Laseda barggev
staff-admin-initial-password = Gasskabåddåsasj bessambáhko (unnemusát 12 mærka). Gatjáda ulmutjav dav rievddadit vuostasj bále gå sisi tjálet.
staff-admin-add = Laseda
staff-admin-role = Roalla
staff-admin-account = Kontto
staff-admin-active = Dåjmalasj
staff-admin-disabled = Dahpadum
staff-admin-change-role = Rievddada roalav
staff-admin-disable = Dahpada kontov
# Machine draft, not reviewed by a native speaker.
staff-admin-reset = Ådåsmahte bæssansánev
# Machine draft, not reviewed by a native speaker.
staff-admin-reset-password = Ådå gaskaboddasasj bæssansáno
staff-admin-enable = Raba kontov
staff-admin-done-added = Bargge l lasedum.
staff-admin-done-updated = Kontto l rievddadum.
# Machine draft, not reviewed by a native speaker.
staff-admin-done-reset = Bæssansáno l ådåsmahtedum. Ulmusj vállji iesj bæssansánev boahtte bále go sisi tjáli.
staff-admin-error-taken = Kontto dájna e-poasstaadræssajn juo gávnnu.
staff-admin-error-email = Tjále e-poasstaadræssav, buojkulvissan namma@stockholm.se.
staff-admin-error-self = I máhte ietjat kontov dahpadit jali ietjat roalav rievddadit.

audit-action-staff-add = Lasedij barggev
audit-action-staff-disable = Dahpadij kontov
audit-action-staff-enable = Rabáj kontov
audit-action-role-change = Rievddadij roalav
audit-action-password-change = Rievddadij bessambágov
# Machine draft, not reviewed by a native speaker.
audit-action-password-reset = Ådåsmahttij bæssansánev
