# Status: machine-drafted, not yet reviewed by a native speaker.
# Writing dialogues (editors): the list of dialogues, the editor with its language panel,
# publishing, preview and the version history. Also every staff member's own account, and
# the administrators' page of staff accounts.
# Finnish: as in staff.ftl, "dialog" is "vuoropuhelu", "synpunkt" "mielipide",
# "medarbetare" "työntekijä", "konto" "tili"; "avslutad" is "päättynyt" as in status-closed.

staff-nav-dialogues = Vuoropuhelut
staff-nav-account = Oma tili
staff-nav-staff = Työntekijät

editor-list-title = Vuoropuhelut
editor-list-intro = Kaikki vuoropuhelut, myös luonnokset ja päättyneet. Kirjoita vuoropuhelu ensin ruotsiksi ja lisää sitten käännökset kieli kerrallaan.
editor-new = Uusi vuoropuhelu
# "Läge" (draft / published / closed) is kept apart from the public "Status" (Tila).
editor-state = Vaihe
editor-state-draft = Luonnos
editor-state-published = Julkaistu
editor-state-closed = Päättynyt
editor-edit = Muokkaa
editor-history = Historia

editor-new-title = Uusi vuoropuhelu
# $title is the dialogue's Swedish title.
editor-edit-title = Muokkaa: { $title }
editor-common-legend = Koskee kaikkia kieliä
# $language is the name of a language, written in that language (for example "suomi").
editor-texts-legend = Tekstit – { $language }
# $language as above.
editor-questions-legend = Kysymykset – { $language }
editor-field-title = Otsikko
editor-field-summary = Tiivistelmä (näytetään vuoropuhelujen luettelossa)
editor-field-body = Kuvaus
editor-field-influence = Tähän asukkaat voivat vaikuttaa
editor-field-not-influence = Tähän asukkaat eivät voi vaikuttaa
editor-field-decides = Kuka päättää ja miten mielipiteitä käytetään
editor-field-reviewed = Äidinkielinen puhuja on tarkistanut tämän kielen tekstit
editor-field-place = Paikka
editor-field-level = Osallistumisen taso
editor-field-groups = Kohderyhmät
editor-field-themes = Aiheet
editor-field-opens = Avautuu
editor-field-closes = Päättyy
editor-field-decision = Päätös odotettavissa (vapaaehtoinen)
editor-field-contact-name = Yhteyshenkilö
editor-field-contact-email = Yhteyshenkilön sähköpostiosoite
editor-field-contact-phone = Yhteyshenkilön puhelinnumero (vapaaehtoinen)
editor-field-moderation = Moderointi
editor-moderation-pre = Ennakkotarkastus: mielipide julkaistaan vasta, kun moderaattori on hyväksynyt sen (suositeltava)
editor-moderation-post = Jälkitarkastus: mielipide julkaistaan heti ja tarkastetaan jälkikäteen
# $number is the question's position: 1, 2, 3...
editor-field-question = Kysymys { $number }
editor-field-new-question = Uusi kysymys (jätä tyhjäksi, jos et halua lisätä kysymystä)
editor-date-hint = Kirjoita päivämäärä muodossa VVVV-KK-PP, esimerkiksi 2027-03-31.
editor-save = Tallenna
editor-saved = Muutokset on tallennettu uutena versiona.
editor-created = Vuoropuhelu on luotu luonnokseksi. Asukkaat eivät näe sitä ennen kuin se julkaistaan.

editor-error-summary = Vuoropuhelua ei voitu tallentaa. Korjaa merkityt kohdat. Mitään kirjoittamaasi ei ole kadonnut.
editor-error-required = Täytä tämä kenttä.
editor-error-date = Kirjoita päivämäärä muodossa VVVV-KK-PP.
editor-error-dates-order = Päättymispäivä ei voi olla ennen avautumispäivää.
editor-error-choose = Valitse vähintään yksi vaihtoehto.
editor-error-swedish-first = Kirjoita vuoropuhelu ensin ruotsiksi. Käännökset lisätään, kun ruotsinkielinen teksti on olemassa.
editor-error-state = Vuoropuhelu on jo tässä vaiheessa, tai joku muu on muuttanut sitä sillä välin.

editor-panel-heading = Kielet
editor-panel-intro = Mitä tekstejä kullakin kielellä on. Äidinkielinen puhuja ei ole vielä tarkistanut luonnosta.
editor-panel-language = Kieli
editor-panel-texts = Tekstit
editor-panel-questions = Kysymykset
editor-text-missing = Puuttuu
editor-text-draft = Luonnos
editor-text-reviewed = Tarkistettu
# $done is how many questions have a text in this language, $total how many questions there are.
editor-panel-questions-count = { $done } / { $total }
editor-panel-actions = Toiminnot
editor-panel-edit = Muokkaa tekstejä
editor-panel-preview = Esikatsele

