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

runtime::string_enum! {
    /// The order of a ticket list; a leading `-` sorts newest first.
    pub enum TicketSort {
        CreatedAt = "created_at",
        MinusCreatedAt = "-created_at",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The desk's time zone.
    pub enum DeskTimeZone {
        EtcGmt = "Etc/GMT",
        EtcGmtPlus1 = "Etc/GMT+1",
        EtcGmtMinus1 = "Etc/GMT-1",
        EtcGmt1 = "Etc/GMT1",
        EtcGmtMinus13 = "Etc/GMT-13",
        ..Unknown
    }
}

runtime::string_enum! {
    /// A model; two names differ only in case, so no sign is spelled out.
    pub enum ModelName {
        Nova2 = "nova-2",
        Minimax = "Minimax",
        Minimax2 = "minimax",
        ..Unknown
    }
}

runtime::string_enum! {
    /// How a filter compares a ticket's field with its value.
    pub enum FilterOperator {
        Eq = "=",
        NotEq = "!=",
        Lt = "<",
        LtEq = "<=",
        ..Unknown
    }
}

runtime::string_enum! {
    /// An event a watcher is told of; `*` for every event.
    pub enum WatchedEvent {
        StarSymbol = "*",
        Star = "star",
        Fork = "fork",
        ..Unknown
    }
}
