# The list of dialogues and its filters, and the dialogue page.

list-title = { -district } dialåvgå
list-intro = Dánna vuojná man birra stádaoasse sihtá ienep diehtet, ja máhtá javllat mij duv mielas le. I dárbaha kontov.
list-filter-heading = Vállji dialåvgåjt
list-filter-group = Ulmmejuogos
list-filter-place = Bájkke
list-filter-theme = Tiebmá
list-filter-status = Stáhtus
# The first choice in each filter: no filter.
list-filter-any = Gájkka
list-filter-submit = Vuoseda dialåvgåjt
list-filter-clear = Vuoseda gájkka dialåvgåjt
# How many dialogues the filters found.
# Lule Sami: after numbers from 2 up the noun is in the genitive singular
# ("dialåvgå"), and the verb is plural ("gávnnuji").
list-count = { $count ->
    [0] Ij gávnnu aktak dialåvggå.
    [one] Gávnnu akta dialåvggå.
    [two] Gávnnuji guokta dialåvgå.
   *[other] Gávnnuji { $count } dialåvgå.
}
# Before the list of languages a dialogue's texts exist in (each named in itself).
list-languages = Gávnnu dáj gielaj
# A checkbox in the filters: hide dialogues not translated into the page's language.
list-filter-my-language = Dåssju dialåvgå mu gielan
list-empty = Gæhttjala válldet ierit muhtem válljimav.
list-open-until = Rabás { $date } rádjáj
list-opens-on = Álggá { $date }
list-closed-on = Dahpaduváj { $date }

# Shown on a dialogue page (and its questions) when the text is not in the reader's language.
dialogue-fallback-notice = Dát dialåvggå ij la vilá duv gielan. Tekstta vuoseduvvá dárogiellaj.

dialogue-facts = Diedo dialåvgå birra
dialogue-status = Stáhtus
dialogue-target-groups = Ulmmejuohkusa
dialogue-place = Bájkke
dialogue-themes = Tiemá
dialogue-level = Oassálasstemdásse
dialogue-period = Ájgge
# $from and $to are dates written with common-date.
# intentionally-same
dialogue-period-value = { $from } – { $to }
dialogue-influence = Dási máhttá vájkkudit
dialogue-not-influence = Dási ij máhte vájkkudit
dialogue-decides = Gut mierret ja goassa
dialogue-contact = Aktavuohta
dialogue-closed-notice = Dialåvggå l dahpadum. Vuojnojt ij desti máhte sáddit. Gijtto gájkajda gudi oassálasstin!
dialogue-upcoming-notice = Dialåvggå álggá { $date }. Dalloj máhtá dánna ietjat vuojnov sáddit.
dialogue-views-heading = Almodum vuojno
dialogue-views-count = { $count ->
    [0] Ij la ájn aktak vuojnno almoduvvam.
    [one] Akta vuojnno l almoduvvam.
    [two] Guokta vuojno li almoduvvam.
   *[other] { $count } vuojno li almoduvvam.
}
dialogue-views-note = Mij låhkåp gájkka vuojnojt åvddål gå dajt almodip. Vuojnov almodip dåssju jus sån guhti dav tjálij, la dasi miededam.
dialogue-view-anonymous = Namádibme
dialogue-view-general = Ietjá
# $date is a date written with common-date.
dialogue-view-sent = Sáddidum { $date }
dialogue-views-pages = Vuojnoj biele
dialogue-views-previous = Åvdep bielle
dialogue-views-next = Boahtte bielle
dialogue-views-page = { $page }. bielle { $pages } bielijs

# The closed lists a dialogue is described with.
status-upcoming = Boahtte
status-open = Rabás
status-closed = Dahpadum

target-group-everyone = Gájkka
target-group-children = Máná
target-group-young-people = Nuora
target-group-families = Familja mánáj
target-group-older-people = Boarrása
target-group-national-minorities = Nasjonálalasj unneplågo
target-group-people-with-disabilities = Ulmutja doajmmavánesvuodaj

place-whole-district = Ålles stádaoasse
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

theme-parks = Párka ja ruonas guovlo
theme-safety = Dårvvo
theme-culture-leisure = Kultuvrra ja asstoájgge
theme-traffic = Trafihkka
theme-older-meeting-places = Boarrásij tjåhkanimsaje
theme-youth = Nuora
theme-environment = Birás

level-information = Diehtojuohkem
level-consultation = Rádádallam
level-dialogue = Dialåvggå
level-influence = Vájkkudibme
level-co-decision = Aktisasj mierredibme
# One sentence that says what the level means for the resident.
level-information-explained = Oattjo diehtet mij dáhpáduvvá. Mærrádussaj ij máhte vájkkudit.
level-consultation-explained = Mij gatjádip mij duv mielas le åvddål gå mærrádus dagáduvvá.
level-dialogue-explained = Mij ságastallap dujna ja iehtjádij dan birra, ja dat majt dij javllabihtit, vieleduvvá gå mærrádus dagáduvvá.
level-influence-explained = Dat majt dån ja iehtjáda javllabihtit, hábbmi oajvvadusáv mij mierreduvvá.
level-co-decision-explained = Dån ja ietjá viesáda lihpit siegen mærrádusáv dahkamin.
