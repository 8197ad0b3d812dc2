# Feedback (återkoppling): what was heard and decided, shown on the dialogue page; residents
# asking to be told the outcome by e-mail; the editors' feedback pages.
# Machine draft, not reviewed by a native speaker.

## On the dialogue page
feedback-heading = Naemhtie sjïdti
feedback-intro = Daate lea staaredajven moenedimmie: maam govlesadtemen baaktoe govlimh, jïh mij nænnoestovvi.
# Shown when the feedback is not yet in the reader's language and the Swedish is shown.
feedback-fallback-notice = Moenedimmie ij annje dov gïelesne gååvnesh. Daesnie dïhte lea daaroen gïelesne.
feedback-heard = Daam govlimh
feedback-heard-per-question = Fïerhten gyhtjelassen mietie
feedback-decided = Daate nænnoestovvi
feedback-decided-by = Gie nænnoesti
feedback-reference = Aamhtesenummere
feedback-decided-on = Nænnoestimmien biejjie
feedback-protocol = Protokolle nænnoestimmine
feedback-next = Mij daelie deahpede
# $date is when the feedback was published.
feedback-published = Bæjhkoehtovveme { $date }
# $date: the day the decision is planned, in the future.
dialogue-decision-planned = Nænnoestimmie dorjesåvva { $date }
# $date: the day the decision was made, in the past.
dialogue-decision-made = Nænnoestimmie dorjesovvi { $date }
dialogue-decision = Nænnoestimmie

## Stages in the list
stage-upcoming = Båetije
stage-open = Gaahpode
stage-awaiting-feedback = Steegkesovveme – moenedimmie båata
stage-feedback-given = Moenedimmie gååvnese
list-filter-feedback = Barre govlesadtemh moenedimmine

## Asking to be told the outcome
outcome-field = Sïjhth daejredh mij deahpede? Tjaelieh dov e-påasteadressem (jis sïjhth)
outcome-field-help = Mijjieh dutnjien e-påastem seedtebe, jïh dov adressem dan baaktoe vihtiesth. Adresse ij dov vuajnojne ektesne vöörhkesovvh, jïh domhkeståvva gosse moenedimmie lea seedtesovveme.
outcome-heading = Åadtjoeh daejredh mij deahpede
outcome-intro = Tjaelieh dov e-påasteadressem, dellie dutnjien e-påastem seedtebe gosse moenedimmie gååvnese. Ih daarpesjh naan vuajnoem seedtedh.
outcome-email = E-påasteadresse
outcome-submit = Seedth munnjien moenedimmiem
outcome-subscribed = Gæjhtoe! Mijjieh libie dutnjien e-påastem seedteme. Geehpehth lïenghkem e-påastesne juktie dov adressem vihtiestidh.
outcome-subscribed-already = Datne leah joe moenedimmiem daan govlesadtemen bïjre birreme. Ohtsh mijjen e-påastem, aaj raatepåastesne.
outcome-published-already = Moenedimmie joe daennie sæjrosne gååvnese.
outcome-error-email = Tjaelieh e-påasteadressem, vuesiehtimmien gaavhtan nomme@vuesiehtimmie.se.
outcome-confirm-title = Vihtiesth dov e-påasteadressem
# $title is the dialogue's title.
outcome-confirm-text = Datne leah birreme e-påasten baaktoe daejredh mij govlesadteminie ”{ $title }” deahpede.
outcome-confirm-submit = Jaavoe, seedth munnjien moenedimmiem e-påasten baaktoe
outcome-confirmed = Gæjhtoe! Adresse lea vihtiestovveme. Datne e-påastem åadtjoeh gosse moenedimmie lea gaervies.
outcome-confirmed-already = Adresse lij joe vihtiestovveme. Datne e-påastem åadtjoeh gosse moenedimmie lea gaervies.
outcome-unsubscribe-title = Ij vielie e-påasth govlesadtemen bïjre
outcome-unsubscribe-text = Ih vielie sïjhth e-påastide govlesadtemen ”{ $title }” bïjre? Dov adresse dallah domhkeståvva.
outcome-unsubscribe-submit = Domhkesth mov adressem
outcome-unsubscribed = Gaervies. Dov adresse lea domhkestovveme, jïh ibie vielie dutnjien e-påastide govlesadtemen bïjre seedth.
outcome-link-gone = Lïenghke ij vielie juhtieh. Adresse maahta joe domhkestovveme årrodh, jallh lïenghken tïjje lea nåhkeme.

