# Machine draft, not reviewed by a native speaker.
# Participation reports, exports, and the summary on a closed dialogue's page.
# "Vuajnoe" is used for "synpunkt" (view), "meatanårrome" for "deltagande" (participation),
# "reektehtse" for "rapport", "eksporte" for "export", "viedtjedh" (fetch) for "ladda ner"
# (download). "Rïhpes" is the attributive form of "open" (gaahpode). "Tjïekedh bieliem"
# (hide a part) stands for "maska" (redact), as in moderation.ftl.

report-nav = Reektehtsh
report-title = Meatanårrome
# Literally "Views to all dialogues that came from $from until $to."
report-period-summary = Vuajnoeh gaajhkide govlesadtemidie, mah bøøtin { $from } raejeste { $to } raajan.
# The format is spelled out as in editor-date-hint: jaepie (year), askh (month), biejjie (day).
report-period-invalid = Tjaelieh daatoeh naemhtie: jaepie-askh-biejjie, jïh voestes daatoe ij edtjh minngebe årrodh goh minngemes. Jis ij, dellie reektehtse daan jaepien vuesehte daan raajan.
report-from = Voestes biejjie
report-to = Minngemes biejjie
report-show = Vuesehth
report-dialogue-heading = Meatanårrome:
report-dialogue-title = Meatanårrome: { $title }
report-dialogue-period = Govlesadteme lij gaahpode { $from } raejeste { $to } raajan.
# [two] is the dual: exactly 2 ("göökte" = two).
report-total = { $count ->
    [one] Ektesne akte vuajnoe.
    [two] Ektesne göökte vuajnoeh.
   *[other] Ektesne { $count } vuajnoeh.
}
report-total-few = Ektesne vaenebe goh 5 vuajnoeh.
# The quoted text must match report-fewer-than-5.
report-rule = Smaave låhkoeh almetjh vaarjelieh: låhkoe mij lea vaenebe goh 5, vuesiehtåvva ”vaenebe goh 5”, jïh jis dam låhkoem maahta jeatjah låhkoej baaktoe rïekenidh, dellie aaj jeatjah låhkoe tjïekesåvva.
# "Staaredajvemoenehtse" = stadsdelsnämnden (the district council); a reviewer may prefer another term.
report-print-hint = Tjaelieh sæjroem olkese (A4) juktie dam lissiehtidh reektehtasse staaredajvemoenehtsasse.
report-dimension-status = Staatuse
report-dimension-language = Gïele
report-dimension-channel = Kanaale
report-dimension-age = Aaltere
report-dimension-gender = Tjoele
report-dimension-area = Dajve
report-dimension-question = Gyhtjelassh
report-dimension-day = Vuajnoeh fïerhten biejjien mietie
report-dimension-dialogue = Govlesadteme
report-col-views = Vuajnoeh
report-col-answered = Leah vaestiedamme
report-total-row = Ektesne
report-fewer-than-5 = vaenebe goh 5
report-withheld = tjïekesovveme
report-not-answered = Eah leah vaestiedamme
# Literally "Own text (before there was a list)".
report-earlier-text = Jïjtse tjaalege (åvtelen læstoe lij)
report-status-pending = Gïehtjedimmiem vuarta
report-status-published = Bæjhkoehtovveme
report-status-rejected = Nyöjhkesovveme
report-status-hidden = Tjïekesovveme
# "{ $count } / { $total }" is written as a fraction, as in editor-panel-questions-count.
report-summary-largest = Stööremes: { $label }, { $count } / { $total }.
report-summary-most-answered = Jeenemes vaestiedassh: { $label }, { $count } / { $total }.
# $label is a date written with common-date.
report-summary-busiest-day = Jeenemes vuajnoeh bøøtin { $label }: { $count } / { $total }.
report-summary-too-few = Fer vaenie vuajnoeh juktie vielie vuesiehtidh.
report-days-table = Låhkoeh fïerhten biejjien mietie

