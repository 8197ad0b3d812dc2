//! The credential ledger beyond printed codes: who may vote once, without an account.
//!
//! - **A one-time code by e-mail**, where the budget offers it: the resident types an address,
//!   gets a code through the mail outbox, and votes with it as with a printed code. The
//!   address is kept only as an HMAC-SHA256 under the budget's ballot key (one code per
//!   address: a second request sends nothing), and in the outbox until the mail is delivered
//!   (the outbox then empties the address and, for these mails, the text with the code). When
//!   the result is certified the key is destroyed, and the HMACs tie nothing to anyone.
//! - **Open voting**, where the district accepts it: a ballot without a code gets a credential
//!   of its own, kind `open`. It is limited per address like views, and the certified figures
//!   count ballots by kind, so the vote can be audited afterwards.
//!
//! Every credential, of any kind, counts one ballot: [`super::service::store`] spends it.

use hmac::{Hmac, Mac};
use sea_orm::{
    ActiveModelTrait, DatabaseConnection, DatabaseTransaction, Set, SqlErr, TransactionTrait,
};
use sha2::Sha256;

use super::read::{phase, published, title_in};
use super::service::{code_hash, new_code};
use super::Phase;
use crate::db::entities::{budget, budget_credential};
use crate::error::ServiceError;
use crate::forms::required_email;
use crate::i18n::I18n;
use crate::mail::{compose, outbox, MailSettings};

/// A credential's kind: a code printed on a sheet.
pub const PRINTED: &str = "printed";
/// A code mailed to an address.
pub const EMAIL: &str = "email";
/// A ballot sent without a code, where the budget allows it.
pub const OPEN: &str = "open";
/// A code printed for a class session: children's ballots, counted apart.
pub const CLASS: &str = "class";
/// Every kind, in the order the figures list them.
pub const KINDS: [&str; 4] = [PRINTED, EMAIL, OPEN, CLASS];

/// The e-mail form's field.
pub const EMAIL_FIELD: &str = "email";

/// The HMAC-SHA256 of an address (trimmed, lower case) under the budget's ballot key, in hex.
pub fn address_hmac(key: &str, address: &str) -> String {
    let normal = address.trim().to_lowercase();
    // HMAC takes a key of any length: this cannot fail.
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key.as_bytes())
        .unwrap_or_else(|_| unreachable!("HMAC accepts any key length"));
    mac.update(normal.as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

/// Mails a one-time voting code of published budget `slug` to `address`, in the language of
/// `i18n`, while voting is open and the budget offers codes by mail. An address that has had a
/// code already gets nothing more, and the answer is the same (no one learns from it which
/// addresses have voted).
///
/// # Errors
/// [`ServiceError::NotFound`] for no such budget, or one that does not offer codes by mail;
/// [`ServiceError::NotOpen`] outside voting; [`ServiceError::Invalid`] for an address that is
/// not one; a database failure.
pub async fn mail_code(
    db: &DatabaseConnection,
    settings: &MailSettings,
    i18n: &I18n,
    slug: &str,
    address: &str,
    today: chrono::NaiveDate,
) -> Result<(), ServiceError> {
    let b = published(db, slug).await?;
    if !b.email_codes {
        return Err(ServiceError::NotFound);
    }
    let address = required_email(EMAIL_FIELD, address)
        .map_err(|problem| ServiceError::Invalid(vec![problem]))?;
    if phase(&b, today) != Phase::Voting {
        return Err(ServiceError::NotOpen);
    }
    let key = b.ballot_key.clone().ok_or(ServiceError::NotOpen)?;
    let code = new_code();
    let txn = db.begin().await?;
    let inserted = budget_credential::ActiveModel {
        budget_id: Set(b.id),
        code_hash: Set(code_hash(&key, &code)),
        kind: Set(EMAIL.to_string()),
        email_hmac: Set(Some(address_hmac(&key, &address))),
        ..Default::default()
    }
    .insert(&txn)
    .await;
    match inserted {
        Ok(_) => {}
        // This address has had its code.
        Err(err) if matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            return Ok(())
        }
        Err(err) => return Err(err.into()),
    }
    let title = title_in(&txn, b.id, i18n.lang).await?;
    let mail = compose::budget_code(i18n, settings, &address, &title, &b.slug, &code);
    outbox::enqueue(&txn, mail).await?;
    txn.commit().await?;
    Ok(())
}

/// A credential of its own for a ballot sent without a code, where the budget allows open
/// voting; returns the hash to spend it by, on the caller's transaction.
///
/// # Errors
/// A database failure.
pub(super) async fn open_credential(
    txn: &DatabaseTransaction,
    b: &budget::Model,
    key: &str,
) -> Result<String, ServiceError> {
    let hash = code_hash(key, &new_code());
    budget_credential::ActiveModel {
        budget_id: Set(b.id),
        code_hash: Set(hash.clone()),
        kind: Set(OPEN.to_string()),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(hash)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_is_kept_only_as_a_keyed_hash_read_without_case_or_spaces() {
        let a = address_hmac("key-1", "Anna@Example.se ");
        assert_eq!(a, address_hmac("key-1", "anna@example.se"));
        assert_eq!(a.len(), 64);
        assert!(!a.contains("anna"));
        assert_ne!(
            a,
            address_hmac("key-2", "anna@example.se"),
            "another budget, another hash"
        );
        // RFC 4231, test case 2: HMAC-SHA256 of "what do ya want for nothing?" under "Jefe".
        assert_eq!(
            address_hmac("Jefe", "what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }
}
