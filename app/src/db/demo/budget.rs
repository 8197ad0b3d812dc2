//! The demo's citizen budgets: this year's in its voting phase, last year's with its certified
//! result.

use chrono::NaiveDate;
use sea_orm::{ActiveModelTrait, ConnectionTrait, Set};

use super::{shift, DemoError};
use crate::budgets::proposals::{DECLINED, MERGED};
use crate::budgets::service::ON_BALLOT;
use crate::db::entities::{
    budget, budget_ballot, budget_ballot_line, budget_credential, budget_project,
    budget_project_text, budget_text,
};

/// The demo's citizen budget, in its voting phase: 500,000 kronor for the whole district,
/// approval voting with three choices, five projects on the ballot. Staff print voting codes
/// for it on `/sv/staff/budgets/medborgarbudget-2027/codes`.
pub(super) async fn seed<C: ConnectionTrait>(db: &C, today: NaiveDate) -> Result<(), DemoError> {
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
        // Residents may also ask for a code by e-mail (the demo's mail goes to the outbox).
        email_codes: Set(true),
        // The children's ballot, in easy Swedish (lättläst).
        easy_title: Set(Some("Vad ska vi göra med 500 000 kronor?".into())),
        easy_summary: Set(Some(
            "Stadsdelen har 500 000 kronor. De ska användas till något som gör det bättre att bo här. Du får välja de förslag du tycker bäst om. De förslag som får flest röster blir av."
                .into(),
        )),
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
    let easy = [
        ("Ett gym utomhus", "Ett gym ute vid Råcksta träsk. Alla kan träna där, också den som har rullstol."),
        ("Lampor vid vattnet", "Lampor längs vägen vid vattnet. Då blir det ljust och tryggt att gå där på kvällen."),
        ("Cyklar att låna", "Unga kan låna en cykel och en hjälm på fritidsgården. En kväll i veckan kan man laga sin cykel."),
        ("Odla tillsammans", "Lådor att odla blommor och grönsaker i, på torget i Hässelby gård."),
        ("Bänkar i skogen", "Tio bänkar att vila på i Grimstaskogen. Och två tak att stå under när det regnar."),
    ];
    let mut on_ballot = Vec::new();
    for ((cost, area, texts), (easy_title, easy_text)) in projects.into_iter().zip(easy) {
        let id = project(db, saved.id, cost, area, &texts).await?;
        budget_project::ActiveModel {
            id: Set(id),
            easy_title: Set(Some(easy_title.into())),
            easy_description: Set(Some(easy_text.into())),
            ..Default::default()
        }
        .update(db)
        .await?;
        on_ballot.push(id);
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
            status: Set(if merged_into.is_some() {
                MERGED
            } else {
                DECLINED
            }
            .into()),
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

/// Last year's budget, counted and certified: 300,000 kronor, two choices, four projects and
/// 180 ballots (some on paper, some from children), so that the result, the figures and the
/// follow-up page have something to show. Its ballots are made up by a fixed pattern.
pub(super) async fn seed_result<C: ConnectionTrait>(
    db: &C,
    today: NaiveDate,
) -> Result<(), DemoError> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let saved = budget::ActiveModel {
        slug: Set("medborgarbudget-2026".into()),
        total_sek: Set(300_000),
        method: Set("approval".into()),
        max_choices: Set(Some(2)),
        rule: Set("greedy".into()),
        area: Set(None),
        ideas_opens: Set(shift(today, -420)),
        ideas_closes: Set(shift(today, -390)),
        voting_opens: Set(shift(today, -340)),
        voting_closes: Set(shift(today, -320)),
        decided_by: Set("Hässelby-Vällingby stadsdelsnämnd".into()),
        diarienummer: Set("HV 2025/904".into()),
        published: Set(true),
        ballot_key: Set(None),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    let texts = [
        ("sv", "Medborgarbudget 2026: resultatet", "Förra året röstade ni om 300 000 kronor. Här är resultatet och hur arbetet med de vinnande projekten går."),
        ("fi", "Asukasbudjetti 2026: tulos", "Viime vuonna äänestitte 300 000 kruunusta. Tässä on tulos ja tieto siitä, miten voittaneiden hankkeiden työ etenee."),
        ("en", "Citizen budget 2026: the result", "Last year you voted on 300,000 kronor. Here is the result and how work on the winning projects is going."),
    ];
    for (lang, title, summary) in texts {
        budget_text::ActiveModel {
            budget_id: Set(saved.id),
            lang: Set(lang.into()),
            title: Set(title.into()),
            summary: Set(summary.into()),
            eligibility: Set(match lang {
                "fi" => "Kaikki kaupunginosassa asuvat, työskentelevät tai koulua käyvät, 12 vuotta täyttäneet.",
                "en" => "Everyone who lived, worked or went to school in the district, from the age of 12.",
                _ => "Alla som bodde, arbetade eller gick i skolan i stadsdelen, från 12 år.",
            }
            .into()),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    // Each project: its cost, then (language, title, description) per language.
    type Texts<'a> = [(&'a str, &'a str, &'a str); 3];
    let projects: [(i64, Texts); 4] = [
        (140_000, [
            ("sv", "Lekplats i Vällingby centrum", "Nya gungor och en klätterställning som fungerar för barn med rullstol."),
            ("fi", "Leikkipaikka Vällingbyn keskustaan", "Uudet keinut ja kiipeilyteline, joka sopii myös pyörätuolia käyttäville lapsille."),
            ("en", "Playground in Vällingby centre", "New swings and a climbing frame that works for children in wheelchairs."),
        ]),
        (100_000, [
            ("sv", "Läxhjälp på biblioteket", "Läxhjälp fyra kvällar i veckan på Hässelby och Vällingby bibliotek."),
            ("fi", "Läksyapu kirjastossa", "Läksyapua neljänä iltana viikossa Hässelbyn ja Vällingbyn kirjastoissa."),
            ("en", "Homework help at the library", "Homework help four evenings a week at the Hässelby and Vällingby libraries."),
        ]),
        (80_000, [
            ("sv", "Konstgräs på Grimsta bollplan", "Ett nytt underlag så att planen går att använda hela året."),
            ("fi", "Tekonurmi Grimstan pallokentälle", "Uusi alusta, jotta kenttää voi käyttää ympäri vuoden."),
            ("en", "Artificial grass on Grimsta pitch", "A new surface so that the pitch can be used all year."),
        ]),
        (60_000, [
            ("sv", "Fågelholkar och insektshotell", "Holkar och insektshotell i parkerna, byggda tillsammans med skolorna."),
            ("fi", "Linnunpönttöjä ja hyönteishotelleja", "Pönttöjä ja hyönteishotelleja puistoihin, rakennettu yhdessä koulujen kanssa."),
            ("en", "Bird boxes and insect hotels", "Boxes and insect hotels in the parks, built together with the schools."),
        ]),
    ];
    let mut ids = Vec::new();
    for (cost, texts) in projects {
        ids.push(project(db, saved.id, cost, None, &texts).await?);
    }
    let ages = crate::domain::AgeGroup::ALL;
    for i in 0..180_usize {
        // A fixed pattern: the playground and homework help lead, every fifth ballot is on
        // paper, every ninth voter did not give an age.
        let chosen = match i % 6 {
            0 | 3 => vec![ids[0], ids[1]],
            1 => vec![ids[0]],
            2 => vec![ids[1], ids[2]],
            4 => vec![ids[2], ids[3]],
            _ => vec![ids[0], ids[3]],
        };
        // Each voter's credential: a printed code, or (every seventh) a code by e-mail, or
        // (every eleventh) a code of a class session.
        let kind = match i {
            _ if i % 7 == 0 => "email",
            _ if i % 11 == 3 => "class",
            _ => "printed",
        };
        let channel = if i % 5 == 0 { "paper" } else { "web" };
        let credential = budget_credential::ActiveModel {
            budget_id: Set(saved.id),
            code_hash: Set(crate::tokens::sha256_hex(format!("demo-{i}").as_bytes())),
            kind: Set(kind.into()),
            used_at: Set(Some(chrono::Utc::now())),
            used_channel: Set(Some(channel.into())),
            ..Default::default()
        }
        .insert(db)
        .await?;
        let ballot = budget_ballot::ActiveModel {
            budget_id: Set(saved.id),
            credential_id: Set(Some(credential.id)),
            receipt: Set(format!("MB-DEMO-{i:04}")),
            channel: Set(channel.into()),
            age_group: Set((i % 9 != 0).then(|| ages[i % ages.len()].code().to_string())),
            created_at: Set(chrono::Utc::now()),
            ..Default::default()
        }
        .insert(db)
        .await?;
        for project_id in chosen {
            budget_ballot_line::ActiveModel {
                ballot_id: Set(ballot.id),
                project_id: Set(project_id),
            }
            .insert(db)
            .await?;
        }
    }
    // Counted and certified as the administrator's button does it.
    let mut export = crate::budgets::read::export_of(db, &saved)
        .await
        .map_err(|e| DemoError::Content(e.to_string()))?;
    let (winners, digest) = export.count();
    budget_project::Entity::update_many()
        .col_expr(
            budget_project::Column::Won,
            sea_orm::sea_query::Expr::value(true),
        )
        .filter(budget_project::Column::Id.is_in(winners))
        .exec(db)
        .await?;
    let mut certified: budget::ActiveModel = saved.into();
    certified.certified_at = Set(Some(chrono::Utc::now()));
    certified.certified_digest = Set(Some(digest));
    certified.update(db).await?;
    Ok(())
}

/// Puts a project costing `cost` kronor on budget `budget_id`'s ballot, with its title and
/// description per language `(lang, title, description)`; answers its id.
async fn project<C: ConnectionTrait>(
    db: &C,
    budget_id: i32,
    cost: i64,
    area: Option<&str>,
    texts: &[(&str, &str, &str)],
) -> Result<i32, DemoError> {
    let project = budget_project::ActiveModel {
        budget_id: Set(budget_id),
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
    for (lang, title, description) in texts {
        budget_project_text::ActiveModel {
            project_id: Set(project.id),
            lang: Set((*lang).into()),
            title: Set((*title).into()),
            description: Set((*description).into()),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(project.id)
}
