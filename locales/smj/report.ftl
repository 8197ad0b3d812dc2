# Machine draft, not reviewed by a native speaker.
# Participation reports, exports, and the summary on a closed dialogue's page.
# "Vuojnno" is used for "synpunkt" (view), "oassálasstem" for "deltagande" (participation),
# "rapportta" (plural "rapporta") for "rapport", "eksporta" for "export",
# "vieddjat" (fetch) for "ladda ner" (download). "Tjiehkat oasev" (hide a part) stands for
# "maska" (redact), as in moderation.ftl.

report-nav = Rapporta
report-title = Oassálasstem
report-period-summary = Vuojno ma båhtin { $from } rájes { $to } rádjáj, gájkka dialåvgåjn.
# Literally "... Otherwise this year until now is shown."
report-period-invalid = Tjále biejvijt nav: JJJJ-MM-BB, ja vuostasj biejvve ij galga liehket maŋemus biejve maŋŋela. Jus ij, de vuoseduvvá dát jahke dálla rádjáj.
report-from = Vuostasj biejvve
report-to = Maŋemus biejvve
report-show = Vuoseda
report-dialogue-heading = Oassálasstem:
report-dialogue-title = Oassálasstem: { $title }
report-dialogue-period = Dialåvggå lij rabás { $from } rájes { $to } rádjáj.
# After a number of two or more the noun is in the genitive singular (vuojno).
report-total = { $count ->
    [one] Aktan akta vuojnno.
    [two] Aktan guokta vuojno.
   *[other] Aktan { $count } vuojno.
}
report-total-few = Aktan unnep gå 5 vuojno.
# The quoted text must match report-fewer-than-5.
report-rule = Unna lågo suodjali ulmutjijt: låhkko mij l unnep gå 5, vuoseduvvá ”unnep gå 5”, ja jus dav lågov máhttá ietjá lågoj baktu gávnnat, de aj muhtem ietjá låhkko tjiegaduvvá.
# "Stádaoassenammadus" = stadsdelsnämnden (the district council); a reviewer may prefer another term.
report-print-hint = Tjáleda dáv bielev (A4) vaj máhtá dav lasedit rapporttaj stádaoassenammadussaj.
report-dimension-status = Stáhtus
report-dimension-language = Giella
report-dimension-channel = Kanálla
report-dimension-age = Ahke
report-dimension-gender = Sjiervve
report-dimension-area = Guovllo
report-dimension-question = Gatjálvisá
report-dimension-day = Vuojno biejve milta
report-dimension-dialogue = Dialåvggå
report-col-views = Vuojno
report-col-answered = Li vásstedam
report-total-row = Aktan
report-fewer-than-5 = unnep gå 5
report-withheld = tjiegadum
report-not-answered = Ælla vásstedam
report-earlier-text = Friddja tevsta (åvddål gå lista lij)
report-status-pending = Vuorddá dárkestimev
report-status-published = Almodum
report-status-rejected = Hilgodum
report-status-hidden = Tjiegadum
# "{ $count } / { $total }" is written as a fraction, as in editor-panel-questions-count.
report-summary-largest = Stuorámus: { $label }, { $count } / { $total }.
report-summary-most-answered = Ienemusát vásstedum: { $label }, { $count } / { $total } vuojnos.
# $label is a date written with common-date.
report-summary-busiest-day = Ienemus vuojno båhtin { $label }: { $count } / { $total }.
report-summary-too-few = Vuojno li ilá binnáv, danen ij máhte ienebuv vuosedit.
report-days-table = Lågo biejve milta

