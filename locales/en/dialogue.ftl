# The list of dialogues and its filters, and the dialogue page.

list-title = Dialogues in { -district }
list-intro = See what the district would like to know more about, and have your say. You don't need an account.
list-filter-heading = Filter the dialogues
list-filter-group = Who it's for
list-filter-place = Area
list-filter-theme = Topic
# intentionally-same
list-filter-status = Status
# The first choice in each filter: no filter.
list-filter-any = All
list-filter-submit = Show dialogues
list-filter-clear = Show all dialogues
# How many dialogues the filters found.
list-count = { $count ->
    [0] No dialogues found.
    [one] One dialogue found.
   *[other] { $count } dialogues found.
}
# Before the list of languages a dialogue's texts exist in (each named in itself).
list-languages = Available in
# A checkbox in the filters: hide dialogues not translated into the page's language.
list-filter-my-language = Only dialogues in my language
list-empty = Try removing one of the filters.
list-open-until = Open until { $date }
list-opens-on = Opens on { $date }
list-closed-on = Closed on { $date }

# Shown on a dialogue page (and its questions) when the text is not in the reader's language.
dialogue-fallback-notice = This dialogue is not available in English yet. The text is shown in Swedish.

dialogue-facts = Key facts
# intentionally-same
dialogue-status = Status
dialogue-target-groups = Who it's for
dialogue-place = Area
dialogue-themes = Topics
dialogue-level = Level of involvement
dialogue-period = When
# $from and $to are dates written with common-date.
# intentionally-same
dialogue-period-value = { $from } – { $to }
dialogue-influence = What you can influence
dialogue-not-influence = What you can't influence
dialogue-decides = Who decides, and when
dialogue-contact = Contact
dialogue-closed-notice = This dialogue has closed, so you can no longer send your views. Thank you to everyone who took part!
dialogue-upcoming-notice = This dialogue opens on { $date }. You can share your views here from then.
dialogue-views-heading = Published views
dialogue-views-count = { $count ->
    [0] No views have been published yet.
    [one] One view has been published.
   *[other] { $count } views have been published.
}
dialogue-views-note = We read every view before it is published. We only publish a view if the person who wrote it has agreed to this.
dialogue-view-anonymous = Anonymous
dialogue-view-general = Other comments
# $date is a date written with common-date.
dialogue-view-sent = Sent on { $date }
dialogue-views-pages = Pages of views
dialogue-views-previous = Previous page
dialogue-views-next = Next page
dialogue-views-page = Page { $page } of { $pages }

# The closed lists a dialogue is described with.
status-upcoming = Coming soon
status-open = Open
status-closed = Closed

target-group-everyone = Everyone
target-group-children = Children
target-group-young-people = Young people
target-group-families = Families with children
target-group-older-people = Older people
target-group-national-minorities = National minorities
target-group-people-with-disabilities = Disabled people

place-whole-district = The whole district
# intentionally-same
place-vallingby-centrum = Vällingby centrum
# intentionally-same
place-hasselby-gard = Hässelby gård
# intentionally-same
place-hasselby-strand = Hässelby strand
# intentionally-same
place-hasselby-villastad = Hässelby villastad
# intentionally-same
place-grimsta = Grimsta
# intentionally-same
place-racksta = Råcksta
# intentionally-same
place-vinsta = Vinsta

theme-parks = Parks and green spaces
theme-safety = Feeling safe
theme-culture-leisure = Culture and leisure
theme-traffic = Traffic
theme-older-meeting-places = Places for older people to meet
theme-youth = Young people
theme-environment = The environment

# intentionally-same
level-information = Information
level-consultation = Consultation
level-dialogue = Dialogue
level-influence = Influence
level-co-decision = Shared decision-making
# One sentence that says what the level means for the resident.
level-information-explained = We tell you what is happening. You can't change the decision.
level-consultation-explained = We ask what you think before the decision is made.
level-dialogue-explained = We talk the issue through with you and others, and what you say is taken into account in the decision.
level-influence-explained = What you and others say shapes the proposal that is decided on.
level-co-decision-explained = You and other residents help to make the decision.
