// @generated from fixtures/long_names.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! Long names 1
//!
//! Generated from `fixtures/long_names.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

use crate::runtime;

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &[];

/// A schema whose name is far longer than anyone would type.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VeryLongDeploymentStatusPerformedViaGithubAppDeploymentStatusPerformedViaGithubAppDeployment7f8c3019 {
    /// A member with a long name.
    #[serde(
        rename = "permission_permission_permission_permission_permission_permission_permission_permission_permission_permission_permission_permission_permission_permission_permission_flag"
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permission_permission_permission_permission_permission_permission_permission_permission_per_04e59755: Option<
        VeryPermissionPermissionPermissionPermissionFlag,
    >,
}

runtime::string_enum! {
    /// A member with a long name.
    pub enum VeryPermissionPermissionPermissionPermissionFlag {
        SomeVeryLongEnumValueSomeVeryLongEnumValueSomeVeryLongEnumValueSomeVeryLongEnumValueSomeVery70714e8f = "some-very-long-enum-value-some-very-long-enum-value-some-very-long-enum-value-some-very-long-enum-value-some-very-long-enum-value-some-very-long-enum-value-end",
        Short = "short",
        ..Unknown
    }
}

/// `GET /things`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListThingsWithAnOperationIdThatGoesOnAndOnlistThingsWithAnOperationIdThatGoesOnAndOnlistThin2f94d2f6 {}

/// The documented responses of [`ListThingsWithAnOperationIdThatGoesOnAndOnlistThingsWithAnOperationIdThatGoesOnAndOnlistThin2f94d2f6`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListThingsWithAnOperationIdThatGoesOnAndOnlistThingsWithAnOperationIdThatGoesOnAndOnlistThindbe17f7f {
    /// 200: The thing.
    Ok(
        VeryLongDeploymentStatusPerformedViaGithubAppDeploymentStatusPerformedViaGithubAppDeployment7f8c3019,
    ),
}

impl runtime::Operation
for ListThingsWithAnOperationIdThatGoesOnAndOnlistThingsWithAnOperationIdThatGoesOnAndOnlistThin2f94d2f6 {
    type Response = ListThingsWithAnOperationIdThatGoesOnAndOnlistThingsWithAnOperationIdThatGoesOnAndOnlistThindbe17f7f;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/things";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/things";
        let mut request = runtime::request(Self::METHOD, base_url, path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => {
                Ok(
                    ListThingsWithAnOperationIdThatGoesOnAndOnlistThingsWithAnOperationIdThatGoesOnAndOnlistThindbe17f7f::Ok(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}
