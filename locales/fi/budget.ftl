# Citizen budgets (medborgarbudget): residents propose projects and vote on how a sum is spent.
# Source: Swedish.
# Machine draft, not reviewed by a native speaker.
# Check first: "asukasbudjetti" (medborgarbudget; Finnish municipalities call the process "osallistuva budjetointi", and "kansalaisbudjetti" was avoided: it also means a plain-language summary of a budget), "hanke" (projekt; or "projekti"), "äänestyslippu" (röstsedel), "äänestyskoodi" (röstkod), "vahvistaa tuloksen" (fastställa resultatet, certify). Staff sections (list, paper ballots, certify): "kirjata"/"kirjaus" (mata in / inmatning, the double entry of paper ballots; "syöttää"/"syöttö" is the alternative), "täsmätä" (stämma), "kuittinumero" (kvittonummer), "Tarkastelu" (Prövning, the phase name), "Toiminnot" (Att göra, as editor-panel-actions), "Tiedottaminen" (the Information phase, as level-information).
# Check first, proposal sections (residents' proposals, reviewing proposals): "ehdotus" (förslag; "budjettiehdotus" was avoided, it reads as a draft municipal budget, so the log says "asukasbudjetin ehdotus"), "ehdottaja" (förslagsställare), "yhdistää"/"Yhdistetty" (slå ihop / sammanslaget), "tarkastella"/"tarkastelu" for prövning (as the phase name) beside "moderointi"/"moderoida" for granskning (the glossary's term; report-status-pending says "Odottaa tarkastusta"), "käyttökustannukset" (driftkostnader), "Tila" (Läge, as dialogue-status), "Yhteystieto" (kontakt).

## Refused ballots and voting codes

budget-ballot-empty = Valitse vähintään yksi hanke.
# The ballot had more choices than the budget allows.
budget-ballot-too-many = Olet valinnut liian monta hanketta. Poista jokin ja lähetä uudelleen.
# A knapsack ballot: the chosen projects cost more than the whole budget.
budget-ballot-over = Valitsemasi hankkeet maksavat enemmän kuin koko budjetti. Poista jokin ja lähetä uudelleen.
budget-ballot-unknown = Yksi hankkeista ei ole äänestyslipussa. Lataa sivu uudelleen ja valitse uudestaan.
budget-error-code = Koodia ei ole olemassa. Tarkista, että kirjoitit sen oikein.
budget-error-code-used = Tällä koodilla on jo äänestetty. Jokainen koodi antaa yhden äänen.

## The audit log

audit-action-budget-create = Loi asukasbudjetin
audit-action-budget-project = Lisäsi hankkeen äänestyslippuun
audit-action-budget-codes = Tulosti äänestyskoodit
audit-action-budget-certify = Vahvisti tuloksen

## The residents' pages: the list, a budget, its ballot and its result

# Machine draft, not reviewed by a native speaker. Check first: "saa rahoitusta" (får pengar),
# "tarkistussumma" (kontrollsumma), "kruunua" for kronor, and budget-codes-sheet and
# budget-code-slip, which put { $purpose } and { $title } after a colon to avoid inflecting them.

