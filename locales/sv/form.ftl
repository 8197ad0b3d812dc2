# The form where a resident sends a view, and its error messages.

form-heading = Säg vad du tycker
form-intro = Svara på en eller flera frågor. Allt annat är frivilligt. Skriv inte personnummer, telefonnummer eller e-postadresser i svaren.
form-general = Något annat du vill säga?
form-about-you = Om dig (frivilligt)
form-about-you-help = Svaren hjälper oss att se vilka som har fått säga sitt. De visas aldrig tillsammans med din synpunkt.
form-name = Namn som visas med synpunkten
form-name-help = Lämna tomt för att vara anonym.
form-age = Ålder
form-gender = Kön
form-area = Var du bor eller vistas
form-not-answered = Vill inte svara
age-under-13 = Under 13 år
age-13-17 = 13–17 år
age-18-29 = 18–29 år
age-30-49 = 30–49 år
age-50-64 = 50–64 år
age-65-79 = 65–79 år
age-80-plus = 80 år eller äldre
gender-woman-girl = Kvinna eller tjej
gender-man-boy = Man eller kille
gender-another = Annat
gender-prefer-not-to-say = Vill inte säga

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
home-area-elsewhere = Någon annanstans
home-area-prefer-not-to-say = Vill inte säga
form-lang = Språket du skriver på
form-consent = Synpunkten får publiceras på den här sidan
form-consent-help = Vi publicerar bara synpunkter som följer våra regler. Alla synpunkter är allmänna handlingar och läses av stadsdelen även om de inte publiceras.
# A field that people never see; robots fill it in. Read out only if styles fail to load.
form-honeypot = Lämna det här fältet tomt
form-submit = Skicka synpunkt
form-sending = Skickar…
form-sent-heading = Tack! Din synpunkt har kommit fram.
# $reference is the view's reference number.
form-sent-reference = Referensnummer: { $reference }
form-sent-receipt-link = Visa kvittot

form-error-summary = Synpunkten skickades inte. Rätta det som är markerat:
form-error-empty = Skriv något i minst ett svar.
# $max is the greatest number of characters the field takes.
form-error-too-long = Texten är för lång. Det får vara högst { $max } tecken.
form-error-not-a-choice = Välj ett av alternativen i listan.
form-error-honeypot = Fältet ”Lämna det här fältet tomt” ska vara tomt.
form-error-missing-key = Formuläret är för gammalt. Ladda om sidan och skicka igen.
form-error-not-open = Dialogen tar inte emot synpunkter just nu.
form-error-rate-limited = Du har skickat många synpunkter på kort tid. Vänta en stund och försök igen.
form-error-internal = Något gick fel hos oss och synpunkten sparades inte. Försök igen om en stund.
form-error-network = Vi kunde inte nå servern. Kontrollera anslutningen och försök igen. Din synpunkt sparas bara en gång.
