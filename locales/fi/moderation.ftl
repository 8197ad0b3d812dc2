# Status: machine-drafted, not yet reviewed by a native speaker.
# Moderation beyond approve and reject: residents' reports of published views, redacting part
# of a text, views that need translating, and views received on paper, by phone or at a meeting.
# Finnish: "anmäla/anmälan" is "ilmoittaa/ilmoitus", "maska" (redact) "peittää",
# "registrera" (a view received another way) "kirjata"; other terms as in staff.ftl.

# On the public dialogue page, under each published view: a small form to report it.
report-summary = Ilmoita tästä mielipiteestä
report-intro = Rikkooko mielipide vuoropuhelun sääntöjä? Silloin moderaattori lukee sen uudelleen.
report-reason = Miksi ilmoitat siitä?
report-submit = Lähetä ilmoitus
report-thanks-title = Kiitos ilmoituksestasi
report-thanks = Moderaattori lukee mielipiteen uudelleen. Siihen asti se pysyy näkyvissä.
report-back = Takaisin vuoropuheluun
report-error-rate = Olet lähettänyt monta ilmoitusta lyhyessä ajassa. Odota hetki ja yritä uudelleen.
report-error-gone = Mielipide ei ole enää julkaistujen joukossa.
# Shown to the public where a moderator has removed part of a view.
redacted-marker = [moderaattorin poistama]

# The moderation queue: reported views.
# $count is the number of published views that residents have reported.
staff-reported-count = { $count ->
    [0] Ilmoitettuja mielipiteitä ei ole.
    [one] Yksi ilmoitettu mielipide.
   *[other] { $count } ilmoitettua mielipidettä.
}
# Label before the reason a resident chose when reporting.
staff-reported-as = Ilmoituksen syy
staff-report-dismiss = Pidä julkaistuna (hylkää ilmoitus)
staff-done-dismissed = Ilmoitus on hylätty. Mielipide pysyy julkaistuna.
staff-filter-reason = Syy
staff-filter-reason-hint = Jos valitset henkilötiedot, näytetään myös tarkastusta odottavat mielipiteet, joissa voi olla henkilötietoja.

# Redacting a part of a view's text.
staff-redact = Peitä osa tekstistä
staff-redact-passage = Peitettävä teksti (kopioi täsmälleen se osa, joka poistetaan)
staff-redact-reason = Peittämisen syy
staff-done-redacted = Osa on peitetty yleisöltä. Alkuperäinen teksti säilyy arkistossa.
staff-error-passage = Tätä tekstiä ei ole mielipiteessä. Kopioi täsmälleen se osa, joka poistetaan.
staff-view-public-version = Näin teksti näytetään yleisölle:

# Views in a language the moderator may not read.
staff-needs-translation = Käännettävä
staff-mark-translation = Merkitse käännettäväksi
staff-done-translation = Mielipide on merkitty: se on käännettävä ennen kuin se tarkastetaan.

# Views received on paper, by phone or at a meeting.
staff-view-channel = Kanava
channel-web = Verkko
channel-paper = Paperi
channel-phone = Puhelin
channel-meeting = Tilaisuus
staff-nav-enter = Kirjaa mielipide
enter-title = Kirjaa paperilla, puhelimessa tai tilaisuudessa saatu mielipide
enter-intro = Kirjoita mielipide sellaisena kuin se annettiin. Se tarkastetaan samalla tavalla kuin verkossa lähetetyt mielipiteet.
enter-choose-submit = Jatka
enter-channel = Miten mielipide saatiin?
enter-submit = Kirjaa mielipide
# $reference is the new view's reference number.
enter-done = Mielipide on kirjattu viitenumerolla { $reference }.
enter-error-closed = Vuoropuhelu ei ota vastaan mielipiteitä juuri nyt.

