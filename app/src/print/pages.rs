//! The printed pages: a poster in one language, a poster with several languages side by side,
//! the paper response form, and the staff's print kit that links them all. The public pages
//! print alone on A4: the site's header and footer are hidden in print.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::code::encode;
use super::qr;
use crate::access::{cap, Grant};
use crate::dialogues::editor::versions::find;
use crate::dialogues::lookup::title_in;
use crate::dialogues::model::DialogueDetail;
use crate::dialogues::service::detail;
use crate::domain::{AgeGroup, DialogueStatus, Gender, HomeArea};
use crate::i18n::{use_i18n, I18n};
use crate::lang::Lang;
use crate::meetings::pages::{location, when};
use crate::site::staff::staff_page;
use crate::site::{loaded, paragraphs, slug_param, PageTitle};
use crate::state::AppState;

/// Meetings a poster lists: more would not fit on the page.
const POSTER_MEETINGS: usize = 3;

/// The short address a QR code holds: `<public url>/d/<code>/<lang>`.
pub fn short_url(state: &AppState, dialogue_id: i32, lang: Lang) -> String {
    format!(
        "{}/d/{}/{}",
        state.mail.public_url,
        encode(dialogue_id),
        lang.code()
    )
}

/// A published dialogue as a page in `lang` shows it, with its id for the short code.
async fn load(
    state: &AppState,
    lang: Lang,
    slug: &str,
) -> Result<(i32, DialogueDetail), crate::error::ServiceError> {
    let d = crate::dialogues::lookup::find_published(&state.db, slug).await?;
    Ok((d.id, detail(&state.db, lang, slug, 1, state.today()).await?))
}

/// A QR code, described for those who cannot see it.
#[component]
fn QrCode(i18n: I18n, url: String, size: u32) -> impl IntoView {
    let image = qr::svg(&url, size).unwrap_or_default();
    view! {
        <div class="qr" role="img" aria-label=i18n.t_with("print-qr-label", &[("url", url.clone().into())]) inner_html=image></div>
    }
}

/// The dialogue's dates as a poster says them.
fn dates(i18n: &I18n, detail: &DialogueDetail) -> String {
    match detail.status {
        DialogueStatus::Upcoming => i18n.t_with(
            "print-opens",
            &[
                ("from", i18n.date(detail.opens_on).into()),
                ("to", i18n.date(detail.closes_on).into()),
            ],
        ),
        _ => i18n.t_with(
            "print-until",
            &[("date", i18n.date(detail.closes_on).into())],
        ),
    }
}

/// `/<lang>/dialogues/<slug>/poster`: an A4 poster in one language, or with `?langs=sv&langs=fi`
/// several languages side by side, each block in its own language.
#[component]
pub fn PosterPage() -> impl IntoView {
    let i18n = use_i18n();
    let slug = slug_param();
    let langs: Vec<Lang> = use_query_map().with_untracked(|q| {
        q.get_all("langs")
            .unwrap_or_default()
            .iter()
            .filter_map(|code| Lang::from_code(code))
            .collect()
    });
    let content = Suspend::new(async move {
        let result = async {
            let state = AppState::from_context()?;
            if langs.len() > 1 {
                let mut blocks = Vec::new();
                for lang in &langs {
                    let (id, detail) = load(&state, *lang, &slug).await?;
                    let url = short_url(&state, id, *lang);
                    blocks.push((I18n::new(*lang, state.translations.clone()), detail, url));
                }
                Ok::<_, crate::error::ServiceError>(Err(blocks))
            } else {
                let (id, detail) = load(&state, i18n.lang, &slug).await?;
                let url = short_url(&state, id, i18n.lang);
                Ok(Ok((detail, url)))
            }
        }
        .await
        .map_err(crate::error::ApiError::from);
        loaded(&i18n.clone(), result, |poster| match poster {
            Ok((detail, url)) => view! { <Poster i18n=i18n.clone() detail url/> }.into_any(),
            Err(blocks) => view! { <MultiPoster i18n=i18n.clone() blocks/> }.into_any(),
        })
    });
    view! { <Suspense>{content}</Suspense> }
}