# In the main menu, and the heading of the list of budgets.
budget-nav = Asukasbudjetti
budget-list-intro = Asukasbudjetissa te, jotka asutte täällä, päätätte, miten rahasumma käytetään: te ehdotatte hankkeita ja äänestätte niistä.
budget-list-empty = Asukasbudjettia ei ole tällä hetkellä.
# $amount: a sum in kronor, already formatted (100 000).
budget-total = Jaettava summa: { $amount } kruunua
# $date: a date, already formatted.
budget-phase-information = Ideoita otetaan vastaan { $date } alkaen.
budget-phase-ideas = Ideoita otetaan vastaan { $date } asti.
budget-phase-review = Ideoita tarkastellaan. Äänestys alkaa { $date }.
budget-phase-voting = Äänestys on käynnissä { $date } asti.
budget-phase-counting = Äänestys on päättynyt. Tulos näytetään, kun äänet on laskettu ja tulos vahvistettu.
budget-phase-result = Tulos on vahvistettu.
budget-eligibility = Kuka saa äänestää
# $who: who decides (Stadsdelsnämnden); $number: the case number.
budget-decided-by = Päätöksen tekee { $who } (diaarinumero { $number }).
budget-projects = Äänestyslipun hankkeet
budget-project-cost = Kustannus: { $amount } kruunua
budget-vote-heading = Äänestä
budget-vote-code = Äänestyskoodisi
budget-vote-code-hint = Koodi on saamassasi lapussa, esimerkiksi ABCDE-FGHJK. Jokainen koodi antaa yhden äänen.
# $max: how many projects one may choose.
budget-vote-choose-approval = { $max ->
    [one] Valitse yksi hanke.
   *[other] Valitse enintään { $max } hanketta.
}
budget-vote-choose-knapsack = Valitse hankkeita, jotka maksavat yhteensä enintään { $amount } kruunua.
budget-vote-age = Ikä (vapaaehtoinen, vain tilastoja varten)
budget-vote-area = Missä asut (vapaaehtoinen, vain tilastoja varten)
budget-vote-submit = Lähetä ääneni
budget-vote-refused = Ääntä ei voitu laskea.
# $receipt: the ballot's receipt number (MB-ABCD-EFGH).
budget-vote-counted = Kiitos! Äänesi on laskettu. Kuittisi: { $receipt }
budget-result-heading = Tulos
budget-result-votes = { $count ->
    [one] Yksi ääni
   *[other] { $count } ääntä
}
budget-result-won = Saa rahoitusta
# $count: ballots counted; $digest: a long hexadecimal checksum.
budget-result-ballots = { $count ->
    [one] Yksi ääni laskettiin.
   *[other] { $count } ääntä laskettiin.
} Äänet ovat avointa dataa; tiedoston tarkistussumma (SHA-256) on { $digest }.

# A link to the file of every ballot, for anyone to count again.
budget-result-file = Kaikki äänet (Pabulib-tiedosto)

## Staff: printed voting codes

budget-codes-title = Äänestyskoodit
budget-codes-intro = Koodit näytetään vain kerran. Tulosta sivu ja leikkaa laput irti toisistaan. Jokainen tulostus kirjataan lokiin nimelläsi.
budget-codes-count = Koodien määrä (enintään 2000)
budget-codes-purpose = Kenelle (koulu, kirjasto, tilaisuus)
budget-codes-submit = Luo tulostettavat koodit
# $count: how many codes; $purpose: for whom.
budget-codes-sheet = { $count ->
    [one] Yksi koodi, kenelle: { $purpose }
   *[other] { $count } koodia, kenelle: { $purpose }
}
# On each slip. $title: the budget's title; $address: where to vote.
budget-code-slip = Äänestä osoitteessa { $address }: { $title }
budget-codes-error = Kirjoita määrä väliltä 1–2000 ja kenelle koodit ovat.

## Staff: the list of budgets

budget-staff-nav = Asukasbudjetit
budget-staff-title = Asukasbudjetit
budget-staff-unpublished = ei julkaistu
budget-staff-budget = Budjetti
budget-staff-phase = Vaihe
budget-staff-actions = Toiminnot
# Short names of a budget's phases (SKR's steps), for lists.
budget-phase-name-information = Tiedottaminen
budget-phase-name-ideas = Ideat
budget-phase-name-review = Tarkastelu
budget-phase-name-voting = Äänestys
budget-phase-name-counting = Äänestys on päättynyt
budget-phase-name-result = Tulos

## Staff: paper ballots, entered by two people

