//! Responses: one variant per status, the types of their bodies, and the `Accept` header.

use indexmap::IndexMap;
use openapiv3::{MediaType as OaMediaType, ReferenceOr, StatusCode};

use super::inline::Inline;
use super::{Lowerer, json_media};
use crate::diagnostic::{Error, push_token};
use crate::ir::{MediaType, Response, ResponseBody, StatusMatch};
use crate::names::{self, Scope};

/// What a response's `content` gives: the body, and the media types to accept.
#[derive(Debug, Clone)]
pub(super) struct Content {
    body: ResponseBody,
    media_types: Vec<MediaType>,
}

impl<'a> Lowerer<'a> {
    /// An operation's responses, one variant per status, and every media type they declare,
    /// for the `Accept` header.
    pub(super) fn responses(
        &mut self,
        operation: &str,
        op: &'a openapiv3::Operation,
        pointer: &str,
    ) -> Result<(Vec<Response>, Vec<MediaType>), Error> {
        let responses_pointer = push_token(pointer, "responses");
        let mut entries: Vec<(StatusMatch, &ReferenceOr<openapiv3::Response>)> = op
            .responses
            .responses
            .iter()
            .map(|(status, response)| match status {
                StatusCode::Code(code) => (StatusMatch::Code(*code), response),
                StatusCode::Range(hundreds) => (StatusMatch::Range(*hundreds), response),
            })
            .collect();
        if let Some(default) = &op.responses.default {
            entries.push((StatusMatch::Default, default));
        }
        let mut variants = Scope::default();
        let mut accept: Vec<MediaType> = Vec::new();
        let mut responses = Vec::with_capacity(entries.len());
        for (status, response) in entries {
            let at = push_token(&responses_pointer, &status_key(status));
            let variant = variants.claim(&match status {
                StatusMatch::Code(code) => names::status_variant(code),
                StatusMatch::Range(hundreds) => names::status_range_variant(hundreds),
                StatusMatch::Default => "Default".to_owned(),
            });
            let (response, component) = self.item_with_component(response, &at)?;
            let content = match component {
                Some(component) => self.component_response_content(component, response)?,
                None => {
                    let inline = Inline::new(
                        format!("{operation}{variant}Body"),
                        format!(
                            "the body of the `{}` response of `{operation}`",
                            status_key(status)
                        ),
                    )
                    .described_by(Some(&response.description));
                    self.content(&response.content, &at, &inline)?
                }
            };
            for media_type in content.media_types {
                if !accept.contains(&media_type) {
                    accept.push(media_type);
                }
            }
            responses.push(Response {
                status,
                variant,
                docs: Some(status_docs(status, &response.description)),
                body: content.body,
            });
        }
        if responses.is_empty() {
            // 3.1 lets `responses` be left out; whatever comes back is then kept as bytes.
            responses.push(Response {
                status: StatusMatch::Default,
                variant: variants.claim("Default"),
                docs: Some("Any status: the document describes no responses.".to_owned()),
                body: ResponseBody::Raw,
            });
        }
        Ok((responses, accept))
    }

    /// The content of component response `name`, lowered where the component stands the first
    /// time it is used.
    fn component_response_content(
        &mut self,
        name: &'a str,
        response: &openapiv3::Response,
    ) -> Result<Content, Error> {
        if let Some(content) = self.response_types.get(name) {
            return Ok(content.clone());
        }
        let at = push_token("/components/responses", name);
        let inline = Inline::new(
            names::type_name(name),
            format!("the body of the `{name}` response"),
        )
        .described_by(Some(&response.description));
        let content = self.content(&response.content, &at, &inline)?;
        self.response_types.insert(name, content.clone());
        Ok(content)
    }

    /// The content of the response at `pointer`. A media type that cannot be sent in `Accept`
    /// is left out of it with a warning; the body is decoded whatever its media type says.
    fn content(
        &mut self,
        content: &IndexMap<String, OaMediaType>,
        pointer: &str,
        inline: &Inline,
    ) -> Result<Content, Error> {
        let content_pointer = push_token(pointer, "content");
        let mut media_types = Vec::with_capacity(content.len());
        for key in content.keys() {
            match MediaType::parse(key) {
                Ok(media_type) => media_types.push(media_type),
                Err(why) => self.warn(
                    &push_token(&content_pointer, key),
                    "invalid-media-type",
                    format!("media type {key:?} is left out of `Accept`: {why}"),
                ),
            }
        }
        let body = match json_media(content) {
            None if content.is_empty() => ResponseBody::None,
            Some((
                media_type,
                OaMediaType {
                    schema: Some(schema),
                    ..
                },
            )) => {
                let at = push_token(&push_token(&content_pointer, media_type), "schema");
                ResponseBody::Json(self.schema_or_ref(schema, &at, inline)?)
            }
            _ => self
                .stream_body(content, &content_pointer, inline)?
                .unwrap_or(ResponseBody::Raw),
        };
        Ok(Content { body, media_types })
    }
}

/// A response variant's docs: its status, and the response's description.
fn status_docs(status: StatusMatch, description: &str) -> String {
    let code = match status {
        StatusMatch::Code(code) => code.to_string(),
        StatusMatch::Range(hundreds) => format!("{hundreds}XX"),
        StatusMatch::Default => "Any other status".to_owned(),
    };
    let description = description.trim();
    if description.is_empty() {
        code
    } else {
        format!("{code}: {description}")
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
