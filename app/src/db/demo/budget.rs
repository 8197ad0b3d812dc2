//! The demo's citizen budget.

use chrono::NaiveDate;
use sea_orm::{ActiveModelTrait, Set};

use super::{shift, DemoError};
use crate::budgets::proposals::{DECLINED, MERGED};
use crate::budgets::service::ON_BALLOT;
use crate::db::entities::{budget, budget_project, budget_project_text, budget_text};

/// The demo's citizen budget, in its voting phase: 500,000 kronor for the whole district,
/// approval voting with three choices, five projects on the ballot. Staff print voting codes
/// for it on `/sv/staff/budgets/medborgarbudget-2027/codes`.
pub(super) async fn seed<C: sea_orm::ConnectionTrait>(
    db: &C,
    today: NaiveDate,
) -> Result<(), DemoError> {
    let saved = budget::ActiveModel {
        slug: Set("medborgarbudget-2027".into()),
        total_sek: Set(500_000),
        method: Set("approval".into()),
        max_choices: Set(Some(3)),
        rule: Set("greedy".into()),
        area: Set(None),
        ideas_opens: Set(shift(today, -70)),
        ideas_closes: Set(shift(today, -40)),
        voting_opens: Set(shift(today, -5)),
        voting_closes: Set(shift(today, 20)),
        decided_by: Set("Hässelby-Vällingby stadsdelsnämnd".into()),
        diarienummer: Set("HV 2026/1187".into()),
        published: Set(true),
        ballot_key: Set(Some(crate::tokens::random_token())),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    let texts = [
        (
            "sv",
            "Medborgarbudget 2027: 500 000 kronor till era idéer",
            "Ni som bor i Hässelby-Vällingby föreslog 41 idéer. Fem av dem har granskats och står på röstsedeln: rösta på de tre du tycker mest om. Projekten med flest röster genomförs så långt pengarna räcker.",
            "Alla som bor, arbetar eller går i skolan i stadsdelen, från 12 år. Du får en röstkod på biblioteket, i skolan eller på ett möte.",
        ),
        (
            "fi",
            "Asukasbudjetti 2027: 500 000 kruunua teidän ideoillenne",
            "Hässelby-Vällingbyn asukkaat ehdottivat 41 ideaa. Niistä viisi on tarkastettu ja on äänestyslipulla: äänestä kolmea mieluisinta. Eniten ääniä saaneet hankkeet toteutetaan niin pitkälle kuin rahat riittävät.",
            "Kaikki, jotka asuvat, työskentelevät tai käyvät koulua kaupunginosassa, 12 vuotta täyttäneet. Äänestyskoodin saat kirjastosta, koulusta tai tilaisuudesta.",
        ),
        (
            "en",
            "Citizen budget 2027: 500,000 kronor for your ideas",
            "Residents of Hässelby-Vällingby proposed 41 ideas. Five of them have been reviewed and are on the ballot: vote for the three you like most. The projects with the most votes are carried out as far as the money goes.",
            "Everyone who lives, works or goes to school in the district, from the age of 12. You get a voting code at the library, at school or at a meeting.",
        ),
    ];
    for (lang, title, summary, eligibility) in texts {
        budget_text::ActiveModel {
            budget_id: Set(saved.id),
            lang: Set(lang.into()),
            title: Set(title.into()),
            summary: Set(summary.into()),
            eligibility: Set(eligibility.into()),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    #[allow(clippy::type_complexity)]
    let projects: [(i64, Option<&str>, [(&str, &str, &str); 3]); 5] = [
        (180_000, Some("vallingby"), [
            ("sv", "Utegym vid Råcksta träsk", "Ett utegym med redskap för alla åldrar och en ramp för rullstol."),
            ("fi", "Ulkokuntosali Råcksta träskin rannalle", "Ulkokuntosali, jossa on välineitä kaikenikäisille ja luiska pyörätuolille."),
            ("en", "Outdoor gym by Råcksta träsk", "An outdoor gym with equipment for all ages and a wheelchair ramp."),
        ]),
        (120_000, Some("hasselby-strand"), [
            ("sv", "Belysning längs strandpromenaden", "Lampor längs gångvägen vid Mälaren, så att fler vågar gå där på kvällen."),
            ("fi", "Valaistus rantakävelytielle", "Valaisimet Mälarenin rannan kävelytielle, jotta useampi uskaltaa kulkea siellä iltaisin."),
            ("en", "Lighting along the lakeside path", "Lamps along the footpath by Lake Mälaren, so that more people dare to walk there in the evening."),
        ]),
        (90_000, None, [
            ("sv", "Lånecyklar för unga", "Cyklar och hjälmar att låna på fritidsgårdarna, med en verkstadskväll i veckan."),
            ("fi", "Lainapyörät nuorille", "Nuorisotaloilta lainattavia pyöriä ja kypäriä sekä korjausilta kerran viikossa."),
            ("en", "Bikes to borrow for young people", "Bikes and helmets to borrow at the youth centres, with a repair evening every week."),
        ]),
        (150_000, Some("hasselby-gard"), [
            ("sv", "Odlingslotter på Hässelby gårds torg", "Pallkragar och vatten för grannar som vill odla tillsammans."),
            ("fi", "Viljelylaatikot Hässelby gårdin torille", "Lavakauluksia ja vettä naapureille, jotka haluavat viljellä yhdessä."),
            ("en", "Garden plots on Hässelby gård square", "Raised beds and water for neighbours who want to grow things together."),
        ]),
        (60_000, Some("grimsta"), [
            ("sv", "Bänkar och skugga i Grimstaskogen", "Tio bänkar längs stigarna och två skärmtak mot sol och regn."),
            ("fi", "Penkkejä ja varjoa Grimstan metsään", "Kymmenen penkkiä polkujen varsille ja kaksi katosta aurinkoa ja sadetta vastaan."),
            ("en", "Benches and shade in Grimsta forest", "Ten benches along the paths and two shelters from sun and rain."),
        ]),
    ];
    let mut on_ballot = Vec::new();
    for (cost, area, texts) in projects {
        let project = budget_project::ActiveModel {
            budget_id: Set(saved.id),
            status: Set(ON_BALLOT.into()),
            area: Set(area.map(str::to_string)),
            estimate_sek: Set(Some(cost)),
            cost_sek: Set(Some(cost)),
            lang: Set("sv".into()),
            channel: Set("web".into()),
            won: Set(false),
            created_at: Set(chrono::Utc::now()),
            ..Default::default()
        }
        .insert(db)
        .await?;
        on_ballot.push(project.id);
        for (lang, title, description) in texts {
            budget_project_text::ActiveModel {
                project_id: Set(project.id),
                lang: Set(lang.into()),
                title: Set(title.into()),
                description: Set(description.into()),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
    }
    // Two of the proposals kept off the ballot, each with the reason the residents read; one
    // written in Finnish, as its proposer wrote it.
    let reviewed: [(&str, &str, &str, Option<i32>, &str); 2] = [
        (
            "fi",
            "Uimahalli Vällingbyhyn",
            "Vällingbyssä tarvitaan oma uimahalli, jotta lasten ei tarvitse matkustaa uimaan.",
            None,
            "En simhall kostar många gånger mer än hela budgeten och ger driftkostnader varje år. Förslaget är skickat vidare till idrottsförvaltningen.",
        ),
        (
            "sv",
            "Fler lampor vid Hässelby strand",
            "Det är mörkt vid bryggan på kvällarna. Sätt upp fler lampor.",
            Some(on_ballot[1]),
            "Samma plats och samma behov som förslaget om belysning längs strandpromenaden.",
        ),
    ];
    for (lang, title, description, merged_into, reason) in reviewed {
        let project = budget_project::ActiveModel {
            budget_id: Set(saved.id),
            status: Set(if merged_into.is_some() { MERGED } else { DECLINED }.into()),
            area: Set(None),
            estimate_sek: Set(None),
            lang: Set(lang.into()),
            channel: Set("web".into()),
            merged_into: Set(merged_into),
            review_reason: Set(Some(reason.into())),
            won: Set(false),
            created_at: Set(chrono::Utc::now()),
            ..Default::default()
        }
        .insert(db)
        .await?;
        budget_project_text::ActiveModel {
            project_id: Set(project.id),
            lang: Set(lang.into()),
            title: Set(title.into()),
            description: Set(description.into()),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}
