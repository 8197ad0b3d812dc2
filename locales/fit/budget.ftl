# Citizen budgets (medborgarbudget): residents propose projects and vote on how a sum is spent.
# Source: Swedish.
# Machine draft, not reviewed by a native speaker.
# Check first: "asukasbudjetti" (medborgarbudget, coined), "budjetti" (a Meänkieli loan such as "pudjetti" may be more usual), "projekti", "äänestyslappu" (röstsedel), "äänestyskoodi" (röstkod), "vahvistaa tuloksen" (fastställa resultatet, certify). Staff sections (list, paper ballots, certify): "kirjata"/"kirjaus" (mata in / inmatning), "oon samat" (stämmer), "kuittinumero" (kvittonummer), "Tarkastus" (Prövning, the phase name), "Informasjuuni" (as level-information), "Näytä tulos" (Se resultatet).
# Meänkieli: follows the other fit files: "sie", "oon", "uuesti", "lähättää", "Päivitä sivu", "printata" (print), "koodi", "valitte" (imperative).
# Check first, proposal sections (residents' proposals, reviewing proposals): "ehotus" (förslag, as level-influence-explained), "ehottaja" (förslagsställare, coined), "yhistää"/"yhistettiin"/"Yhistetty" (slå ihop, the Meänkieli form is a guess), "Asukhaitten", "toisheen", "tiät"/"tiä", "tarkastaa"/"tarkastus" for prövning (as the phase name) beside "moderointi"/"Moderoi" for granskning (report-status-pending says "Oottaa tarkastusta"), "käyttökulut" (driftkostnader), "Hinta" (kostnad), "Staattys" (Läge, as dialogue-status).

## Refused ballots and voting codes

budget-ballot-empty = Valitte ainaki yks projekti.
# The ballot had more choices than the budget allows.
budget-ballot-too-many = Sie olet valinnu liian monta projektia. Ota joku pois ja lähätä uuesti.
# A knapsack ballot: the chosen projects cost more than the whole budget.
budget-ballot-over = Projektit jokka sie olet valinnu maksava enämpi ko koko budjetti. Ota joku pois ja lähätä uuesti.
budget-ballot-unknown = Yks projekteista ei ole äänestyslapussa. Päivitä sivu ja valitte uuesti.
budget-error-code = Sitä koodia ei ole. Tarkasta ette sie olet kirjottanu sen oikein.
budget-error-code-used = Tällä koodilla oon jo äänestetty. Joka koodi antaa yhen äänen.

## The audit log

audit-action-budget-create = Loi asukasbudjetin
audit-action-budget-project = Pani projektin äänestyslappuun
audit-action-budget-codes = Printtasi äänestyskoodit
audit-action-budget-certify = Vahvisti tuloksen

## The residents' pages: the list, a budget, its ballot and its result

# Machine draft, not reviewed by a native speaker. Check first: "ääni" (röst), "kruunua" for
# kronor, "statistiikka", "pipluteekki" (as print-way-paper-text), "laskethiin", "vasthaan";
# budget-codes-sheet and budget-code-slip put { $purpose } and { $title } after a colon.

