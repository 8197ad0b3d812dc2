# The receipt after a view has been sent, and the accessibility statement.

receipt-title = Kiitos sinun mielipitheestä!
receipt-reference = Sinun referensinumero
receipt-reference-help = Säästä numero jos sie halvaat kysyä sinun mielipitheestä myöhemin.
# The language the view was written in, named in this language and case.
# Machine draft, not reviewed by a native speaker.
receipt-written-in = Kirjotettu { $lang ->
        [sv] ruottiksi
        [fi] suomeksi
        [fit] meänkielelä
        [se] pohjossaameksi
        [smj] luulajansaameksi
        [sma] eteläsaameksi
       *[en] englanniksi
    }
receipt-dialogue = Dialoogi
# $date is a date written with common-date.
receipt-received = Vasthaanotettu { $date }
receipt-next-heading = Mitä nyt tapahtuu?
receipt-next-moderation = Met luema kaikki mielipitheet ennen ko net julkasthaan. Se kestää tavalisesti muutaman työpäivän.
receipt-next-published = Jos sie olet antanu luvan ja mielipie seuraa meän sääntöjä, se näkyy dialoogin sivula.
receipt-next-private = Sie olet valinnu ette mielipiettä ei julkasta. Kaupunkiosa lukkee sen kuitenki, ja se otethaan mukhaan yhtheenvethoon.
receipt-next-feedback = Ko dialoogi oon suljettu, met kokoamma yhtheen sen mitä oon tullu esile. Dialoogin sivula met kerroma mitä met kuulima ja mitä päätethiin.
receipt-public-record = Sinun mielipie oon julkinen asiakirja. Se säilytethään, ja se saatethaan antaa ulos jos joku sitä pyytää.
receipt-back = Takasin dialoogiin

a11y-title = Saavutettavuusselvitys
a11y-intro = { -district }n kaupunkiosahallinto vastaa tästä webbipaikasta. Met halvama ette kaikki saattava käyttää sitä, riippumatta tarpheista. Tässä met kerroma kunka webbipaikka seuraa lakia digitaalisen julkisen palvelun saavutettavuuesta, mitä puuttheita met tunnema ja kunka sie saatat ilmottaa ongelmista.
a11y-standard-heading = Kunka saavutettava webbipaikka oon?
a11y-standard-text = Webbipaikan pittää täyttää WCAG 2.1:n taso AA, niin ko standardi EN 301 549 vaatii. Met testaama kaikki sivut automaattisesti axe-työkalula, näppäimistölä ja ilman JavaScriptiä, mupiilin koossa.
a11y-gaps-heading = Tunnetut puuttheet
a11y-gaps-translations = Ihmiset joitten äitinkieli oon suomi, meänkieli eli saame ei ole vielä tarkastanheet tekstiä niilä kielilä.
a11y-gaps-manual = Ulkopuolinen tarkastaja ei ole vielä tarkastanu webbipaikkaa käsin ruutulukijan kans.
a11y-report-heading = Ilmota ongelmasta
a11y-report-text = Jos joku asia webbipaikala ei toimi sulle, kerro meile niin met korjaama sen. Kirjota mikä sivu se oon ja mitä tapahtu.
a11y-contact-heading = Kontakti
a11y-contact-text = E-posti: hasselby-vallingby@stockholm.se. Telefooni: 08-508 00 508 (arkipäivinä 8–16).
a11y-enforcement-heading = Valvonta
a11y-enforcement-text = Digitaalisen hallinnon viranomhainen (Digg) valvoo lakia. Jos sie et ole tyytyväinen siihen kunka met käsittelemä sinun mielipitheet, sie saatat ilmottaa siitä Diggile.
a11y-updated = Selvitys päivitethiin { $date }.
