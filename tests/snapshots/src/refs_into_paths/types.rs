// @generated from fixtures/refs_into_paths.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// A time zone offset.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct Offset {
    /// Seconds east of UTC.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seconds: Option<i64>,
}

runtime::decode! { Offset { seconds } }

runtime::builder! {
    Offset() {
        seconds: i64,
    }
}

/// A new thing.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CreateThingBody {
    /// The thing's name.
    pub name: String,
    /// A time zone offset.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<Offset>,
}

runtime::decode! { CreateThingBody { name, offset } }

runtime::builder! {
    CreateThingBody(name: impl Into<String>) {
        offset: impl Into<Offset>,
    }
}
