//! The receipt a resident gets after sending a view: the reference number and what happens next.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::{loaded, PageTitle};
use crate::api::{get_receipt, Receipt};
use crate::i18n::{use_i18n, I18n};

/// `/<lang>/receipt/<reference>`.
#[component]
pub fn ReceiptPage() -> impl IntoView {
    let i18n = use_i18n();
    let reference = use_params_map().with_untracked(|p| p.get("reference").unwrap_or_default());
    let content = Suspend::new(async move {
        let result = get_receipt(i18n.lang.code().to_string(), reference).await;
        loaded(&i18n.clone(), result, |receipt| view! { <ReceiptView i18n receipt/> })
    });
    view! { <Suspense>{content}</Suspense> }
}

#[component]
fn ReceiptView(i18n: I18n, receipt: Receipt) -> impl IntoView {
    let title_lang = (receipt.title_lang != i18n.lang).then(|| receipt.title_lang.code());
    let publishing = if receipt.consent_publish { "receipt-next-published" } else { "receipt-next-private" };
    let back = format!("/{}/dialogues/{}", i18n.lang.code(), receipt.dialogue_slug);
    view! {
        <PageTitle text=i18n.t("receipt-title")/>
        <h1>{i18n.t("receipt-title")}</h1>
        <dl class="receipt">
            <dt>{i18n.t("receipt-reference")}</dt>
            <dd class="reference">{receipt.reference.clone()}</dd>
            <dt>{i18n.t("receipt-dialogue")}</dt>
            <dd lang=title_lang>{receipt.dialogue_title.clone()}</dd>
            <dt>{i18n.t("receipt-language")}</dt>
            <dd lang=receipt.written_in.code()>{receipt.written_in.native_name()}</dd>
        </dl>
        <p>{i18n.t_with("receipt-received", &[("date", i18n.date(receipt.received_on).into())])}</p>
        <p class="hint">{i18n.t("receipt-reference-help")}</p>
        <h2>{i18n.t("receipt-next-heading")}</h2>
        <ul>
            <li>{i18n.t("receipt-next-moderation")}</li>
            <li>{i18n.t(publishing)}</li>
            <li>{i18n.t("receipt-next-feedback")}</li>
            <li>{i18n.t("receipt-public-record")}</li>
        </ul>
        <p><a href=back>{i18n.t("receipt-back")}</a></p>
    }
}
