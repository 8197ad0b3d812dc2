# Status: machine-drafted, not yet reviewed by a native speaker.
# Writing dialogues (editors): the list of dialogues, the editor with its language panel,
# publishing, preview and the version history. Also every staff member's own account, and
# the administrators' page of staff accounts.
# Meänkieli: follows the other fit files: "dialoogi", "mielipie" (plural "mielipitheet"),
# "työntekijä", "konto", "e-posti", "telefooni", "säästää" (save), "eli" for "or";
# "avslutad" is "suljettu" as in status-closed.

staff-nav-dialogues = Dialoogit
staff-nav-account = Minun konto
staff-nav-staff = Työntekijät

editor-list-title = Dialoogit
editor-list-intro = Kaikki dialoogit, myös luonnokset ja suljetut. Kirjota dialoogi ensin ruottiksi ja lisää sitte käännökset kieli kerrallaan.
editor-new = Uusi dialoogi
# "Läge" (draft / published / closed) is kept apart from the public "Status" (Staattys).
editor-state = Vaihe
editor-state-draft = Luonnos
editor-state-published = Julkastu
editor-state-closed = Suljettu
editor-edit = Muokkaa
editor-history = Historia

editor-new-title = Uusi dialoogi
# $title is the dialogue's Swedish title.
editor-edit-title = Muokkaa: { $title }
editor-common-legend = Koskee kaikkia kieliä
# $language is the name of a language, written in that language (for example "suomi").
editor-texts-legend = Tekstit – { $language }
# $language as above.
editor-questions-legend = Kysymykset – { $language }
editor-field-title = Otsikko
editor-field-summary = Lyhyt kuvaus (näkyy dialoogitten listassa)
editor-field-body = Kuvaus
editor-field-influence = Tähän asukhaat saattava vaikuttaa
editor-field-not-influence = Tähän asukhaat ei saata vaikuttaa
editor-field-decides = Kuka päättää, ja kunka mielipitheitä käytethään
editor-field-reviewed = Tämän kielen tekstit oon tarkastanu joku jonka äitinkieli se oon
editor-field-place = Paikka
editor-field-level = Osalisuuen taso
editor-field-groups = Kohderyhmät
editor-field-themes = Teemat
editor-field-opens = Aukasthaan
editor-field-closes = Suljethaan
editor-field-decision = Päätöstä ootethaan (vapaehtosta)
editor-field-contact-name = Kontaktihenkilö
editor-field-contact-email = Kontaktihenkilön e-posti
editor-field-contact-phone = Kontaktihenkilön telefooni (vapaehtosta)
editor-field-moderation = Moderointi
editor-moderation-pre = Tarkastus ennen julkasemista: mielipie julkasthaan vasta ko moderaattori oon hyväksyny sen (suositelthaan)
editor-moderation-post = Tarkastus jälkhiin: mielipie julkasthaan heti ja tarkastethaan jälkhiin
# $number is the question's position: 1, 2, 3...
editor-field-question = Kysymys { $number }
editor-field-new-question = Uusi kysymys (jätä tyhjäksi jos sie et halva lisätä kysymystä)
editor-date-hint = Kirjota päivämäärä näin: VVVV-KK-PP, esimerkiksi 2027-03-31.
editor-save = Säästä
editor-saved = Muutokset oon säästetty uutena versiona.
editor-created = Dialoogi oon luotu luonnoksena. Asukhaat ei näe sitä ennen ko se julkasthaan.

editor-error-summary = Dialoogia ei saatu säästettyä. Korjaa se mikä oon merkitty. Mithään mitä sie kirjotit ei ole kaonnu.
editor-error-required = Täytä tämä kenttä.
editor-error-date = Kirjota päivämäärä näin: VVVV-KK-PP.
editor-error-dates-order = Sulkemispäivä ei saata olla ennen aukasemispäivää.
editor-error-choose = Valitte ainaki yks vaihtoehto.
editor-error-swedish-first = Kirjota dialoogi ensin ruottiksi. Käännökset lisäthään ko ruottinkielinen teksti oon olemassa.
editor-error-state = Dialoogi oon jo siinä vaihheessa, eli joku toinen oon muuttanu sitä sillä aikaa.

editor-panel-heading = Kielet
editor-panel-intro = Mitkä tekstit löytyy joka kielelä. Luonnosta ei ole vielä tarkastanu kukhaan jonka äitinkieli se kieli oon.
editor-panel-language = Kieli
editor-panel-texts = Tekstit
editor-panel-questions = Kysymykset
editor-text-missing = Puuttuu
editor-text-draft = Luonnos
editor-text-reviewed = Tarkastettu
# $done is how many questions have a text in this language, $total how many questions there are.
editor-panel-questions-count = { $done } / { $total }
editor-panel-actions = Toimenpitheet
editor-panel-edit = Muokkaa tekstit
editor-panel-preview = Esikattele

