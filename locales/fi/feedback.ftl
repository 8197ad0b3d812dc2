# Feedback (återkoppling): what was heard and decided, shown on the dialogue page; residents
# asking to be told the outcome by e-mail; the editors' feedback pages.
# Machine draft, not reviewed by a native speaker.

## On the dialogue page
feedback-heading = Näin kävi
feedback-intro = Tämä on kaupunginosan palaute: mitä kuulimme vuoropuhelussa ja mitä päätettiin.
# Shown when the feedback is not yet in the reader's language and the Swedish is shown.
feedback-fallback-notice = Palautetta ei ole vielä suomeksi. Tässä se on ruotsiksi.
feedback-heard = Tätä kuulimme
feedback-heard-per-question = Kysymys kerrallaan
feedback-decided = Näin päätettiin
feedback-decided-by = Päätöksen teki
feedback-reference = Diaarinumero
feedback-decided-on = Päätöspäivä
feedback-protocol = Päätöksen pöytäkirja
feedback-next = Mitä seuraavaksi tapahtuu
# $date is when the feedback was published.
feedback-published = Julkaistu { $date }
# $date: the day the decision is planned, in the future.
dialogue-decision-planned = Päätös tehdään { $date }
# $date: the day the decision was made, in the past.
dialogue-decision-made = Päätös tehtiin { $date }
dialogue-decision = Päätös

## Stages in the list
stage-upcoming = Tulossa
stage-open = Avoinna
stage-awaiting-feedback = Päättynyt – palaute tulossa
stage-feedback-given = Palaute annettu
list-filter-feedback = Vain vuoropuhelut, joista on palaute

## Asking to be told the outcome
outcome-field = Haluatko tietää, mitä tapahtuu? Kirjoita sähköpostiosoitteesi (vapaaehtoinen)
outcome-field-help = Lähetämme sinulle sähköpostiviestin, jossa vahvistat osoitteen. Osoitetta ei tallenneta mielipiteesi yhteyteen, ja se poistetaan, kun palaute on lähetetty.
outcome-heading = Kerromme sinulle, mitä tapahtuu
outcome-intro = Kirjoita sähköpostiosoitteesi, niin lähetämme sinulle viestin, kun palaute on valmis. Sinun ei tarvitse olla lähettänyt mielipidettä.
outcome-email = Sähköpostiosoite
outcome-submit = Lähetä palaute minulle
outcome-subscribed = Kiitos! Lähetimme sinulle sähköpostiviestin. Vahvista osoitteesi avaamalla viestissä oleva linkki.
outcome-subscribed-already = Olet jo pyytänyt palautetta tästä vuoropuhelusta. Etsi viestiämme, myös roskapostista.
outcome-published-already = Palaute on jo tällä sivulla.
outcome-error-email = Kirjoita sähköpostiosoite, esimerkiksi nimi@esimerkki.se.
outcome-confirm-title = Vahvista sähköpostiosoitteesi
# $title is the dialogue's title.
outcome-confirm-text = Olet pyytänyt sähköpostia siitä, mitä vuoropuhelun ”{ $title }” jälkeen tapahtuu.
outcome-confirm-submit = Kyllä, lähetä palaute minulle sähköpostilla
outcome-confirmed = Kiitos! Osoitteesi on vahvistettu. Saat sähköpostiviestin, kun palaute on valmis.
outcome-confirmed-already = Osoitteesi oli jo vahvistettu. Saat sähköpostiviestin, kun palaute on valmis.
outcome-unsubscribe-title = Lopeta vuoropuhelun sähköpostit
outcome-unsubscribe-text = Etkö halua enää sähköpostia vuoropuhelusta ”{ $title }”? Osoitteesi poistetaan heti.
outcome-unsubscribe-submit = Poista osoitteeni
outcome-unsubscribed = Valmis. Osoitteesi on poistettu, etkä saa enää sähköpostia tästä vuoropuhelusta.
outcome-link-gone = Linkki ei enää toimi. Osoite on ehkä jo poistettu, tai linkki on vanhentunut.

