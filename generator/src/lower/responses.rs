//! Responses: one variant per status, the types of their bodies, and the `Accept` header.

use indexmap::IndexMap;
use openapiv3::{MediaType, ReferenceOr, StatusCode};

use super::{Lowerer, json_media};
use crate::diagnostic::{Error, push_token};
use crate::ir::{Response, ResponseBody, StatusMatch};
use crate::names::{self, Scope};

impl<'a> Lowerer<'a> {
    /// An operation's responses, one variant per status, and the `Accept` header listing every
    /// media type they declare.
    pub(super) fn responses(
        &mut self,
        operation: &str,
        op: &'a openapiv3::Operation,
        pointer: &str,
    ) -> Result<(Vec<Response>, Option<String>), Error> {
        let responses_pointer = push_token(pointer, "responses");
        let mut entries: Vec<(StatusMatch, String, &ReferenceOr<openapiv3::Response>)> = op
            .responses
            .responses
            .iter()
            .map(|(status, response)| {
                let status = match status {
                    StatusCode::Code(code) => StatusMatch::Code(*code),
                    StatusCode::Range(hundreds) => StatusMatch::Range(*hundreds),
                };
                (status, status_key(status), response)
            })
            .collect();
        if let Some(default) = &op.responses.default {
            entries.push((StatusMatch::Default, "default".to_owned(), default));
        }
        let mut variants = Scope::default();
        let mut accept: Vec<&str> = Vec::new();
        let mut responses = Vec::with_capacity(entries.len());
        for (status, key, response) in entries {
            let at = push_token(&responses_pointer, &key);
            let variant = variants.claim(&match status {
                StatusMatch::Code(code) => names::status_variant(code),
                StatusMatch::Range(hundreds) => names::status_range_variant(hundreds),
                StatusMatch::Default => "Default".to_owned(),
            });
            let (response, component) = self.item_with_component(response, &at)?;
            for media_type in response.content.keys() {
                if !accept.contains(&media_type.as_str()) {
                    accept.push(media_type);
                }
            }
            let body = match component {
                Some(component) => self.component_response_body(component, response)?,
                None => {
                    let hint = format!("{operation}{variant}Body");
                    self.response_body(&response.content, &at, &hint)?
                }
            };
            let code = match status {
                StatusMatch::Code(code) => code.to_string(),
                StatusMatch::Range(hundreds) => format!("{hundreds}XX"),
                StatusMatch::Default => "Any other status".to_owned(),
            };
            let description = response.description.trim();
            responses.push(Response {
                status,
                variant,
                docs: Some(if description.is_empty() {
                    code
                } else {
                    format!("{code}: {description}")
                }),
                body,
            });
        }
        if responses.is_empty() {
            // 3.1 lets `responses` be left out; whatever comes back is then kept as bytes.
            responses.push(Response {
                status: StatusMatch::Default,
                variant: "Default".to_owned(),
                docs: Some("Any status: the document describes no responses.".to_owned()),
                body: ResponseBody::Raw,
            });
        }
        let accept = (!accept.is_empty()).then(|| accept.join(", "));
        Ok((responses, accept))
    }

    /// The body of component response `name`, lowered where the component stands the first
    /// time it is used.
    fn component_response_body(
        &mut self,
        name: &'a str,
        response: &openapiv3::Response,
    ) -> Result<ResponseBody, Error> {
        if let Some(body) = self.response_types.get(name) {
            return Ok(body.clone());
        }
        let at = push_token("/components/responses", name);
        let body = self.response_body(&response.content, &at, &names::type_name(name))?;
        self.response_types.insert(name, body.clone());
        Ok(body)
    }

    fn response_body(
        &mut self,
        content: &IndexMap<String, MediaType>,
        pointer: &str,
        hint: &str,
    ) -> Result<ResponseBody, Error> {
        if content.is_empty() {
            return Ok(ResponseBody::None);
        }
        match json_media(content) {
            Some((
                media_type,
                MediaType {
                    schema: Some(schema),
                    ..
                },
            )) => {
                let at = push_token(
                    &push_token(&push_token(pointer, "content"), media_type),
                    "schema",
                );
                Ok(ResponseBody::Json(self.schema_or_ref(schema, &at, hint)?))
            }
            _ => Ok(ResponseBody::Raw),
        }
    }
}

/// The key a status has in `responses`, for pointers.
fn status_key(status: StatusMatch) -> String {
    match status {
        StatusMatch::Code(code) => code.to_string(),
        StatusMatch::Range(hundreds) => format!("{hundreds}XX"),
        StatusMatch::Default => "default".to_owned(),
    }
}