# In the main menu, and the heading of the list of budgets.
budget-nav = Asukasbudjetti
budget-list-intro = Asukasbudjetissa tet jokka asutta täälä päätättä miten yks rahasumma käytethään: tet ehotatta projektia ja äänestättä niistä.
budget-list-empty = Just nyt ei ole yhtäkään asukasbudjettia.
# $amount: a sum in kronor, already formatted (100 000).
budget-total = Summa jaettavaksi: { $amount } kruunua
# $date: a date, already formatted.
budget-phase-information = Ideoita otethaan vasthaan { $date } alkaen.
budget-phase-ideas = Ideoita otethaan vasthaan { $date } asti.
budget-phase-review = Ideoita tarkastethaan. Äänestys alkaa { $date }.
budget-phase-voting = Äänestys oon käynissä { $date } asti.
budget-phase-counting = Äänestys oon loppunu. Tulos näytethään ko äänet oon laskettu ja tulos oon vahvistettu.
budget-phase-result = Tulos oon vahvistettu.
budget-eligibility = Kuka saapi äänestää
# $who: who decides (Stadsdelsnämnden); $number: the case number.
budget-decided-by = Päätöksen tekkee { $who } (diaarinumero { $number }).
budget-projects = Projektit äänestyslapussa
budget-project-cost = Maksaa: { $amount } kruunua
budget-vote-heading = Äänestä
budget-vote-code = Sinun äänestyskoodi
budget-vote-code-hint = Koodi oon lapussa jonka sie sait, esimerkiksi ABCDE-FGHJK. Joka koodi antaa yhen äänen.
# $max: how many projects one may choose.
budget-vote-choose-approval = { $max ->
    [one] Valitte yks projekti.
   *[other] Valitte korkeinthaan { $max } projektia.
}
budget-vote-choose-knapsack = Valitte projektit jokka yhessä maksava korkeinthaan { $amount } kruunua.
budget-vote-age = Ikä (vapaehtosta, vain statistiikkaa varten)
budget-vote-area = Missä sie asut (vapaehtosta, vain statistiikkaa varten)
budget-vote-submit = Lähätä minun ääni
budget-vote-refused = Ääntä ei saatu laskettua.
# $receipt: the ballot's receipt number (MB-ABCD-EFGH).
budget-vote-counted = Kiitos! Sinun ääni oon laskettu. Sinun kuitti: { $receipt }
budget-result-heading = Tulos
budget-result-votes = { $count ->
    [one] Yks ääni
   *[other] { $count } ääntä
}
budget-result-won = Saapi rahhaa
# $count: ballots counted; $digest: a long hexadecimal checksum.
budget-result-ballots = { $count ->
    [one] Yks ääni laskethiin.
   *[other] { $count } ääntä laskethiin.
} Äänet löytyvät avoimena datana; tiedoston tarkistussumma (SHA-256) oon { $digest }.

# A link to the file of every ballot, for anyone to count again.
budget-result-file = Kaikki äänet (Pabulib-fiili)

## Staff: printed voting codes

budget-codes-title = Äänestyskoodit
budget-codes-intro = Koodit näkyvät vain yhen kerran. Printtaa sivu ja leikkaa laput erile. Joka printtaus kirjathaan lokhiin sinun nimelä.
budget-codes-count = Kooditten määrä (korkeinthaan 2000)
budget-codes-purpose = Kelle (koulu, pipluteekki, kokous)
budget-codes-submit = Tee koodit printattavaksi
# $count: how many codes; $purpose: for whom.
budget-codes-sheet = { $count ->
    [one] Yks koodi, kelle: { $purpose }
   *[other] { $count } koodia, kelle: { $purpose }
}
# On each slip. $title: the budget's title; $address: where to vote.
budget-code-slip = Äänestä osotheessa { $address }: { $title }
budget-codes-error = Kirjota luku 1:stä 2000:een ja kelle koodit oon.

## Staff: the list of budgets

budget-staff-nav = Asukasbudjetit
budget-staff-title = Asukasbudjetit
budget-staff-unpublished = ei julkastu
budget-staff-budget = Budjetti
budget-staff-phase = Vaihe
budget-staff-actions = Toimenpitheet
# Short names of a budget's phases (SKR's steps), for lists.
budget-phase-name-information = Informasjuuni
budget-phase-name-ideas = Ideat
budget-phase-name-review = Tarkastus
budget-phase-name-voting = Äänestys
budget-phase-name-counting = Äänestys oon loppunu
budget-phase-name-result = Tulos

## Staff: paper ballots, entered by two people

