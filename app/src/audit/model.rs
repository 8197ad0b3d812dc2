//! What the audit log records.

use crate::codes::code_enum;

code_enum! {
    /// An action the audit log records. The code is stored; the page names it through the
    /// Fluent id `audit-action-<code>`.
    AuditAction {
        Login = "login",
        LoginFailed = "login-failed",
        PasswordChange = "password-change",
        /// An administrator (or the command line) set a staff member's password for them.
        PasswordReset = "password-reset",
        Approve = "approve",
        Reject = "reject",
        Hide = "hide",
        Restore = "restore",
        Redact = "redact",
        Report = "report",
        ReportDismiss = "report-dismiss",
        NeedsTranslation = "needs-translation",
        ViewEnter = "view-enter",
        DialogueCreate = "dialogue-create",
        DialogueEdit = "dialogue-edit",
        DialoguePublish = "dialogue-publish",
        DialogueClose = "dialogue-close",
        StaffAdd = "staff-add",
        StaffDisable = "staff-disable",
        StaffEnable = "staff-enable",
        RoleChange = "role-change",
        FeedbackEdit = "feedback-edit",
        FeedbackPublish = "feedback-publish",
        /// Residents' addresses erased once the outcome was sent (the count is the reason).
        AddressesErased = "addresses-erased",
        /// A staff member opened the postal addresses of a dialogue's letters.
        AddressesOpened = "addresses-opened",
        /// An administrator exported every view of a dialogue (the reason says why).
        ExportFull = "export-full",
        /// A translator saved a dialogue's texts in one language (the reason names it).
        Translate = "translate",
        /// A working translation of a resident's view was added.
        ViewTranslate = "view-translate",
        /// An administrator set the languages a translator works in.
        LanguagesChange = "languages-change",
        /// An editor announced a meeting about a dialogue.
        MeetingCreate = "meeting-create",
        /// An editor changed a meeting (moved it, or changed where or how).
        MeetingEdit = "meeting-edit",
        /// An editor cancelled a meeting.
        MeetingCancel = "meeting-cancel",
        /// An editor created a citizen budget.
        BudgetCreate = "budget-create",
        /// An editor changed a citizen budget's settings or its texts in one language.
        BudgetEdit = "budget-edit",
        /// An editor published a citizen budget (the reason names missing minority languages).
        BudgetPublish = "budget-publish",
        /// An editor put a project on a citizen budget's ballot.
        BudgetProject = "budget-project",
        /// A batch of printed voting codes was issued (how many, for what).
        BudgetCodes = "budget-codes",
        /// An administrator certified a citizen budget's result.
        BudgetCertify = "budget-certify",
        /// A moderator published or hid a resident's budget proposal.
        BudgetProposalModerate = "budget-proposal-moderate",
        /// A staff member typed in a budget proposal from paper, a call or a meeting (the
        /// reason names the channel).
        BudgetProposalEnter = "budget-proposal-enter",
        /// An editor reviewed a budget proposal: onto the ballot, merged or declined.
        BudgetProposalReview = "budget-proposal-review",
        /// An administrator recorded the council's decision on a project against the count.
        BudgetDecision = "budget-decision",
        /// An editor added a milestone to a funded project's follow-up.
        BudgetMilestone = "budget-milestone",
        /// An editor opened a voting station (the reason names the place).
        BudgetStationOpen = "budget-station-open",
        /// An editor closed a voting station.
        BudgetStationClose = "budget-station-close",
        /// An editor wrote the easy-Swedish texts of the children's ballot.
        BudgetEasyText = "budget-easy-text",
    }
}
