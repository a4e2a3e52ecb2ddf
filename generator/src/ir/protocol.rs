//! The HTTP values of the IR: methods, and header names and media types that generated code
//! hands to `http::HeaderName::from_static` and `http::HeaderValue::from_static`. Those panic on
//! text they do not accept, so the types here can only hold text they accept; lowering parses
//! what the document says and reports what does not parse.

use std::fmt;

/// An HTTP method an operation can have: the eight every OpenAPI version names, 3.2's `query`,
/// and the methods of 3.2's `additionalOperations` (`COPY`, `LINK`, …).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Method {
    Get,
    Put,
    Post,
    Delete,
    Options,
    Head,
    Patch,
    Trace,
    /// `QUERY` (OpenAPI 3.2): safe like `GET`, with a body.
    Query,
    /// A method of `additionalOperations`, as the request line writes it.
    Other(MethodToken),
}

/// The keys of a path item that hold an operation in every version from Swagger 2.0 to
/// OpenAPI 3.1 (3.2 adds `query`, see [`Method::FIXED`]).
pub const PATH_ITEM_METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

impl Method {
    /// The methods with a fixed field in a path item, in the order a path item lists them.
    pub const FIXED: [Method; 9] = [
        Method::Get,
        Method::Put,
        Method::Post,
        Method::Delete,
        Method::Options,
        Method::Head,
        Method::Patch,
        Method::Trace,
        Method::Query,
    ];

    /// The key of the path item that holds an operation of this method (`delete`, `query`),
    /// or for one of `additionalOperations`, its key there (`COPY`).
    pub fn key(&self) -> &str {
        match self {
            Method::Get => "get",
            Method::Put => "put",
            Method::Post => "post",
            Method::Delete => "delete",
            Method::Options => "options",
            Method::Head => "head",
            Method::Patch => "patch",
            Method::Trace => "trace",
            Method::Query => "query",
            Method::Other(token) => token.as_str(),
        }
    }

    /// As a request line writes it, e.g. `DELETE`.
    pub fn as_str(&self) -> &str {
        match self {
            Method::Get => "GET",
            Method::Put => "PUT",
            Method::Post => "POST",
            Method::Delete => "DELETE",
            Method::Options => "OPTIONS",
            Method::Head => "HEAD",
            Method::Patch => "PATCH",
            Method::Trace => "TRACE",
            Method::Query => "QUERY",
            Method::Other(token) => token.as_str(),
        }
    }
}

/// A method name `http::Method` accepts (an HTTP token), as the document writes it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MethodToken(String);

impl MethodToken {
    /// `name` as it is, or why it cannot be a method.
    pub fn parse(name: &str) -> Result<Self, &'static str> {
        match http::Method::from_bytes(name.as_bytes()) {
            Ok(_) => Ok(MethodToken(name.to_owned())),
            Err(_) if name.is_empty() => Err("it is empty"),
            Err(_) => Err("a method is made of letters, digits and !#$%&'*+-.^_`|~ only"),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A header name `http::HeaderName::from_static` accepts: a valid name, in lowercase.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct HeaderName(String);

impl HeaderName {
    /// `name` in lowercase, or why it is not a header name.
    pub fn parse(name: &str) -> Result<Self, &'static str> {
        let lower = name.to_ascii_lowercase();
        match http::HeaderName::from_lowercase(lower.as_bytes()) {
            Ok(_) => Ok(HeaderName(lower)),
            Err(_) if name.is_empty() => Err("it is empty"),
            Err(_) => Err("a header name is made of letters, digits and !#$%&'*+-.^_`|~ only"),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for HeaderName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A media type (with any parameters) that `http::HeaderValue::from_static` accepts, for
/// `Content-Type` and `Accept`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MediaType(String);

impl MediaType {
    /// `text` as it is, or why it cannot be sent in a header.
    pub fn parse(text: &str) -> Result<Self, &'static str> {
        // What `HeaderValue::from_static` accepts: visible ASCII, spaces and tabs.
        let visible = |b: u8| b == b'\t' || (b' '..=b'~').contains(&b);
        if text.trim().is_empty() {
            Err("it is empty")
        } else if !text.bytes().all(visible) {
            Err("a header value is made of visible ASCII characters only")
        } else {
            Ok(MediaType(text.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for MediaType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn path_item_methods_are_the_fixed_methods_before_query() {
        let fixed: Vec<&str> = super::Method::FIXED.iter().map(|m| m.key()).collect();
        assert_eq!(fixed[..8], super::PATH_ITEM_METHODS);
    }

    use super::*;

    #[test]
    fn extension_methods_are_tokens_written_as_given() {
        let copy = MethodToken::parse("COPY").unwrap();
        assert_eq!(Method::Other(copy).as_str(), "COPY");
        assert_eq!(Method::Query.as_str(), "QUERY");
        assert_eq!(Method::Query.key(), "query");
        for bad in ["", "GET ME", "é"] {
            assert!(MethodToken::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn header_names_are_lowercased_and_checked() {
        assert_eq!(
            HeaderName::parse("X-Request-ID").unwrap().as_str(),
            "x-request-id"
        );
        assert_eq!(HeaderName::parse("accept").unwrap().as_str(), "accept");
        for bad in ["", "X Request", "x-caf\u{e9}", "a:b", "line\nbreak", "(x)"] {
            assert!(HeaderName::parse(bad).is_err(), "{bad:?}");
        }
        // Whatever parses is accepted by the constant constructor, which panics otherwise.
        for good in ["X-API-Key", "sessionToken", "x_fields", "Content-Type"] {
            let name = HeaderName::parse(good).unwrap();
            let text: &'static str = Box::leak(name.as_str().to_owned().into_boxed_str());
            assert_eq!(http::HeaderName::from_static(text).as_str(), name.as_str());
        }
    }

    #[test]
    fn media_types_must_be_visible_ascii() {
        for good in ["application/json", "application/json; charset=utf-8", "*/*"] {
            let media_type = MediaType::parse(good).unwrap();
            let text: &'static str = Box::leak(media_type.as_str().to_owned().into_boxed_str());
            assert_eq!(http::HeaderValue::from_static(text), good);
        }
        for bad in [
            "",
            " ",
            "application/j\u{f8}son",
            "text/plain\r\nX-Injected: 1",
            "a/b\u{7f}",
        ] {
            assert!(MediaType::parse(bad).is_err(), "{bad:?}");
        }
    }
}
