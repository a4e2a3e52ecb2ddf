// @generated from fixtures/recursion_unions.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// A number.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Literal {
    /// Its value.
    pub value: f64,
}

runtime::decode! { Literal { value } }

/// Minus an expression.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Negation {
    /// An arithmetic expression.
    pub operand: Box<Expression>,
}

runtime::decode! { Negation { operand } }

/// An arithmetic expression.
///
/// Decoding tries `Negation`, `Literal` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum Expression {
    /// The value is of type [`Negation`].
    Negation(Box<Negation>),
    /// The value is of type [`Literal`].
    Literal(Literal),
}

/// An expression with a note, and the expression it came from.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Annotated {
    /// Its value.
    pub value: f64,
    /// A remark.
    pub note: String,
    /// An expression with a note, and the expression it came from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<Box<Annotated>>,
}

runtime::decode! { Annotated { value, note, origin } }
