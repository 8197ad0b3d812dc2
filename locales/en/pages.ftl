# The receipt after a view has been sent, and the accessibility statement.

receipt-title = Thank you for sharing your view!
receipt-reference = Your reference number
receipt-reference-help = Keep this number in case you want to ask about your view later.
# The language the view was written in, named in this language and case.
receipt-written-in = Written in { $lang ->
        [sv] Swedish
        [fi] Finnish
        [fit] Meänkieli
        [se] North Sami
        [smj] Lule Sami
        [sma] South Sami
       *[en] English
    }
receipt-dialogue = Dialogue
# $date is a date written with common-date.
receipt-received = Received on { $date }
receipt-next-heading = What happens next?
receipt-next-moderation = We read every view before it is published. This usually takes a few working days.
receipt-next-published = If you agreed to it and your view follows our rules, it will appear on the dialogue's page.
receipt-next-private = You chose not to have your view published. The district will still read it, and it will be included in the summary.
receipt-next-feedback = Once the dialogue has closed, we'll pull together what people told us. On the dialogue's page we'll explain what we heard and what was decided.
receipt-public-record = Your view is a public record. It will be kept, and may be shared if someone asks to see it.
receipt-back = Back to the dialogue

a11y-title = Accessibility statement
a11y-intro = { -district } District Administration runs this website. We want everyone to be able to use it, whatever their needs. This statement explains how the website meets the Swedish Act on Accessibility to Digital Public Services, what problems we know about and how you can report a problem.
a11y-standard-heading = How accessible is this website?
a11y-standard-text = The website should meet level AA of WCAG 2.1, as required by the EN 301 549 standard. We test every page automatically with the axe tool, using a keyboard, without JavaScript and at mobile screen size.
a11y-gaps-heading = Known problems
a11y-gaps-translations = The texts in Finnish, Meänkieli and Sami have not yet been checked by native speakers.
a11y-gaps-manual = The website has not yet been checked manually with a screen reader by an external reviewer.
a11y-report-heading = Report a problem
a11y-report-text = If something on the website doesn't work for you, please tell us and we'll put it right. Let us know which page it was on and what happened.
a11y-contact-heading = Contact
a11y-contact-text = Email: hasselby-vallingby@stockholm.se. Phone: 08-508 00 508 (weekdays, 8am to 4pm).
a11y-enforcement-heading = Enforcement
a11y-enforcement-text = The Agency for Digital Government (Digg) is responsible for enforcing the law. If you are not happy with how we deal with your feedback, you can complain to Digg.
a11y-updated = This statement was last updated on { $date }.
