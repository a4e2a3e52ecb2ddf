// @generated from fixtures/prelude_names.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! Type registry 1.0.0
//!
//! Generated from `fixtures/prelude_names.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

use crate::runtime;

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &[];

/// A configurable option.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct OptionObject {
    /// The option's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// The outcome of a check.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ResultObject {
    /// Whether the check passed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub passed: Option<bool>,
}

/// A localized string.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct StringObject {
    /// The text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// A two-dimensional vector.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VecObject {
    /// Horizontal component.
    pub x: f64,
    /// Vertical component.
    pub y: f64,
}

/// A shipping box.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct BoxObject {
    /// Volume in litres.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub volume: Option<f64>,
}

/// The sender of a message.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct FromObject {
    /// Sender's address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
}

/// A recipient list.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ToStringObject {
    /// Recipients' addresses.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub addresses: Option<Vec<String>>,
}

/// Default settings of an account.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Default {
    /// The default locale.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
}

runtime::string_enum! {
    /// How soon an envelope is delivered.
    pub enum Priority {
        Normal = "normal",
        Urgent = "urgent",
        ..Unknown
    }
}

/// Uses every schema above.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Envelope {
    /// A configurable option.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub option: Option<OptionObject>,
    /// The outcome of a check.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<ResultObject>,
    /// A localized string.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub string: Option<StringObject>,
    /// A two-dimensional vector.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vec: Option<VecObject>,
    /// A shipping box.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#box: Option<BoxObject>,
    /// The sender of a message.
    pub from: FromObject,
    /// A recipient list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<ToStringObject>,
    /// Default settings of an account.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default: Option<Default>,
    /// How soon an envelope is delivered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub priority: Option<Priority>,
}

/// List envelopes sent to some recipients
///
/// `GET /envelopes`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListEnvelopes {
    /// Recipients' addresses; repeated (`to=a&to=b`).
    ///
    /// query parameter `to`
    pub to: Option<Vec<String>>,
    /// Copied addresses; comma-joined (`cc=a,b`).
    ///
    /// query parameter `cc`
    pub cc: Option<Vec<String>>,
}

/// The documented responses of [`ListEnvelopes`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListEnvelopesResponse {
    /// 200: The envelopes.
    Ok(Vec<Envelope>),
}

impl runtime::Operation for ListEnvelopes {
    type Response = ListEnvelopesResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/envelopes";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/envelopes";
        let mut query = runtime::QueryBuilder::new();
        query.optional("to", &self.to, runtime::FORM_EXPLODE)?;
        query.optional("cc", &self.cc, runtime::FORM)?;
        let query = query.finish();
        let mut request = runtime::request(Self::METHOD, base_url, path, &query, None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(ListEnvelopesResponse::Ok(runtime::json_body(parts, body)?)),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}
