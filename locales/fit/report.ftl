# Machine draft, not reviewed by a native speaker.
# Participation reports, exports, and the summary on a closed dialogue's page.
# Meänkieli: follows the other fit files: "dialoogi", "mielipie" (plural "mielipitheet"),
# "osalisuus" (participation), "tarkastus" (moderation), "peittää" (redact),
# "julkinen asiakirja", "diaarinumero", "eli" for "or"; "avslutad" is "suljettu" as in
# status-closed; "exportera/export" is "eksporteerata/eksporti".

report-nav = Rapportit
report-title = Osalisuus
report-period-summary = Mielipitheet jokka tulit kaikhiin dialooghiin { $from } – { $to }.
report-period-invalid = Kirjota päivämäärät näin: VVVV-KK-PP, ja ensimäinen päivämäärä ennen viimistä eli sama ko se. Rapportti näyttää tämän vuoen tähän asti.
report-from = Ensimäinen päivä
report-to = Viiminen päivä
report-show = Näytä
report-dialogue-heading = Osalisuus:
report-dialogue-title = Osalisuus: { $title }
report-dialogue-period = Dialoogi oli auki { $from } – { $to }.
report-total = { $count ->
    [one] Yhtheensä { $count } mielipie.
   *[other] Yhtheensä { $count } mielipiettä.
}
report-total-few = Yhtheensä alle 5 mielipiettä.
report-rule = Pienet luvut suojelevat ihmisiä: lukumäärä joka oon alle 5 näytethään ”alle 5”, ja jos sen saattais laskea summasta, toinenki luku jätethään näyttämättä.
report-print-hint = Printtaa tämä sivu (A4) jos sie halvaat panna sen mukhaan rapporttiin kaupunkiosalautakunnale.
report-dimension-status = Staattys
report-dimension-language = Kieli
report-dimension-channel = Kanava
report-dimension-age = Ikä
report-dimension-gender = Sukupuoli
report-dimension-area = Alue
report-dimension-question = Kysymykset
report-dimension-day = Mielipitheet päivittäin
report-dimension-dialogue = Dialoogi
report-col-views = Mielipitheet
report-col-answered = Vastanheet
report-total-row = Yhtheensä
report-fewer-than-5 = alle 5
report-withheld = ei näytetä
report-not-answered = Ei ole vastanu
report-earlier-text = Vapaa teksti (ennen ko lista oli olemassa)
report-status-pending = Oottaa tarkastusta
report-status-published = Julkastu
report-status-rejected = Hylätty
report-status-hidden = Piilotettu
report-summary-largest = Suurin: { $label }, { $count } / { $total }.
report-summary-most-answered = Eniten vastauksia: { $label }, { $count } / { $total } mielipiettä.
report-summary-busiest-day = Eniten mielipitheitä tuli { $label }: { $count } / { $total }.
report-summary-too-few = Liian vähän mielipitheitä ette saattais näyttää enämpi.
report-days-table = Luvut päivittäin

export-heading = Eksporteeraa mielipitheet
export-public-help = Avoin eksporti sisältää julkastut mielipitheet joitten kirjottaja oon antanu luvan julkasta, niin ko kaikki näkevä net (peitetyt osat ei näy), sillä nimelä jonka kirjottaja oon valinnu näyttää, ja ilman muita henkilötietoja.
export-format = Formaatti
export-csv = CSV (aukeaa Excelissä)
# intentionally-same
export-json = JSON
export-public-submit = Lataa avoin eksporti
export-full-heading = Täysi eksporti (administraattorit)
export-full-help = Sisältää kaikki mielipitheet, myös hylätyt ja net jokka oottava tarkastusta, alkuperäisen tekstin peitettyjen ositten alla ja vapaehtoset tiedot. Eksporti kirjathaan lokhiin: kuka eksporteerasi ja miksi.
export-reason = Miksi sie eksporteeraat?
# The request for public documents (begäran om allmän handling) and its reference number.
export-reason-help = Esimerkiksi ”pyyntö saaha julkinen asiakirja” ja sen diaarinumero.
export-full-submit = Lataa täysi eksporti

participation-heading = Kuka oli mukana
participation-total = { $count ->
    [one] Tuli { $count } mielipie.
   *[other] Tuli { $count } mielipiettä.
}
participation-total-few = Tuli alle 5 mielipiettä.
participation-total-withheld = Lukumäärää ei näytetä osallistunheitten suojaamiseksi.
participation-languages = Kieli
participation-ages = Ikä
participation-areas = Alue
participation-people = Mielipitheet
participation-rule = Ryhmiä joissa oon alle 5 ihmistä ei näytetä lukuina, ette net jokka kuuluva niihin oon suojattu. Hylättyjä mielipitheitä ei lasketa.

audit-action-export-full = Täysi eksporti

# The open-data page: the read-only API for anyone who wants the data.
opendata-nav = Avoin data
opendata-title = Avoin data
opendata-intro = Dialoogit, julkastut mielipitheet ja yhtheenveot siitä kuka oli mukana löytyvät avoimena datana niile jokka halvaava tarkastaa, laskea eli rakentaa jotaki omaa. API oon vain lukemista varten ja vastaa JSON-formaatissa.
opendata-endpoints = Mitä sie saatat hakea
opendata-endpoint-dialogues = Kaikki julkastut dialoogit: tekstit joka kielelä, päivämäärät, osalisuuen taso, kuka päättää ja palaute ko se oon annettu.
opendata-endpoint-dialogue = Yks dialoogi.
opendata-endpoint-views = Dialoogin julkastut mielipitheet, sivu kerrallaan (parametri cursor), filtreerattuna kielen (lang) ja päivämäärän (from, to) mukhaan.
opendata-endpoint-summary = Yhtheenveto siitä kuka oli mukana suljetussa dialoogissa.
opendata-reference = Viiteosa (englanniksi, API-kuvauksesta)
opendata-description = API:n kuvaus (OpenAPI 3.1)
opendata-licence-heading = Käyttöehot
opendata-licence-figures = Yhtheenveot ja dialoogitten tiedot saa käyttää vapaasti, ilman ehtoja (CC0 1.0).
opendata-licence-texts = Asukhaitten mielipitheet oon julkisia asiakirjoja. Täälä oon vain net joitten kirjottaja oon antanu luvan julkasta, tarkastettuina ja henkilötiedot peitettynä. Siteeraa net vapaasti, mutta älä käytä niitä ette sie kartotat yksityisiä ihmisiä.
opendata-limits = Pienet luvut suojathaan samala laila ko rapporteissa (alle 5). Jos tullee monta kyselyä samasta osotheesta lyhyessä aijassa, net hidastethaan.