budget-paper-title = Äänestyslaput paperila
budget-paper-intro = Kaks eri henkilöä kirjaava joka äänestyslapun, kumpiki erikseen. Lappu laskethaan vasta ko molemat kirjaukset oon samat. Sen jälkhiin lapun koodia ei saata enämpi käyttää webbissä.
budget-paper-code = Koodi äänestyslapussa
budget-paper-projects = Projektit jokka oon ruksattu äänestyslapussa
budget-paper-submit = Säästä kirjaus
budget-paper-first = Äänestyslappu oon kirjattu yhen kerran. Toinen henkilö kirjaa saman lapun ennen ko se laskethaan.
# $receipt: the ballot's receipt number.
budget-paper-counted = Molemat kirjaukset oon samat. Äänestyslappu oon laskettu, kuittinumero { $receipt }.
budget-paper-disagree = Tämä kirjaus ei ole sama ko aikasempi kirjaus samasta lapusta. Lappua ei vielä lasketa: pyyä kolmatta henkilöä lukemhaan lapun ja kirjaamhaan sen.
budget-paper-refused = Kirjausta ei säästetty.
budget-paper-error-same-person = Sie olet jo kirjanu tämän äänestyslapun. Joku toinen tekkee toisen kirjauksen.
budget-paper-closed = Äänestyslappuja paperila saattaa kirjata äänestyksen aikana ja siihen asti ko tulos oon vahvistettu.
# $once: sheets entered once; $disagree: sheets whose entries differ.
budget-paper-waiting = Oottaa toista kirjausta: { $once }. Kirjaukset jokka ei ole samat: { $disagree }.

## Staff: the certified result

budget-certify-title = Vahvista tulos
budget-certify-intro = Äänestys oon loppunu. Ko sie vahvistat tuloksen, äänet laskethaan, tulos julkasthaan yhessä sen fiilin tarkistussumman kans jossa oon kaikki äänet, sinun nimi kirjathaan lokhiin ja kaikki käyttämättömät koodit lakkaava toimimasta. Tätä ei saata perua.
budget-certify-submit = Laske äänet ja vahvista tulos
budget-certify-done = Tulos oon vahvistettu.
budget-certify-see = Näytä tulos
budget-certify-not-yet = Tuloksen saattaa vahvistaa ko äänestys oon loppunu.

## Residents' proposals (the ideas phase)

budget-proposals = Asukhaitten ehotukset
budget-proposal-heading = Tee ehotus
budget-proposal-intro = Sie et tartte kontoa. Kerro mihin sie halvaat ette rahat käytethään. Met luema ehotuksen ennen ko se julkasthaan täälä, ja sitte se tarkastethaan julkisesti: pääseekö se äänestyslappuun eli ei, ja miksi.
budget-proposal-title = Mitä sie ehotat? (lyhyt otsikko)
budget-proposal-description = Kerro sinun ehotuksesta
budget-proposal-area = Missä?
budget-proposal-whole-district = Koko kaupunkiosa
budget-proposal-estimate-label = Paljonko sie luulet ette se maksaa, kruunuissa? (jos sie tiät)
budget-proposal-estimate-hint = Vain numeroita. Ei se mithään jos sie et tiä: kaupunkiosahallinto laskee mitä se maksaa.
budget-proposal-contact = Kontakti kysymyksiä varten (jos sie halvaat)
budget-proposal-contact-hint = E-posti eli telefooni. Vain kaupunkiosahallinto näkkee sen, ja se poistethaan ko päätös oon tehty.
budget-proposal-submit = Lähätä ehotus
budget-proposal-thanks = Kiitos sinun ehotuksesta! Met luema sen ennen ko se julkasthaan tällä sivula.
# $amount: the proposer's own estimate, in kronor.
budget-proposal-estimate = Ehottajan arvio: { $amount } kruunua
budget-proposal-open = Ehotusta tarkastethaan.
# Followed by the reason the district gives.
budget-proposal-declined = Ehotus ei päässy äänestyslappuun:
# Followed by a link to the proposal it became part of.
budget-proposal-merged = Ehotus yhistettiin toisheen ehotukseen:

## Staff: reviewing proposals