budget-paper-title = Paperiset äänestysliput
budget-paper-intro = Kaksi eri henkilöä kirjaa jokaisen äänestyslipun, kumpikin erikseen. Lippu lasketaan vasta, kun molemmat kirjaukset täsmäävät. Sen jälkeen lipun koodia ei voi enää käyttää verkossa.
budget-paper-code = Äänestyslipun koodi
budget-paper-projects = Äänestyslippuun rastitetut hankkeet
budget-paper-submit = Tallenna kirjaus
budget-paper-first = Äänestyslippu on kirjattu kerran. Toinen henkilö kirjaa saman lipun, ennen kuin se lasketaan.
# $receipt: the ballot's receipt number.
budget-paper-counted = Molemmat kirjaukset täsmäävät. Äänestyslippu on laskettu, kuittinumero { $receipt }.
budget-paper-disagree = Tämä kirjaus poikkeaa saman lipun aiemmasta kirjauksesta. Lippua ei vielä lasketa: pyydä kolmatta henkilöä lukemaan lippu ja kirjaamaan se.
budget-paper-refused = Kirjausta ei tallennettu.
budget-paper-error-same-person = Olet jo kirjannut tämän äänestyslipun. Toisen kirjauksen tekee joku muu.
budget-paper-closed = Paperisia äänestyslippuja voi kirjata äänestyksen aikana ja kunnes tulos on vahvistettu.
# $once: sheets entered once; $disagree: sheets whose entries differ.
budget-paper-waiting = Odottaa toista kirjausta: { $once }. Toisistaan poikkeavat kirjaukset: { $disagree }.

## Staff: the certified result

budget-certify-title = Vahvista tulos
budget-certify-intro = Äänestys on päättynyt. Kun vahvistat tuloksen, äänet lasketaan, tulos julkaistaan yhdessä kaikki äänet sisältävän tiedoston tarkistussumman kanssa, nimesi kirjataan lokiin ja kaikki käyttämättömät koodit lakkaavat toimimasta. Tätä ei voi perua.
budget-certify-submit = Laske äänet ja vahvista tulos
budget-certify-done = Tulos on vahvistettu.
budget-certify-see = Näytä tulos
budget-certify-not-yet = Tuloksen voi vahvistaa, kun äänestys on päättynyt.

## Residents' proposals (the ideas phase)

budget-proposals = Asukkaiden ehdotukset
budget-proposal-heading = Tee ehdotus
budget-proposal-intro = Et tarvitse käyttäjätiliä. Kerro, mihin haluaisit rahaa käytettävän. Luemme ehdotuksesi ennen kuin se julkaistaan täällä, ja sen jälkeen sitä tarkastellaan avoimesti: voiko se päästä äänestyslippuun vai ei, ja miksi.
budget-proposal-title = Mitä ehdotat? (lyhyt otsikko)
budget-proposal-description = Kuvaile ehdotustasi
budget-proposal-area = Missä?
budget-proposal-whole-district = Koko kaupunginosa
budget-proposal-estimate-label = Paljonko arvelet sen maksavan kruunuina? (jos tiedät)
budget-proposal-estimate-hint = Vain numeroita. Ei haittaa, jos et tiedä: kaupunginosahallinto laskee kustannukset.
budget-proposal-contact = Yhteystieto kysymyksiä varten (jos haluat)
budget-proposal-contact-hint = Sähköposti tai puhelinnumero. Vain kaupunginosahallinto näkee sen, ja se poistetaan, kun päätös on tehty.
budget-proposal-submit = Lähetä ehdotus
budget-proposal-thanks = Kiitos ehdotuksestasi! Luemme sen ennen kuin se julkaistaan tällä sivulla.
# $amount: the proposer's own estimate, in kronor.
budget-proposal-estimate = Ehdottajan arvio: { $amount } kruunua
budget-proposal-open = Ehdotusta tarkastellaan.
# Followed by the reason the district gives.
budget-proposal-declined = Ehdotus ei päässyt äänestyslippuun:
# Followed by a link to the proposal it became part of.
budget-proposal-merged = Ehdotus yhdistettiin toiseen ehdotukseen:

## Staff: reviewing proposals

