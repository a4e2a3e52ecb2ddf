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

/// The documented responses of [`SimpleStyle`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SimpleStyleResponse {
    /// 204: Done.
    NoContent,
}

impl crate::runtime::Operation for SimpleStyle {
    type Response = SimpleStyleResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/simple/{color}/{colors}/{rgb}";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let mut path = crate::runtime::PathBuilder::new();
        path.literal("/simple/");
        path.parameter(
            "color",
            &self.color,
            crate::runtime::Style::Simple.explode(false),
        )?;
        path.literal("/");
        path.parameter(
            "colors",
            &self.colors,
            crate::runtime::Style::Simple.explode(true),
        )?;
        path.literal("/");
        path.parameter("rgb", &self.rgb, crate::runtime::Style::Simple.explode(true))?;
        let path = path.finish();
        crate::runtime::request(Self::METHOD, base_url, &path, "", None)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                204 => SimpleStyleResponse::NoContent,
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
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

/// The documented responses of [`LabelStyle`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum LabelStyleResponse {
    /// 204: Done.
    NoContent,
}

impl crate::runtime::Operation for LabelStyle {
    type Response = LabelStyleResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/label{color}/{colors}{rgb}";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let mut path = crate::runtime::PathBuilder::new();
        path.literal("/label");
        path.parameter(
            "color",
            &self.color,
            crate::runtime::Style::Label.explode(false),
        )?;
        path.literal("/");
        path.parameter(
            "colors",
            &self.colors,
            crate::runtime::Style::Label.explode(true),
        )?;
        path.parameter("rgb", &self.rgb, crate::runtime::Style::Label.explode(false))?;
        let path = path.finish();
        crate::runtime::request(Self::METHOD, base_url, &path, "", None)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                204 => LabelStyleResponse::NoContent,
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
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

/// The documented responses of [`MatrixStyle`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum MatrixStyleResponse {
    /// 204: Done.
    NoContent,
}

impl crate::runtime::Operation for MatrixStyle {
    type Response = MatrixStyleResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/matrix{color}{colors}{rgb}";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let mut path = crate::runtime::PathBuilder::new();
        path.literal("/matrix");
        path.parameter(
            "color",
            &self.color,
            crate::runtime::Style::Matrix.explode(false),
        )?;
        path.parameter(
            "colors",
            &self.colors,
            crate::runtime::Style::Matrix.explode(true),
        )?;
        path.parameter("rgb", &self.rgb, crate::runtime::Style::Matrix.explode(false))?;
        let path = path.finish();
        crate::runtime::request(Self::METHOD, base_url, &path, "", None)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                204 => MatrixStyleResponse::NoContent,
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}
