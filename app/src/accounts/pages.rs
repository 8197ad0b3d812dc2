//! The account pages: signing in, each staff member's own page (change password), and the
//! administrators' page to add, re-role, disable and enable accounts.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::service::{self, Account};
use crate::access::{cap, Grant, Role};
use crate::error::ServiceError;
use crate::forms::fields::{Choice, Csrf, Input};
use crate::i18n::{use_i18n, I18n};
use crate::lang::Lang;
use crate::site::staff::staff_page;
use crate::site::PageTitle;

/// A message id from the query (`?error=...`), if it is one these pages can show.
fn known_error(id: Option<String>) -> Option<&'static str> {
    let id = id?;
    [
        ServiceError::WrongPassword,
        ServiceError::ShortPassword,
        ServiceError::LongPassword,
        ServiceError::PasswordMismatch,
        ServiceError::Taken,
        ServiceError::BadEmail,
        ServiceError::OwnAccount,
    ]
    .iter()
    .map(ServiceError::message_id)
    .find(|known| *known == id)
}

/// `/<lang>/staff/login`.
#[component]
pub fn LoginPage() -> impl IntoView {
    let i18n = use_i18n();
    let error = use_query_map()
        .with_untracked(|q| q.get("error"))
        .and_then(|code| match code.as_str() {
            "throttled" => Some(ServiceError::Throttled),
            "bad-credentials" => Some(ServiceError::BadCredentials),
            _ => None,
        });
    let action = format!("/{}/staff/login", i18n.lang.code());
    view! {
        <PageTitle text=i18n.t("staff-login-title")/>
        <h1>{i18n.t("staff-login-title")}</h1>
        <p>{i18n.t("staff-login-intro")}</p>
        {error.map(|e| view! { <p class="error-summary" role="alert">{i18n.t(e.message_id())}</p> })}
        <form method="post" action=action class="login-form">
            <div class="field">
                <label for="email">{i18n.t("staff-email")}</label>
                <input type="email" id="email" name="email" autocomplete="username" maxlength="200" required=true/>
            </div>
            <div class="field">
                <label for="password">{i18n.t("staff-password")}</label>
                <input type="password" id="password" name="password" autocomplete="current-password" maxlength="200" required=true/>
            </div>
            <button type="submit">{i18n.t("staff-login-submit")}</button>
        </form>
    }
}

/// `/<lang>/staff`: who I am, and changing my password.
#[component]
pub fn AccountPage() -> impl IntoView {
    let query = use_query_map().get_untracked();
    let done = query.get("done").is_some_and(|d| d == "password");
    let error = known_error(query.get("error"));
    staff_page(move |i18n, _, me: Grant<cap::OwnAccount>| async move {
        let error = error.map(|id| i18n.t(id));
        let min = i18n.t("account-error-short");
        Ok(view! {
            <PageTitle text=i18n.t("account-title")/>
            <h1>{i18n.t("account-title")}</h1>
            {done.then(|| view! { <p class="notice" role="status">{i18n.t("account-done-password")}</p> })}
            {me.must_change_password.then(|| view! { <p class="notice" role="status">{i18n.t("staff-error-change-password-first")}</p> })}
            <h2 id="password-heading">{i18n.t("account-password-heading")}</h2>
            {error.clone().map(|e| view! { <p class="error-summary" role="alert">{e}</p> })}
            <form method="post" action=format!("/{}/staff/password", i18n.lang.code()) aria-labelledby="password-heading">
                <Csrf token=me.csrf.clone()/>
                <Input name="current" kind="password" label=i18n.t("account-current-password") max=200 autocomplete="current-password" required=true/>
                <Input name="new" kind="password" label=i18n.t("account-new-password") max=200 hint=Some(min) autocomplete="new-password" required=true/>
                <Input name="again" kind="password" label=i18n.t("account-new-password-again") max=200 autocomplete="new-password" required=true/>
                <button type="submit">{i18n.t("account-password-submit")}</button>
            </form>
        }
        .into_any())
    })
}

fn role_options(i18n: &I18n) -> Vec<(String, String)> {
    Role::ALL
        .iter()
        .map(|r| (r.code().to_string(), i18n.t(&format!("role-{}", r.code()))))
        .collect()
}