export-heading = Eksportiera vuojnojt
export-public-help = Rabás eksporta sisadná almodum vuojnojt, jus sån guhti vuojnov tjálij, la almodibmáj miededam. Vuojno li nav gåk gájkka dajt vuojnni (muhtem oase máhtti liehket tjiegadum), namájn majt sån la válljim vuosedit, ja ietjá persåvnnådiedoj dagi.
export-format = Formáhtta
# Literally "CSV (Excel can open it)".
export-csv = CSV (Excel máhttá dav rahpat)
# intentionally-same
export-json = JSON
export-public-submit = Viedja rabás eksportav
export-full-heading = Ålles eksporta (háldadiddje)
# "Diedo majt viesáda li válljim vaddet" = the facts residents chose to give (the voluntary ones).
export-full-help = Sisadná gájkka vuojnojt, aj hilgodum vuojnojt ja vuojnojt ma vuorddi dárkestimev. Aj tjiegadum oasij originállatevsta ja diedo majt viesáda li válljim vaddet, li siegen. Eksporta mærkkoduvvá loggåj: guhti ja manen.
# Literally "What is the reason for the export?"
export-reason = Mij l eksporta sivva?
# Literally "an application to get a public document".
export-reason-help = Buojkulvissan ”åhtsåmus oadtjot almulasj dokumænntav” ja ássjenummar.
export-full-submit = Viedja ålles eksportav

participation-heading = Gudi oassálasstin
participation-total = { $count ->
    [one] Akta vuojnno bådij.
    [two] Guokta vuojno båhtin.
   *[other] { $count } vuojno båhtin.
}
participation-total-few = Unnep gå 5 vuojno båhtin.
participation-total-withheld = Lågo ij vuosedum, vaj suodjalit sijáj gudi lidji mielen.
participation-languages = Giella
participation-ages = Ahke
participation-areas = Guovllo
participation-people = Vuojno
participation-rule = Gå juohkusin li unnep gå 5, de lågov ep vuoseda. Nav suodjalip ulmutjijt gudi dasi gulluji. Hilgodum vuojno ælla siegen.

audit-action-export-full = Ålles eksporta

# The open-data page: the read-only API for anyone who wants the data.
opendata-nav = Rabás dáhtá
opendata-title = Rabás dáhtá
# Literally "... This is an API that only gives data, and it answers in JSON format."
opendata-intro = Dialåvgå, almodum vuojno ja tjoahkkájgæsosa gudi oassálasstin, li rabás dáhtá sidjij gudi sihti dajt dárkestit, låhkåt jali juojddá ietjas dahkat. Dát l API mij dåssju vaddá diedojt, ja dat vásstet JSON-formáhtan.
opendata-endpoints = Majt máhtá vieddjat
opendata-endpoint-dialogues = Gájkka almodum dialåvgå: tevsta juohkka gielan, biejvve, oassálasstemdásse, guhti mierret, ja máhtsadus gå dat gávnnu.
opendata-endpoint-dialogue = Akta dialåvggå.
opendata-endpoint-views = Dialåvgå almodum vuojno, bielle bielle maŋŋela (parameter cursor). Máhtá dajt válljit giela (lang) ja biejve (from, to) milta.
opendata-endpoint-summary = Tjoahkkájgæsos gudi oassálasstin låhpadum dialåvgån.
opendata-reference = Referánssa (eŋgelsgiellaj, API-tjielggidusás)
opendata-description = API govvidus (OpenAPI 3.1)
opendata-licence-heading = Njuolgadusá
opendata-licence-figures = Tjoahkkájgæsosijt ja dialåvgåj diedojt oadtju friddja adnet, njuolgadusáj dagi (CC0 1.0).
# "Kopierit" (copy) is used for "citera" (quote), as "kopiera" in moderation.ftl.
opendata-licence-texts = Viesádij vuojno li almulasj dokumænta. Dánna li dåssju vuojno gånnå sij gudi dajt tjállin, li almodibmáj miededam. Dat li dárkestuvvam, ja persåvnnådiedo li tjiegadum. Dajt máhtá friddja ietjat tevstaj kopierit, valla ale dajt ane diedoj tjoahkkimij avta ulmutja birra.
opendata-limits = Unna lågo suodjaluvvi seamma láhkáj gåk rapportajn (unnep gå 5). Gå moadda gatjálvisá bohti avta adræssas oanes ájgen, de galggá guhkep vuordet vásstádusáv.