budget-review-title = Ehdotukset ja tarkastelu
budget-review-intro = Moderaattorit julkaisevat tai piilottavat uudet ehdotukset samoin kuin mielipiteet. Toimittajat tarkastelevat julkaistuja ehdotuksia ennen äänestystä: kuuluuko asia kaupunginosan vastuulle, mitä se maksaa, syntyykö siitä uusia käyttökustannuksia, onko se laillinen ja kaikille avoin? Syy julkaistaan.
budget-review-empty = Ei vielä ehdotuksia.
budget-review-state = Tila
budget-review-status-proposed = Odottaa moderointia
budget-review-status-hidden = Piilotettu
budget-review-status-open = Julkaistu, tarkastelussa
budget-review-status-ballot = Äänestyslipussa
budget-review-status-declined = Ei äänestyslipussa
budget-review-status-merged = Yhdistetty
budget-review-publish = Julkaise
budget-review-hide = Piilota
budget-review-decision = Päätös
budget-review-decision-ballot = Äänestyslippuun
budget-review-decision-decline = Ei äänestyslippuun
budget-review-decision-merge = Yhdistä toiseen ehdotukseen
budget-review-cost = Kustannus kruunuina (äänestyslippua varten)
budget-review-into = Yhdistä ehdotukseen
budget-review-reason = Syy (julkaistaan)
# A project's cost that is not a whole number of kronor within the budget.
budget-error-amount = Kirjoita kustannus kokonaisina kruunuina. Sen on oltava yli nolla ja enintään koko budjetin summa.
budget-review-submit = Tallenna päätös
audit-action-budget-proposal-moderate = Moderoi asukasbudjetin ehdotuksen
audit-action-budget-proposal-review = Tarkasteli asukasbudjetin ehdotusta

## After the count: figures, the decision, the follow-up
# Machine draft, not reviewed by a native speaker. Check first: "toteutus" (genomförande), "seuranta" (uppföljning), "vaihe" (steg; also the phase column, budget-staff-phase), "saa rahoitusta" (får pengar, as budget-result-won), "Keskeytetty" (avbrutet; or "Lopetettu"), "kirjata" (skriva in, as for paper ballots).

# With the certified result: who voted, from what voters chose to say about themselves.
budget-figures-heading = Ketkä äänestivät
budget-figures-intro = Äänestyslippujen määrä iän mukaan ja sen mukaan, miten ääni saatiin. Äänestäjä ilmoitti ikänsä itse, jos halusi.
budget-figures-by-age = Äänestysliput iän mukaan
budget-figures-by-channel = Äänestysliput sen mukaan, miten ääni saatiin
budget-figures-channel = Miten
budget-figures-ballots = Äänestysliput
budget-figures-not-said = Ei ilmoitettu
# The council decided otherwise than the vote; followed by the published reason.
budget-decision-funded = Päätös: hanke saa rahoitusta.
budget-decision-not-funded = Päätös: hanke ei saa rahoitusta.
# Residents' page: a funded project's implementation.
budget-followup-heading = Toteutus
# $status: the newest step, e.g. "Aloitettu".
budget-followup-now = Tila: { $status }
budget-followup-status-planned = Suunniteltu
budget-followup-status-started = Aloitettu
budget-followup-status-done = Valmis
budget-followup-status-stopped = Keskeytetty

## Staff: decision and follow-up

budget-followup-title = Päätös ja seuranta
budget-followup-intro = Vahvistetun tuloksen jälkeen. Ylläpitäjät kirjaavat päätöksen, kun se poikkeaa äänestyksestä, aina julkaistavan syyn kanssa. Toimittajat lisäävät toteutuksen vaiheita hankkeisiin, jotka saavat rahoitusta.
budget-followup-not-yet = Seuranta alkaa, kun tulos on vahvistettu.
budget-followup-not-won = Ei voittanut äänestystä
budget-followup-fund = Saako hanke rahoitusta?
budget-followup-fund-yes = Kyllä, hanke saa rahoitusta
budget-followup-fund-no = Ei, hanke ei saa rahoitusta
budget-followup-reason = Syy (julkaistaan)
budget-followup-decide = Tallenna päätös
budget-followup-step = Vaihe
budget-followup-date = Päivämäärä
budget-followup-note = Mitä on tapahtunut? (julkaistaan)
budget-followup-add = Lisää vaihe
audit-action-budget-decision = Kirjasi päätöksen asukasbudjetin hankkeesta
audit-action-budget-milestone = Lisäsi vaiheen asukasbudjetin hankkeen toteutukseen

