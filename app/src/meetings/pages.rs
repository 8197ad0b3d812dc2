//! Meeting pages: the residents' list of meetings and the meetings on a dialogue page, and
//! the editor's meetings of a dialogue with the form that announces, changes or cancels one.

use chrono::NaiveDateTime;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::model::Meeting;
use super::service::{self, to_meeting};
use super::{fields, limits, SIGN_LANGUAGE};
use crate::access::{cap, Grant};
use crate::dialogues::editor::versions::find;
use crate::dialogues::lookup::{title_in, titles_in};
use crate::domain::Place;
use crate::forms::fields::{Checkbox, Checkboxes, Choice, Csrf, Input, Resubmitted};
use crate::http::field_values;
use crate::i18n::{use_i18n, I18n};
use crate::lang::Lang;
use crate::site::staff::staff_page;
use crate::site::{loaded, slug_param, PageTitle};
use crate::state::AppState;

/// A meeting's day and hours: "3 december 2026, 18:00–19:30".
pub fn when(i18n: &I18n, starts: NaiveDateTime, ends: NaiveDateTime) -> String {
    i18n.t_with(
        "meeting-when",
        &[
            ("date", i18n.date(starts.date()).into()),
            ("start", starts.format("%H:%M").to_string().into()),
            ("end", ends.format("%H:%M").to_string().into()),
        ],
    )
}

/// Where a meeting is: online, or its venue, address and area.
pub fn location(i18n: &I18n, m: &Meeting) -> String {
    if m.online {
        return i18n.t("meeting-online");
    }
    let area = m
        .place
        .map(|p| format!(" ({})", i18n.label("place", p.code())))
        .unwrap_or_default();
    format!("{}, {}{area}", m.venue, m.address)
}

/// A language or sign language, named in itself.
fn language_name(i18n: &I18n, code: &str) -> String {
    match Lang::from_code(code) {
        Some(lang) => lang.native_name().to_string(),
        None if code == SIGN_LANGUAGE => i18n.t("meeting-sign-language"),
        None => code.to_string(),
    }
}