## The editors' feedback pages
editor-feedback = Palaute
editor-feedback-title = Palaute: { $title }
editor-feedback-intro = Kirjoita, mitä kuulitte ja mitä päätettiin. Palaute näytetään ylimpänä vuoropuhelun sivulla, ja se lähetetään sähköpostilla niille, jotka ovat pyytäneet sitä.
editor-feedback-common-legend = Päätös
editor-feedback-texts-legend = Palaute – { $language }
editor-feedback-questions-legend = Tätä kuulimme, kysymys kerrallaan ({ $language })
editor-field-reference = Diaarinumero
editor-field-decided-on = Päätöspäivä
editor-field-protocol = Linkki pöytäkirjaan
editor-field-protocol-hint = Osoite, joka alkaa https://
editor-field-heard = Tätä kuulimme (yhteenveto)
editor-field-decided = Näin päätettiin tai päätetään
editor-field-decided-by = Kuka päättää
editor-field-next = Mitä seuraavaksi tapahtuu ja milloin
editor-error-url = Kirjoita osoite, joka alkaa https:// tai http://.
editor-feedback-saved = Palaute on tallennettu.
editor-feedback-published = Palaute on julkaistu.
# $count is the number of mails put in the outbox.
editor-feedback-mailed = { $count ->
    [one] { $count } sähköpostiviesti lähetetään.
   *[other] { $count } sähköpostiviestiä lähetetään.
}
editor-feedback-state = Palaute
editor-feedback-not-published = Ei julkaistu
editor-feedback-published-on = Julkaistu { $date }
# $count: residents who confirmed that they want the outcome by e-mail.
editor-feedback-subscribers = { $count ->
    [one] { $count } henkilö on vahvistanut haluavansa palautteen.
   *[other] { $count } henkilöä on vahvistanut haluavansa palautteen.
}
editor-feedback-publish = Julkaise palaute
editor-feedback-publish-update = Julkaise muutokset
editor-feedback-send-update = Lähetä muutokset sähköpostilla niille, jotka ovat pyytäneet palautetta
editor-feedback-keep = Säilytä osoitteet enintään 30 päivää, jotta muutokset voidaan lähettää (muuten ne poistetaan, kun viestit on lähetetty)
editor-feedback-swedish-first = Kirjoita palaute ensin ruotsiksi.
editor-feedback-overdue = Palaute on myöhässä
editor-feedback-confirm-title = Julkaistaanko palaute ilman kaikkia kieliä?
editor-feedback-confirm-intro = Palaute puuttuu näillä kansallisilla vähemmistökielillä. Näiden kielten lukijat näkevät ruotsinkielisen tekstin.

## In the audit log and the version history
audit-action-feedback-edit = Muutti palautetta
audit-action-feedback-publish = Julkaisi palautteen
audit-action-addresses-erased = Poisti sähköpostiosoitteet, kun palaute oli lähetetty
version-action-feedback-edit = Palautetta muutettu
version-action-feedback-publish = Palaute julkaistu
editor-feedback-confirm-check = Haluan julkaista palautteen silti ilman puuttuvia kieliä

## Letters by post, for those who took part on paper, by phone or at a meeting
editor-letters = Kirjeet
# $title is the dialogue's title.
letters-title = Palaute postitse: { $title }
letters-intro = Nämä henkilöt ovat antaneet mielipiteensä paperilla, puhelimessa tai tilaisuudessa ja haluavat palautteen postitse. Osoitteet näytetään vain, kun avaat ne, ja siitä jää merkintä lokiin.
letters-language = Kieli
letters-owed = Lähetettävät kirjeet
letters-print = Tulosta kirje
letters-none = Kukaan ei ole pyytänyt palautetta postitse.
letters-no-feedback = Kirjoita palaute ensin ruotsiksi: se tulee kirjeisiin.
letters-open = Näytä osoitteet
letters-addresses = Osoitteet
letters-erase = Kirjeet on lähetetty: poista osoitteet
# $count: addresses deleted.
letters-erased = { $count ->
    [one] { $count } osoite on poistettu.
   *[other] { $count } osoitetta on poistettu.
}
letters-greeting = Hei!
letters-letter-intro = Annoit mielipiteen vuoropuhelussa ”{ $title }” ja pyysit tietoa siitä, mitä sen jälkeen tapahtui. Tässä on kaupunginosan palaute.
letters-web = Voit lukea palautteen myös verkossa:
entry-post = Haluaa palautteen postitse
entry-post-name = Nimi kirjeeseen
entry-post-address = Postiosoite
entry-post-help = Osoitetta ei tallenneta mielipiteen yhteyteen. Se poistetaan, kun kirjeet on lähetetty.
audit-action-addresses-opened = Avasi postiosoitteet