/// `/<lang>/staff/accounts`: every staff account (administrators).
#[component]
pub fn AccountsPage() -> impl IntoView {
    let query = use_query_map().get_untracked();
    let done = query.get("done");
    let error = known_error(query.get("error"));
    let email = query.get("email").unwrap_or_default();
    staff_page(
        move |i18n, state, admin: Grant<cap::ManageAccounts>| async move {
            let accounts = service::accounts(&state.db, &admin).await?;
            let mut languages = crate::translations::service::all_languages(&state.db).await?;
            let done = done.as_deref().and_then(|d| match d {
                "added" => Some(i18n.t("staff-admin-done-added")),
                "updated" => Some(i18n.t("staff-admin-done-updated")),
                "reset" => Some(i18n.t("staff-admin-done-reset")),
                _ => None,
            });
            let error = error.map(|id| i18n.t(id));
            let items = accounts
            .into_iter()
            .map(|account| {
                let langs = languages.remove(&account.id).unwrap_or_default();
                view! { <AccountItem i18n=i18n.clone() account langs csrf=admin.csrf.clone() own_id=admin.id/> }
            })
            .collect_view();
            let password_hint = i18n.t("staff-admin-initial-password");
            Ok(view! {
            <PageTitle text=i18n.t("staff-admin-title")/>
            <h1>{i18n.t("staff-admin-title")}</h1>
            <p>{i18n.t("staff-admin-intro")}</p>
            {done.map(|d| view! { <p class="notice" role="status">{d}</p> })}
            {error.map(|e| view! { <p class="error-summary" role="alert">{e}</p> })}
            <ul class="pending-list">{items}</ul>
            <h2 id="add-heading">{i18n.t("staff-admin-add-heading")}</h2>
            <form method="post" action=format!("/{}/staff/accounts", i18n.lang.code()) aria-labelledby="add-heading">
                <Csrf token=admin.csrf.clone()/>
                <Input name="email" kind="email" label=i18n.t("staff-email") value=email.clone() max=200 required=true/>
                <Input name="password" kind="password" label=password_hint max=200 autocomplete="new-password" required=true/>
                <Choice name="role" label=i18n.t("staff-admin-role") options=role_options(&i18n) selected=Role::Moderator.code().to_string()/>
                <LanguageBoxes i18n=i18n.clone() id="new".to_string() checked=Vec::new() hint=true/>
                <button type="submit">{i18n.t("staff-admin-add")}</button>
            </form>
        }
        .into_any())
        },
    )
}

/// The languages a translator may work in, as checkboxes named `language`. `id` keeps the
/// boxes of each account apart; `hint`: say that only translators use them.
#[component]
fn LanguageBoxes(i18n: I18n, id: String, checked: Vec<Lang>, hint: bool) -> impl IntoView {
    let boxes = Lang::ALL
        .into_iter()
        .filter(|l| *l != Lang::Sv)
        .map(|l| {
            let box_id = format!("language-{id}-{}", l.code());
            view! {
                <div class="field checkbox">
                    <input type="checkbox" id=box_id.clone() name="language" value=l.code() checked=checked.contains(&l)/>
                    <label for=box_id lang=l.code()>{l.native_name()}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset>
            <legend>{i18n.t("staff-admin-languages")}</legend>
            {hint.then(|| view! { <p class="hint">{i18n.t("staff-admin-languages-hint")}</p> })}
            {boxes}
        </fieldset>
    }
}

#[component]
fn AccountItem(
    i18n: I18n,
    account: Account,
    langs: Vec<Lang>,
    csrf: String,
    own_id: i32,
) -> impl IntoView {
    let translator = account.role == Role::Translator;
    let language_names = langs
        .iter()
        .map(|l| view! { <span lang=l.code()>{l.native_name()}</span>" " })
        .collect_view();
    let action = format!("/{}/staff/accounts/{}", i18n.lang.code(), account.id);
    let heading_id = format!("account-{}", account.id);
    let role_id = format!("role-{}", account.id);
    let reset_id = format!("reset-{}", account.id);
    let status = if account.active {
        i18n.t("staff-admin-active")
    } else {
        i18n.t("staff-admin-disabled")
    };
    let own = account.id == own_id;
    let options = Role::ALL
        .iter()
        .map(|r| view! { <option value=r.code() selected=*r == account.role>{i18n.t(&format!("role-{}", r.code()))}</option> })
        .collect_view();
    let (active, toggle) = if account.active {
        ("no", i18n.t("staff-admin-disable"))
    } else {
        ("yes", i18n.t("staff-admin-enable"))
    };
    view! {
        <li class="pending" aria-labelledby=heading_id.clone()>
            <h2 id=heading_id.clone()>{account.email.clone()}</h2>
            <dl class="facts">
                <dt>{i18n.t("staff-admin-role")}</dt>
                <dd>{i18n.t(&format!("role-{}", account.role.code()))}</dd>
                <dt>{i18n.t("staff-admin-account")}</dt>
                <dd>{status}</dd>
                {translator.then(|| view! { <dt>{i18n.t("staff-admin-languages")}</dt><dd>{language_names}</dd> })}
            </dl>
            {(!own).then(|| view! {
                <div class="decisions">
                    <form method="post" action=action.clone()>
                        <Csrf token=csrf.clone()/>
                        <div class="field">
                            <label for=role_id.clone()>{i18n.t("staff-admin-role")}</label>
                            <select id=role_id.clone() name="role">{options}</select>
                        </div>
                        <button type="submit" class="secondary">{i18n.t("staff-admin-change-role")}</button>
                    </form>
                    <form method="post" action=action.clone()>
                        <Csrf token=csrf.clone()/>
                        <input type="hidden" name="active" value=active/>
                        <button type="submit" class="secondary">{toggle}</button>
                    </form>
                    {translator.then(|| view! {
                        <form method="post" action=format!("{action}/languages")>
                            <Csrf token=csrf.clone()/>
                            <LanguageBoxes i18n=i18n.clone() id=account.id.to_string() checked=langs.clone() hint=false/>
                            <button type="submit" class="secondary">{i18n.t("staff-admin-change-languages")}</button>
                        </form>
                    })}
                    <form method="post" action=format!("{action}/password")>
                        <Csrf token=csrf.clone()/>
                        <div class="field">
                            <label for=reset_id.clone()>{i18n.t("staff-admin-reset-password")}</label>
                            <input type="password" id=reset_id.clone() name="password" autocomplete="new-password" minlength="12" maxlength="200" required=true/>
                        </div>
                        <button type="submit" class="secondary">{i18n.t("staff-admin-reset")}</button>
                    </form>
                </div>
            })}
        </li>
    }
}
