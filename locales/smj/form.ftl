# The form where a resident sends a view, and its error messages.

form-heading = Javla mij duv mielas le
form-intro = Vássteda unnemusát avta gatjálvissaj. Ietjá gatjálvisájda i dárbaha vásstedit. Ale tjále persåvnnånummarav, telefåvnnånummarav jali e-poasstaadræssav vásstádusájda.
form-general = Juoga ietjá majt sidá javllat?
form-about-you = Duv birra (jus sidá)
form-about-you-help = Vásstádusá viehkedi mijáv vuojnnet gudi li oassálasstám. Dajt ep goassak vuoseda duv vuojnojn aktan.
form-name = Namma mij vuoseduvvá vuojnojn aktan
form-name-help = Jus sidá liehket namádibme, de ale namáv tjále.
form-age = Ahke
form-gender = Sjiervve
form-area = Gånnå åro jali gånnå dábálattjat la
form-not-answered = Iv sidá vásstedit
age-under-13 = Unnep gå 13 jage
age-13-17 = 13–17 jage
age-18-29 = 18–29 jage
age-30-49 = 30–49 jage
age-50-64 = 50–64 jage
age-65-79 = 65–79 jage
age-80-plus = 80 jage jali ienep
gender-woman-girl = Nissun jali niejdda
gender-man-boy = Ålmåj jali bárnne
gender-another = Ietjá
gender-prefer-not-to-say = Iv sidá javllat

# The areas of the district a resident may say they live in (place names are not translated).
# intentionally-same
home-area-hasselby-gard = Hässelby gård
# intentionally-same
home-area-hasselby-strand = Hässelby strand
# intentionally-same
home-area-hasselby-villastad = Hässelby villastad
# intentionally-same
home-area-grimsta = Grimsta
# intentionally-same
home-area-kalvesta = Kälvesta
# intentionally-same
home-area-nalsta = Nälsta
# intentionally-same
home-area-racksta = Råcksta
# intentionally-same
home-area-vinsta = Vinsta
# intentionally-same
home-area-vallingby = Vällingby
# Machine draft, not reviewed by a native speaker.
home-area-elsewhere = Ietjá sajen
home-area-prefer-not-to-say = Iv sidá javllat
form-lang = Giella majna tjálá
form-consent = Vuojnno oadtju almoduvvat dán bielen
form-consent-help = Mij almodip dåssju vuojnojt ma tjuovvu mijá njuolgadusájt. Juohkka vuojnno l almulasj dokumænnta, ja stádaoasse dav låhkå, vájku dav ep almoda.
# A field that people never see; robots fill it in. Read out only if styles fail to load.
form-honeypot = Ale majdik dási tjále
form-submit = Sáddi vuojnov
form-sending = Sáddimin…
form-sent-heading = Gijtto! Duv vuojnno l boahtám midjij.
# $reference is the view's reference number.
form-sent-reference = Referánssanummar: { $reference }
form-sent-receipt-link = Vuoseda duodastusáv

form-error-summary = Vuojnno ij la sáddiduvvam. Rievddada dav mij l mærkkodum:
form-error-empty = Tjále juojddá unnemusát avta vásstádussaj.
# $max is the greatest number of characters the field takes.
form-error-too-long = Tevsta l ilá guhkke. Dat oadtju liehket ienemusát { $max } mærka.
form-error-not-a-choice = Vállji avtav dajs ma li listan.
form-error-honeypot = Giedde ”Ale majdik dási tjále” galggá guoros liehket.
form-error-missing-key = Sjiebmá l ilá boares. Ådåsmahte bielev ja sáddi vas.
form-error-not-open = Dialåvggå ij dálla vuosstájválde vuojnojt.
form-error-rate-limited = La sáddim moadda vuojno oanes ájgen. Vuorde binnáv ja gæhttjala vas.
form-error-internal = Juoga manáj boasstot mijá bielen, ja vuojnno ij la vuorkkiduvvam. Gæhttjala vas binnáv maŋŋela.
form-error-network = Aktavuohta midjij ittjij doajma. Gehtja jut dujna l aktavuohta næhttaj, ja gæhttjala vas. Duv vuojnno vuorkkiduvvá dåssju akti.