## Staff: writing a budget (the editor)
# Machine draft, not reviewed by a native speaker. Check first, editor section: "Asetukset" (Inställningar), "Äänestystapa" (Röstningssätt), "Tasaiset osuudet" (Lika andelar), "Ensimmäinen päivä ehdotuksille" / "Viimeinen päivä ehdotuksille" (Förslag tas emot från / till och med, written as the first and last day), "Äänestyksen viimeinen päivä" (Röstningen stänger efter), "vähemmistökielet" (minoritetsspråken), "Nro" (Nr).

budget-editor-new-title = Uusi asukasbudjetti
budget-editor-new-intro = Kirjoita budjetti ensin ruotsiksi. Se tallennetaan luonnoksena; sen jälkeen lisäät tekstit muilla kielillä ja julkaiset.
budget-editor-edit-title = Muokkaa asukasbudjettia
budget-editor-swedish-texts = Ruotsinkieliset tekstit
budget-editor-settings = Asetukset
budget-editor-create = Luo luonnos
budget-editor-title = Otsikko
budget-editor-summary = Tiivistelmä: mihin rahat on tarkoitettu ja miten asukasbudjetti toimii
budget-editor-eligibility = Kuka saa äänestää ja tehdä ehdotuksia
budget-editor-total = Summa kruunuina
budget-editor-total-hint = Kokonaisina kruunuina, esimerkiksi 500 000.
budget-editor-method = Äänestystapa
budget-editor-method-approval = Valitaan tietty määrä hankkeita (suositeltava)
budget-editor-method-knapsack = Valitaan hankkeita, jotka mahtuvat budjettiin
budget-editor-max-choices = Montako hanketta saa valita?
budget-editor-max-choices-hint = Vain kun valitaan tietty määrä hankkeita: 1–20.
budget-editor-rule = Miten äänet lasketaan
budget-editor-rule-greedy = Eniten ääniä saaneet ensin, niin pitkälle kuin rahat riittävät
budget-editor-rule-equalshares = Tasaiset osuudet (Method of Equal Shares)
budget-editor-area = Alue
budget-editor-whole-district = Koko kaupunginosa
budget-editor-ideas-opens = Ensimmäinen päivä ehdotuksille
budget-editor-ideas-closes = Viimeinen päivä ehdotuksille
budget-editor-voting-opens = Äänestys alkaa
budget-editor-voting-closes = Äänestyksen viimeinen päivä
budget-editor-decided-by = Kuka päättää
budget-editor-diarienummer = Diaarinumero
budget-editor-error-phases-order = Äänestys voi alkaa vasta ehdotusten viimeisen päivän jälkeen.
budget-editor-settings-locked = Äänestys on alkanut, joten asetuksia ei voi enää muuttaa. Tekstejä voi yhä korjata.
budget-editor-save-settings = Tallenna asetukset
budget-editor-text-written = Kirjoitettu
# $language: the language's name in itself, e.g. "Suomi".
# Written "Tekstit – Suomi", as editor-texts-legend: the name cannot be inflected.
budget-editor-texts-in = Tekstit – { $language }
budget-editor-save-texts = Tallenna tekstit
budget-editor-publish-heading = Julkaise
budget-editor-draft = Budjetti on luonnos, eivätkä asukkaat näe sitä.
budget-editor-missing-languages = Näillä vähemmistökielillä tekstit puuttuvat. Asukkaat näkevät silloin ruotsinkielisen tekstin, joka on merkitty ruotsinkieliseksi.
budget-editor-confirm = Julkaise silti ilman näitä kieliä
budget-editor-confirm-needed = Vahvista, että budjetti julkaistaan ilman puuttuvia kieliä, tai lisää tekstit ensin.
budget-editor-is-published = Budjetti on julkaistu.
budget-editor-public-page = Näytä asukkaiden sivu
budget-editor-done-created = Luonnos on luotu. Lisää tekstit muilla kielillä ja julkaise.
budget-editor-done-saved = Tallennettu.
budget-editor-done-published = Budjetti on julkaistu, ja asukkaat näkevät sen.
budget-editor-versions = Versiot
budget-editor-version-number = Nro
budget-editor-version-when = Milloin
budget-editor-version-who = Kuka
budget-editor-version-what = Muutos
budget-editor-action-create = Loi luonnoksen
budget-editor-action-settings = Muutti asetuksia
budget-editor-action-texts = Kirjoitti tekstit
budget-editor-action-publish = Julkaisi
audit-action-budget-edit = Muutti asukasbudjettia
audit-action-budget-publish = Julkaisi asukasbudjetin