#[component]
fn Poster(i18n: I18n, detail: DialogueDetail, url: String) -> impl IntoView {
    let text_lang = (detail.text_lang != i18n.lang).then(|| detail.text_lang.code());
    let meetings = detail
        .meetings
        .iter()
        .filter(|m| !m.cancelled)
        .take(POSTER_MEETINGS)
        .map(|m| view! { <li>{when(&i18n, m.starts, m.ends)}": "{location(&i18n, m)}</li> })
        .collect_view();
    let has_meetings = detail.meetings.iter().any(|m| !m.cancelled);
    let phone = detail.contact.phone.clone().map(|phone| {
        view! { <li><strong>{i18n.t("print-way-phone")}</strong>" "{i18n.t_with("print-way-phone-text", &[("phone", phone.into())])}</li> }
    });
    view! {
        <PageTitle text=i18n.t_with("print-poster-title", &[("title", detail.text.title.clone().into())])/>
        <article class="poster">
            <p class="poster-sender">{i18n.t("common-footer-owner")}</p>
            <div lang=text_lang>
                <h1>{detail.text.title.clone()}</h1>
                <p class="lead">{detail.text.summary.clone()}</p>
            </div>
            <p class="poster-dates"><strong>{dates(&i18n, &detail)}</strong></p>
            <section aria-labelledby="poster-influence" lang=text_lang>
                <h2 id="poster-influence" lang=i18n.lang.code()>{i18n.t("dialogue-influence")}</h2>
                {paragraphs(&detail.text.influence)}
            </section>
            <section aria-labelledby="poster-ways" class="poster-ways">
                <div>
                    <h2 id="poster-ways">{i18n.t("print-ways")}</h2>
                    <ul>
                        <li><strong>{i18n.t("print-way-web")}</strong>" "{i18n.t("print-way-web-text")}<br/><span class="poster-url">{url.clone()}</span></li>
                        <li><strong>{i18n.t("print-way-paper")}</strong>" "{i18n.t("print-way-paper-text")}</li>
                        {phone}
                        {has_meetings.then(|| view! {
                            <li><strong>{i18n.t("print-way-meetings")}</strong><ul>{meetings}</ul></li>
                        })}
                    </ul>
                </div>
                <QrCode i18n=i18n.clone() url=url size=200/>
            </section>
            <p class="poster-contact">{i18n.t("dialogue-contact")}": "{detail.contact.name.clone()}", "{detail.contact.email.clone()}</p>
        </article>
    }
}

/// Several languages side by side, each block in its own language with its own QR code.
#[component]
fn MultiPoster(i18n: I18n, blocks: Vec<(I18n, DialogueDetail, String)>) -> impl IntoView {
    let title = blocks
        .first()
        .map(|(_, d, _)| d.text.title.clone())
        .unwrap_or_default();
    let items = blocks
        .into_iter()
        .map(|(block, detail, url)| {
            let lang = block.lang.code();
            let text_lang = (detail.text_lang != block.lang).then(|| detail.text_lang.code());
            view! {
                <section class="poster-block" lang=lang>
                    <h2 lang=text_lang>{detail.text.title.clone()}</h2>
                    <p lang=text_lang>{detail.text.summary.clone()}</p>
                    <p><strong>{dates(&block, &detail)}</strong></p>
                    <p>{block.t("print-way-web-text")}</p>
                    <QrCode i18n=block.clone() url=url.clone() size=120/>
                    <p class="poster-url">{url}</p>
                </section>
            }
        })
        .collect_view();
    view! {
        <PageTitle text=i18n.t_with("print-poster-title", &[("title", title.into())])/>
        <article class="poster poster-multi">
            <h1 class="visually-hidden">{i18n.t("print-multi-heading")}</h1>
            <p class="poster-sender">{i18n.t("common-footer-owner")}</p>
            <div class="poster-blocks">{items}</div>
        </article>
    }
}

/// `/<lang>/dialogues/<slug>/paper`: the paper response form, with the short code staff type
/// into the entry page.
#[component]
pub fn PaperFormPage() -> impl IntoView {
    let i18n = use_i18n();
    let slug = slug_param();
    let content = Suspend::new(async move {
        let result = async {
            let state = AppState::from_context()?;
            load(&state, i18n.lang, &slug).await
        }
        .await
        .map_err(crate::error::ApiError::from);
        loaded(&i18n.clone(), result, |(id, detail)| {
            view! { <PaperForm i18n=i18n.clone() code=encode(id) detail/> }
        })
    });
    view! { <Suspense>{content}</Suspense> }
}

