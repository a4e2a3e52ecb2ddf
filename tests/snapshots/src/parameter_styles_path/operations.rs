// @generated from fixtures/parameter_styles_path.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// `GET /simple/{color}/{colors}/{rgb}`
#[derive(Debug, Clone, PartialEq)]
pub struct SimpleStyle {
    /// path parameter `color`
    pub color: String,
    /// path parameter `colors`
    pub colors: Vec<String>,
    /// path parameter `rgb`
    pub rgb: Rgb,
}

runtime::builder! {
    SimpleStyle(color: impl Into<String>, colors: impl Into<Vec<String>>, rgb: impl Into<Rgb>) {}
}

/// The documented responses of [`SimpleStyle`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SimpleStyleResponse {
    /// 204: Done.
    NoContent,
}

impl runtime::Outcome for SimpleStyleResponse {
    type Success = ();

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<(), std::convert::Infallible> {
        match self {
            SimpleStyleResponse::NoContent => Ok(()),
        }
    }
}

impl runtime::Operation for SimpleStyle {
    type Response = SimpleStyleResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/simple/{color}/{colors}/{rgb}";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/simple/");
        path.parameter("color", &self.color, runtime::SIMPLE)?;
        path.literal("/");
        path.parameter("colors", &self.colors, runtime::SIMPLE_EXPLODE)?;
        path.literal("/");
        path.parameter("rgb", &self.rgb, runtime::SIMPLE_EXPLODE)?;
        let path = path.finish();
        runtime::request(Self::METHOD, base_url, &path, "", None)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            204 => Ok(SimpleStyleResponse::NoContent),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// `GET /label{color}/{colors}{rgb}`
#[derive(Debug, Clone, PartialEq)]
pub struct LabelStyle {
    /// path parameter `color`
    pub color: String,
    /// path parameter `colors`
    pub colors: Vec<String>,
    /// path parameter `rgb`
    pub rgb: Rgb,
}

runtime::builder! {
    LabelStyle(color: impl Into<String>, colors: impl Into<Vec<String>>, rgb: impl Into<Rgb>) {}
}

/// The documented responses of [`LabelStyle`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum LabelStyleResponse {
    /// 204: Done.
    NoContent,
}

impl runtime::Outcome for LabelStyleResponse {
    type Success = ();

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<(), std::convert::Infallible> {
        match self {
            LabelStyleResponse::NoContent => Ok(()),
        }
    }
}

impl runtime::Operation for LabelStyle {
    type Response = LabelStyleResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/label{color}/{colors}{rgb}";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/label");
        path.parameter("color", &self.color, runtime::LABEL)?;
        path.literal("/");
        path.parameter("colors", &self.colors, runtime::LABEL_EXPLODE)?;
        path.parameter("rgb", &self.rgb, runtime::LABEL)?;
        let path = path.finish();
        runtime::request(Self::METHOD, base_url, &path, "", None)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            204 => Ok(LabelStyleResponse::NoContent),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// `GET /matrix{color}{colors}{rgb}`
#[derive(Debug, Clone, PartialEq)]
pub struct MatrixStyle {
    /// path parameter `color`
    pub color: String,
    /// path parameter `colors`
    pub colors: Vec<String>,
    /// path parameter `rgb`
    pub rgb: Rgb,
}

runtime::builder! {
    MatrixStyle(color: impl Into<String>, colors: impl Into<Vec<String>>, rgb: impl Into<Rgb>) {}
}

/// The documented responses of [`MatrixStyle`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum MatrixStyleResponse {
    /// 204: Done.
    NoContent,
}

impl runtime::Outcome for MatrixStyleResponse {
    type Success = ();

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<(), std::convert::Infallible> {
        match self {
            MatrixStyleResponse::NoContent => Ok(()),
        }
    }
}

impl runtime::Operation for MatrixStyle {
    type Response = MatrixStyleResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/matrix{color}{colors}{rgb}";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/matrix");
        path.parameter("color", &self.color, runtime::MATRIX)?;
        path.parameter("colors", &self.colors, runtime::MATRIX_EXPLODE)?;
        path.parameter("rgb", &self.rgb, runtime::MATRIX)?;
        let path = path.finish();
        runtime::request(Self::METHOD, base_url, &path, "", None)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            204 => Ok(MatrixStyleResponse::NoContent),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}