export-heading = Eksporteerh vuajnoeh
export-public-help = Rïhpes eksporte åtna bæjhkoehtovveme vuajnoeh, jis dïhte gie vuajnoem tjeeli, lea bæjhkoehtimmiem jååhkesjamme. Vuajnoeh leah seamma goh gaajhkesh dejtie vuejnieh (muvhth bielieh maehtieh tjïekesovveme årrodh), dan nommine maam dïhte lea veeljeme vuesiehtidh, jïh jeatjah persovneles bïevnesi namhtah.
export-format = Formaate
# Literally "CSV (Excel can open it)".
export-csv = CSV (Excel maahta dam geehpehtidh)
# intentionally-same
export-json = JSON
export-public-submit = Viedtjh rïhpes eksportem
export-full-heading = Abpe eksporte (reeredæjjah)
export-full-help = Gaajhkh vuajnoeh leah meatan, aaj dah mah leah nyöjhkesovveme jïh dah mah gïehtjedimmiem vuertieh. Aaj originaale tjaalege tjïekesovveme bieliej nuelesne jïh bïevnesh mejtie årrojh leah jïjtje veeljeme vedtedh, leah meatan. Mijjieh eksportem loggose tjaelebe: gie jïh man åvteste.
export-reason = Man åvteste eksporteerh?
# Literally "someone asks for a public document".
export-reason-help = Vuesiehtimmien gaavhtan ”naaken byögkeles tjaatsegem birrie” jïh aamhtesenummere.
export-full-submit = Viedtjh abpe eksportem

participation-heading = Gïeh meatan lin
# [two] is the dual: exactly 2 ("göökte" = two).
participation-total = { $count ->
    [one] Akte vuajnoe bööti.
    [two] Göökte vuajnoeh bøøtin.
   *[other] { $count } vuajnoeh bøøtin.
}
participation-total-few = Vaenebe goh 5 vuajnoeh bøøtin.
participation-total-withheld = Taalle ij vuesiehtovvh, juktie dejtie vaarjelidh mah meatan orreme.
participation-languages = Gïele
participation-ages = Aaltere
participation-areas = Dajve
participation-people = Vuajnoeh
participation-rule = Jis dåehkesne vaenebe goh 5 leah, ibie låhkoem vuesehth, juktie dejtie vaarjelidh gïeh dennie dåehkesne leah. Nyöjhkesovveme vuajnoeh eah leah meatan.

audit-action-export-full = Abpe eksporte

# The open-data page: the read-only API for anyone who wants the data.
opendata-nav = Rïhpes daatah
opendata-title = Rïhpes daatah
opendata-intro = Govlesadtemh, bæjhkoehtovveme vuajnoeh jïh iktedimmieh gïeh meatan lin, leah rïhpes daatah gaajhkide gïeh sïjhtieh dejtie gïehtjedidh, rïekenidh jallh naakede orre darjodh. Daate lea API mestie barre maahta lohkedh, jïh dïhte JSON-formaatesne vaestede.
opendata-endpoints = Maam maahtah viedtjedh
opendata-endpoint-dialogues = Gaajhkh bæjhkoehtovveme govlesadtemh: tjaalegh fïerhten gïelesne, daatoeh, meatanårromedaltese, gie nænnoste, jïh moenedimmie gosse dïhte gååvnese.
opendata-endpoint-dialogue = Akte govlesadteme.
opendata-endpoint-views = Govlesadtemen bæjhkoehtovveme vuajnoeh, sæjroe sæjroen mietie (parameetere cursor). Maahtah dejtie gïelen (lang) jïh daatoen (from, to) mietie veeljedh.
# Literally "A closed dialogue's summary: who took part."
opendata-endpoint-summary = Steegkesovveme govlesadtemen iktedimmie: gïeh meatan lin.
opendata-reference = Referanse (eengelsken, API-buerkiestimmeste)
opendata-description = API-buerkiestimmie (OpenAPI 3.1)
opendata-licence-heading = Njoelkedassh
opendata-licence-figures = Iktedimmieh jïh govlesadtemi bïevnesh gaajhkesh maehtieh nuhtjedh, naan njoelkedassi namhtah (CC0 1.0).
# "Kopijeeredh" (copy) is used for "citera" (quote), as in moderation.ftl.
opendata-licence-texts = Årroji vuajnoeh leah byögkeles tjaatsegh. Daesnie barre dah vuajnoeh gååvnesieh mejtie tjaelijh leah jååhkesjamme bæjhkoehtidh. Dah leah gïehtjedovveme, jïh persovneles bïevnesh leah tjïekesovveme. Maahtah dejtie jïjtse tjaalegasse kopijeeredh, men ij edtjh dejtie nuhtjedh juktie akten almetjen bïjre bïevnesh tjöönghkedh.
opendata-limits = Smaave låhkoeh leah seamma vuekine vaarjelovveme goh reektehtsinie (vaenebe goh 5). Jis jïjnjh gyhtjelassh seamma adresseste åenehks tïjjesne båetieh, dellie guhkiebe tjoerh vaestiedassem vuertedh.
