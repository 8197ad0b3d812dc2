# The receipt after a view has been sent, and the accessibility statement.

receipt-title = Gijtto duv vuojno åvdås!
receipt-reference = Duv referánssanummar
receipt-reference-help = Vuorkki nummarav jus sidá maŋŋela duv vuojno birra gatjádit.
# The language the view was written in, named in this language and case.
# Machine draft, not reviewed by a native speaker.
receipt-written-in = Tjáleduvvam { $lang ->
        [sv] dárogiellaj
        [fi] suomagiellaj
        [fit] meänkielaj
        [se] nuorttasámegiellaj
        [smj] julevsámegiellaj
        [sma] oarjjelsámegiellaj
       *[en] englasgiellaj
    }
receipt-dialogue = Dialåvggå
# $date is a date written with common-date.
receipt-received = Vuosstájváldedum { $date }
receipt-next-heading = Mij dal dáhpáduvvá?
receipt-next-moderation = Mij låhkåp gájkka vuojnojt åvddål gå dajt almodip. Dasi dábálattjat manni muhtem barggobiejve.
receipt-next-published = Jus la dasi miededam ja vuojnno tjuovvu mijá njuolgadusájt, de dat vuoseduvvá dialåvgå bielen.
receipt-next-private = La válljim jut vuojnno ij galga almoduvvat. Stádaoasse dav huoman låhkå, ja dat váldeduvvá siegen tjoahkkájgessussaj.
receipt-next-feedback = Gå dialåvggå l dahpadum, de tjoahkkip dav mij l boahtám åvddån. Dialåvgå bielen mujttalip mij bådij åvddån ja mij mierreduváj.
receipt-public-record = Duv vuojnno l almulasj dokumænnta. Dat vuorkkiduvvá ja máhttá vatteduvvat jus guhtik dav åhtså.
receipt-back = Ruopptot dialåvggåj

a11y-title = Anedahttevuoda tjielggidus
a11y-intro = { -district } stádaoasseháldadus háldat dáv næhttabájkev. Sihtap jut gájkka máhtti dav adnet, berustahtek dárbojs. Dánna tjielggip gåktu næhttabájkke tjuovvu lágav digitála almulasj dievnastusáj anedahttevuoda birra, makkár vánesvuoda li dåbddusa ja gåktu máhtá gássjelisvuodaj birra diededit.
a11y-standard-heading = Man anedahtte l næhttabájkke?
a11y-standard-text = Næhttabájkke galggá dievddet WCAG 2.1 AA-dásse gájbbádusájt, nav gåk standárdda EN 301 549 gájbbet. Juohkka bielev gæhttjalip automáhtalattjat axe-nævojn, boallobievdijn ja JavaScripta dagi, mobijllaskiermmán.
a11y-gaps-heading = Dåbddusa vánesvuoda
a11y-gaps-translations = Tevstajt suomagielan, meängielan ja sámegielan ælla ájn dárkkestam ulmutja gejn le dat giella iednegiellan.
a11y-gaps-manual = Ålgoldis dárkkestiddje ij la ájn næhttabájkev giedaj dárkkestam skiermmalåhkkåmprográmmajn.
a11y-report-heading = Diededa gássjelisvuoda birra
a11y-report-text = Jus juoga næhttabájken ij doajma dunji, de mujttala midjij, ja mij dav divvop. Tjále makkár bielle guosská ja mij dáhpáduváj.
a11y-contact-heading = Aktavuohta
a11y-contact-text = E-poassta: hasselby-vallingby@stockholm.se. Telefåvnnå: 08-508 00 508 (árggabiejvijt 8–16).
a11y-enforcement-heading = Gæhttjo
a11y-enforcement-text = Stáhta ásadus Myndigheten för digital förvaltning (Digg) gåtset lágav. Jus i la dudálasj dajna gåktu mij duv vuojnojt giehtadallap, de máhtá dan birra Diggaj gujddit.
a11y-updated = Tjielggidus ådåsmahteduváj { $date }.
