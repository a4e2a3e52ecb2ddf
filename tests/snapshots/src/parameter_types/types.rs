// @generated from fixtures/parameter_types.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

runtime::string_enum! {
    /// A unit of temperature.
    pub enum Unit {
        Celsius = "celsius",
        Fahrenheit = "fahrenheit",
        Kelvin = "kelvin",
        ..Unknown
    }
}

runtime::string_enum! {
    /// Readings of these qualities only.
    pub enum ListReadingsQualityItem {
        Good = "good",
        Suspect = "suspect",
        Bad = "bad",
        ..Unknown
    }
}
