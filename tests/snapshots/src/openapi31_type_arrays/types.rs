// @generated from fixtures/openapi31_type_arrays.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// What a cell holds, text or a whole number.
///
/// Decoding tries `Integer`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum CellValue {
    /// The value is a JSON integer.
    Integer(i64),
    /// The value is a JSON string.
    String(String),
}

impl std::fmt::Display for CellValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Integer(value) => std::fmt::Display::fmt(value, f),
            Self::String(value) => std::fmt::Display::fmt(value, f),
        }
    }
}

/// One cell of a sheet.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Cell {
    /// The cell's address, such as `B3`.
    pub r#ref: String,
    /// What a cell holds, text or a whole number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<CellValue>,
    /// The computed value of the cell's formula.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub formula_result: Option<CellFormulaResult>,
}

runtime::decode! { Cell { r#ref = "ref", value, formula_result } }

/// The computed value of the cell's formula.
///
/// Decoding tries `Boolean`, `Number`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum CellFormulaResult {
    /// The value is a JSON boolean.
    Boolean(bool),
    /// The value is a JSON number.
    Number(f64),
    /// The value is a JSON string.
    String(String),
}

impl std::fmt::Display for CellFormulaResult {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Boolean(value) => std::fmt::Display::fmt(value, f),
            Self::Number(value) => std::fmt::Display::fmt(value, f),
            Self::String(value) => std::fmt::Display::fmt(value, f),
        }
    }
}