/// The facts about a meeting after its time and place, as (label, value): the page shows them
/// as a list, the calendar file as its description.
pub fn facts(i18n: &I18n, m: &Meeting) -> Vec<(String, String)> {
    let names = |codes: &[String]| {
        codes
            .iter()
            .map(|c| language_name(i18n, c))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let interpreting = if m.interpreting.is_empty() {
        i18n.t("meeting-interpreting-none")
    } else {
        names(&m.interpreting)
    };
    let mut access = Vec::new();
    if m.step_free {
        access.push(i18n.t("meeting-step-free"));
    }
    if m.hearing_loop {
        access.push(i18n.t("meeting-hearing-loop"));
    }
    let access = if access.is_empty() {
        i18n.t("meeting-access-none")
    } else {
        access.join(", ")
    };
    let registration = if m.registration {
        i18n.t("meeting-registration-yes")
    } else {
        i18n.t("meeting-registration-no")
    };
    vec![
        (i18n.t("meeting-languages"), names(&m.languages)),
        (i18n.t("meeting-interpreting"), interpreting),
        (i18n.t("meeting-access"), access),
        (i18n.t("meeting-registration"), registration),
        (i18n.t("meeting-contact"), m.contact.clone()),
    ]
}

/// One meeting as residents read it, headed at `level` (h2 or h3).
#[component]
pub fn MeetingItem(
    i18n: I18n,
    meeting: Meeting,
    #[prop(default = 3)] level: u8,
    /// The dialogue it is about, linked, on the list of all meetings.
    #[prop(default = None)]
    about: Option<(String, Option<&'static str>, String)>,
) -> impl IntoView {
    let lang = i18n.lang.code();
    let heading = when(&i18n, meeting.starts, meeting.ends);
    let heading = if level == 2 {
        view! { <h2>{heading}</h2> }.into_any()
    } else {
        view! { <h3>{heading}</h3> }.into_any()
    };
    let cancelled = meeting.cancelled.then(|| {
        view! { <p class="meeting-change"><strong>{i18n.t("meeting-cancelled")}</strong></p> }
    });
    let moved = meeting
        .moved_from
        .filter(|_| !meeting.cancelled)
        .map(|from| {
            let text = i18n.t_with(
                "meeting-moved",
                &[
                    ("date", i18n.date(from.date()).into()),
                    ("time", from.format("%H:%M").to_string().into()),
                ],
            );
            view! { <p class="meeting-change">{text}</p> }
        });
    let link = meeting.link.clone().filter(|_| meeting.online).map(|link| {
        view! { <dt>{i18n.t("meeting-link")}</dt><dd><a href=link.clone()>{link.clone()}</a></dd> }
    });
    let about = about.map(|(slug, title_lang, title)| {
        view! { <p><a href=format!("/{lang}/dialogues/{slug}") lang=title_lang>{title}</a></p> }
    });
    let facts = facts(&i18n, &meeting)
        .into_iter()
        .map(|(label, value)| view! { <dt>{label}</dt><dd>{value}</dd> })
        .collect_view();
    view! {
        <li class="meeting" id=format!("meeting-{}", meeting.id)>
            {heading}
            {about}
            {cancelled}
            {moved}
            <dl class="facts">
                <dt>{i18n.t("meeting-where")}</dt>
                <dd>{location(&i18n, &meeting)}</dd>
                {link}
                {facts}
            </dl>
            <p class="no-print">
                <a href=format!("/{lang}/meetings/{}.ics", meeting.id) download=format!("meeting-{}.ics", meeting.id)>
                    {i18n.t("meeting-calendar")}
                </a>
            </p>
        </li>
    }
}

/// The meetings section of a dialogue page: those not yet over.
#[component]
pub fn DialogueMeetings(i18n: I18n, meetings: Vec<Meeting>) -> impl IntoView {
    (!meetings.is_empty()).then(|| {
        let items = meetings
            .into_iter()
            .map(|meeting| view! { <MeetingItem i18n=i18n.clone() meeting/> })
            .collect_view();
        view! {
            <section aria-labelledby="meetings-heading" class="meetings">
                <h2 id="meetings-heading">{i18n.t("meeting-section")}</h2>
                <ul class="meeting-list">{items}</ul>
                <p><a href=format!("/{}/meetings", i18n.lang.code())>{i18n.t("meeting-all")}</a></p>
            </section>
        }
    })
}

/// `/<lang>/meetings`: every meeting of a published dialogue that is not yet over, and the
/// calendar feed to subscribe to.
#[component]
pub fn MeetingsPage() -> impl IntoView {
    let i18n = use_i18n();
    let content = Suspend::new(async move {
        let result = async {
            let state = AppState::from_context()?;
            let rows = service::upcoming(&state.db, chrono::Utc::now()).await?;
            let ids: Vec<i32> = rows.iter().map(|(d, _)| d.id).collect();
            let titles = titles_in(&state.db, &ids, i18n.lang).await?;
            let items: Vec<_> = rows
                .into_iter()
                .map(|(d, row)| {
                    // Several meetings may share a dialogue: each gets its title.
                    let (title_lang, title) = titles
                        .get(&d.id)
                        .cloned()
                        .unwrap_or((Lang::Sv, String::new()));
                    let title_lang = (title_lang != i18n.lang).then(|| title_lang.code());
                    (d.slug, title_lang, title, to_meeting(&row))
                })
                .collect();
            Ok::<_, crate::error::ServiceError>(items)
        }
        .await
        .map_err(crate::error::ApiError::from);
        loaded(&i18n.clone(), result, |items| {
            let empty = items
                .is_empty()
                .then(|| view! { <p>{i18n.t("meeting-list-empty")}</p> });
            let list = items
                .into_iter()
                .map(|(slug, title_lang, title, meeting)| {
                    view! { <MeetingItem i18n=i18n.clone() meeting level=2 about=Some((slug, title_lang, title))/> }
                })
                .collect_view();
            let lang = i18n.lang.code();
            view! {
                <PageTitle text=i18n.t("meeting-list-title")/>
                <h1>{i18n.t("meeting-list-title")}</h1>
                <p class="lead">{i18n.t("meeting-list-intro")}</p>
                <p><a href=format!("/{lang}/meetings.ics")>{i18n.t("meeting-feed")}</a></p>
                <p class="hint">{i18n.t("meeting-feed-help")}</p>
                {empty}
                <ul class="meeting-list">{list}</ul>
            }
        })
    });
    view! { <Suspense>{content}</Suspense> }
}

/// `/<lang>/staff/dialogues/<slug>/meetings`: a dialogue's meetings, and the form for a new one.
#[component]
pub fn MeetingsEditPage() -> impl IntoView {
    let slug = slug_param();
    let done = use_query_map().with_untracked(|q| q.get("done"));
    let resubmitted = use_context::<Resubmitted>().unwrap_or_default();
    staff_page(
        move |i18n, state, editor: Grant<cap::EditDialogues>| async move {
            let d = find(&state.db, &slug).await?;
            let (_, title) = title_in(&state.db, d.id, Lang::Sv).await?;
            let lang = i18n.lang.code();
            let base = format!("/{lang}/staff/dialogues/{slug}");
            let meetings = service::of_dialogue(&state.db, d.id).await?;
            let items = meetings
                .iter()
                .map(|row| {
                    let m = to_meeting(row);
                    let status = if m.cancelled {
                        i18n.t("meeting-cancelled")
                    } else {
                        i18n.t("meeting-scheduled")
                    };
                    view! {
                        <tr>
                            <td><a href=format!("{base}/meetings/{}", m.id)>{when(&i18n, m.starts, m.ends)}</a></td>
                            <td>{location(&i18n, &m)}</td>
                            <td>{status}</td>
                        </tr>
                    }
                })
                .collect_view();
            let list = (!meetings.is_empty()).then(|| {
                view! {
                    <table>
                        <caption>{i18n.t("meeting-section")}</caption>
                        <thead><tr>
                            <th scope="col">{i18n.t("meeting-when-label")}</th>
                            <th scope="col">{i18n.t("meeting-where")}</th>
                            <th scope="col">{i18n.t("meeting-status")}</th>
                        </tr></thead>
                        <tbody>{items}</tbody>
                    </table>
                }
            });
            let heading = i18n.t_with("meeting-edit-title", &[("title", title.into())]);
            let done = done.map(|d| {
                let id = if d == "cancelled" {
                    "meeting-done-cancelled"
                } else {
                    "meeting-done-saved"
                };
                view! { <p class="notice" role="status">{i18n.t(id)}</p> }
            });
            Ok(view! {
                <PageTitle text=heading.clone()/>
                <h1>{heading}</h1>
                {done}
                <p>{i18n.t("meeting-edit-intro")}</p>
                {list}
                <h2 id="new-meeting">{i18n.t("meeting-new")}</h2>
                {(!resubmitted.problems.is_empty()).then(|| resubmitted.summary(&i18n))}
                <MeetingForm i18n=i18n.clone() action=format!("{base}/meetings") meeting=None csrf=editor.csrf.clone() resubmitted/>
                <p><a href=format!("{base}/edit")>{i18n.t("easy-edit-back")}</a></p>
            }
            .into_any())
        },
    )
}

/// `/<lang>/staff/dialogues/<slug>/meetings/<id>`: change or cancel one meeting; its versions.
#[component]
pub fn MeetingEditPage() -> impl IntoView {
    let slug = slug_param();
    let id = use_params_map().with_untracked(|p| p.get("id").and_then(|id| id.parse::<i32>().ok()));
    let resubmitted = use_context::<Resubmitted>().unwrap_or_default();
    staff_page(
        move |i18n, state, editor: Grant<cap::EditDialogues>| async move {
            let d = find(&state.db, &slug).await?;
            let row = service::of_dialogue(&state.db, d.id)
                .await?
                .into_iter()
                .find(|m| Some(m.id) == id)
                .ok_or(crate::error::ServiceError::NotFound)?;
            let m = to_meeting(&row);
            let lang = i18n.lang.code();
            let base = format!("/{lang}/staff/dialogues/{slug}/meetings");
            let heading = when(&i18n, m.starts, m.ends);
            let versions = service::history(&state.db, m.id)
                .await?
                .into_iter()
                .map(|v| {
                    let at = super::form::local(v.created_at)
                        .format("%Y-%m-%d %H:%M")
                        .to_string();
                    view! {
                        <tr>
                            <td>{v.number}</td>
                            <td>{i18n.t(&format!("audit-action-meeting-{}", v.action))}</td>
                            <td>{at}</td>
                        </tr>
                    }
                })
                .collect_view();
            let change = (!m.cancelled).then(|| {
                view! {
                    {(!resubmitted.problems.is_empty()).then(|| resubmitted.summary(&i18n))}
                    <MeetingForm i18n=i18n.clone() action=format!("{base}/{}", m.id) meeting=Some(m.clone()) csrf=editor.csrf.clone() resubmitted=resubmitted.clone()/>
                    <h2>{i18n.t("meeting-cancel-heading")}</h2>
                    <p>{i18n.t("meeting-cancel-help")}</p>
                    <form method="post" action=format!("{base}/{}/cancel", m.id)>
                        <Csrf token=editor.csrf.clone()/>
                        <button type="submit" class="secondary">{i18n.t("meeting-cancel")}</button>
                    </form>
                }
            });
            Ok(view! {
                <PageTitle text=heading.clone()/>
                <h1>{heading}</h1>
                {m.cancelled.then(|| view! { <p class="notice" role="note">{i18n.t("meeting-cancelled")}</p> })}
                {change}
                <table>
                    <caption>{i18n.t("meeting-versions")}</caption>
                    <thead><tr>
                        <th scope="col">{i18n.t("meeting-version")}</th>
                        <th scope="col">{i18n.t("meeting-change")}</th>
                        <th scope="col">{i18n.t("meeting-changed-at")}</th>
                    </tr></thead>
                    <tbody>{versions}</tbody>
                </table>
                <p><a href=base>{i18n.t("meeting-back")}</a></p>
            }
            .into_any())
        },
    )
}

/// The editor's meeting form: new (`meeting` None) or a change.
#[component]
fn MeetingForm(
    i18n: I18n,
    action: String,
    meeting: Option<Meeting>,
    csrf: String,
    resubmitted: Resubmitted,
) -> impl IntoView {
    let sent = !resubmitted.pairs.is_empty();
    let stored = meeting.clone();
    let value = |name: &str| -> String {
        if sent {
            return resubmitted.value(name);
        }
        let Some(m) = &stored else {
            return String::new();
        };
        match name {
            fields::DATE => m.starts.format("%Y-%m-%d").to_string(),
            fields::START => m.starts.format("%H:%M").to_string(),
            fields::END => m.ends.format("%H:%M").to_string(),
            fields::PLACE => m.place.map(|p| p.code().to_string()).unwrap_or_default(),
            fields::VENUE => m.venue.clone(),
            fields::ADDRESS => m.address.clone(),
            fields::LINK => m.link.clone().unwrap_or_default(),
            fields::CONTACT => m.contact.clone(),
            _ => String::new(),
        }
    };
    let values = |name: &str| -> Vec<String> {
        if sent {
            return field_values(&resubmitted.pairs, name);
        }
        match (&stored, name) {
            (Some(m), fields::LANGUAGES) => m.languages.clone(),
            (Some(m), fields::INTERPRETING) => m.interpreting.clone(),
            (None, fields::LANGUAGES) => vec![Lang::Sv.code().to_string()],
            _ => Vec::new(),
        }
    };
    let flag = |name: &str| -> bool {
        if sent {
            return resubmitted.value(name) == "yes";
        }
        stored.as_ref().is_some_and(|m| match name {
            fields::ONLINE => m.online,
            fields::STEP_FREE => m.step_free,
            fields::HEARING_LOOP => m.hearing_loop,
            fields::REGISTRATION => m.registration,
            _ => false,
        })
    };
    let error = |name: &str| resubmitted.problem(&i18n, name);
    let places: Vec<(String, String)> = Place::ALL
        .iter()
        .filter(|p| **p != Place::WholeDistrict)
        .map(|p| (p.code().to_string(), i18n.label("place", p.code())))
        .collect();
    let spoken: Vec<(String, String)> = Lang::ALL
        .iter()
        .map(|l| (l.code().to_string(), l.native_name().to_string()))
        .collect();
    let mut interpreting = spoken.clone();
    interpreting.push((SIGN_LANGUAGE.to_string(), i18n.t("meeting-sign-language")));
    let submit = if meeting.is_some() {
        i18n.t("meeting-save")
    } else {
        i18n.t("meeting-add")
    };
    view! {
        <form method="post" action=action class="editor-form">
            <Csrf token=csrf/>
            <fieldset>
                <legend>{i18n.t("meeting-when-label")}</legend>
                <Input name=fields::DATE kind="date" label=i18n.t("meeting-date") value=value(fields::DATE) max=10 error=error(fields::DATE) required=true/>
                <Input name=fields::START kind="time" label=i18n.t("meeting-start") value=value(fields::START) max=5 error=error(fields::START) required=true/>
                <Input name=fields::END kind="time" label=i18n.t("meeting-end") value=value(fields::END) max=5 error=error(fields::END) required=true/>
            </fieldset>
            <fieldset>
                <legend>{i18n.t("meeting-where")}</legend>
                <Checkbox id=fields::ONLINE name=fields::ONLINE label=i18n.t("meeting-online-choice") checked=flag(fields::ONLINE) hint=Some(i18n.t("meeting-online-help"))/>
                <Choice name=fields::PLACE label=i18n.t("meeting-place") options=places selected=value(fields::PLACE) none=Some(i18n.t("meeting-place-none")) error=error(fields::PLACE)/>
                <Input name=fields::VENUE label=i18n.t("meeting-venue") value=value(fields::VENUE) max=limits::VENUE error=error(fields::VENUE)/>
                <Input name=fields::ADDRESS label=i18n.t("meeting-address") value=value(fields::ADDRESS) max=limits::ADDRESS error=error(fields::ADDRESS)/>
                <Input name=fields::LINK kind="url" label=i18n.t("meeting-link") value=value(fields::LINK) max=limits::LINK error=error(fields::LINK)/>
            </fieldset>
            <Checkboxes name=fields::LANGUAGES legend=i18n.t("meeting-languages") options=spoken checked=values(fields::LANGUAGES) error=error(fields::LANGUAGES)/>
            <Checkboxes name=fields::INTERPRETING legend=i18n.t("meeting-interpreting") options=interpreting checked=values(fields::INTERPRETING) error=error(fields::INTERPRETING)/>
            <fieldset>
                <legend>{i18n.t("meeting-access")}</legend>
                <Checkbox id=fields::STEP_FREE name=fields::STEP_FREE label=i18n.t("meeting-step-free") checked=flag(fields::STEP_FREE)/>
                <Checkbox id=fields::HEARING_LOOP name=fields::HEARING_LOOP label=i18n.t("meeting-hearing-loop") checked=flag(fields::HEARING_LOOP)/>
            </fieldset>
            <Checkbox id=fields::REGISTRATION name=fields::REGISTRATION label=i18n.t("meeting-registration-choice") checked=flag(fields::REGISTRATION)/>
            <Input name=fields::CONTACT label=i18n.t("meeting-contact") value=value(fields::CONTACT) max=limits::CONTACT error=error(fields::CONTACT)/>
            <button type="submit">{submit}</button>
        </form>
    }
}
