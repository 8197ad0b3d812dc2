# Machine draft, not reviewed by a native speaker.
# Participation reports, exports, and the summary on a closed dialogue's page.
# Finnish: "synpunkt" is "mielipide", "dialog" "vuoropuhelu", "deltagande" "osallistuminen";
# "granskning" is "tarkastus", "maskning" "peitetty kohta" (as in moderation.ftl), "export" "vienti";
# "avslutad" is "päättynyt", as in status-closed.

report-nav = Raportit
report-title = Osallistuminen
report-period-summary = Mielipiteet, jotka saatiin kaikissa vuoropuheluissa ajalla { $from } – { $to }.
report-period-invalid = Kirjoita päivämäärät muodossa VVVV-KK-PP niin, että ensimmäinen päivämäärä on sama kuin viimeinen tai sitä aiempi. Raportissa näytetään kuluva vuosi tähän asti.
report-from = Alkupäivä
report-to = Loppupäivä
report-show = Näytä
report-dialogue-heading = Osallistuminen:
report-dialogue-title = Osallistuminen: { $title }
report-dialogue-period = Vuoropuhelu oli avoinna { $from } – { $to }.
report-total = { $count ->
    [one] Yhteensä { $count } mielipide.
   *[other] Yhteensä { $count } mielipidettä.
}
report-total-few = Yhteensä alle 5 mielipidettä.
report-rule = Pienet luvut suojaavat ihmisiä: alle viiden lukumäärä näytetään muodossa ”alle 5”, ja jos luvun voisi laskea summasta, myös jokin toinen luku jätetään näyttämättä.
report-print-hint = Tulosta sivu (A4), jos haluat liittää sen kaupunginosalautakunnalle tehtävään raporttiin.
report-dimension-status = Tila
report-dimension-language = Kieli
report-dimension-channel = Kanava
report-dimension-age = Ikä
report-dimension-gender = Sukupuoli
report-dimension-area = Alue
report-dimension-question = Kysymykset
report-dimension-day = Mielipiteet päivittäin
report-dimension-dialogue = Vuoropuhelu
report-col-views = Mielipiteet
report-col-answered = Vastanneet
report-total-row = Yhteensä
report-fewer-than-5 = alle 5
report-withheld = ei näytetä
report-not-answered = Ei vastannut
report-earlier-text = Vapaa teksti (ennen kuin luettelo otettiin käyttöön)
report-status-pending = Odottaa tarkastusta
report-status-published = Julkaistu
report-status-rejected = Hylätty
report-status-hidden = Piilotettu
report-summary-largest = Suurin: { $label }, { $count } / { $total }.
report-summary-most-answered = Eniten vastauksia: { $label }, { $count } / { $total } mielipidettä.
report-summary-busiest-day = Eniten mielipiteitä saatiin { $label }: { $count } / { $total }.
report-summary-too-few = Mielipiteitä on liian vähän, jotta enempää voitaisiin näyttää.
report-days-table = Luvut päivittäin

export-heading = Mielipiteiden vienti
export-public-help = Avoin vienti sisältää julkaistut mielipiteet, joiden kirjoittaja on antanut luvan julkaisemiseen, sellaisina kuin ne näkyvät kaikille (peitetyt kohdat peitettyinä). Mukana on nimi, jonka kirjoittaja on valinnut näytettäväksi, mutta ei muita henkilötietoja.
export-format = Muoto
export-csv = CSV (avautuu Excelissä)
# intentionally-same
export-json = JSON
export-public-submit = Lataa avoin vienti
export-full-heading = Täydellinen vienti (ylläpitäjät)
export-full-help = Sisältää kaikki mielipiteet, myös hylätyt ja tarkastusta odottavat, sekä alkuperäisen tekstin peitettyjen kohtien alla ja vapaaehtoiset tiedot. Vienti kirjataan lokiin: kuka vei tiedot ja miksi.
export-reason = Miksi viet tiedot?
# The request for public documents (begäran om allmän handling) and its reference number.
export-reason-help = Esimerkiksi ”asiakirjapyyntö (julkinen asiakirja)” ja sen diaarinumero.
export-full-submit = Lataa täydellinen vienti

participation-heading = Ketkä osallistuivat
participation-total = { $count ->
    [one] Saatiin { $count } mielipide.
   *[other] Saatiin { $count } mielipidettä.
}
participation-total-few = Saatiin alle 5 mielipidettä.
participation-total-withheld = Lukumäärää ei näytetä osallistuneiden suojaamiseksi.
participation-languages = Kieli
participation-ages = Ikä
participation-areas = Alue
participation-people = Mielipiteet
participation-rule = Ryhmiä, joissa on alle 5 henkilöä, ei näytetä lukuina, jotta niihin kuuluvat ihmiset olisivat suojassa. Hylättyjä mielipiteitä ei lasketa mukaan.

audit-action-export-full = Täydellinen vienti

# The open-data page: the read-only API for anyone who wants the data.
opendata-nav = Avoin data
opendata-title = Avoin data
opendata-intro = Vuoropuhelut, julkaistut mielipiteet ja yhteenvedot siitä, ketkä osallistuivat, ovat avointa dataa kaikille, jotka haluavat tarkastella, laskea tai rakentaa jotain omaa. Rajapinta on vain lukemiseen tarkoitettu API, joka vastaa JSON-muodossa.
opendata-endpoints = Mitä voit hakea
opendata-endpoint-dialogues = Kaikki julkaistut vuoropuhelut: tekstit kullakin kielellä, päivämäärät, osallistumisen taso, kuka päättää sekä palaute, kun se on annettu.
opendata-endpoint-dialogue = Yksi vuoropuhelu.
opendata-endpoint-views = Vuoropuhelun julkaistut mielipiteet sivu kerrallaan (parametri cursor), rajattavissa kielen (lang) ja päivämäärän (from, to) mukaan.
opendata-endpoint-summary = Yhteenveto siitä, ketkä osallistuivat päättyneeseen vuoropuheluun.
opendata-reference = Viiteosa (englanniksi, API-kuvauksesta)
opendata-description = Rajapinnan kuvaus (OpenAPI 3.1)
opendata-licence-heading = Käyttöehdot
opendata-licence-figures = Yhteenvetoja ja vuoropuhelujen tietoja saa käyttää vapaasti ilman ehtoja (CC0 1.0).
opendata-licence-texts = Asukkaiden mielipiteet ovat yleisiä asiakirjoja. Täällä ovat vain ne, joiden kirjoittaja on antanut luvan julkaisemiseen, tarkastettuina ja henkilötiedot peitettyinä. Voit lainata niitä vapaasti, mutta älä käytä niitä yksittäisten ihmisten kartoittamiseen.
opendata-limits = Pienet luvut suojataan samalla tavalla kuin raporteissa (alle 5). Jos samasta osoitteesta tulee lyhyessä ajassa paljon pyyntöjä, niitä hidastetaan.
