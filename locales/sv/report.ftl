# Rapporter om deltagande, exporter och sammanfattningen på en avslutad dialogs sida.
# "Synpunkt" = a resident's view; "deltagande" = participation.

report-nav = Rapporter
report-title = Deltagande
report-period-summary = Synpunkter som kom in från { $from } till { $to }, i alla dialoger.
report-period-invalid = Skriv datumen som ÅÅÅÅ-MM-DD, och det första datumet före eller samma som det sista. Rapporten visar i år hittills.
report-from = Från och med
report-to = Till och med
report-show = Visa
report-dialogue-heading = Deltagande:
report-dialogue-title = Deltagande: { $title }
report-dialogue-period = Dialogen var öppen från { $from } till { $to }.
report-total = { $count ->
    [one] { $count } synpunkt sammanlagt.
   *[other] { $count } synpunkter sammanlagt.
}
report-total-few = Färre än 5 synpunkter sammanlagt.
report-rule = Små tal skyddar människor: ett antal under 5 visas som ”färre än 5”, och där det talet skulle kunna räknas fram ur summan hålls även ett annat tal inne.
report-print-hint = Skriv ut sidan (A4) för att bifoga den till en rapport till stadsdelsnämnden.
report-dimension-status = Status
report-dimension-language = Språk
report-dimension-channel = Kanal
report-dimension-age = Ålder
report-dimension-gender = Kön
report-dimension-area = Område
report-dimension-question = Frågor
report-dimension-day = Synpunkter per dag
report-dimension-dialogue = Dialog
report-col-views = Synpunkter
report-col-answered = Har svarat
report-total-row = Summa
report-fewer-than-5 = färre än 5
report-withheld = hålls inne
report-not-answered = Har inte svarat
report-earlier-text = Fritext (innan listan fanns)
report-status-pending = Väntar på granskning
report-status-published = Publicerad
report-status-rejected = Avvisad
report-status-hidden = Dold
report-summary-largest = Störst: { $label }, { $count } av { $total }.
report-summary-most-answered = Flest svar: { $label }, { $count } av { $total } synpunkter.
report-summary-busiest-day = Flest synpunkter kom { $label }: { $count } av { $total }.
report-summary-too-few = För få synpunkter för att visa mer.
report-days-table = Siffrorna per dag

export-heading = Exportera synpunkter
export-public-help = Den öppna exporten innehåller publicerade synpunkter där skribenten gått med på publicering, så som de visas för alla (med maskningar), med det namn skribenten valt att visa och inga andra personuppgifter.
export-format = Format
export-csv = CSV (öppnas i Excel)
export-json = JSON
export-public-submit = Ladda ner den öppna exporten
export-full-heading = Fullständig export (administratörer)
export-full-help = Innehåller alla synpunkter, även avvisade och väntande, med originaltexten under maskningar och de frivilliga uppgifterna. Exporten förs in i loggen med vem och varför.
export-reason = Varför exporterar du?
export-reason-help = Till exempel ”begäran om allmän handling” och diarienumret.
export-full-submit = Ladda ner den fullständiga exporten

participation-heading = Vilka som deltog
participation-total = { $count ->
    [one] { $count } synpunkt kom in.
   *[other] { $count } synpunkter kom in.
}
participation-total-few = Färre än 5 synpunkter kom in.
participation-total-withheld = Antalet hålls inne för att skydda dem som deltog.
participation-languages = Språk
participation-ages = Ålder
participation-areas = Område
participation-people = Synpunkter
participation-rule = Grupper med färre än 5 visas inte som tal, för att skydda dem som ingår. Avvisade synpunkter räknas inte.

audit-action-export-full = Fullständig export

# The open-data page: the read-only API for anyone who wants the data.
opendata-nav = Öppna data
opendata-title = Öppna data
opendata-intro = Dialogerna, de publicerade synpunkterna och sammanfattningarna av vilka som deltog finns som öppna data, för den som vill granska, räkna eller bygga något eget. Gränssnittet är ett läs-API som svarar med JSON.
opendata-endpoints = Vad du kan hämta
opendata-endpoint-dialogues = Alla publicerade dialoger, med texter på varje språk, datum, delaktighetsnivå, vem som beslutar och återkopplingen när den finns.
opendata-endpoint-dialogue = En dialog.
opendata-endpoint-views = En dialogs publicerade synpunkter, sida för sida (parametern cursor), att filtrera på språk (lang) och datum (from, to).
opendata-endpoint-summary = Sammanfattningen av vilka som deltog i en avslutad dialog.
opendata-reference = Referens (på engelska, ur API-beskrivningen)
opendata-description = Beskrivningen av API:t (OpenAPI 3.1)
opendata-licence-heading = Villkor
opendata-licence-figures = Sammanfattningar och dialogernas uppgifter får användas fritt, utan villkor (CC0 1.0).
opendata-licence-texts = Invånarnas synpunkter är allmänna handlingar. Här finns bara de som skribenten gått med på att publicera, granskade och med personuppgifter maskade. Citera dem gärna, men använd dem inte för att kartlägga enskilda personer.
opendata-limits = Små tal skyddas på samma sätt som i rapporterna (färre än 5). Många anrop från samma adress på kort tid bromsas.
