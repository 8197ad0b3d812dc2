# The receipt after a view has been sent, and the accessibility statement.

receipt-title = Gæjhtoe dov vuajnoen åvteste!
receipt-reference = Dov referansenummere
receipt-reference-help = Vöörhkh nummerem jis sïjhth mænngan dov vuajnoen bïjre gihtjedh.
# The language the view was written in, named in this language and case.
# Machine draft, not reviewed by a native speaker.
receipt-written-in = Tjaaleme { $lang ->
        [sv] daaroengïelese
        [fi] soemengïelese
        [fit] meänkielese
        [se] noerhtesaemiengïelese
        [smj] julevsaemiengïelese
        [sma] åarjelsaemiengïelese
       *[en] eengelsgïelese
    }
receipt-dialogue = Govlesadteme
# $date is a date written with common-date.
receipt-received = Dååsteme { $date }
receipt-next-heading = Mij daelie deahpede?
receipt-next-moderation = Mijjieh gaajhkh vuajnoeh lohkebe åvtelen dah bæjhkoehtovvieh. Daate daamhtaj muvhth barkoebiejjieh vaalta.
receipt-next-published = Jis datne leah dam jååhkesjamme jïh vuajnoe mijjen njoelkedasside dåerede, dellie dïhte govlesadtemen sæjrosne vuesiehtåvva.
receipt-next-private = Datne leah veeljeme ahte vuajnoe ij edtjh bæjhkoehtovvedh. Staaredajve dam læjhkan låhka, jïh dïhte iktedæmman meatan ryöknesåvva.
receipt-next-feedback = Gosse govlesadteme lea steegkesovveme, dellie iktedibie gaajhkem maam libie åådtjeme. Govlesadtemen sæjrosne soptsestibie maam govlimh jïh mij nænnoestovvi.
receipt-public-record = Dov vuajnoe lea byögkeles tjaatsege. Dïhte vöörhkesåvva, jïh maahta vadtasovvedh jis naaken dam birrie.
receipt-back = Bååstede govlesadtemasse

a11y-title = Buerkiestimmie jaksoesvoeten bïjre
a11y-intro = { -district }n staaredajvereereme dïedtem åtna daan webbesijjien åvteste. Mijjieh sïjhtebe gaajhkesh edtjieh dam nuhtjedh maehtedh, aaj dah gïeh sjïere daerpiesvoeth utnieh. Daesnie buerkiestibie guktie webbesijjie dåerede laakem digitaale byögkeles dïenesji jaksoesvoeten bïjre, mah åehpies vaanoeh gååvnesieh, jïh guktie maahtah dåeriesmoeri bïjre bievnedh.
a11y-standard-heading = Man jaksoes webbesijjie lea?
a11y-standard-text = Webbesijjie edtja WCAG 2.1 daltesem AA dåeriedidh, mij lea daerpies standarden EN 301 549 mietie. Mijjieh fïerhten sæjroem pryövebe automatihke dïrreginie axe, tastatuvrine jïh JavaScripten namhtah, mobijlen stoerrevoetesne.
a11y-gaps-heading = Åehpies vaanoeh
a11y-gaps-translations = Almetjh gïeh gïelem voestesgïeline utnieh, eah annje leah såevmien, meänkielin jïh saemien tjaalegidie gïehtjedamme.
a11y-gaps-manual = Ålkoegïehtjedæjja ij annje leah webbesijjiem gïetine gïehtjedamme skjeermelohkijinie.
a11y-report-heading = Bievnedh dåeriesmoeren bïjre
a11y-report-text = Jis naakede webbesijjesne ij dutnjien juhtieh, dellie soptsesth mijjese, jïh mijjieh dam staeriedibie. Tjaelieh mij sæjroe lea jïh mij deahpadi.
a11y-contact-heading = Govlehtalledh
a11y-contact-text = E-påaste: hasselby-vallingby@stockholm.se. Tellefovne: 08-508 00 508 (aarkebiejjieh 8–16).
a11y-enforcement-heading = Vaaksjome
# "Myndigheten för digital förvaltning (Digg)" is the Swedish agency's official name and is kept as is.
a11y-enforcement-text = Myndigheten för digital förvaltning (Digg) laakem vååksje. Jis ih leah madtjele guktie mijjieh dov vuajnojde gïetedibie, maahtah Digg:se klååkedh.
a11y-updated = Buerkiestimmie orrestovvi { $date }.