## Staff: proposals from paper, phone or meetings
# Machine draft, not reviewed by a native speaker. Check first: "kirjata" (skriva in, as enter-title and the paper ballots), "ehdottaja" (förslagsställare), "moderoida"/"moderointi" (granska/granskning) beside "tarkastella" (pröva), "tilaisuus" (möte, the glossary's term), "jos on annettu" (om den finns).

budget-enter-heading = Kirjaa paperilla, puhelimessa tai tilaisuudessa saatu ehdotus
budget-enter-intro = Kirjoita ehdotus sellaisena kuin se annettiin, sillä kielellä, jolla se on kirjoitettu. Sen jälkeen se moderoidaan ja sitä tarkastellaan samalla tavalla kuin kaikkia muitakin ehdotuksia.
budget-enter-channel = Miten ehdotus saatiin?
budget-enter-language = Kieli, jolla ehdotus on kirjoitettu
budget-enter-description = Ehdotus sellaisena kuin se on kirjoitettu
budget-enter-estimate = Ehdottajan arvio kruunuina (jos on annettu)
budget-enter-contact = Ehdottajan yhteystieto kysymyksiä varten (jos on annettu)
budget-enter-submit = Tallenna ehdotus
# $number: the proposal's number on this page.
budget-enter-done = Ehdotus nro { $number } on kirjattu. Se odottaa moderointia.
audit-action-budget-proposal-enter = Kirjasi asukasbudjetin ehdotuksen, joka saatiin paperilla, puhelimessa tai tilaisuudessa

## Voting codes by e-mail and open voting
# Machine draft, not reviewed by a native speaker. Check first: "tarkistusarvo" (kontrollvärde), "avoin äänestys" (öppen röstning), "tapa" (sätt; "Äänestystapa" is already Röstningssätt, budget-editor-method), "tulostettu äänestyskoodi" (utskriven röstkod), "osoitetta kohden" (per adress).

