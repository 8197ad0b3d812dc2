# The form where a resident sends a view, and its error messages.

form-heading = Sano mitä sie tykkäät
form-intro = Vastaa ainaki yhtheen kysymyksheen. Kaikki muu oon vapaehtosta. Älä kirjota henkilönumeroita, telefooninumeroita eli e-postiosotheita vastauksiin.
form-general = Onko sulla jotaki muuta sanottavaa?
form-about-you = Tietoa sinusta (vapaehtosta)
form-about-you-help = Vastaukset auttava meitä näkemhään kuka kaikki oon saanu sanoa sanottavansa. Niitä ei koskhaan näytetä yhessä sinun mielipitheen kans.
form-name = Nimi joka näkyy mielipitheen kans
form-name-help = Jätä tyhjäksi jos sie halvaat olla anonyymi.
form-age = Ikä
form-gender = Sukupuoli
form-area = Missä sie asut eli olet usein
form-not-answered = En halva vastata
age-under-13 = Alle 13 vuotta
age-13-17 = 13–17 vuotta
age-18-29 = 18–29 vuotta
age-30-49 = 30–49 vuotta
age-50-64 = 50–64 vuotta
age-65-79 = 65–79 vuotta
age-80-plus = 80 vuotta eli vanhempi
gender-woman-girl = Nainen eli tyttö
gender-man-boy = Mies eli poika
gender-another = Muu
gender-prefer-not-to-say = En halva sanoa

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
home-area-prefer-not-to-say = En halva sanoa
form-lang = Kieli jolla sie kirjotat
form-consent = Mielipitheen saa julkasta tällä sivula
form-consent-help = Vain net mielipitheet julkasthaan jokka seuraava meän sääntöjä. Kaikki mielipitheet oon julkisia asiakirjoja, ja kaupunkiosa lukkee net vaikka niitä ei julkasta.
# A field that people never see; robots fill it in. Read out only if styles fail to load.
form-honeypot = Jätä tämä kenttä tyhjäksi
form-submit = Lähätä mielipie
form-sending = Lähätethään…
form-sent-heading = Kiitos! Sinun mielipie oon tullu perile.
# $reference is the view's reference number.
form-sent-reference = Referensinumero: { $reference }
form-sent-receipt-link = Näytä kuitti

form-error-summary = Mielipiettä ei lähätetty. Korjaa se mikä oon merkitty:
form-error-empty = Kirjota jotaki ainaki yhtheen vastauksheen.
# $max is the greatest number of characters the field takes.
form-error-too-long = Teksti oon liian pitkä. Siinä saa olla korkeinthaan { $max } merkkiä.
form-error-not-a-choice = Valitte yks vaihtoehto listasta.
# Quotes the label of form-honeypot; keep the two texts identical.
form-error-honeypot = Kentän ”Jätä tämä kenttä tyhjäksi” pittää olla tyhjä.
form-error-missing-key = Planketti oon liian vanha. Päivitä sivu ja lähätä sitte uuesti.
form-error-not-open = Dialoogi ei ota vastaan mielipitheitä tällä hetkelä.
form-error-rate-limited = Sie olet lähättäny monta mielipiettä lyhyessä aijassa. Oota hetki ja yritä uuesti.
form-error-internal = Meilä meni jotaki väärin, ja mielipiettä ei säilytetty. Yritä uuesti hetken päästä.
form-error-network = Met emmä saanheet yhtheyttä serverhiin. Tarkasta yhtheys ja yritä uuesti. Sinun mielipie säilytethään vain yhen kerran.
