# Machine draft, not reviewed by a native speaker.
# Participation reports, exports, and the summary on a closed dialogue's page.
# "Oaivil" (opinion) is used for "synpunkt" (view), "oassálastin" for "deltagande" (participation),
# "eksporta" for "export", "viežžat" (fetch) for "ladda ner" (download).
# "Čihkkot oasi" (hide a part) stands for "maska" (redact), as in moderation.ftl.

report-nav = Raporttat
report-title = Oassálastin
report-period-summary = Oaivilat mat bohte { $from } rájes { $to } rádjái, buot dialogain.
report-period-invalid = Čále beaivemeriid dán láhkai: JJJJ-MM-BB, nu ahte vuosttaš beaivi lea ovdal maŋimuš beaivvi dahje seamma beaivi. Raporta čájeha dán jagi dássážii.
report-from = Vuosttaš beaivi
report-to = Maŋimuš beaivi
report-show = Čájet
report-dialogue-heading = Oassálastin:
report-dialogue-title = Oassálastin: { $title }
report-dialogue-period = Dialoga lei rabas { $from } rájes { $to } rádjái.
# After a number of two or more the noun is in the genitive singular (oaivila).
report-total = { $count ->
    [one] Oktiibuot okta oaivil.
    [two] Oktiibuot guokte oaivila.
   *[other] Oktiibuot { $count } oaivila.
}
report-total-few = Oktiibuot unnit go 5 oaivila.
# The quoted text must match report-fewer-than-5.
report-rule = Smávva logut suddjejit olbmuid: lohku vuollel 5 čájehuvvo ”unnit go 5”, ja go dan logu sáhtášii rehkenastit submmis, de maiddái muhtin eará lohku čihkkojuvvo.
# "Gávpotoasi lávdegoddi" = stadsdelsnämnden (the district council).
report-print-hint = Čálih siiddu (A4), ja bija dan mielddusin raportii gávpotoasi lávdegoddái.
report-dimension-status = Dilli
report-dimension-language = Giella
report-dimension-channel = Kanála
report-dimension-age = Ahki
report-dimension-gender = Sohkabealli
report-dimension-area = Guovlu
report-dimension-question = Gažaldagat
report-dimension-day = Oaivilat juohke beaivvi
report-dimension-dialogue = Dialoga
report-col-views = Oaivilat
report-col-answered = Leat vástidan
report-total-row = Oktiibuot
report-fewer-than-5 = unnit go 5
# Literally "is not shown".
report-withheld = ii čájehuvvo
report-not-answered = Eai leat vástidan
report-earlier-text = Friddja teaksta (ovdal go listu gávdnui)
report-status-pending = Vuordá dárkkisteami
report-status-published = Almmuhuvvon
report-status-rejected = Hilgojuvvon
report-status-hidden = Čihkkojuvvon
# "{ $count } / { $total }" is written as a fraction, as in editor-panel-questions-count.
report-summary-largest = Stuorimus: { $label }, { $count } / { $total }.
report-summary-most-answered = Eanemusat vástiduvvon: { $label }, { $count } / { $total } oaivilis.
# $label is a date written with common-date.
report-summary-busiest-day = Eanemus oaivilat bohte { $label }: { $count } / { $total }.
report-summary-too-few = Oaivilat leat menddo unnán, danin ii sáhte čájehit eambbo.
report-days-table = Logut juohke beaivvi

export-heading = Eksportere oaiviliid
export-public-help = Rabas eksporttas leat almmuhuvvon oaivilat maid čállit leat addán lobi almmuhit. Oaivilat leat nugo buohkat daid oidnet (čihkkojuvvon osiiguin), dainna namain maid čálli lea válljen čájehit, eaige das leat eará persovdnadieđut.
export-format = Formáhtta
export-csv = CSV (rahpasa Excelis)
# intentionally-same
export-json = JSON
export-public-submit = Viečča rabas eksportta
export-full-heading = Ollislaš eksporta (hálddašeaddjit)
export-full-help = Sisttisdoallá buot oaiviliid, maiddái hilgojuvvon oaiviliid ja daid mat vurdet dárkkisteami, čihkkojuvvon osiid originálateavstta ja eaktodáhtolaš dieđuid. Eksporta merkejuvvo loggii: gii dan dagai ja manne.
# Literally "Why do you need the export?"
export-reason = Manne dárbbašat eksportta?
# Literally "an application to get a public document".
export-reason-help = Ovdamearkka dihte ”ohcan oažžut almmolaš áššebáhpára” ja áššenummar.
export-full-submit = Viečča ollislaš eksportta

participation-heading = Geat oassálaste
participation-total = { $count ->
    [one] Okta oaivil bođii.
    [two] Guokte oaivila bohte.
   *[other] { $count } oaivila bohte.
}
participation-total-few = Unnit go 5 oaivila bohte.
participation-total-withheld = Lohku ii čájehuvvo, vai suddjet sin geat serve.
participation-languages = Giella
participation-ages = Ahki
participation-areas = Guovlu
participation-people = Oaivilat
participation-rule = Joavkkut main leat unnit go 5, eai čájehuvvo loguin, vai sii geat gullet daidda, leat suddjejuvvon. Hilgojuvvon oaiviliid mii eat rehkenastte.

audit-action-export-full = Ollislaš eksporta

# The open-data page: the read-only API for anyone who wants the data.
opendata-nav = Rabas dáhtat
opendata-title = Rabas dáhtat
opendata-intro = Dialogat, almmuhuvvon oaivilat ja čoahkkáigeasut das geat oassálaste, leat rabas dáhtat sidjiide geat háliidit dárkkistit, rehkenastit dahje ráhkadit juoga iežaset. Dát lea API mas sáhttá dušše lohkat dieđuid, ja dat vástida JSON-formáhtas.
opendata-endpoints = Maid sáhtát viežžat
opendata-endpoint-dialogues = Buot almmuhuvvon dialogat: teavsttat juohke gillii, beaivemearit, searvandássi, gii mearrida, ja máhcahus go dat gávdno.
opendata-endpoint-dialogue = Okta dialoga.
opendata-endpoint-views = Dialoga almmuhuvvon oaivilat, siidu siiddus (parameter cursor), maid sáhttá ráddjet giela (lang) ja beaivemeari (from, to) mielde.
opendata-endpoint-summary = Čoahkkáigeassu das, geat oassálaste loahpahuvvon dialogas.
opendata-reference = Referánsa (eaŋgalsgillii, API-válddahusas)
opendata-description = API čilgehus (OpenAPI 3.1)
opendata-licence-heading = Eavttut
opendata-licence-figures = Čoahkkáigeasuid ja dialogaid dieđuid oažžu geavahit friddja, eavttuid haga (CC0 1.0).
# "Máŋget" (copy) is used for "citera" (quote).
opendata-licence-texts = Ássiid oaivilat leat almmolaš áššebáhpárat. Dás leat dušše dat oaivilat maid čállit leat addán lobi almmuhit. Dat leat dárkkistuvvon, ja persovdnadieđut leat čihkkojuvvon. Daid oažžu friddja máŋget iežas teakstii, muhto ale geavat daid dasa ahte kártet ovttaskas olbmuid.
opendata-limits = Smávva logut suddjejuvvojit seamma láhkai go raporttain (unnit go 5). Go seamma čujuhusas bohtet máŋga jearaldaga oanehis áiggi siste, de ferte vuordit guhkit vástádusaid.