budget-code-heading = Pyydä äänestyskoodi sähköpostilla
budget-code-intro = Eikö sinulla ole äänestyskoodia? Kirjoita sähköpostiosoitteesi, niin lähetämme sinulle koodin, joka antaa yhden äänen. Jokainen osoite saa yhden koodin. Osoitetta ei tallenneta: tallennamme vain tarkistusarvon, josta osoitetta ei voi laskea takaisin, ja sekin poistetaan, kun tulos on vahvistettu.
budget-code-email = Sähköpostiosoitteesi
budget-code-submit = Lähetä minulle äänestyskoodi
budget-code-sent = Jos osoitteeseen ei ole aiemmin lähetetty koodia, koodi on tulossa. Katso sähköpostisi, myös roskaposti.
budget-vote-code-hint-open = Jos sinulla on koodi, kirjoita se tähän. Tällä kertaa voit äänestää myös ilman koodia: jätä kenttä tyhjäksi.
budget-figures-by-kind = Äänestysliput sen mukaan, millä tavalla äänestettiin
budget-figures-kind = Tapa
budget-credential-kind-printed = Tulostettu äänestyskoodi
budget-credential-kind-email = Äänestyskoodi sähköpostilla
budget-credential-kind-open = Ilman koodia (avoin äänestys)
budget-editor-credentials = Muut tavat äänestää tulostettujen koodien lisäksi
budget-editor-credentials-hint = Tulostetut äänestyskoodit ovat aina käytössä. Jokaisella on yksi ääni, tulipa se millä tavalla tahansa.
budget-editor-email-codes = Asukkaat voivat saada äänestyskoodin sähköpostilla
budget-editor-open-voting = Avoin äänestys: äänestää voi ilman koodia
budget-editor-open-voting-hint = Vain jos kaupunginosahallinto on päättänyt niin. Ilman koodia annettuja ääniä rajoitetaan osoitetta kohden samoin kuin mielipiteitä, ja ne esitetään tuloksessa erikseen, jotta ne voidaan tarkastaa jälkikäteen.

## Residents' proposal form: the outcome by mail
# Machine draft, not reviewed by a native speaker. Check first: "miten ehdotukselle kävi" (hur det gick med förslaget), "yhteystieto" (kontakt, as budget-proposal-contact), "vahvistettu" (fastställt), "poistetaan" (raderas, as mail-erase-note).

budget-proposal-outcome = Kerro minulle sähköpostilla, miten ehdotukselle kävi
budget-proposal-outcome-hint = Kun tulos on vahvistettu. Kirjoita silloin yhteystiedoksi sähköpostiosoitteesi. Se poistetaan, kun viesti on lähetetty.

## The result by e-mail (any resident, voter or not)
# Machine draft, not reviewed by a native speaker. Check first: "Pyydä tulos sähköpostilla" (Få resultatet med e-post, as budget-code-heading), "minkään äänen yhteyteen" (tillsammans med någon röst), "vahvistettu" (both bekräftad and fastställt), "muuten emme lähetä mitään enempää" (annars skickar vi inget mer).

budget-follow-heading = Pyydä tulos sähköpostilla
budget-follow-intro = Lähetämme sinulle yhden sähköpostiviestin, kun tulos on vahvistettu. Osoitettasi ei tallenneta minkään äänen yhteyteen, ja se poistetaan, kun viesti on lähetetty.
budget-follow-email = Sähköpostiosoitteesi
budget-follow-submit = Lähetä tulos minulle sähköpostilla
budget-follow-asked = Lähetimme osoitteeseen sähköpostiviestin. Avaa viestissä oleva linkki ja vahvista osoite, muuten emme lähetä mitään enempää.
budget-follow-confirmed = Kiitos! Osoitteesi on vahvistettu. Saat sähköpostiviestin, kun tulos on vahvistettu.
# $title: the budget's title.
budget-follow-confirm-text = Olet pyytänyt, että asukasbudjetin ”{ $title }” tulos lähetetään sinulle sähköpostilla.
budget-follow-confirm-submit = Kyllä, lähetä tulos minulle sähköpostilla

## Voting stations: a staffed device where residents vote with their code
# Machine draft, not reviewed by a native speaker. Check first: "äänestyspiste" (röststation; not "äänestyspaikka", the polling place of public elections), "laite" (enheten, the station's computer or tablet), "koululuokka" (skolklass), "lasketaan erikseen" (räknas för sig), "selkoruotsi"/"selkoruotsinkielinen" (lättläst svenska, as translation.ftl), "työntekijät" (personalen, as translation.ftl).

