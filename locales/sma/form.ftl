# The form where a resident sends a view, and its error messages.
# "Synpunkt" (a resident's view) is rendered as "vuajnoe" throughout.

form-heading = Jiehtieh maam tuhtjh
form-intro = Vaestedh unnemes akten gyhtjelassese. Jeatjah gaajhkide maahtah vaestiedidh, jis sïjhth. Aellieh persovnenummerem, tellefovnenummerem jallh e-påasteadressem vaestiedassine tjaelieh.
form-general = Mij akt jeatjah maam sïjhth jiehtedh?
form-about-you = Dov bïjre (jis sïjhth)
form-about-you-help = Vaestiedassh mijjem viehkiehtieh vuejnedh gïeh leah nuepiem åådtjeme sijjen mïelh buektedh. Dah eah gåessie gænnah dov vuajnojne ektesne vuesiehtovvh.
form-name = Nomme mij vuajnojne vuesiehtåvva
form-name-help = Baajh gåaroes jis sïjhth nommen namhtah årrodh.
form-age = Aaltere
form-gender = Tjoele
form-area = Gusnie årroeh jallh daamhtaj leah
form-not-answered = Im sïjhth vaestiedidh
age-under-13 = Nuerebe goh 13 jaepieh
age-13-17 = 13–17 jaepieh
age-18-29 = 18–29 jaepieh
age-30-49 = 30–49 jaepieh
age-50-64 = 50–64 jaepieh
age-65-79 = 65–79 jaepieh
age-80-plus = 80 jaepieh jallh båarasåbpoe
gender-woman-girl = Nyjsenæjja jallh nïejte
gender-man-boy = Ålma jallh baernie
gender-another = Jeatjah
gender-prefer-not-to-say = Im sïjhth jiehtedh

# The areas of the district a resident may say they live in (place names are not translated).
# intentionally-same
home-area-hasselby-gard = Hässelby gård
# intentionally-same
home-area-hasselby-strand = Hässelby strand
# intentionally-same
home-area-hasselby-villastad = Hässelby villastad
# intentionally-same
home-area-grimsta = Grimsta
# intentionally-same
home-area-kalvesta = Kälvesta
# intentionally-same
home-area-nalsta = Nälsta
# intentionally-same
home-area-racksta = Råcksta
# intentionally-same
home-area-vinsta = Vinsta
# intentionally-same
home-area-vallingby = Vällingby
# Machine draft, not reviewed by a native speaker.
home-area-elsewhere = Jeatjah sijjesne
home-area-prefer-not-to-say = Im sïjhth jiehtedh
form-lang = Gïele mejnie tjaalah
form-consent = Vuajnoe åådtje daennie sæjrosne bæjhkoehtovvedh
form-consent-help = Mijjieh barre dejtie vuajnojde bæjhkoehtibie mah mijjen njoelkedasside dåeriedieh. Gaajhkh vuajnoeh leah byögkeles tjaatsegh, jïh staaredajve dejtie låhka, aaj jis eah bæjhkoehtovvh.
# A field that people never see; robots fill it in. Read out only if styles fail to load.
form-honeypot = Baajh daam sijjiem gåaroes
form-submit = Seedth vuajnoem
form-sending = Seedteminie…
form-sent-heading = Gæjhtoe! Mijjieh libie dov vuajnoem åådtjeme.
# $reference is the view's reference number.
form-sent-reference = Referansenummere: { $reference }
form-sent-receipt-link = Vuesehth vihtiesleahpam

form-error-summary = Vuajnoe ij leah seedtesovveme. Staeredh dam mij lea mïerhkesjovveme:
form-error-empty = Vaestedh unnemes akten gyhtjelassese.
# $max is the greatest number of characters the field takes.
form-error-too-long = Tjaalege lea fer guhkie. Dïhte maahta jeenjemes { $max } mïerhkh utnedh.
form-error-not-a-choice = Veeljh aktem veeljemenuepiem læstoste.
form-error-honeypot = Sijjie ”Baajh daam sijjiem gåaroes” edtja gåaroes årrodh.
form-error-missing-key = Skjeema lea fer båeries. Orresth sæjroem jïh seedth vihth.
form-error-not-open = Govlesadteme ij daelie vuajnoeh dåastoeh.
form-error-rate-limited = Datne leah jïjnjh vuajnoeh seedteme åenehks tïjjesne. Vuertieh ånnetji jïh pryövh vihth.
form-error-internal = Naakede båajhtode sjïdti mijjen luvnie, jïh vuajnoe ij leah vöörhkesovveme. Pryövh vihth ånnetji mænngan.
form-error-network = Ibie maehtieh serverem jaksedh. Gïehtjh dov nedteektiedimmiem jïh pryövh vihth. Dov vuajnoe barre akten aejkien vöörhkesåvva.
