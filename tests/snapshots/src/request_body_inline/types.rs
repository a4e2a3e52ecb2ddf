// @generated from fixtures/request_body_inline.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The request body of `ShortenLink`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ShortenLinkBody {
    /// The long URL.
    pub url: String,
    /// A custom slug; one is chosen when left out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
}

runtime::decode! { ShortenLinkBody { url, slug } }

runtime::builder! {
    ShortenLinkBody(url: impl Into<String>) {
        slug: impl Into<String>,
    }
}