budget-station-title = Äänestyspisteet
budget-station-intro = Äänestyspiste on tietokone tai tabletti, jolla asukkaat äänestävät koodillaan, kun työntekijät ovat paikalla auttamassa, esimerkiksi kirjastossa tai tilaisuudessa. Avaa äänestyspiste täällä ja avaa sitten linkki laitteella. Laitteella annetut äänet merkitään äänestyspisteessä annetuiksi. Sulje äänestyspiste päivän päätteeksi.
# $place: the place the editor named, for example "Vällingby bibliotek". Put after a colon so that it need not be inflected.
budget-station-opened = Äänestyspiste on avoinna: { $place }. Avaa tämä linkki laitteella (se näytetään vain nyt):
budget-station-place = Paikka
budget-station-open = Avaa äänestyspiste
budget-station-list = Budjetin äänestyspisteet
budget-station-opened-at = Avattu
budget-station-status = Tila
budget-station-status-open = Avoinna
budget-station-status-closed = Suljettu
# A button; $place names the station, so that each button says which it closes.
budget-station-close = Sulje äänestyspiste: { $place }
# Shown on the station's device above the ballot.
budget-station-here = Tämä on äänestyspiste: { $place }. Täällä annetut äänet merkitään äänestyspisteessä annetuiksi. Työntekijät auttavat mielellään.
budget-station-closed = Äänestyspiste on suljettu. Kysy työntekijöiltä tai äänestä verkossa koodillasi.
audit-action-budget-station-open = Avasi äänestyspisteen
audit-action-budget-station-close = Sulki äänestyspisteen

## Where ballots were cast, in the figures

budget-channel-web = Verkossa
budget-channel-paper = Paperilla
budget-channel-station = Äänestyspisteessä
budget-credential-kind-class = Koululuokan koodi

## Children: class sessions and the ballot in easy Swedish (lättläst)

budget-codes-class = Koodit ovat koululuokalle
budget-codes-class-hint = Lappujen avulla lapset löytävät selkoruotsinkielisen äänestyslipun, ja heidän äänensä lasketaan erikseen.
# Printed on each slip of a class session (this text is the Finnish page's; slips use the Swedish one). $address: the children's ballot.
budget-code-slip-children = Äänestä osoitteessa { $address } alla olevalla koodilla.
budget-children-link = Äänestyslippu selkoruotsiksi lapsille ja nuorille
# Plain language for children: short sentences, common words.
budget-children-counted = Kiitos! Äänesi on laskettu. Numerosi on { $receipt }.
budget-children-choose = { $count ->
    [one] Valitse yksi ehdotus, josta pidät.
   *[other] Valitse enintään { $count } ehdotusta, joista pidät.
}
budget-children-choose-knapsack = Valitse ehdotukset, joista pidät. Ne saavat maksaa yhteensä enintään { $amount } kruunua.
budget-children-code = Koodisi
budget-children-code-hint = Koodi on lapussa, jonka sait.
budget-children-age = Kuinka vanha olet? (Sinun ei tarvitse vastata.)
budget-children-submit = Äänestä
budget-children-closed = Nyt et voi äänestää.
budget-children-all = Katso koko sivu budjetista
budget-easy-title = Äänestyslippu selkoruotsiksi
budget-easy-intro = Kirjoita budjetti ja jokainen hanke selkoruotsiksi lasten äänestyslippua varten. Lyhyitä lauseita ja tavallisia sanoja. Jos jätät kentän tyhjäksi, näytetään tavallinen ruotsinkielinen teksti.
budget-easy-saved = Selkoruotsinkielinen teksti on tallennettu.
budget-easy-budget-title = Otsikko selkoruotsiksi
budget-easy-budget-summary = Tiivistelmä budjetista selkoruotsiksi
budget-easy-project-title = Hankkeen nimi selkoruotsiksi
budget-easy-project-text = Hanke selkoruotsiksi
budget-easy-submit = Tallenna
budget-easy-see = Katso lasten äänestyslippu
audit-action-budget-easy-text = Kirjoitti asukasbudjetin tekstit selkoruotsiksi
