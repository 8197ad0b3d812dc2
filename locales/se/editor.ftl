# Status: machine-drafted, not yet reviewed by a native speaker.

# Writing dialogues (editors): the list of dialogues, the editor with its language panel,
# publishing, preview and the version history. Also every staff member's own account, and
# the administrators' page of staff accounts.
# "Luonus" is used for "utkast" (draft), "veršuvdna" for "version", "rievdat" (change) for
# "redigera" (edit). "Loahpahit" (end) is used for "avsluta"; the public status stays "Gitta".
# "Ruoŧagiella" = Swedish.

staff-nav-dialogues = Dialogat
staff-nav-account = Mu konto
staff-nav-staff = Bargit

editor-list-title = Dialogat
editor-list-intro = Buot dialogat, maiddái luonusat ja loahpahuvvon dialogat. Čále dialoga vuos ruoŧagillii, ja lasit dasto jorgalusaid juohke gillii sierra.
editor-new = Ođđa dialoga
editor-state = Dilli
editor-state-draft = Luonus
editor-state-published = Almmuhuvvon
editor-state-closed = Loahpahuvvon
editor-edit = Rievdat
editor-history = Historjá

editor-new-title = Ođđa dialoga
# $title is the dialogue's Swedish title.
editor-edit-title = Rievdat: { $title }
editor-common-legend = Guoská buot gielaide
# $language is the name of a language, written in that language (for example "suomi").
editor-texts-legend = Teavsttat – { $language }
# $language as above.
editor-questions-legend = Gažaldagat – { $language }
editor-field-title = Bajilčála
editor-field-summary = Čoahkkáigeassu (čájehuvvo dialogaid listtus)
editor-field-body = Govvádus
editor-field-influence = Dása sáhttet ássit váikkuhit
editor-field-not-influence = Dása eai sáhte ássit váikkuhit
editor-field-decides = Gii mearrida, ja movt oaivilat geavahuvvojit
editor-field-reviewed = Dán giela teavsttaid lea dárkkistan olmmoš geas lea dát giella eatnigiellan
editor-field-place = Báiki
editor-field-level = Searvandássi
editor-field-groups = Ulbmiljoavkkut
editor-field-themes = Fáttát
editor-field-opens = Rahpasa
editor-field-closes = Giddejuvvo
editor-field-decision = Goas mearrádus vurdojuvvo (eaktodáhtolaš)
editor-field-contact-name = Oktavuođaolmmoš
editor-field-contact-email = Oktavuođaolbmo e-boastačujuhus
editor-field-contact-phone = Oktavuođaolbmo telefonnummar (eaktodáhtolaš)
editor-field-moderation = Moderen
# Literally "Checking beforehand: ... (recommended)".
editor-moderation-pre = Dárkkisteapmi ovdagihtii: oaivil almmuhuvvo easkka go moderáhtor lea dohkkehan dan (ávžžuhuvvo)
editor-moderation-post = Dárkkisteapmi maŋŋil: oaivil almmuhuvvo dalán ja dárkkistuvvo maŋŋil
# $number is the question's position: 1, 2, 3...
editor-field-question = Gažaldat { $number }
editor-field-new-question = Ođđa gažaldat (guođe guorusin jus it háliit lasihit gažaldaga)
# JJJJ-MM-BB: jahki (year), mánnu (month), beaivi (day).
editor-date-hint = Čále beaivemeari dán láhkai: JJJJ-MM-BB, ovdamearkka dihte 2027-03-31.
editor-save = Vurke
editor-saved = Rievdadusat leat vurkejuvvon ođđa veršuvdnan.
editor-created = Dialoga lea ráhkaduvvon luonusin. Ássit eai oainne dan ovdal go dat almmuhuvvo.

# Literally "... Everything you wrote is still there."
editor-error-summary = Dialoga ii vurkejuvvon. Divo dan mii lea merkejuvvon. Buot maid čállet, lea ain dás.
editor-error-required = Deavdde dán gietti.
editor-error-date = Čále beaivemeari dán láhkai: JJJJ-MM-BB.
# Literally "The dialogue cannot close before it opens."
editor-error-dates-order = Dialoga ii sáhte giddejuvvot ovdal go dat rahpasa.
editor-error-choose = Vállje unnimusat ovtta molssaeavttu.
editor-error-swedish-first = Čále dialoga vuos ruoŧagillii. Jorgalusaid sáhttá lasihit go ruoŧagiel teaksta gávdno.
editor-error-state = Dialogas lea juo dat dilli, dahje muhtin eará lea dan botta rievdadan dan.

editor-panel-heading = Gielat
editor-panel-intro = Makkár teavsttat gávdnojit juohke gielas. Luonusa ii leat vel dárkkistan olmmoš geas lea giella eatnigiellan.
editor-panel-language = Giella
editor-panel-texts = Teavsttat
editor-panel-questions = Gažaldagat
editor-text-missing = Váilu
editor-text-draft = Luonus
editor-text-reviewed = Dárkkistuvvon
# $done is how many questions have a text in this language, $total how many questions there are.
# Written as a fraction: "3 / 5".
editor-panel-questions-count = { $done } / { $total }
editor-panel-actions = Doaimmat
editor-panel-edit = Rievdat teavsttaid
editor-panel-preview = Geahča ovdagihtii