budget-review-title = Ehotukset ja tarkastus
budget-review-intro = Moderaattorit julkaseva eli piilottava uusia ehotuksia samala laila ko mielipitheitä. Toimittajat tarkastava julkastuja ehotuksia ennen äänestystä: kuuluuko se kaupunkiosan vastuule, mitä se maksaa, tuleeko siitä uusia käyttökuluja, onko se laillinen ja avoin kaikile? Syy julkasthaan.
budget-review-empty = Ei vielä ehotuksia.
budget-review-state = Staattys
budget-review-status-proposed = Oottaa moderointia
budget-review-status-hidden = Piilotettu
budget-review-status-open = Julkastu, tarkastethaan
budget-review-status-ballot = Äänestyslapussa
budget-review-status-declined = Ei äänestyslapussa
budget-review-status-merged = Yhistetty
budget-review-publish = Julkase
budget-review-hide = Piilota
budget-review-decision = Päätös
budget-review-decision-ballot = Äänestyslappuun
budget-review-decision-decline = Ei äänestyslappuun
budget-review-decision-merge = Yhistä toisheen ehotukseen
budget-review-cost = Hinta kruunuissa (äänestyslappua varten)
budget-review-into = Yhistä ehotukseen
budget-review-reason = Syy (julkasthaan)
# A project's cost that is not a whole number of kronor within the budget.
budget-error-amount = Kirjota hinta kokonaisissa kruunuissa. Sen pittää olla enämpi ko nolla ja korkeinthaan koko budjetin summa.
budget-review-submit = Säästä päätös
audit-action-budget-proposal-moderate = Moderoi asukasbudjetin ehotuksen
audit-action-budget-proposal-review = Tarkasti asukasbudjetin ehotuksen

## After the count: figures, the decision, the follow-up
# Machine draft, not reviewed by a native speaker. Check first: "toteutus" (genomförande), "seuranta" (uppföljning), "vaihe" (steg; also the phase column, budget-staff-phase), "saapi rahhaa" (får pengar, as budget-result-won), "Alotettu"/"Keskeytetty" (påbörjat/avbrutet, the Meänkieli forms are a guess), "Ei ilmotettu" (inte angett).

# With the certified result: who voted, from what voters chose to say about themselves.
budget-figures-heading = Kuka äänesti
budget-figures-intro = Äänestyslappuitten määrä iän mukhaan ja sen mukhaan kunka ääni tuli. Se joka äänesti kirjotti iän itte, jos hään halusi.
budget-figures-by-age = Äänestyslaput iän mukhaan
budget-figures-by-channel = Äänestyslaput sen mukhaan kunka ääni tuli
budget-figures-channel = Kunka
budget-figures-ballots = Äänestyslaput
budget-figures-not-said = Ei ilmotettu
# The council decided otherwise than the vote; followed by the published reason.
budget-decision-funded = Päätös: projekti saapi rahhaa.
budget-decision-not-funded = Päätös: projekti ei saa rahhaa.
# Residents' page: a funded project's implementation.
budget-followup-heading = Toteutus
# $status: the newest step, e.g. "Alotettu".
budget-followup-now = Staattys: { $status }
budget-followup-status-planned = Planeerattu
budget-followup-status-started = Alotettu
budget-followup-status-done = Valmis
budget-followup-status-stopped = Keskeytetty

## Staff: decision and follow-up

budget-followup-title = Päätös ja seuranta
budget-followup-intro = Vahvistetun tuloksen jälkhiin. Administraattorit kirjaava päätöksen ko se ei ole sama ko äänestys, aina syyn kans joka julkasthaan. Toimittajat lisäävä toteutuksen vaiheita niihin projekthiin jokka saava rahhaa.
budget-followup-not-yet = Seuranta alkaa ko tulos oon vahvistettu.
budget-followup-not-won = Ei voittanu äänestystä
budget-followup-fund = Saapiko projekti rahhaa?
budget-followup-fund-yes = Jaa, projekti saapi rahhaa
budget-followup-fund-no = Ei, projekti ei saa rahhaa
budget-followup-reason = Syy (julkasthaan)
budget-followup-decide = Säästä päätös
budget-followup-step = Vaihe
budget-followup-date = Päivämäärä
budget-followup-note = Mitä oon tapahtunu? (julkasthaan)
budget-followup-add = Lisää vaihe
audit-action-budget-decision = Kirjasi päätöksen asukasbudjetin projektista
audit-action-budget-milestone = Lisäsi vaiheen asukasbudjetin projektin toteutukseen