editor-publish = Julkase
editor-close = Sulje dialoogi
editor-done-published = Dialoogi oon julkastu ja asukhaat näkevä sen.
editor-done-closed = Dialoogi oon suljettu. Se ei ota enämpi vastaan mielipitheitä.
editor-confirm-title = Julkasthaanko ilman kaikkia kieliä?
editor-confirm-intro = Tekstit puuttuva näilä kielilä. Joka lukkee jollaki niistä, näkee ruottinkielisen tekstin ja tieon ette käännös puuttuu.
editor-confirm-check = Mie halvan julkasta dialoogin kuitenki, ilman niitä kieliä jokka puuttuva
editor-confirm-submit = Julkase kuitenki
editor-confirm-cancel = Takasin dialoogiin julkasematta
editor-confirm-required = Ruksaa ruutu ja vahvista ette dialoogi julkasthaan ilman kaikkia kieliä.
editor-preview-notice = Esikattelu: näin asukhaat näkevä dialoogin tällä kielelä. Täältä ei saata lähättää mielipitheitä.

editor-history-title = Versiot
editor-history-intro = Joka säästetty muutos oon oma versio. Yhtään versiota ei kirjoteta yli eikä poisteta.
# $number is the version's number: 1, 2, 3...
editor-version = Versio { $number }
editor-version-who = Kuka
editor-version-when = Milloin
editor-version-what = Muutos
version-action-create = Luotu
version-action-edit = Muokattu
version-action-publish = Julkastu
version-action-close = Suljettu
editor-version-show = Näytä mitä tässä versiossa oon

audit-action-dialogue-create = Loi dialoogin
audit-action-dialogue-edit = Muokkasi dialoogia
audit-action-dialogue-publish = Julkasi dialoogin
audit-action-dialogue-close = Sulki dialoogin

# Every staff member's own account page.
account-title = Minun konto
account-password-heading = Vaiha salasana
account-current-password = Nykynen salasana
account-new-password = Uusi salasana (ainaki 12 merkkiä)
account-new-password-again = Uusi salasana vielä kerran
account-password-submit = Vaiha salasana
account-done-password = Salasana oon vaihettu. Sinun muut kirjautumiset oon kirjattu ulos.
account-error-current = Nykynen salasana ei ole oikea.
account-error-short = Salasanassa pittää olla ainaki 12 merkkiä.
# Machine draft, not reviewed by a native speaker.
account-error-long = Salasanassa saattaa olla korkeinthaan 200 merkkiä.
account-error-mismatch = Net kaksi uutta salasanaa ei ole samat.

# The administrators' page of staff accounts.
staff-admin-title = Työntekijät
staff-admin-intro = Lisää työntekijöitä, muuta roolia eli sulje konto. Kontoja ei koskhaan poisteta: lokin pittää aina saattaa näyttää kuka teki mitä.
staff-admin-add-heading = Lisää työntekijä
staff-admin-initial-password = Väliaikanen salasana (ainaki 12 merkkiä). Pyyä henkilöä vaihtamhaan se ensimäisellä kirjautumiskerrala.
staff-admin-add = Lisää
staff-admin-role = Rooli
# "Konto" is the Meänkieli word too (as in staff.ftl: "kontoa").
# intentionally-same
staff-admin-account = Konto
staff-admin-active = Aktiivinen
staff-admin-disabled = Suljettu
staff-admin-change-role = Muuta roolia
staff-admin-disable = Sulje konto
# Machine draft, not reviewed by a native speaker.
staff-admin-reset = Nollaa salasana
# Machine draft, not reviewed by a native speaker.
staff-admin-reset-password = Uusi väliaikhainen salasana
staff-admin-enable = Aktiveeraa konto
staff-admin-done-added = Työntekijä oon lisätty.
staff-admin-done-updated = Konto oon muutettu.
# Machine draft, not reviewed by a native speaker.
staff-admin-done-reset = Salasana on nollattu. Ihminen valittee oman salasanan ko hään seuraavan kerran kirjauttuu sisäle.
staff-admin-error-taken = Sillä e-postiosotheela oon jo konto.
staff-admin-error-email = Kirjota e-postiosote, esimerkiksi nimi@stockholm.se.
staff-admin-error-self = Sie et saata sulkea omaa kontoa etkä muuttaa omaa roolia.

audit-action-staff-add = Lisäsi työntekijän
audit-action-staff-disable = Sulki konton
audit-action-staff-enable = Aktiveerasi konton
audit-action-role-change = Muutti roolin
audit-action-password-change = Vaihtoi salasanan
# Machine draft, not reviewed by a native speaker.
audit-action-password-reset = Nollasi salasanan
