# Feedback (återkoppling): what was heard and decided, shown on the dialogue page; residents
# asking to be told the outcome by e-mail; the editors' feedback pages.
# Machine draft, not reviewed by a native speaker.

## On the dialogue page
feedback-heading = Näin se meni
feedback-intro = Tämä oon kaupunkiosan palaute: mitä met kuulima dialoogissa ja mitä päätethiin.
# Shown when the feedback is not yet in the reader's language and the Swedish is shown.
feedback-fallback-notice = Palautetta ei ole vielä meänkielelä. Tässä se oon ruottiksi.
feedback-heard = Tätä met kuulima
feedback-heard-per-question = Kysymys kerrallaan
feedback-decided = Näin päätethiin
feedback-decided-by = Päätöksen teki
feedback-reference = Diaarinumero
feedback-decided-on = Päätöspäivä
feedback-protocol = Päätöksen protokolla
feedback-next = Mitä nyt tapahtuu
# $date is when the feedback was published.
feedback-published = Julkastu { $date }
# $date: the day the decision is planned, in the future.
dialogue-decision-planned = Päätös tehhään { $date }
# $date: the day the decision was made, in the past.
dialogue-decision-made = Päätös tehty { $date }
dialogue-decision = Päätös

## Stages in the list
stage-upcoming = Tulossa
stage-open = Auki
stage-awaiting-feedback = Suljettu – palaute oon tulossa
stage-feedback-given = Palaute löytyy
list-filter-feedback = Vain dialoogit joila oon palaute

## Asking to be told the outcome
outcome-field = Halvaatko sie tietää mitä tapahtuu? Kirjota sinun e-postiosote (vapaehtosta)
outcome-field-help = Met lähätämä sulle e-postin jossa sie vahvistat osotheen. Osotetta ei säästetä yhessä sinun mielipitheen kans, ja se poistethaan ko palaute oon lähätetty.
outcome-heading = Met kerroma sulle mitä tapahtuu
outcome-intro = Kirjota sinun e-postiosote niin met lähätämä sulle e-postin ko palaute oon valmis. Sie et tartte olla lähättäny mielipiettä.
outcome-email = E-postiosote
outcome-submit = Lähätä palaute minule
outcome-subscribed = Kiitos! Met lähätimä sulle e-postin. Avaa linkki e-postissa ja vahvista sinun osote.
outcome-subscribed-already = Sie olet jo pyytäny palautetta tästä dialoogista. Etsi meän e-postia, myös roskapostista.
outcome-published-already = Palaute oon jo täälä sivula.
outcome-error-email = Kirjota e-postiosote, esimerkiksi nimi@esimerkki.se.
outcome-confirm-title = Vahvista sinun e-postiosote
# $title is the dialogue's title.
outcome-confirm-text = Sie olet pyytäny ette met kerroma e-postila mitä tapahtuu dialoogin ”{ $title }” kans.
outcome-confirm-submit = Jaa, lähätä palaute minule e-postila
outcome-confirmed = Kiitos! Osote oon vahvistettu. Sie saat e-postin ko palaute oon valmis.
outcome-confirmed-already = Osote oli jo vahvistettu. Sie saat e-postin ko palaute oon valmis.
outcome-unsubscribe-title = Lopeta e-postit dialoogista
outcome-unsubscribe-text = Etkö sie halva enämpi e-postia dialoogista ”{ $title }”? Sinun osote poistethaan heti.
outcome-unsubscribe-submit = Poista minun osote
outcome-unsubscribed = Valmis. Sinun osote oon poistettu, ja sie et saa enämpi e-postia dialoogista.
outcome-link-gone = Linkki ei toimi enämpi. Osote saattaa jo olla poistettu, eli linkki ei ole enämpi voimassa.

