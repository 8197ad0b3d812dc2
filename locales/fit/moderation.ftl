# Status: machine-drafted, not yet reviewed by a native speaker.
# Moderation beyond approve and reject: residents' reports of published views, redacting part
# of a text, views that need translating, and views received on paper, by phone or at a meeting.
# Meänkieli: "anmäla/anmälan" is "ilmottaa/ilmotus", "maska" (redact) "peittää",
# "registrera" (a view received another way) "kirjata"; other terms as in staff.ftl.

# On the public dialogue page, under each published view: a small form to report it.
report-summary = Ilmota tästä mielipitheestä
report-intro = Rikkooko mielipie dialoogin sääntöjä? Sillon moderaattori lukkee sen uuesti.
report-reason = Miksi sie ilmotat siitä?
report-submit = Lähätä ilmotus
report-thanks-title = Kiitos sinun ilmotuksesta
report-thanks = Moderaattori lukkee mielipitheen uuesti. Siihen asti se jääpi sivule.
report-back = Takasin dialoogiin
report-error-rate = Sie olet lähättäny monta ilmotusta lyhyessä aijassa. Oota hetki ja yritä uuesti.
report-error-gone = Mielipie ei ole enämpi julkastujen joukossa.
# Shown to the public where a moderator has removed part of a view.
redacted-marker = [moderaattori oon ottanu pois]

# The moderation queue: reported views.
# $count is the number of published views that residents have reported.
staff-reported-count = { $count ->
    [0] Ei ole ilmotettuja mielipitheitä.
    [one] Yks ilmotettu mielipie.
   *[other] { $count } ilmotettua mielipiettä.
}
# Label before the reason a resident chose when reporting.
staff-reported-as = Ilmotuksen syy
staff-report-dismiss = Anna olla julkastuna (hylkää ilmotus)
staff-done-dismissed = Ilmotus oon hylätty. Mielipie oon vieläki julkastu.
staff-filter-reason = Syy
staff-filter-reason-hint = Jos sie valittet henkilötiedot, näytethään myös mielipitheet jokka oottava tarkastusta ja jokka saattava sisältää niitä.

# Redacting a part of a view's text.
staff-redact = Peitä osa tekstistä
staff-redact-passage = Teksti joka peitethään (kopeeraa justhiin se osa joka otethaan pois)
staff-redact-reason = Syy peittämisheen
staff-done-redacted = Osa oon peitetty yleisöltä. Alkuperäinen teksti jääpi arkiivhiin.
staff-error-passage = Sitä tekstiä ei ole mielipitheessä. Kopeeraa justhiin se osa joka otethaan pois.
staff-view-public-version = Näin teksti näkyy yleisöle:

# Views in a language the moderator may not read.
staff-needs-translation = Pittää kääntää
staff-mark-translation = Merkitte: pittää kääntää
staff-done-translation = Mielipie oon merkitty: se pittää kääntää ennen ko se tarkastethaan.

# Views received on paper, by phone or at a meeting.
staff-view-channel = Kanava
channel-web = Webbi
channel-paper = Paperi
channel-phone = Telefooni
channel-meeting = Kokous
staff-nav-enter = Kirjaa mielipie
enter-title = Kirjaa mielipie joka tuli paperila, telefoonila eli kokouksessa
enter-intro = Kirjota mielipie niin ko se annethiin. Se tarkastethaan samala laila ko mielipitheet jokka oon tulheet webbistä.
enter-choose-submit = Jatka
enter-channel = Kunka mielipie tuli?
enter-submit = Kirjaa mielipie
# $reference is the new view's reference number.
enter-done = Mielipie oon kirjattu referensinumerola { $reference }.
enter-error-closed = Dialoogi ei ota vastaan mielipitheitä tällä hetkelä.

audit-action-redact = Peitti osan mielipitheestä
audit-action-report = Asukas ilmotti mielipitheestä
audit-action-report-dismiss = Hylkäsi ilmotuksen
audit-action-needs-translation = Merkitti käännettäväksi
audit-action-view-enter = Kirjasi mielipitheen joka tuli toista kautta

