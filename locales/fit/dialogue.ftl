# The list of dialogues and its filters, and the dialogue page.

list-title = Dialoogit { -district }ssä
list-intro = Täälä sie saatat nähhä mistä kaupunkiosa halvaa tietää enämpi ja sanoa mitä sie tykkäät. Sie et tartte kontoa.
list-filter-heading = Filtreeraa dialoogit
list-filter-group = Kohderyhmä
list-filter-place = Paikka
list-filter-theme = Teema
list-filter-status = Staattys
# The first choice in each filter: no filter.
list-filter-any = Kaikki
list-filter-submit = Näytä dialoogit
list-filter-clear = Näytä kaikki dialoogit
# How many dialogues the filters found.
list-count = { $count ->
    [0] Yhtään dialoogia ei löytyny.
    [one] Löyty yks dialoogi.
   *[other] Löyty { $count } dialoogia.
}
# Before the list of languages a dialogue's texts exist in (each named in itself).
list-languages = Löytyy kielilä
# A checkbox in the filters: hide dialogues not translated into the page's language.
list-filter-my-language = Vain dialoogit minun kielelä
list-empty = Kokkeile ottaa joku filtteri pois.
list-open-until = Auki { $date } asti
list-opens-on = Aukasthaan { $date }
list-closed-on = Suljethiin { $date }

# Shown on a dialogue page (and its questions) when the text is not in the reader's language.
dialogue-fallback-notice = Tätä dialoogia ei ole vielä meänkielelä. Teksti näytethään ruottiksi.

dialogue-facts = Tietoa dialoogista
dialogue-status = Staattys
dialogue-target-groups = Kohderyhmät
dialogue-place = Paikka
dialogue-themes = Teemat
dialogue-level = Osalisuuen taso
dialogue-period = Aika
# $from and $to are dates written with common-date.
# intentionally-same
dialogue-period-value = { $from } – { $to }
dialogue-influence = Tähän sie saatat vaikuttaa
dialogue-not-influence = Tähän sie et saata vaikuttaa
dialogue-decides = Kuka päättää ja millon
dialogue-contact = Kontakti
dialogue-closed-notice = Dialoogi oon suljettu. Mielipitheitä ei saata enämpi lähättää. Kiitos kaikile jokka olit mukana!
dialogue-upcoming-notice = Dialoogi aukasthaan { $date }. Sillon sie saatat lähättää sinun mielipitheen täälä.
dialogue-views-heading = Julkastut mielipitheet
dialogue-views-count = { $count ->
    [0] Yhtään mielipiettä ei ole vielä julkastu.
    [one] Yks mielipie oon julkastu.
   *[other] { $count } mielipiettä oon julkastu.
}
dialogue-views-note = Met luema kaikki mielipitheet ennen ko net julkasthaan. Mielipie julkasthaan vain jos kirjottaja oon antanu siihen luvan.
dialogue-view-anonymous = Anonyymi
dialogue-view-general = Muuta
# $date is a date written with common-date.
dialogue-view-sent = Lähätetty { $date }
dialogue-views-pages = Mielipitheitten sivut
dialogue-views-previous = Eelinen sivu
dialogue-views-next = Seuraava sivu
dialogue-views-page = Sivu { $page } / { $pages }

# The closed lists a dialogue is described with.
status-upcoming = Tulossa
status-open = Auki
status-closed = Suljettu

target-group-everyone = Kaikki
target-group-children = Kläpit
target-group-young-people = Nuoret
target-group-families = Kläppiperheet
target-group-older-people = Vanhat ihmiset
target-group-national-minorities = Kansaliset minuriteetit
target-group-people-with-disabilities = Ihmiset joila oon heikentyny toimintakyky

# Place names stay as they are; only the whole-district choice is translated.
place-whole-district = Koko kaupunkiosa
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

theme-parks = Puistot ja viheraluheet
theme-safety = Turvalisuus
theme-culture-leisure = Kylttyyri ja vapaa-aika
theme-traffic = Trafiikki
theme-older-meeting-places = Vanhoitten ihmisitten kohtauspaikat
theme-youth = Nuoret
theme-environment = Miljöö

level-information = Informasjuuni
level-consultation = Neuvottelu
level-dialogue = Dialoogi
level-influence = Vaikutusvalta
level-co-decision = Yhessä päättäminen
# One sentence that says what the level means for the resident.
level-information-explained = Sie saat tietää mitä tapahtuu. Päätöksheen ei saata vaikuttaa.
level-consultation-explained = Met kysymä mitä sie tykkäät ennen ko päätös tehhään.
level-dialogue-explained = Met keskustelema sinun ja muitten kans asiasta, ja se mitä tet sanotta otethaan huomihoon päätöksessä.
level-influence-explained = Se mitä sie ja muut sanotta muotoilee sen ehotuksen josta päätethään.
level-co-decision-explained = Sie ja muut asukhaat oletta mukana päättämässä.
