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

runtime::responses! {
    SimpleStyle: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum SimpleStyleResponse {
        /// 204: Done.
        204 => NoContent: Ok(()),
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

runtime::responses! {
    LabelStyle: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum LabelStyleResponse {
        /// 204: Done.
        204 => NoContent: Ok(()),
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

runtime::responses! {
    MatrixStyle: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum MatrixStyleResponse {
        /// 204: Done.
        204 => NoContent: Ok(()),
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
}