## The moderator's desk
# Machine draft, not reviewed by a native speaker.
# Meänkieli: "kö" (the moderation queue) is "jono" here (a reviewer may prefer "köö");
# "filtrera" is "filtreerata", as in list-filter-heading; "markera" (check a box) "valita",
# as in staff-bulk-select; other terms as in staff.ftl and above.

staff-filter-heading = Filtreeraa jono
staff-filter-submit = Näytä
staff-filter-translation = Vain mielipitheet jokka pittää kääntää
staff-queue-pages = Jonon sivut
# Followed by the list of reasons: literally "Reject the selected with this reason".
staff-bulk-reject = Hylkää valitut tällä syylä
# $reference: the view's reference number, so that each checkbox has its own name.
staff-bulk-select-one = Valitse { $reference }
staff-done-rejected-many = { $count ->
    [0] Yhtään mielipiettä ei olt valittu.
    [one] Yks mielipie hylättiin.
   *[other] { $count } mielipiettä hylättiin.
}
staff-more = Lisää valintoja
# What a highlighted passage looks like; shown in brackets before it, so that colour is not the only sign.
staff-personal-identity-number = Henkilönumero
staff-personal-phone = Telefooninumero
staff-personal-email = E-postiosote
# A button that redacts one passage. $kind: what it looks like (Telefooninumero); $passage: the text.
# The imperative takes a nominative object, so $kind needs no case ending.
staff-redact-this = Peitä { $kind }: { $passage }
# The staff bar: how many views wait, each a link to the queue.
staff-counts-label = Jono nyt
staff-count-pending = { $count ->
    [0] Ei yhtään oota
    [one] Yks oottaa
   *[other] { $count } oottaa
}
staff-count-reported = { $count ->
    [0] Ei yhtään ilmotettua
    [one] Yks ilmotettu
   *[other] { $count } ilmotettua
}
# Literally "None to translate / One must be translated / N must be translated".
staff-count-translation = { $count ->
    [0] Ei yhtään käännettävää
    [one] Yks pittää kääntää
   *[other] { $count } pittää kääntää
}
staff-decided-by = Päätöksen teki { $who }: { $action }, { $when }.

## The desk with JavaScript: one key per action, and the name redacted in one action
# Machine draft, not reviewed by a native speaker.
# Meänkieli: "kortkommando" is "pikanäppäin", "tangent" "näppäin", "knapp" "knappi" (as in mail.ftl);
# "markerad" (a highlighted passage, not a checked box) is "merkitty", as in form-error-summary;
# "ladda om sidan" is "päivittää sivu", as in staff-error-csrf.

# A button that redacts the name a view was sent with. $name: the name.
staff-redact-name = Peitä nimi: { $name }
# Beside a name a moderator has redacted.
staff-name-redacted = peitetty, ei näy yleisöle
staff-keys-heading = Pikanäppäimet
staff-keys-intro = Näppäimet toimiva vain ko fokus oon jonossa, eikä ko sie kirjotat kenthään. Niitä ei tarvita: kaikki knapit jäävä paikoilheen.
staff-keys-toggle = Käytä pikanäppäimiä
# Each follows a key shown before it (J, K, A, R, M).
staff-keys-next = seuraava mielipie
staff-keys-previous = eelinen mielipie
staff-keys-approve = hyväksy mielipie
staff-keys-reject = hylkää syylä joka oon valittu mielipitheessä
staff-keys-redact = peitä ensimmäinen merkitty kohta
# Read aloud when a key moves to a view. $position and $total: numbers; $reference: the view's reference.
# Literally "View N, in all M: ...", so that it reads well aloud.
staff-keys-at = Mielipie { $position }, kaikkiaan { $total }: { $reference }
staff-keys-end = Tällä sivula ei ole enämpi mielipitheitä.
staff-keys-nothing = Tässä mielipitheessä ei ole mithään merkittyä peitettävää.
staff-desk-failed = Tätä ei saatu säästettyä täälä. Sivu päivitethään.
