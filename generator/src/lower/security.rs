//! Security schemes, and the requirements of each operation.

use openapiv3::{APIKeyLocation, ReferenceOr, SecurityScheme as OaSecurityScheme};

use super::Lowerer;
use crate::diagnostic::push_token;
use crate::ir::{HeaderName, SchemeId, SecurityScheme, SecuritySchemeKind};
use crate::names::{self, Scope};

impl Lowerer<'_> {
    /// `components.securitySchemes`, in document order. Schemes that cannot be applied by
    /// setting a header, query parameter or cookie are left out with a warning.
    pub(super) fn security_schemes(&mut self) -> Vec<SecurityScheme> {
        let Some(components) = self.components else {
            return Vec::new();
        };
        let mut names = Scope::default();
        let mut schemes = Vec::new();
        for (key, scheme) in &components.security_schemes {
            let pointer = push_token("/components/securitySchemes", key);
            let ReferenceOr::Item(scheme) = scheme else {
                self.warn(
                    &pointer,
                    "unsupported-security",
                    "security scheme references are not supported yet",
                );
                continue;
            };
            let (kind, docs) = match scheme {
                OaSecurityScheme::APIKey {
                    location,
                    name,
                    description,
                    ..
                } => {
                    let kind = match location {
                        // The runtime parses the name when it applies a credential; one it
                        // cannot parse would fail every request.
                        APIKeyLocation::Header => match HeaderName::parse(name) {
                            Ok(_) => SecuritySchemeKind::ApiKeyHeader(name.clone()),
                            Err(why) => {
                                self.warn(
                                    &push_token(&pointer, "name"),
                                    "unsupported-security",
                                    format!("API key header {name:?} cannot be sent: {why}"),
                                );
                                continue;
                            }
                        },
                        APIKeyLocation::Query => SecuritySchemeKind::ApiKeyQuery(name.clone()),
                        APIKeyLocation::Cookie => SecuritySchemeKind::ApiKeyCookie(name.clone()),
                    };
                    (kind, description)
                }
                OaSecurityScheme::HTTP {
                    scheme,
                    description,
                    ..
                } => match scheme.to_ascii_lowercase().as_str() {
                    "bearer" => (SecuritySchemeKind::Bearer, description),
                    "basic" => (SecuritySchemeKind::Basic, description),
                    other => {
                        self.warn(
                            &push_token(&pointer, "scheme"),
                            "unsupported-security",
                            format!("HTTP authentication scheme `{other}` is not supported yet"),
                        );
                        continue;
                    }
                },
                OaSecurityScheme::OAuth2 { description, .. }
                | OaSecurityScheme::OpenIDConnect { description, .. } => {
                    (SecuritySchemeKind::Bearer, description)
                }
            };
            let const_name = names.claim(&names::const_name(key));
            schemes.push(SecurityScheme {
                key: key.clone(),
                const_name,
                kind,
                docs: docs.clone(),
            });
        }
        schemes
    }

    /// An operation's security requirements as alternatives of schemes. An
    /// alternative naming a scheme that is not generated (undefined, or `mutualTLS`) is left
    /// out with a warning; when none is left, the operation is generated without credentials,
    /// with a warning.
    pub(super) fn security_requirements(
        &mut self,
        schemes: &[SecurityScheme],
        requirements: &[openapiv3::SecurityRequirement],
        pointer: &str,
    ) -> Vec<Vec<SchemeId>> {
        let mut alternatives = Vec::new();
        for requirement in requirements {
            let ids: Option<Vec<SchemeId>> = requirement
                .keys()
                .map(|key| {
                    let position = schemes.iter().position(|scheme| &scheme.key == key)?;
                    Some(SchemeId::new(position))
                })
                .collect();
            match ids {
                Some(ids) => alternatives.push(ids),
                None => {
                    let keys: Vec<&str> = requirement.keys().map(String::as_str).collect();
                    self.warn(
                        pointer,
                        "unsupported-security",
                        format!(
                            "the way to authenticate with {} is left out: a scheme it names is \
                             not in components.securitySchemes or is not supported",
                            keys.join(" + ")
                        ),
                    );
                }
            }
        }
        if alternatives.is_empty() && !requirements.is_empty() {
            // Still callable: the caller's own HTTP client can add what the generator cannot
            // (a TLS client certificate, a header for an undeclared scheme) to `to_request`'s
            // request, so the operation is generated as needing no credentials.
            self.warn(
                pointer,
                "unsupported-security",
                "none of its ways to authenticate is supported: it is generated without \
                 credentials, which the caller adds to the request",
            );
        }
        alternatives
    }
}