editor-publish = Almmut
editor-close = Loahpat dialoga
editor-done-published = Dialoga lea almmuhuvvon, ja ássit oidnet dan.
editor-done-closed = Dialoga lea loahpahuvvon. Dat ii šat váldde vuostá oaiviliid.
# Literally "Publish even though some languages are missing?"
editor-confirm-title = Almmuhit vaikko muhtin gielat váilot?
editor-confirm-intro = Teavsttat váilot dáin gielain. Dat gii lohká muhtin dáin gielain, oaidná ruoŧagiel teavstta ja dieđu das ahte jorgalus váilu.
editor-confirm-check = Háliidan almmuhit dialoga goittot, daid gielaid haga mat váilot
editor-confirm-submit = Almmut goittot
editor-confirm-cancel = Ruovttoluotta dialogii almmuhkeahttá
# Literally "You must mark (the box) that the dialogue is to be published without all languages."
editor-confirm-required = Don fertet merket ahte dialoga galgá almmuhuvvot buot gielaid haga.
editor-preview-notice = Ovdagihtii geahčastat: ná ássit oidnet dialoga dán gielas. Dás ii sáhte sáddet oaiviliid.

editor-history-title = Veršuvnnat
editor-history-intro = Juohke vurkejuvvon rievdadus lea sierra veršuvdna. Ii oktage veršuvdna rievdaduvvo iige sihkkojuvvo.
# $number is the version's number: 1, 2, 3...
editor-version = Veršuvdna { $number }
editor-version-who = Gii
editor-version-when = Goas
editor-version-what = Rievdadus
version-action-create = Ráhkaduvvon
version-action-edit = Rievdaduvvon
version-action-publish = Almmuhuvvon
version-action-close = Loahpahuvvon
editor-version-show = Čájet dán veršuvnna sisdoalu

audit-action-dialogue-create = Ráhkadii dialoga
audit-action-dialogue-edit = Rievdadii dialoga
audit-action-dialogue-publish = Almmuhii dialoga
audit-action-dialogue-close = Loahpahii dialoga

# Every staff member's own account page.
account-title = Mu konto
account-password-heading = Rievdat beassansáni
account-current-password = Dálá beassansátni
account-new-password = Ođđa beassansátni (unnimusat 12 mearkka)
account-new-password-again = Ođđa beassansátni vel oktii
account-password-submit = Rievdat beassansáni
# Literally "... Your other sign-ins have been ended."
account-done-password = Beassansátni lea rievdaduvvon. Du eará sisačáliheamit leat loahpahuvvon.
account-error-current = Dálá beassansátni ii leat riekta.
account-error-short = Beassansánis fertejit leat unnimusat 12 mearkka.
# Machine draft, not reviewed by a native speaker.
account-error-long = Beassansánis sáhttet leat eanemusat 200 mearkka.
account-error-mismatch = Dat guokte ođđa beassansáni eai leat seammá.

# The administrators' page of staff accounts.
# "Giddet konttu" (close the account) is used for "stänga av ett konto", "rahpat" (open) for "aktivera".
staff-admin-title = Bargit
staff-admin-intro = Lasit bargiid, rievdat rolla dahje gidde konttu. Kontot eai goassege sihkkojuvvo: logga galgá álo sáhttit čájehit gii dagai maid.
staff-admin-add-heading = Lasit bargi
staff-admin-initial-password = Gaskaboddosaš beassansátni (unnimusat 12 mearkka). Bivdde olbmo rievdadit dan go son vuosttaš geardde čáliha sisa.
staff-admin-add = Lasit
staff-admin-role = Rolla
# North Sami uses the same word as Swedish (as in staff.ftl: "konto", genitive "konttu").
# intentionally-same
staff-admin-account = Konto
staff-admin-active = Aktiivvalaš
staff-admin-disabled = Giddejuvvon
staff-admin-change-role = Rievdat rolla
staff-admin-disable = Gidde konttu
# Machine draft, not reviewed by a native speaker.
staff-admin-reset = Ođasmahte beassansáni
# Machine draft, not reviewed by a native speaker.
staff-admin-reset-password = Ođđa gaskaboddosaš beassansátni
staff-admin-enable = Raba konttu
staff-admin-done-added = Bargi lea lasihuvvon.
staff-admin-done-updated = Konto lea rievdaduvvon.
# Machine draft, not reviewed by a native speaker.
staff-admin-done-reset = Beassansátni lea ođasmahttojuvvon. Olmmoš vállje iežas beassansáni go boahtá sisa boahtte háve.
staff-admin-error-taken = Dáinna e-boastačujuhusain lea juo konto.
staff-admin-error-email = Čále e-boastačujuhusa, ovdamearkka dihte namma@stockholm.se.
staff-admin-error-self = It sáhte giddet iežat konttu dahje rievdadit iežat rolla.

audit-action-staff-add = Lasihii bargi
audit-action-staff-disable = Giddii konttu
audit-action-staff-enable = Rabai konttu
audit-action-role-change = Rievdadii rolla
audit-action-password-change = Rievdadii beassansáni
# Machine draft, not reviewed by a native speaker.
audit-action-password-reset = Ođasmahtii beassansáni
