# The list of dialogues and its filters, and the dialogue page.
# Finnish: "dialog" is translated "vuoropuhelu", "synpunkt" (a resident's view) "mielipide".

list-title = Vuoropuhelut { -district }ssä
list-intro = Täällä näet, mistä asioista kaupunginosa haluaa tietää lisää, ja voit kertoa, mitä mieltä olet. Et tarvitse käyttäjätiliä.
list-filter-heading = Rajaa vuoropuheluja
list-filter-group = Kohderyhmä
list-filter-place = Paikka
list-filter-theme = Aihe
list-filter-status = Tila
# The first choice in each filter: no filter.
list-filter-any = Kaikki
list-filter-submit = Näytä vuoropuhelut
list-filter-clear = Näytä kaikki vuoropuhelut
# How many dialogues the filters found.
list-count = { $count ->
    [0] Vuoropuheluja ei löytynyt.
    [one] Löytyi yksi vuoropuhelu.
   *[other] Löytyi { $count } vuoropuhelua.
}
# Before the list of languages a dialogue's texts exist in (each named in itself).
list-languages = Saatavilla kielillä
# A checkbox in the filters: hide dialogues not translated into the page's language.
list-filter-my-language = Vain omalla kielelläni olevat vuoropuhelut
list-empty = Kokeile poistaa jokin rajaus.
list-open-until = Avoinna { $date } asti
list-opens-on = Avautuu { $date }
list-closed-on = Päättyi { $date }

# Shown on a dialogue page (and its questions) when the text is not in the reader's language.
dialogue-fallback-notice = Tätä vuoropuhelua ei ole vielä saatavilla suomeksi. Teksti näytetään ruotsiksi.

dialogue-facts = Tietoa vuoropuhelusta
dialogue-status = Tila
dialogue-target-groups = Kohderyhmät
dialogue-place = Paikka
dialogue-themes = Aiheet
dialogue-level = Osallistumisen taso
dialogue-period = Aika
# $from and $to are dates written with common-date.
# intentionally-same
dialogue-period-value = { $from } – { $to }
dialogue-influence = Tähän voit vaikuttaa
dialogue-not-influence = Tähän et voi vaikuttaa
dialogue-decides = Kuka päättää ja milloin
dialogue-contact = Yhteystiedot
dialogue-closed-notice = Vuoropuhelu on päättynyt. Mielipiteitä ei voi enää lähettää. Kiitos kaikille osallistuneille!
dialogue-upcoming-notice = Vuoropuhelu avautuu { $date }. Silloin voit kertoa mielipiteesi täällä.
dialogue-views-heading = Julkaistut mielipiteet
dialogue-views-count = { $count ->
    [0] Mielipiteitä ei ole vielä julkaistu.
    [one] Yksi mielipide on julkaistu.
   *[other] { $count } mielipidettä on julkaistu.
}
dialogue-views-note = Luemme kaikki mielipiteet ennen kuin ne julkaistaan. Mielipide julkaistaan vain, jos sen kirjoittaja on antanut siihen luvan.
dialogue-view-anonymous = Nimetön
dialogue-view-general = Muuta
# $date is a date written with common-date.
dialogue-view-sent = Lähetetty { $date }
dialogue-views-pages = Mielipiteiden sivut
dialogue-views-previous = Edellinen sivu
dialogue-views-next = Seuraava sivu
dialogue-views-page = Sivu { $page } (yhteensä { $pages })

# The closed lists a dialogue is described with.
status-upcoming = Tulossa
status-open = Avoinna
status-closed = Päättynyt

target-group-everyone = Kaikki
target-group-children = Lapset
target-group-young-people = Nuoret
target-group-families = Lapsiperheet
target-group-older-people = Ikääntyneet
target-group-national-minorities = Kansalliset vähemmistöt
target-group-people-with-disabilities = Toimintarajoitteiset henkilöt

# Finnish: the district's place names are Swedish proper names and are kept as they are.
place-whole-district = Koko kaupunginosa
# intentionally-same
place-vallingby-centrum = Vällingby centrum
# intentionally-same
place-hasselby-gard = Hässelby gård
# intentionally-same
place-hasselby-strand = Hässelby strand
# intentionally-same
place-hasselby-villastad = Hässelby villastad
# intentionally-same
place-grimsta = Grimsta
# intentionally-same
place-racksta = Råcksta
# intentionally-same
place-vinsta = Vinsta

theme-parks = Puistot ja viheralueet
theme-safety = Turvallisuus
theme-culture-leisure = Kulttuuri ja vapaa-aika
theme-traffic = Liikenne
theme-older-meeting-places = Ikääntyneiden kohtaamispaikat
theme-youth = Nuoret
theme-environment = Ympäristö

level-information = Tiedottaminen
level-consultation = Kuuleminen
level-dialogue = Vuoropuhelu
level-influence = Vaikuttaminen
level-co-decision = Yhteinen päätöksenteko
# One sentence that says what the level means for the resident.
level-information-explained = Saat tietää, mitä tapahtuu. Päätökseen ei voi vaikuttaa.
level-consultation-explained = Kysymme mielipidettäsi ennen kuin päätös tehdään.
level-dialogue-explained = Keskustelemme asiasta sinun ja muiden kanssa, ja se, mitä sanotte, otetaan huomioon päätöksessä.
level-influence-explained = Se, mitä sinä ja muut sanotte, muokkaa ehdotusta, josta päätetään.
level-co-decision-explained = Sinä ja muut asukkaat olette mukana tekemässä päätöstä.