audit-action-redact = Peitti osan mielipiteestä
audit-action-report = Asukas ilmoitti mielipiteestä
audit-action-report-dismiss = Hylkäsi ilmoituksen
audit-action-needs-translation = Merkitsi käännettäväksi
audit-action-view-enter = Kirjasi muuta kautta saadun mielipiteen

## The moderator's desk
# Machine draft, not reviewed by a native speaker.
# Finnish: "kö" (the moderation queue) is "jono"; "markera" (check a box) "valita", as in
# staff-bulk-select; other terms as in staff.ftl and above.

staff-filter-heading = Rajaa jonoa
staff-filter-submit = Näytä
staff-filter-translation = Vain käännettävät mielipiteet
staff-queue-pages = Jonon sivut
# Followed by the list of reasons: literally "Reject the selected with the reason".
staff-bulk-reject = Hylkää valitut syyllä
# $reference: the view's reference number, so that each checkbox has its own name.
staff-bulk-select-one = Valitse { $reference }
staff-done-rejected-many = { $count ->
    [0] Yhtään mielipidettä ei ollut valittu.
    [one] Yksi mielipide hylättiin.
   *[other] { $count } mielipidettä hylättiin.
}
staff-more = Lisää valintoja
# What a highlighted passage looks like; shown in brackets before it, so that colour is not the only sign.
staff-personal-identity-number = Henkilötunnus
staff-personal-phone = Puhelinnumero
staff-personal-email = Sähköpostiosoite
# A button that redacts one passage. $kind: what it looks like (Puhelinnumero); $passage: the text.
# The imperative takes a nominative object, so $kind needs no case ending.
staff-redact-this = Peitä { $kind }: { $passage }
# The staff bar: how many views wait, each a link to the queue.
staff-counts-label = Jono nyt
staff-count-pending = { $count ->
    [0] Ei odottavia
    [one] Yksi odottaa
   *[other] { $count } odottaa
}
staff-count-reported = { $count ->
    [0] Ei ilmoitettuja
    [one] Yksi ilmoitettu
   *[other] { $count } ilmoitettua
}
staff-count-translation = { $count ->
    [0] Ei käännettäviä
    [one] Yksi käännettävä
   *[other] { $count } käännettävää
}
staff-decided-by = Päätöksen teki { $who }: { $action }, { $when }.

## The desk with JavaScript: one key per action, and the name redacted in one action
# Machine draft, not reviewed by a native speaker.
# Finnish: "kortkommando" is "pikanäppäin", "tangent" "näppäin", "knapp" "painike" (as in mail.ftl);
# "markerad" (a highlighted passage, not a checked box) is "merkitty", as in form-error-summary.

# A button that redacts the name a view was sent with. $name: the name.
staff-redact-name = Peitä nimi: { $name }
# Beside a name a moderator has redacted.
staff-name-redacted = peitetty, ei näytetä yleisölle
staff-keys-heading = Pikanäppäimet
staff-keys-intro = Näppäimet toimivat vain, kun kohdistus on jonossa, eivätkä silloin, kun kirjoitat kenttään. Niitä ei tarvita mihinkään: kaikki painikkeet ovat edelleen käytössä.
staff-keys-toggle = Käytä pikanäppäimiä
# Each follows a key shown before it (J, K, A, R, M).
staff-keys-next = seuraava mielipide
staff-keys-previous = edellinen mielipide
staff-keys-approve = hyväksy mielipide
staff-keys-reject = hylkää mielipiteen kohdalla valitulla syyllä
staff-keys-redact = peitä ensimmäinen merkitty kohta
# Read aloud when a key moves to a view. $position and $total: numbers; $reference: the view's reference.
# Literally "View N, in all M: ...", so that it reads well aloud.
staff-keys-at = Mielipide { $position }, yhteensä { $total }: { $reference }
staff-keys-end = Tällä sivulla ei ole enempää mielipiteitä.
staff-keys-nothing = Tässä mielipiteessä ei ole merkittyä peitettävää.
staff-desk-failed = Tallentaminen ei onnistunut tässä. Sivu ladataan uudelleen.
