# The receipt after a view has been sent, and the accessibility statement.

receipt-title = Giitu du oaivila ovddas!
receipt-reference = Du referánsanummar
receipt-reference-help = Vurke nummara, jus háliidat maŋŋil jearrat iežat oaivila birra.
# The language the view was written in, named in this language and case.
# Machine draft, not reviewed by a native speaker.
receipt-written-in = Čállojuvvon { $lang ->
        [sv] ruoŧagillii
        [fi] suomagillii
        [fit] meänkielii
        [se] davvisámegillii
        [smj] julevsámegillii
        [sma] lullisámegillii
       *[en] eaŋgalsgillii
    }
receipt-dialogue = Dialoga
# $date is a date written with common-date.
# Literally "Arrived to us (on) <date>".
receipt-received = Boahtán min lusa { $date }
receipt-next-heading = Mii dáhpáhuvvá dál?
receipt-next-moderation = Mii lohkat buot oaiviliid ovdal go dat almmuhuvvojit. Dat váldá dábálaččat moadde bargobeaivvi.
receipt-next-published = Jus don leat dohkkehan dan ja oaivil čuovvu min njuolggadusaid, de dat čájehuvvo dialoga siiddus.
receipt-next-private = Don leat válljen ahte oaivil ii galgga almmuhuvvot. Gávpotoassi lohká dan goittot, ja dat lea mielde čoahkkáigeasus.
receipt-next-feedback = Go dialoga lea giddejuvvon, de mii čoahkkáigeassit dan mii lea boahtán ovdan. Dialoga siiddus mii muitalit, maid gulaimet ja mii mearriduvvui.
receipt-public-record = Du oaivil lea almmolaš áššebábir. Dat vurkejuvvo, ja dan sáhttá addit olbmui gii dan bivdá.
receipt-back = Ruovttoluotta dialogii

a11y-title = Beasatlašvuođačilgehus
a11y-intro = { -district } gávpotoasi hálddahus ovddasvástida dán neahttasiiddu. Mii háliidit ahte buohkat sáhttet dan geavahit, beroškeahttá makkár dárbbut sis leat. Dás mii čilget movt neahttasiidu ollašuhttá lága digitála almmolaš bálvalusaid beasatlašvuođa birra, makkár dovddus váilevašvuođat das leat ja movt don sáhtát dieđihit váttisvuođaid.
a11y-standard-heading = Man beasatlaš lea neahttasiidu?
a11y-standard-text = Neahttasiidu galgá ollašuhttit WCAG 2.1 dási AA, nugo standárda EN 301 549 gáibida. Mii dárkkistit juohke siiddu mobiilatelefovnna sturrodagas: automáhtalaččat axe-reaidduin, boallobeavddiin ja JavaScript haga.
a11y-gaps-heading = Dovddus váilevašvuođat
a11y-gaps-translations = Olbmot geain lea suomagiella, meänkieli dahje sámegiella eatnigiellan, eai leat vel dárkkistan teavsttaid dain gielain.
a11y-gaps-manual = Olggobeale dárkkisteaddji ii leat vel ieš geahččalan neahttasiiddu šearbmalohkkiin.
a11y-report-heading = Dieđit váttisvuođa
a11y-report-text = Jus juoga neahttasiiddus ii doaimma dutnje, de muital dan midjiide, ja mii divvut dan. Čále guđe siidui dat guoská ja mii dáhpáhuvai.
a11y-contact-heading = Oktavuohta
a11y-contact-text = E-boasta: hasselby-vallingby@stockholm.se. Telefovdna: 08-508 00 508 (mánnodagas bearjadahkii, dii. 8–16).
a11y-enforcement-heading = Bearráigeahčču
# The agency's Swedish name is kept so that readers can find it.
a11y-enforcement-text = Digitála hálddahusa eiseváldi (Myndigheten för digital förvaltning, Digg) bearráigeahččá ahte láhka čuvvojuvvo. Jus it leat duhtavaš dainna movt mii gieđahallat du oaiviliid, de sáhtát dieđihit dan Diggii.
a11y-updated = Čilgehus ođasmahttojuvvui { $date }.
