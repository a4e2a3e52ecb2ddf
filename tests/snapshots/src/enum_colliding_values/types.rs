// @generated from fixtures/enum_colliding_values.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

runtime::string_enum! {
    /// How urgently a ticket must be answered; the desk accepts several spellings.
    pub enum TicketPriority {
        High = "high",
        High2 = "HIGH",
        High3 = "High",
        VeryHigh = "very-high",
        VeryHigh2 = "very_high",
        Unknown = "unknown",
        Unknown2 = "Unknown",
        ..Other
    }
}
