# The list of dialogues and its filters, and the dialogue page.

list-title = { -district }n govlesadtemh
list-intro = Daesnie maahtah vuejnedh man bïjre staaredajve sæjhta vielie daejredh, jïh jiehtedh maam datne tuhtjh. Ih daarpesjh naan kontoem.
list-filter-heading = Ohtsh govlesadtemh
list-filter-group = Ulmiedåehkie
list-filter-place = Sijjie
list-filter-theme = Teema
list-filter-status = Staatuse
# The first choice in each filter: no filter.
list-filter-any = Gaajhkh
list-filter-submit = Vuesehth govlesadtemh
list-filter-clear = Vuesehth gaajhkh govlesadtemh
# How many dialogues the filters found.
# South Sami has a dual: [two] is used for exactly 2 ("göökte" = two).
list-count = { $count ->
    [0] Ij naan govlesadteme gååvnesh.
    [one] Akte govlesadteme gååvnese.
    [two] Göökte govlesadtemh gååvnesieh.
   *[other] { $count } govlesadtemh gååvnesieh.
}
# Before the list of languages a dialogue's texts exist in (each named in itself).
list-languages = Gååvnesh daejnie gïelajgujmie
# A checkbox in the filters: hide dialogues not translated into the page's language.
list-filter-my-language = Barre govlesadtemh mov gïelesne
list-empty = Pryövh naan veeljemem domhkestidh.
list-open-until = Gaahpode { $date } raajan
list-opens-on = Rïhpesåvva { $date }
list-closed-on = Steegkesovvi { $date }

# Shown on a dialogue page (and its questions) when the text is not in the reader's language.
dialogue-fallback-notice = Daate govlesadteme ij annje dov gïelesne gååvnesh. Teekste vuesiehtamme daaroen gïelesne.

dialogue-facts = Bïevnesh govlesadtemen bïjre
dialogue-status = Staatuse
dialogue-target-groups = Ulmiedåehkieh
dialogue-place = Sijjie
dialogue-themes = Teemah
dialogue-level = Meatanårromedaltese
dialogue-period = Boelhke
# $from and $to are dates written with common-date.
# intentionally-same
dialogue-period-value = { $from } – { $to }
dialogue-influence = Daam maahtah dïjpedh
dialogue-not-influence = Daam ij gåaredh dïjpedh
dialogue-decides = Gie nænnoste jïh gåessie
dialogue-contact = Govlehtalledh
dialogue-closed-notice = Govlesadteme lea steegkesovveme. Ij gåaredh vielie vuajnoeh buektedh. Gæjhtoe gaajhkide gïeh meatan lin!
dialogue-upcoming-notice = Govlesadteme rïhpesåvva { $date }. Dellie maahtah dov vuajnoem daesnie buektedh.
dialogue-views-heading = Bæjhkoehtamme vuajnoeh
# [two] is the dual: exactly 2 ("göökte" = two).
dialogue-views-count = { $count ->
    [0] Annje ij leah naan vuajnoe bæjhkoehtovveme.
    [one] Akte vuajnoe lea bæjhkoehtovveme.
    [two] Göökte vuajnoeh leah bæjhkoehtovveme.
   *[other] { $count } vuajnoeh leah bæjhkoehtovveme.
}
dialogue-views-note = Mijjieh gaajhkh vuajnoeh lohkebe åvtelen dah bæjhkoehtovvieh. Vuajnoeh barre bæjhkoehtovvieh jis dïhte gie dejtie tjeeli, lea dam jååhkesjamme.
dialogue-view-anonymous = Nommen namhtah
dialogue-view-general = Jeatjah
# $date is a date written with common-date.
dialogue-view-sent = Seedteme { $date }
dialogue-views-pages = Vuajnoej sæjroeh
dialogue-views-previous = Evtebe sæjroe
dialogue-views-next = Minngebe sæjroe
# "Page 2 of 5": literally "page $page (of $pages pages)", elative plural.
dialogue-views-page = Sæjroe { $page } ({ $pages } sæjrojste)

# The closed lists a dialogue is described with.
status-upcoming = Båetije
status-open = Gaahpode
status-closed = Steegkesovveme

target-group-everyone = Gaajhkesh
target-group-children = Maanah
target-group-young-people = Noerh
target-group-families = Maanafuelhkieh
target-group-older-people = Voeresalmetjh
target-group-national-minorities = Nasjovnelle unnebelåhkoeh
target-group-people-with-disabilities = Almetjh funksjovnegiehpiedimmine

place-whole-district = Abpe staaredajve
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

theme-parks = Parkh jïh kruanadajvh
theme-safety = Jearsoesvoete
theme-culture-leisure = Kultuvre jïh eejehtimmie
theme-traffic = Valkese
theme-older-meeting-places = Tjåanghkoesijjieh voeresalmetjidie
theme-youth = Noerh
theme-environment = Byjrese

level-information = Bïevnesh
level-consultation = Rååresjimmie
level-dialogue = Govlesadteme
level-influence = Tsevtseme
level-co-decision = Ektienænnoestimmie
# One sentence that says what the level means for the resident.
level-information-explained = Datne åadtjoeh daejredh mij deahpede. Nænnoestimmiem ij gåaredh dïjpedh.
level-consultation-explained = Mijjieh gihtjebe maam datne tuhtjh, åvtelen nænnoestimmie dorjesåvva.
level-dialogue-explained = Mijjieh datnine jïh jeatjebigujmie aamhtesen bïjre soptsestallebe, jïh dam maam dijjieh jiehtede, krööhkestibie nænnoestimmesne.
level-influence-explained = Raeriestimmie mij nænnoeståvva, dan mietie dorjesåvva maam datne jïh jeatjebh jiehtede.
level-co-decision-explained = Datne jïh jeatjah årrojh ektesne nænnoestimmiem darjode.
