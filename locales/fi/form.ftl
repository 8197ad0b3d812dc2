# The form where a resident sends a view, and its error messages.

form-heading = Kerro mielipiteesi
form-intro = Vastaa yhteen tai useampaan kysymykseen. Kaikki muu on vapaaehtoista. Älä kirjoita vastauksiin henkilötunnusta, puhelinnumeroa tai sähköpostiosoitetta.
form-general = Haluatko sanoa jotain muuta?
form-about-you = Tietoja sinusta (vapaaehtoinen)
form-about-you-help = Vastausten avulla näemme, ketkä ovat saaneet kertoa mielipiteensä. Niitä ei koskaan näytetä mielipiteesi yhteydessä.
form-name = Nimi, joka näytetään mielipiteen yhteydessä
form-name-help = Jätä tyhjäksi, jos haluat pysyä nimettömänä.
form-age = Ikä
form-gender = Sukupuoli
form-area = Missä asut tai vietät aikaa
form-not-answered = En halua vastata
age-under-13 = Alle 13 vuotta
age-13-17 = 13–17 vuotta
age-18-29 = 18–29 vuotta
age-30-49 = 30–49 vuotta
age-50-64 = 50–64 vuotta
age-65-79 = 65–79 vuotta
age-80-plus = 80 vuotta tai vanhempi
gender-woman-girl = Nainen tai tyttö
gender-man-boy = Mies tai poika
gender-another = Muu
gender-prefer-not-to-say = En halua kertoa

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
home-area-elsewhere = Muualla
home-area-prefer-not-to-say = En halua kertoa
form-lang = Kieli, jolla kirjoitat
form-consent = Mielipiteeni saa julkaista tällä sivulla
# Finnish: "allmän handling" is translated "yleinen asiakirja", as Swedish authorities do in Finnish.
form-consent-help = Julkaisemme vain mielipiteet, jotka noudattavat sääntöjämme. Kaikki mielipiteet ovat yleisiä asiakirjoja, ja kaupunginosahallinto lukee ne, vaikka niitä ei julkaistaisi.
# A field that people never see; robots fill it in. Read out only if styles fail to load.
form-honeypot = Jätä tämä kenttä tyhjäksi
form-submit = Lähetä mielipide
form-sending = Lähetetään…
form-sent-heading = Kiitos! Mielipiteesi on vastaanotettu.
# $reference is the view's reference number.
form-sent-reference = Viitenumero: { $reference }
form-sent-receipt-link = Näytä kuitti

form-error-summary = Mielipidettä ei lähetetty. Korjaa merkityt kohdat:
form-error-empty = Kirjoita jotain vähintään yhteen vastaukseen.
# $max is the greatest number of characters the field takes.
form-error-too-long = Teksti on liian pitkä. Siinä saa olla enintään { $max } merkkiä.
form-error-not-a-choice = Valitse jokin luettelon vaihtoehdoista.
# The quoted field name must match form-honeypot.
form-error-honeypot = Kentän ”Jätä tämä kenttä tyhjäksi” pitää olla tyhjä.
form-error-missing-key = Lomake on liian vanha. Lataa sivu uudelleen ja lähetä uudestaan.
form-error-not-open = Vuoropuhelu ei ota vastaan mielipiteitä juuri nyt.
form-error-rate-limited = Olet lähettänyt monta mielipidettä lyhyessä ajassa. Odota hetki ja yritä uudelleen.
form-error-internal = Meillä meni jokin vikaan, eikä mielipidettäsi tallennettu. Yritä uudelleen hetken kuluttua.
form-error-network = Emme saaneet yhteyttä palvelimeen. Tarkista verkkoyhteys ja yritä uudelleen. Mielipiteesi tallennetaan vain kerran.
