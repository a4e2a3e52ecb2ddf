// @generated from fixtures/enum_renamed_values.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

runtime::string_enum! {
    /// Where a shipment is in its journey.
    pub enum ShipmentStatus {
        LabelCreated = "label_created",
        InTransit = "in-transit",
        OutForDelivery = "out for delivery",
        Delivered = "DELIVERED",
        V3rdPartyHold = "3rd-party-hold",
        Empty = "",
        ..Unknown
    }
}