## The editors' feedback pages
editor-feedback = Palaute
editor-feedback-title = Palaute: { $title }
editor-feedback-intro = Kirjota mitä tet kuulitte ja mitä päätethiin. Palaute näkyy ensimäisenä dialoogin sivula, ja se lähätethään e-postila niile jokka oon sitä pyytänheet.
editor-feedback-common-legend = Päätös
editor-feedback-texts-legend = Palaute – { $language }
editor-feedback-questions-legend = Tätä met kuulima, kysymys kerrallaan ({ $language })
editor-field-reference = Diaarinumero
editor-field-decided-on = Päätöspäivä
editor-field-protocol = Protokollan linkki
editor-field-protocol-hint = Osote joka alkaa https://
editor-field-heard = Tätä met kuulima (yhtheenveto)
editor-field-decided = Näin päätethiin, eli näin päätethään
editor-field-decided-by = Kuka päättää
editor-field-next = Mitä nyt tapahtuu, ja millon
editor-error-url = Kirjota osote joka alkaa https:// eli http://.
editor-feedback-saved = Palaute oon säästetty.
editor-feedback-published = Palaute oon julkastu.
# $count is the number of mails put in the outbox.
editor-feedback-mailed = { $count ->
    [one] { $count } e-posti lähätethään.
   *[other] { $count } e-postia lähätethään.
}
editor-feedback-state = Palaute
editor-feedback-not-published = Ei julkastu
editor-feedback-published-on = Julkastu { $date }
# $count: residents who confirmed that they want the outcome by e-mail.
editor-feedback-subscribers = { $count ->
    [one] { $count } henkilö oon vahvistanu ette hän halvaa saaha palautetta.
   *[other] { $count } henkilöä oon vahvistanu ette het halvaava saaha palautetta.
}
editor-feedback-publish = Julkase palaute
editor-feedback-publish-update = Julkase muutokset
editor-feedback-send-update = Lähätä muutokset e-postila niile jokka oon pyytänheet palautetta
editor-feedback-keep = Säästä osotheet korkeinthaan 30 päivää ette muutokset saatethaan lähättää (muuten net poistethaan ko e-postit oon lähätetty)
editor-feedback-swedish-first = Kirjota palaute ensin ruottiksi.
editor-feedback-overdue = Palaute oon myöhässä
editor-feedback-confirm-title = Julkasthaanko palaute ilman kaikkia kieliä?
editor-feedback-confirm-intro = Palaute puuttuu näilä kansalisilla minuriteettikielilä. Net jokka lukeva niilä kielilä saava ruottinkielisen tekstin.

## In the audit log and the version history
audit-action-feedback-edit = Muutti palautetta
audit-action-feedback-publish = Julkasi palautheen
audit-action-addresses-erased = Poisti e-postiosotheet ko palaute oli lähätetty
version-action-feedback-edit = Palautetta muutettu
version-action-feedback-publish = Palaute julkastu
editor-feedback-confirm-check = Mie halvaan julkasta palautheen kuitenki ilman puuttuvia kieliä

## Letters by post, for those who took part on paper, by phone or at a meeting
editor-letters = Kirjeet
# $title is the dialogue's title.
letters-title = Palaute postila: { $title }
letters-intro = Nämät henkilöt oon antanheet mielipitheen paperila, telefoonila eli kokouksessa ja halvaava saaha palautheen postila. Osotheet näkyy vain ko sie avaat net, ja se näkyy lokissa.
letters-language = Kieli
letters-owed = Kirjeet jokka pittää lähättää
letters-print = Printtaa kirje
letters-none = Kukhaan ei ole pyytäny palautetta postila.
letters-no-feedback = Kirjota palaute ensin ruottiksi: se oon mukana kirjeissä.
letters-open = Näytä osotheet
letters-addresses = Osotheet
letters-erase = Kirjeet oon lähätetty: poista osotheet
# $count: addresses deleted.
letters-erased = { $count ->
    [one] { $count } osote oon poistettu.
   *[other] { $count } osotetta oon poistettu.
}
letters-greeting = Hei!
letters-letter-intro = Sie annoit mielipitheen dialoogissa ”{ $title }” ja pyysit ette met kerroma mitä tapahtu. Tässä oon kaupunkiosan palaute.
letters-web = Sie saatat myös lukea palautheen webbissä:
entry-post = Halvaa palautheen postila
entry-post-name = Nimi kirjeessä
entry-post-address = Postiosote
entry-post-help = Osotetta ei säästetä yhessä mielipitheen kans. Se poistethaan ko kirjeet oon lähätetty.
audit-action-addresses-opened = Avasi postiosotheet
