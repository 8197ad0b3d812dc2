# The receipt after a view has been sent, and the accessibility statement.

receipt-title = Kiitos mielipiteestäsi!
receipt-reference = Viitenumerosi
receipt-reference-help = Tallenna numero, jos haluat myöhemmin kysyä mielipiteestäsi.
# The language the view was written in, named in this language and case.
# Machine draft, not reviewed by a native speaker.
receipt-written-in = Kirjoitettu { $lang ->
        [sv] ruotsiksi
        [fi] suomeksi
        [fit] meänkielellä
        [se] pohjoissaameksi
        [smj] luulajansaameksi
        [sma] eteläsaameksi
       *[en] englanniksi
    }
receipt-dialogue = Vuoropuhelu
# $date is a date written with common-date.
receipt-received = Vastaanotettu { $date }
receipt-next-heading = Mitä seuraavaksi tapahtuu?
receipt-next-moderation = Luemme kaikki mielipiteet ennen kuin ne julkaistaan. Siihen menee yleensä muutama arkipäivä.
receipt-next-published = Jos olet antanut luvan ja mielipiteesi noudattaa sääntöjämme, se näytetään vuoropuhelun sivulla.
receipt-next-private = Olet valinnut, että mielipidettäsi ei julkaista. Kaupunginosahallinto lukee sen silti, ja se otetaan mukaan yhteenvetoon.
receipt-next-feedback = Kun vuoropuhelu on päättynyt, kokoamme yhteen, mitä siinä tuli esiin. Kerromme vuoropuhelun sivulla, mitä kuulimme ja mitä päätettiin.
receipt-public-record = Mielipiteesi on yleinen asiakirja. Se säilytetään, ja se voidaan luovuttaa, jos joku pyytää sitä.
receipt-back = Takaisin vuoropuheluun

a11y-title = Saavutettavuusseloste
# Finnish: the Swedish law (lagen om tillgänglighet till digital offentlig service) is named
# in Finnish as "laki digitaalisen julkisen palvelun saavutettavuudesta".
a11y-intro = { -district }n kaupunginosahallinto vastaa tästä verkkosivustosta. Haluamme, että kaikki voivat käyttää sitä tarpeistaan riippumatta. Tässä kerromme, miten sivusto noudattaa digitaalisen julkisen palvelun saavutettavuudesta annettua lakia, mitä tunnettuja puutteita siinä on ja miten voit ilmoittaa ongelmista.
a11y-standard-heading = Kuinka saavutettava sivusto on?
a11y-standard-text = Sivuston pitää täyttää WCAG 2.1 -ohjeiden AA-taso, jota standardi EN 301 549 edellyttää. Testaamme jokaisen sivun automaattisesti axe-työkalulla, näppäimistöllä ja ilman JavaScriptiä, mobiilikokoisena.
a11y-gaps-heading = Tunnetut puutteet
a11y-gaps-translations = Äidinkieliset puhujat eivät ole vielä tarkistaneet suomenkielisiä, meänkielisiä ja saamenkielisiä tekstejä.
a11y-gaps-manual = Ulkopuolinen arvioija ei ole vielä tarkistanut sivustoa käsin ruudunlukuohjelmalla.
a11y-report-heading = Ilmoita ongelmasta
a11y-report-text = Jos jokin sivustolla ei toimi sinulle, kerro siitä meille, niin korjaamme sen. Kirjoita, mitä sivua asia koskee ja mitä tapahtui.
a11y-contact-heading = Yhteystiedot
a11y-contact-text = Sähköposti: hasselby-vallingby@stockholm.se. Puhelin: 08-508 00 508 (arkisin klo 8–16).
a11y-enforcement-heading = Valvonta
# Digg's name is given in Finnish, with the Swedish abbreviation kept.
a11y-enforcement-text = Digitaalisen hallinnon virasto (Digg) valvoo lain noudattamista. Jos et ole tyytyväinen siihen, miten käsittelemme palautettasi, voit tehdä siitä ilmoituksen Diggille.
a11y-updated = Seloste päivitettiin { $date }.