#[component]
fn PaperForm(i18n: I18n, code: String, detail: DialogueDetail) -> impl IntoView {
    let text_lang = (detail.text_lang != i18n.lang).then(|| detail.text_lang.code());
    let boxes = |options: Vec<String>| {
        options
            .into_iter()
            .map(|label| view! { <li><span class="tick" aria-hidden="true"></span>{label}</li> })
            .collect_view()
    };
    let questions = detail
        .questions
        .iter()
        .map(|q| {
            let q_lang = (q.text_lang != i18n.lang).then(|| q.text_lang.code());
            view! {
                <div class="paper-question">
                    <h2 lang=q_lang>{q.text.clone()}</h2>
                    <div class="write-space"></div>
                </div>
            }
        })
        .collect_view();
    let ages = boxes(
        AgeGroup::ALL
            .iter()
            .map(|a| i18n.label("age", a.code()))
            .collect(),
    );
    let genders = boxes(
        Gender::ALL
            .iter()
            .map(|g| i18n.label("gender", g.code()))
            .collect(),
    );
    let areas = boxes(
        HomeArea::ALL
            .iter()
            .map(|a| i18n.label("home-area", a.code()))
            .collect(),
    );
    let code_line = i18n.t_with("print-code", &[("code", code.clone().into())]);
    view! {
        <PageTitle text=i18n.t_with("print-form-title", &[("title", detail.text.title.clone().into())])/>
        <article class="paper-form">
            <p class="paper-code"><strong>{code_line.clone()}</strong></p>
            <p class="poster-sender">{i18n.t("common-footer-owner")}</p>
            <h1 lang=text_lang>{detail.text.title.clone()}</h1>
            <p lang=text_lang>{detail.text.summary.clone()}</p>
            <p>{i18n.t_with("print-form-intro", &[("date", i18n.date(detail.closes_on).into())])}</p>
            {questions}
            <div class="paper-question">
                <h2>{i18n.t("form-general")}</h2>
                <div class="write-space"></div>
            </div>
            <section class="paper-about" aria-labelledby="paper-about">
                <h2 id="paper-about">{i18n.t("form-about-you")}</h2>
                <p>{i18n.t("form-about-you-help")}</p>
                <p class="write-line">{i18n.t("form-name")}</p>
                <h3>{i18n.t("form-age")}</h3>
                <ul class="ticks">{ages}</ul>
                <h3>{i18n.t("form-gender")}</h3>
                <ul class="ticks">{genders}</ul>
                <h3>{i18n.t("form-area")}</h3>
                <ul class="ticks">{areas}</ul>
            </section>
            <ul class="ticks">
                <li><span class="tick" aria-hidden="true"></span>{i18n.t("form-consent")}</li>
            </ul>
            <p class="hint">{i18n.t("form-consent-help")}</p>
            <ul class="ticks">
                <li><span class="tick" aria-hidden="true"></span>{i18n.t("print-form-post")}</li>
            </ul>
            <p class="write-line">{i18n.t("entry-post-name")}</p>
            <p class="write-line">{i18n.t("entry-post-address")}</p>
            <p>{i18n.t_with("print-form-return", &[("name", detail.contact.name.clone().into()), ("email", detail.contact.email.clone().into())])}</p>
            <p class="paper-code">{code_line}</p>
        </article>
    }
}

/// `/<lang>/staff/dialogues/<slug>/print`: the print kit: each language's poster and paper form,
/// the poster with several languages, and the short code.
#[component]
pub fn PrintKitPage() -> impl IntoView {
    let slug = slug_param();
    staff_page(
        move |i18n, state, _editor: Grant<cap::EditDialogues>| async move {
            let d = find(&state.db, &slug).await?;
            let (_, title) = title_in(&state.db, d.id, Lang::Sv).await?;
            let heading = i18n.t_with("print-kit-title", &[("title", title.into())]);
            let lang = i18n.lang.code();
            if !d.published {
                return Ok(view! {
                    <PageTitle text=heading.clone()/>
                    <h1>{heading}</h1>
                    <p class="notice" role="note">{i18n.t("print-kit-unpublished")}</p>
                }
                .into_any());
            }
            let detail = detail(&state.db, i18n.lang, &slug, 1, state.today()).await?;
            let rows = detail
                .languages
                .iter()
                .map(|l| {
                    let code = l.code();
                    view! {
                        <tr>
                            <th scope="row" lang=code>{l.native_name()}</th>
                            <td><a href=format!("/{code}/dialogues/{slug}/poster")>{i18n.t("print-kit-poster")}<span class="visually-hidden">{format!(" ({})", l.native_name())}</span></a></td>
                            <td><a href=format!("/{code}/dialogues/{slug}/paper")>{i18n.t("print-kit-form")}<span class="visually-hidden">{format!(" ({})", l.native_name())}</span></a></td>
                            <td><span class="poster-url">{short_url(&state, d.id, *l)}</span></td>
                        </tr>
                    }
                })
                .collect_view();
            let choices = detail
                .languages
                .iter()
                .map(|l| {
                    let id = format!("langs-{}", l.code());
                    view! {
                        <div class="choice">
                            <input type="checkbox" id=id.clone() name="langs" value=l.code() checked=true/>
                            <label for=id lang=l.code()>{l.native_name()}</label>
                        </div>
                    }
                })
                .collect_view();
            let code = encode(d.id);
            Ok(view! {
                <PageTitle text=heading.clone()/>
                <h1>{heading}</h1>
                <p>{i18n.t_with("print-kit-code", &[("code", code.into())])}</p>
                <p>{i18n.t("print-kit-intro")}</p>
                <table>
                    <caption>{i18n.t("print-kit-languages")}</caption>
                    <thead><tr>
                        <th scope="col">{i18n.t("common-language-label")}</th>
                        <th scope="col">{i18n.t("print-kit-poster")}</th>
                        <th scope="col">{i18n.t("print-kit-form")}</th>
                        <th scope="col">{i18n.t("print-kit-address")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
                <form method="get" action=format!("/{lang}/dialogues/{slug}/poster")>
                    <fieldset>
                        <legend>{i18n.t("print-multi-heading")}</legend>
                        {choices}
                    </fieldset>
                    <button type="submit">{i18n.t("print-multi-submit")}</button>
                </form>
                <p><a href=format!("/{lang}/staff/dialogues/{slug}/edit")>{i18n.t("easy-edit-back")}</a></p>
            }
            .into_any())
        },
    )
}