## The editors' feedback pages
editor-feedback = Moenedimmie
editor-feedback-title = Moenedimmie: { $title }
editor-feedback-intro = Tjaelieh maam govlimh jïh mij nænnoestovvi. Moenedimmie govlesadtemen sæjrosne voestegh vuesiehtåvva, jïh e-påasten baaktoe seedtesåvva dejtie gïeh dam leah birreme.
editor-feedback-common-legend = Nænnoestimmie
editor-feedback-texts-legend = Moenedimmie – { $language }
editor-feedback-questions-legend = Daam govlimh, fïerhten gyhtjelassen mietie ({ $language })
editor-field-reference = Aamhtesenummere (diarienummer)
editor-field-decided-on = Nænnoestimmien biejjie
editor-field-protocol = Lïenghke protokollese
editor-field-protocol-hint = Adresse mij naemhtie aalka: https://
editor-field-heard = Daam govlimh (iktedimmie)
editor-field-decided = Daate nænnoestovvi, jallh nænnoeståvva
editor-field-decided-by = Gie nænnoste
editor-field-next = Mij daelie deahpede, jïh gåessie
editor-error-url = Tjaelieh adressem mij naemhtie aalka: https:// jallh http://.
editor-feedback-saved = Moenedimmie lea vöörhkesovveme.
editor-feedback-published = Moenedimmie lea bæjhkoehtovveme.
# $count is the number of mails put in the outbox.
editor-feedback-mailed = { $count ->
    [one] Akte e-påaste seedtesåvva.
    [two] Göökte e-påasth seedtesuvvieh.
   *[other] { $count } e-påasth seedtesuvvieh.
}
editor-feedback-state = Moenedimmie
editor-feedback-not-published = Ij leah bæjhkoehtovveme
editor-feedback-published-on = Bæjhkoehtovveme { $date }
# $count: residents who confirmed that they want the outcome by e-mail.
editor-feedback-subscribers = { $count ->
    [one] Akte almetje lea vihtiestamme ahte moenedimmiem sæjhta.
    [two] Göökte almetjh lægan vihtiestamme ahte moenedimmiem sïjhtijægan.
   *[other] { $count } almetjh leah vihtiestamme ahte moenedimmiem sïjhtieh.
}
editor-feedback-publish = Bæjhkoehth moenedimmiem
editor-feedback-publish-update = Bæjhkoehth jorkestimmide
editor-feedback-send-update = Seedth jorkestimmide e-påasten baaktoe dejtie gïeh leah moenedimmiem birreme
editor-feedback-keep = Vöörhkh adresside jeenemes 30 biejjieh juktie jorkestimmide maehtebe seedtedh (jis ij, dellie adressh domhkestuvvieh gosse e-påasth leah seedtesovveme)
editor-feedback-swedish-first = Tjaelieh moenedimmiem voestegh daaroen gïelesne.
editor-feedback-overdue = Moenedimmie ij leah tïjjesne
editor-feedback-confirm-title = Bæjhkoehtidh moenedimmiem gaajhkh gïeli namhtah?
editor-feedback-confirm-intro = Moenedimmie ij gååvnesh daejnie nasjovnelle unnebelåhkoegïelajgujmie. Gie naakenem daejstie gïelijste lohka, daaroen tjaalegem åådtje.

## In the audit log and the version history
audit-action-feedback-edit = Moenedimmiem jarkeli
audit-action-feedback-publish = Moenedimmiem bæjhkoehti
audit-action-addresses-erased = E-påasteadresside domhkesti gosse moenedimmie lij seedtesovveme
version-action-feedback-edit = Moenedimmie jarkelovveme
version-action-feedback-publish = Moenedimmie bæjhkoehtovveme
editor-feedback-confirm-check = Sïjhtem moenedimmiem læjhkan bæjhkoehtidh, dej gïeli namhtah mah fååtesieh

## Letters by post, for those who took part on paper, by phone or at a meeting
editor-letters = Prievieh
# $title is the dialogue's title.
letters-title = Moenedimmie påasten baaktoe: { $title }
letters-intro = Daah almetjh leah vuajnoem paehperisnie, telefovnesne jallh tjåanghkosne vadteme, jïh sïjhtieh moenedimmiem påasten baaktoe. Adressh barre vuesiehtuvvieh gosse datne dejtie geehpehth, jïh mijjieh dam loggose tjaelebe.
letters-language = Gïele
letters-owed = Prievieh mejtie edtja seedtedh
letters-print = Tjaelieh prieviem olkese
letters-none = Naaken ij leah moenedimmiem påasten baaktoe birreme.
letters-no-feedback = Tjaelieh moenedimmiem voestegh daaroen gïelesne. Prievieh dam utnieh.
letters-open = Vuesehth adresside
letters-addresses = Adressh
letters-erase = Prievieh leah seedtesovveme: domhkesth adresside
# $count: addresses deleted.
letters-erased = { $count ->
    [one] Akte adresse lea domhkestovveme.
    [two] Göökte adressh lægan domhkestovveme.
   *[other] { $count } adressh leah domhkestovveme.
}
letters-greeting = Buaregh!
letters-letter-intro = Datne leah vuajnoem govlesadtemen ”{ $title }” baaktoe vadteme, jïh birreme daejredh mij deahpadi. Daesnie lea staaredajven moenedimmie.
letters-web = Maahtah aaj moenedimmiem nedtesne lohkedh:
entry-post = Sæjhta moenedimmiem påasten baaktoe
entry-post-name = Nomme prievese
entry-post-address = Påasteadresse
entry-post-help = Adresse ij vuajnojne ektesne vöörhkesovvh. Dïhte domhkeståvva gosse prievieh leah seedtesovveme.
audit-action-addresses-opened = Påasteadresside geehpehti
