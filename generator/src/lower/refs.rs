//! References: `#/components/<kind>/<name>` to the component it names.

use openapiv3::{Parameter as OaParameter, ReferenceOr};

use super::Lowerer;
use crate::diagnostic::Error;
use crate::ir::Type;

/// Undoes RFC 6901 escaping of one reference token.
fn unescape_token(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

impl<'a> Lowerer<'a> {
    /// `#/components/schemas/X` → the named type of `X`.
    pub(super) fn schema_ref(&self, reference: &str, pointer: &str) -> Result<Type, Error> {
        let name = reference
            .strip_prefix("#/components/schemas/")
            .filter(|name| !name.contains('/'))
            .map(unescape_token)
            .ok_or_else(|| {
                self.error(
                    pointer,
                    format!(
                        "reference {reference} is not supported yet: only references to a whole \
                         schema, #/components/schemas/<name>, are resolved"
                    ),
                )
            })?;
        self.schema_names
            .get(&name)
            .map(|rust| Type::Named(rust.clone()))
            .ok_or_else(|| self.error(pointer, format!("dangling reference {reference}")))
    }

    pub(super) fn parameter_ref(
        &self,
        parameter: &'a ReferenceOr<OaParameter>,
        pointer: &str,
    ) -> Result<&'a OaParameter, Error> {
        let mut current = parameter;
        for _ in 0..32 {
            match current {
                ReferenceOr::Item(parameter) => return Ok(parameter),
                ReferenceOr::Reference { reference } => {
                    let name = reference
                        .strip_prefix("#/components/parameters/")
                        .map(unescape_token)
                        .ok_or_else(|| {
                            self.error(
                                pointer,
                                format!("unsupported parameter reference {reference}"),
                            )
                        })?;
                    current = self
                        .components
                        .and_then(|c| c.parameters.get(&name))
                        .ok_or_else(|| {
                            self.error(pointer, format!("dangling reference {reference}"))
                        })?;
                }
            }
        }
        Err(self.error(pointer, "parameter references form a cycle"))
    }

    pub(super) fn request_body_ref(
        &self,
        body: &'a ReferenceOr<openapiv3::RequestBody>,
        pointer: &str,
    ) -> Result<&'a openapiv3::RequestBody, Error> {
        match body {
            ReferenceOr::Item(body) => Ok(body),
            ReferenceOr::Reference { reference } => {
                let name = reference
                    .strip_prefix("#/components/requestBodies/")
                    .map(unescape_token)
                    .ok_or_else(|| {
                        self.error(
                            pointer,
                            format!("unsupported request body reference {reference}"),
                        )
                    })?;
                match self.components.and_then(|c| c.request_bodies.get(&name)) {
                    Some(ReferenceOr::Item(body)) => Ok(body),
                    Some(ReferenceOr::Reference { .. }) => Err(self.error(
                        pointer,
                        "chained request body references are not supported yet",
                    )),
                    None => Err(self.error(pointer, format!("dangling reference {reference}"))),
                }
            }
        }
    }

    pub(super) fn response_ref(
        &self,
        response: &'a ReferenceOr<openapiv3::Response>,
        pointer: &str,
    ) -> Result<(&'a openapiv3::Response, Option<String>), Error> {
        match response {
            ReferenceOr::Item(response) => Ok((response, None)),
            ReferenceOr::Reference { reference } => {
                let name = reference
                    .strip_prefix("#/components/responses/")
                    .map(unescape_token)
                    .ok_or_else(|| {
                        self.error(
                            pointer,
                            format!("unsupported response reference {reference}"),
                        )
                    })?;
                match self.components.and_then(|c| c.responses.get(&name)) {
                    Some(ReferenceOr::Item(response)) => Ok((response, Some(name))),
                    Some(ReferenceOr::Reference { .. }) => {
                        Err(self
                            .error(pointer, "chained response references are not supported yet"))
                    }
                    None => Err(self.error(pointer, format!("dangling reference {reference}"))),
                }
            }
        }
    }
}
