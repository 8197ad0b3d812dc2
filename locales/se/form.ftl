# The form where a resident sends a view, and its error messages.
# "Oaivil" (opinion) is used for "synpunkt" (view) throughout.

form-heading = Muital maid don oaivvildat
form-intro = Vástit unnimusat ovtta gažaldahkii. Buot eará lea eaktodáhtolaš. Ale čále persovdnanummariid, telefonnummariid dahje e-boastačujuhusaid vástádusaide.
form-general = Leago dus juoga eará maid háliidat dadjat?
form-about-you = Du birra (eaktodáhtolaš)
form-about-you-help = Vástádusat veahkehit min oaidnit geat leat beassan dadjat iežaset oaivila. Dat eai goassege čájehuvvo du oaivila oktavuođas.
form-name = Namma mii čájehuvvo oaivila oktavuođas
form-name-help = Guođe guorusin jus háliidat leat namaheapme.
form-age = Ahki
form-gender = Sohkabealli
form-area = Gos don orut dahje dávjá leat
form-not-answered = In háliit vástidit
age-under-13 = Vuollel 13 jagi
age-13-17 = 13–17 jagi
age-18-29 = 18–29 jagi
age-30-49 = 30–49 jagi
age-50-64 = 50–64 jagi
age-65-79 = 65–79 jagi
# Literally "80 years or more".
age-80-plus = 80 jagi dahje eanet
gender-woman-girl = Nisu dahje nieida
gender-man-boy = Dievdu dahje bárdni
gender-another = Eará
gender-prefer-not-to-say = In háliit dadjat

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
home-area-elsewhere = Eará sajis
home-area-prefer-not-to-say = In háliit dadjat
form-lang = Giella mainna čálát
form-consent = Oaivila oažžu almmuhit dán siiddus
form-consent-help = Mii almmuhit dušše oaiviliid mat čuvvot min njuolggadusaid. Buot oaivilat leat almmolaš áššebáhpárat, ja gávpotoassi lohká daid, vaikko dat eai almmuhuvvo.
# A field that people never see; robots fill it in. Read out only if styles fail to load.
form-honeypot = Guođe dán gietti guorusin
form-submit = Sádde oaivila
form-sending = Sáddemin…
form-sent-heading = Giitu! Du oaivil lea joavdan min lusa.
# $reference is the view's reference number.
form-sent-reference = Referánsanummar: { $reference }
# "Duođaštus" = confirmation (the receipt page).
form-sent-receipt-link = Čájet duođaštusa

form-error-summary = Oaivil ii sáddejuvvon. Divo dan mii lea merkejuvvon:
form-error-empty = Čále juoga unnimusat ovtta vástádussii.
# $max is the greatest number of characters the field takes.
form-error-too-long = Teaksta lea menddo guhkki. Das sáhttá leat eanemusat { $max } mearkka.
form-error-not-a-choice = Vállje ovtta molssaeavttu listtus.
# The quoted text must match form-honeypot.
form-error-honeypot = Gieddi ”Guođe dán gietti guorusin” galgá leat guoros.
form-error-missing-key = Skovvi lea menddo boaris. Ođasmahte siiddu ja sádde ođđasit.
form-error-not-open = Dialoga ii váldde vuostá oaiviliid dál.
form-error-rate-limited = Don leat sádden máŋga oaivila oanehis áiggi siste. Vuordde veaháš ja geahččal ođđasit.
form-error-internal = Juoga manai boastut min bealde, ja oaivil ii vurkejuvvon. Geahččal ođđasit veaháš maŋŋil.
form-error-network = Oktavuohta min vuogádahkii ii lihkostuvvan. Dárkkis interneahttaoktavuođa ja geahččal ođđasit. Du oaivil vurkejuvvo dušše oktii.
