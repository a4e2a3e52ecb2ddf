//! Sequential media types (`text/event-stream`, `application/jsonl`, `application/json-seq`,
//! …), whose items OpenAPI 3.2 describes one at a time with `itemSchema` (kept by
//! normalization as `x-itemSchema`).
//!
//! This is where typed streams plug in. The item schema is lowered to a type here
//! ([`ResponseBody::Stream`]), so the item type is generated; the runtime does not decode a
//! stream item by item yet, so the response body is still the stream's bytes, and a
//! `not-generated` warning says so.

use indexmap::IndexMap;
use openapiv3::{MediaType as OaMediaType, ReferenceOr, Schema};

use super::Lowerer;
use super::inline::Inline;
use crate::diagnostic::{Error, push_token};
use crate::extension;
use crate::ir::ResponseBody;

/// Warning kind: a part of the document is read but no code is generated for it (as
/// normalization's kind of that name).
const NOT_GENERATED: &str = crate::normalize::NOT_GENERATED;

impl Lowerer<'_> {
    /// The body of a response whose `content` (at `pointer`) describes a stream's items, the
    /// first media type with an `itemSchema`; `None` when none has one.
    pub(super) fn stream_body(
        &mut self,
        content: &IndexMap<String, OaMediaType>,
        pointer: &str,
        inline: &Inline,
    ) -> Result<Option<ResponseBody>, Error> {
        let Some((media_type, item)) = content.iter().find_map(|(media_type, media)| {
            Some((media_type, media.extensions.get(extension::ITEM_SCHEMA)?))
        }) else {
            return Ok(None);
        };
        let at = push_token(&push_token(pointer, media_type), "itemSchema");
        let schema: ReferenceOr<Schema> = serde_json::from_value(item.clone())
            .map_err(|error| self.error(&at, format!("`itemSchema` is not a schema: {error}")))?;
        let item = self.schema_or_ref(&schema, &at, &inline.stream_item())?;
        self.warn(
            &at,
            NOT_GENERATED,
            format!(
                "the items of the `{media_type}` stream are typed, but not decoded one by one: \
                 the response body is the stream's bytes"
            ),
        );
        Ok(Some(ResponseBody::Stream(item)))
    }
}