editor-publish = Julkaise
editor-close = Sulje vuoropuhelu
editor-done-published = Vuoropuhelu on julkaistu, ja asukkaat näkevät sen.
editor-done-closed = Vuoropuhelu on suljettu. Se ei enää ota vastaan mielipiteitä.
editor-confirm-title = Julkaistaanko ilman kaikkia kieliä?
editor-confirm-intro = Näillä kielillä tekstit puuttuvat. Jos joku lukee sivua jollakin näistä kielistä, hän näkee ruotsinkielisen tekstin ja ilmoituksen siitä, että käännös puuttuu.
editor-confirm-check = Haluan julkaista vuoropuhelun silti ilman puuttuvia kieliä
editor-confirm-submit = Julkaise silti
editor-confirm-cancel = Takaisin vuoropuheluun julkaisematta
editor-confirm-required = Rastita ruutu ja vahvista, että vuoropuhelu julkaistaan ilman kaikkia kieliä.
editor-preview-notice = Esikatselu: näin asukkaat näkevät vuoropuhelun tällä kielellä. Täältä ei voi lähettää mielipiteitä.

editor-history-title = Versiot
editor-history-intro = Jokainen tallennettu muutos on oma versionsa. Mitään versiota ei kirjoiteta yli eikä poisteta.
# $number is the version's number: 1, 2, 3...
editor-version = Versio { $number }
editor-version-who = Tekijä
editor-version-when = Milloin
editor-version-what = Muutos
version-action-create = Luotu
version-action-edit = Muokattu
version-action-publish = Julkaistu
version-action-close = Suljettu
editor-version-show = Näytä tämän version sisältö

audit-action-dialogue-create = Loi vuoropuhelun
audit-action-dialogue-edit = Muokkasi vuoropuhelua
audit-action-dialogue-publish = Julkaisi vuoropuhelun
audit-action-dialogue-close = Sulki vuoropuhelun

# Every staff member's own account page.
account-title = Oma tili
account-password-heading = Vaihda salasana
account-current-password = Nykyinen salasana
account-new-password = Uusi salasana (vähintään 12 merkkiä)
account-new-password-again = Uusi salasana uudelleen
account-password-submit = Vaihda salasana
account-done-password = Salasana on vaihdettu. Sinut on kirjattu ulos kaikista muista kirjautumisista.
account-error-current = Nykyinen salasana on väärä.
account-error-short = Salasanassa on oltava vähintään 12 merkkiä.
# Machine draft, not reviewed by a native speaker.
account-error-long = Salasanassa voi olla enintään 200 merkkiä.
account-error-mismatch = Uudet salasanat eivät ole samat.

# The administrators' page of staff accounts.
staff-admin-title = Työntekijät
staff-admin-intro = Lisää työntekijöitä, vaihda rooli tai poista tili käytöstä. Tilejä ei koskaan poisteta: lokista on aina voitava nähdä, kuka teki mitä.
staff-admin-add-heading = Lisää työntekijä
staff-admin-initial-password = Tilapäinen salasana (vähintään 12 merkkiä). Pyydä henkilöä vaihtamaan se ensimmäisellä kirjautumiskerralla.
staff-admin-add = Lisää
staff-admin-role = Rooli
staff-admin-account = Tili
staff-admin-active = Käytössä
staff-admin-disabled = Poistettu käytöstä
staff-admin-change-role = Vaihda rooli
staff-admin-disable = Poista tili käytöstä
# Machine draft, not reviewed by a native speaker.
staff-admin-reset = Nollaa salasana
# Machine draft, not reviewed by a native speaker.
staff-admin-reset-password = Uusi väliaikainen salasana
staff-admin-enable = Ota tili käyttöön
staff-admin-done-added = Työntekijä on lisätty.
staff-admin-done-updated = Tiliä on muutettu.
# Machine draft, not reviewed by a native speaker.
staff-admin-done-reset = Salasana on nollattu. Henkilö valitsee oman salasanan, kun hän seuraavan kerran kirjautuu sisään.
staff-admin-error-taken = Tällä sähköpostiosoitteella on jo tili.
staff-admin-error-email = Kirjoita sähköpostiosoite, esimerkiksi nimi@stockholm.se.
staff-admin-error-self = Et voi poistaa omaa tiliäsi käytöstä etkä vaihtaa omaa rooliasi.

audit-action-staff-add = Lisäsi työntekijän
audit-action-staff-disable = Poisti tilin käytöstä
audit-action-staff-enable = Otti tilin käyttöön
audit-action-role-change = Vaihtoi roolin
audit-action-password-change = Vaihtoi salasanan
# Machine draft, not reviewed by a native speaker.
audit-action-password-reset = Nollasi salasanan
