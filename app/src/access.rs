//! Who may do what: the staff roles, the areas of the portal they open, and the typed grant a
//! service asks for. This is the one place roles are listed; the guard on staff routes, every
//! staff page and the staff bar ask [`Role::may`], and a service that changes something takes a
//! [`Grant`] of its capability, so it cannot be called for a staff member whose role lacks it.
//! It sits below every area and imports none of them.

use std::marker::PhantomData;

use crate::codes::code_enum;

code_enum! {
    /// What a staff member is. Every staff function checks it on the server.
    Role {
        Admin = "admin",
        Editor = "editor",
        Moderator = "moderator",
        /// Translates dialogues into the languages an administrator gave them
        /// (`staff_language`); cannot publish or moderate.
        Translator = "translator",
    }
}

/// A part of the staff side that a role may or may not open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Area {
    /// One's own account: the password.
    OwnAccount,
    /// Entering views received on paper, by phone or at a meeting.
    Entry,
    /// The moderation queue and its decisions.
    Moderation,
    /// Writing, publishing and closing dialogues.
    Dialogues,
    /// Adding, re-roling, disabling and enabling staff accounts.
    Accounts,
    /// Reading the audit log.
    Audit,
    /// The participation reports and the public export of views.
    Reports,
    /// The full export of views (rejected and pending ones, originals under redactions).
    FullExport,
    /// The translators' queue and the translation of dialogues' texts, in one's languages.
    Translation,
    /// Staff-only working translations of residents' views into Swedish.
    ViewTranslation,
}

impl Role {
    /// Whether this role may open `area`.
    pub fn may(self, area: Area) -> bool {
        match area {
            // Whoever takes the call enters the view.
            Area::OwnAccount | Area::Entry => true,
            Area::Moderation => matches!(self, Role::Moderator | Role::Admin),
            Area::Translation => matches!(self, Role::Translator | Role::Admin),
            // The moderator who cannot read a view, or the translator who can.
            Area::ViewTranslation => self != Role::Editor,
            Area::Dialogues => matches!(self, Role::Editor | Role::Admin),
            // Figures and public texts: whoever reports on a dialogue.
            Area::Reports => true,
            Area::Accounts | Area::Audit | Area::FullExport => self == Role::Admin,
        }
    }

    /// The roles that may open `area`, in [`Role::ALL`] order.
    pub fn allowed(area: Area) -> Vec<Role> {
        Role::ALL.iter().copied().filter(|r| r.may(area)).collect()
    }
}

/// A signed-in staff member, as the session says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Staff {
    pub id: i32,
    pub email: String,
    pub role: Role,
    /// The session's anti-forgery token, which every staff form must send back.
    pub csrf: String,
    /// An administrator reset the password: only the own-account page opens until it changes.
    pub must_change_password: bool,
}

/// A capability: what a [`Grant`] lets its holder do, named by the area it opens.
pub trait Capability {
    /// The area this capability opens.
    const AREA: Area;
}

/// The capabilities, one per [`Area`].
pub mod cap {
    use super::{Area, Capability};

    macro_rules! capabilities {
        ($($(#[$meta:meta])* $name:ident => $area:ident),+ $(,)?) => {
            $(
                $(#[$meta])*
                #[derive(Debug, Clone, Copy)]
                pub struct $name;
                impl Capability for $name {
                    const AREA: Area = Area::$area;
                }
            )+
        };
    }

    capabilities! {
        /// Change one's own password.
        OwnAccount => OwnAccount,
        /// Enter a view received on paper, by phone or at a meeting.
        EnterViews => Entry,
        /// Decide on views.
        Moderate => Moderation,
        /// Write, publish and close dialogues.
        EditDialogues => Dialogues,
        /// Manage staff accounts.
        ManageAccounts => Accounts,
        /// Read the audit log.
        ReadAudit => Audit,
        /// Read the participation reports; export the public views.
        ReadReports => Reports,
        /// Export every view with its originals (recorded in the audit log).
        ExportAll => FullExport,
        /// Translate dialogues' texts in one's languages; see the translators' queue.
        Translate => Translation,
        /// Attach a working translation to a resident's view.
        TranslateViews => ViewTranslation,
    }
}

/// Proof that a staff member's role allows capability `C`: made only by [`Staff::grant`].
#[derive(Debug, Clone)]
pub struct Grant<C> {
    staff: Staff,
    _capability: PhantomData<C>,
}

impl<C> std::ops::Deref for Grant<C> {
    type Target = Staff;

    fn deref(&self) -> &Staff {
        &self.staff
    }
}

/// The role does not allow the capability asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Denied;

impl Staff {
    /// This staff member's grant of capability `C`.
    ///
    /// # Errors
    /// [`Denied`] when the role does not open `C`'s area.
    pub fn grant<C: Capability>(self) -> Result<Grant<C>, Denied> {
        if self.role.may(C::AREA) {
            Ok(Grant {
                staff: self,
                _capability: PhantomData,
            })
        } else {
            Err(Denied)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn staff(role: Role) -> Staff {
        Staff {
            id: 1,
            email: "a@example.se".into(),
            role,
            csrf: String::new(),
            must_change_password: false,
        }
    }

    #[test]
    fn each_role_opens_exactly_its_areas() {
        assert_eq!(
            Role::allowed(Area::Moderation),
            vec![Role::Admin, Role::Moderator]
        );
        assert_eq!(
            Role::allowed(Area::Dialogues),
            vec![Role::Admin, Role::Editor]
        );
        assert_eq!(Role::allowed(Area::Accounts), vec![Role::Admin]);
        assert_eq!(Role::allowed(Area::Audit), vec![Role::Admin]);
        assert_eq!(Role::allowed(Area::Entry), Role::ALL.to_vec());
        assert_eq!(
            Role::allowed(Area::Translation),
            vec![Role::Admin, Role::Translator]
        );
        assert_eq!(
            Role::allowed(Area::ViewTranslation),
            vec![Role::Admin, Role::Moderator, Role::Translator]
        );
    }

    #[test]
    fn a_grant_is_only_given_to_a_role_that_may() {
        assert!(staff(Role::Moderator)
            .grant::<cap::EditDialogues>()
            .is_err());
        assert!(staff(Role::Editor).grant::<cap::Moderate>().is_err());
        assert!(staff(Role::Editor).grant::<cap::EditDialogues>().is_ok());
        assert!(staff(Role::Admin).grant::<cap::ReadAudit>().is_ok());
        // A translator neither publishes nor moderates.
        assert!(staff(Role::Translator)
            .grant::<cap::EditDialogues>()
            .is_err());
        assert!(staff(Role::Translator).grant::<cap::Moderate>().is_err());
        assert!(staff(Role::Translator).grant::<cap::Translate>().is_ok());
    }
}
