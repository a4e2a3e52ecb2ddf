// @generated from fixtures/format_date_time.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `Issue` schema.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct Issue {
    pub number: i64,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
    /// When the issue was closed; `null` while it is open.
    pub closed_at: Option<chrono::DateTime<chrono::Utc>>,
    pub due_on: Option<chrono::NaiveDate>,
    /// Every reminder sent.
    pub reminded_at: Option<Vec<chrono::DateTime<chrono::Utc>>>,
    pub locked_at: Option<chrono::DateTime<chrono::Utc>>,
}

runtime::decode! {
    Issue {
        number, created_at, updated_at, closed_at, due_on, reminded_at, locked_at,
    }
}

/// The request body of `CreateReminder`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct CreateReminderBody {
    pub at: chrono::DateTime<chrono::Utc>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub on: Option<chrono::NaiveDate>,
}

runtime::decode! { CreateReminderBody { at, on } }

runtime::builder! {
    CreateReminderBody(at: impl Into<chrono::DateTime<chrono::Utc>>) {
        on: impl Into<chrono::NaiveDate>,
    }
}
