# The list of dialogues and its filters, and the dialogue page.

list-title = Dialoger i { -district }
list-intro = Här kan du se vad stadsdelen vill veta mer om och säga vad du tycker. Du behöver inget konto.
list-filter-heading = Filtrera dialogerna
list-filter-group = Målgrupp
list-filter-place = Plats
list-filter-theme = Tema
list-filter-status = Status
# The first choice in each filter: no filter.
list-filter-any = Alla
list-filter-submit = Visa dialoger
list-filter-clear = Visa alla dialoger
# How many dialogues the filters found.
list-count = { $count ->
    [0] Inga dialoger hittades.
    [one] En dialog hittades.
   *[other] { $count } dialoger hittades.
}
# Before the list of languages a dialogue's texts exist in (each named in itself).
list-languages = Finns på
# A checkbox in the filters: hide dialogues not translated into the page's language.
list-filter-my-language = Bara dialoger på mitt språk
list-empty = Prova att ta bort något filter.
list-open-until = Öppen till och med { $date }
list-opens-on = Öppnar { $date }
list-closed-on = Stängde { $date }

# Shown on a dialogue page (and its questions) when the text is not in the reader's language.
dialogue-fallback-notice = Den här dialogen finns inte på ditt språk ännu. Texten visas på svenska.

dialogue-facts = Fakta om dialogen
dialogue-status = Status
dialogue-target-groups = Målgrupper
dialogue-place = Plats
dialogue-themes = Teman
dialogue-level = Delaktighetsnivå
dialogue-period = Tid
# $from and $to are dates written with common-date.
dialogue-period-value = { $from } – { $to }
dialogue-influence = Det här kan du påverka
dialogue-not-influence = Det här går inte att påverka
dialogue-decides = Vem beslutar och när
dialogue-contact = Kontakt
dialogue-closed-notice = Dialogen är stängd. Det går inte längre att lämna synpunkter. Tack till alla som deltog!
dialogue-upcoming-notice = Dialogen öppnar { $date }. Då kan du lämna din synpunkt här.
dialogue-views-heading = Publicerade synpunkter
dialogue-views-count = { $count ->
    [0] Inga synpunkter har publicerats ännu.
    [one] En synpunkt har publicerats.
   *[other] { $count } synpunkter har publicerats.
}
dialogue-views-note = Vi läser alla synpunkter innan de publiceras. Synpunkter publiceras bara om den som skrev dem har godkänt det.
dialogue-view-anonymous = Anonym
dialogue-view-general = Övrigt
# $date is a date written with common-date.
dialogue-view-sent = Skickad { $date }
dialogue-views-pages = Sidor med synpunkter
dialogue-views-previous = Föregående sida
dialogue-views-next = Nästa sida
dialogue-views-page = Sida { $page } av { $pages }

# The closed lists a dialogue is described with.
status-upcoming = Kommande
status-open = Öppen
status-closed = Stängd

target-group-everyone = Alla invånare
target-group-children = Barn
target-group-young-people = Unga
target-group-families = Barnfamiljer
target-group-older-people = Äldre
target-group-national-minorities = Nationella minoriteter
target-group-people-with-disabilities = Personer med funktionsnedsättning

place-whole-district = Hela stadsdelen
place-vallingby-centrum = Vällingby centrum
place-hasselby-gard = Hässelby gård
place-hasselby-strand = Hässelby strand
place-hasselby-villastad = Hässelby villastad
place-grimsta = Grimsta
place-racksta = Råcksta
place-vinsta = Vinsta

theme-parks = Parker och grönområden
theme-safety = Trygghet
theme-culture-leisure = Kultur och fritid
theme-traffic = Trafik
theme-older-meeting-places = Mötesplatser för äldre
theme-youth = Unga
theme-environment = Miljö

level-information = Information
level-consultation = Samråd
level-dialogue = Dialog
level-influence = Inflytande
level-co-decision = Medbeslutande
# One sentence that says what the level means for the resident.
level-information-explained = Du får veta vad som händer. Det går inte att påverka beslutet.
level-consultation-explained = Vi frågar vad du tycker innan beslutet fattas.
level-dialogue-explained = Vi samtalar med dig och andra om frågan, och det ni säger vägs in i beslutet.
level-influence-explained = Det du och andra säger formar förslaget som beslutas.
level-co-decision-explained = Du och andra boende är med och fattar beslutet.
