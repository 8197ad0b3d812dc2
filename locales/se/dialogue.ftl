# The list of dialogues and its filters, and the dialogue page.

# Literally "Hässelby-Vällingby's dialogues" (the term cannot take a case ending).
list-title = { -district } dialogat
list-intro = Dás sáhtát oaidnit maid birra gávpotoassi háliida diehtit eambbo, ja muitalit maid don oaivvildat. Don it dárbbaš čálihuvvat.
# "Ráddje" = limit, narrow down (the list of dialogues).
list-filter-heading = Ráddje dialogaid
list-filter-group = Ulbmiljoavku
list-filter-place = Báiki
list-filter-theme = Fáddá
list-filter-status = Dilli
# The first choice in each filter: no filter.
list-filter-any = Buot
list-filter-submit = Čájet dialogaid
list-filter-clear = Čájet buot dialogaid
# How many dialogues the filters found.
# After a number of two or more the noun is in the genitive singular (dialoga), the verb in the plural.
list-count = { $count ->
    [0] Ii gávdnon oktage dialoga.
    [one] Gávdnui okta dialoga.
    [two] Gávdnojedje guokte dialoga.
   *[other] Gávdnojedje { $count } dialoga.
}
# Before the list of languages a dialogue's texts exist in (each named in itself).
list-languages = Gávdno dáin gielain
# A checkbox in the filters: hide dialogues not translated into the page's language.
list-filter-my-language = Dušše dialogat mu gillii
list-empty = Geahččal váldit eret muhtin ráddjema.
list-open-until = Rabas { $date } rádjái
list-opens-on = Rahpasa { $date }
list-closed-on = Giddejuvvui { $date }

# Shown on a dialogue page (and its questions) when the text is not in the reader's language.
dialogue-fallback-notice = Dát dialoga ii leat vel du gillii. Teaksta čájehuvvo ruoŧagillii.

dialogue-facts = Dieđut dialoga birra
dialogue-status = Dilli
dialogue-target-groups = Ulbmiljoavkkut
dialogue-place = Báiki
dialogue-themes = Fáttát
dialogue-level = Searvandássi
dialogue-period = Áigi
# $from and $to are dates written with common-date.
# intentionally-same
dialogue-period-value = { $from } – { $to }
dialogue-influence = Dása sáhtát váikkuhit
dialogue-not-influence = Dása it sáhte váikkuhit
dialogue-decides = Gii mearrida ja goas
dialogue-contact = Oktavuohta
dialogue-closed-notice = Dialoga lea gitta. Oaiviliid ii sáhte šat sáddet. Giitu buohkaide geat oassálaste!
dialogue-upcoming-notice = Dialoga rahpasa { $date }. Dalle sáhtát sáddet iežat oaivila dáppe.
dialogue-views-heading = Almmuhuvvon oaivilat
dialogue-views-count = { $count ->
    [0] Ii leat vel almmuhuvvon oktage oaivil.
    [one] Okta oaivil lea almmuhuvvon.
    [two] Guokte oaivila leat almmuhuvvon.
   *[other] { $count } oaivila leat almmuhuvvon.
}
dialogue-views-note = Mii lohkat buot oaiviliid ovdal go dat almmuhuvvojit. Oaivilat almmuhuvvojit dušše jus dat gii daid čálii, lea dohkkehan dan.
dialogue-view-anonymous = Namaheapme
dialogue-view-general = Eará
# $date is a date written with common-date.
dialogue-view-sent = Sáddejuvvon { $date }
dialogue-views-pages = Oaiviliid siiddut
dialogue-views-previous = Ovddit siidu
dialogue-views-next = Boahtte siidu
# Literally "Page 2, in total 5".
dialogue-views-page = Siidu { $page }, oktiibuot { $pages }

# The closed lists a dialogue is described with.
status-upcoming = Boahttevaš
status-open = Rabas
status-closed = Gitta

target-group-everyone = Buohkat
target-group-children = Mánát
target-group-young-people = Nuorat
target-group-families = Mánnábearrašat
target-group-older-people = Vuorrasat
target-group-national-minorities = Nationála unnitlogut
target-group-people-with-disabilities = Olbmot geain lea doaibmahehttehus

place-whole-district = Olles gávpotoassi
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

theme-parks = Párkkat ja ruoná guovllut
theme-safety = Oadjebasvuohta
theme-culture-leisure = Kultuvra ja astoáigi
theme-traffic = Johtalus
theme-older-meeting-places = Vuorrasiid deaivvadanbáikkit
theme-youth = Nuorat
theme-environment = Biras

level-information = Diehtojuohkin
level-consultation = Ráđđádallan
level-dialogue = Dialoga
level-influence = Váikkuhanfápmu
level-co-decision = Mielmearrideapmi
# One sentence that says what the level means for the resident.
level-information-explained = Don oaččut diehtit mii dáhpáhuvvá. Mearrádussii it sáhte váikkuhit.
level-consultation-explained = Mii jearrat maid don oaivvildat ovdal go mearrádus dahkko.
level-dialogue-explained = Mii ságastallat duinna ja earáiguin ášši birra, ja dat maid dii dadjabehtet, váldojuvvo vuhtii go mearrádus dahkko.
level-influence-explained = Dat maid don ja earát dadjabehtet, hábme dan evttohusa mas mearriduvvo.
level-co-decision-explained = Don ja eará ássit lehpet mielde mearrideamen.
