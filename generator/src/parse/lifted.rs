//! The schemas of parameters, headers and media types, lifted out of the document before serde
//! reads the rest, and put back as [`schemas`](super::schemas) reads them.
//!
//! Each lifted schema leaves a reference to a mark in its place, so that serde reads the same
//! objects with the same members; the marks are then replaced in what it read. A mark that is
//! not found again (a schema in a place `openapiv3` does not read as one) or a schema that does
//! not read undoes the whole lift: the caller reads the document as it was.

use openapiv3::{
    Callback, Components, MediaType, OpenAPI, Operation, Parameter, ParameterSchemaOrContent,
    PathItem, ReferenceOr, Response, Schema,
};
use serde_json::{Map, Value};

use super::schemas;
use crate::diagnostic::push_token;

/// What a lifted schema's reference points to: no document's reference starts so.
const MARK: &str = "\u{0}lifted/";

/// The methods whose operations `openapiv3` reads in a path item.
const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// The lifted schemas, each with the pointer it was lifted from.
#[derive(Default)]
pub(super) struct Lifted {
    schemas: Vec<(String, Value)>,
}

/// Lifts the schemas out of `document`'s paths and components (but `components.schemas`).
pub(super) fn lift(document: &mut Value) -> Lifted {
    let mut lifted = Lifted::default();
    let Value::Object(root) = document else {
        return lifted;
    };
    if let Some(Value::Object(paths)) = root.get_mut("paths") {
        for (path, item) in paths.iter_mut() {
            lifted.path_item(item, &push_token("/paths", path));
        }
    }
    if let Some(Value::Object(components)) = root.get_mut("components") {
        for (section, entries) in components.iter_mut() {
            let Value::Object(entries) = entries else {
                continue;
            };
            let at = push_token("/components", section);
            for (name, entry) in entries.iter_mut() {
                let at = push_token(&at, name);
                match section.as_str() {
                    "parameters" | "headers" => lifted.parameter(entry, &at),
                    "requestBodies" => lifted.request_body(entry, &at),
                    "responses" => lifted.response(entry, &at),
                    "callbacks" => lifted.callback(entry, &at),
                    _ => {}
                }
            }
        }
    }
    lifted
}

/// An object that is not a reference (`openapiv3` ignores the other members of one).
fn item(value: &mut Value) -> Option<&mut Map<String, Value>> {
    match value {
        Value::Object(members) if !members.contains_key("$ref") => Some(members),
        _ => None,
    }
}

impl Lifted {
    fn path_item(&mut self, item_value: &mut Value, pointer: &str) {
        let Some(members) = item(item_value) else {
            return;
        };
        for (key, value) in members.iter_mut() {
            let at = push_token(pointer, key);
            if key == "parameters" {
                self.each(value, &at, Self::parameter);
            } else if METHODS.contains(&key.as_str()) {
                self.operation(value, &at);
            }
        }
    }

    fn operation(&mut self, value: &mut Value, pointer: &str) {
        let Value::Object(members) = value else {
            return;
        };
        for (key, value) in members.iter_mut() {
            let at = push_token(pointer, key);
            match key.as_str() {
                "parameters" => self.each(value, &at, Self::parameter),
                "requestBody" => self.request_body(value, &at),
                "responses" => self.each(value, &at, Self::response),
                "callbacks" => self.each(value, &at, Self::callback),
                _ => {}
            }
        }
    }

    fn callback(&mut self, value: &mut Value, pointer: &str) {
        if item(value).is_some() {
            self.each(value, pointer, Self::path_item);
        }
    }

    /// A parameter or a header: a schema, or content.
    fn parameter(&mut self, value: &mut Value, pointer: &str) {
        let Some(members) = item(value) else {
            return;
        };
        for (key, value) in members.iter_mut() {
            match key.as_str() {
                "schema" => self.schema(value, &push_token(pointer, key)),
                "content" => self.each(value, &push_token(pointer, key), Self::media_type),
                _ => {}
            }
        }
    }

    fn request_body(&mut self, value: &mut Value, pointer: &str) {
        if let Some(content) = item(value).and_then(|members| members.get_mut("content")) {
            self.each(content, &push_token(pointer, "content"), Self::media_type);
        }
    }

    fn response(&mut self, value: &mut Value, pointer: &str) {
        let Some(members) = item(value) else {
            return;
        };
        for (key, value) in members.iter_mut() {
            match key.as_str() {
                "headers" => self.each(value, &push_token(pointer, key), Self::parameter),
                "content" => self.each(value, &push_token(pointer, key), Self::media_type),
                _ => {}
            }
        }
    }

    fn media_type(&mut self, value: &mut Value, pointer: &str) {
        if let Some(schema) = item(value).and_then(|members| members.get_mut("schema")) {
            self.schema(schema, &push_token(pointer, "schema"));
        }
    }

    /// `visit` of each entry of a map or each item of a list.
    fn each(&mut self, value: &mut Value, pointer: &str, visit: fn(&mut Self, &mut Value, &str)) {
        match value {
            Value::Object(entries) => {
                for (key, entry) in entries.iter_mut() {
                    visit(self, entry, &push_token(pointer, key));
                }
            }
            Value::Array(items) => {
                for (index, entry) in items.iter_mut().enumerate() {
                    visit(self, entry, &push_token(pointer, &index.to_string()));
                }
            }
            _ => {}
        }
    }

    /// Lifts a schema that is not a reference, leaving a reference to its mark.
    fn schema(&mut self, value: &mut Value, pointer: &str) {
        if item(value).is_none() {
            return;
        }
        let mark = format!("{MARK}{}", self.schemas.len());
        let mut placeholder = Map::new();
        placeholder.insert("$ref".to_owned(), Value::String(mark));
        let schema = std::mem::replace(value, Value::Object(placeholder));
        self.schemas.push((pointer.to_owned(), schema));
    }

    /// Puts every lifted schema back where its mark is in `api`, as read here; `None` when a
    /// mark is missing or a schema does not read.
    pub(super) fn put_back(&self, api: &mut OpenAPI) -> Option<()> {
        let mut found = 0;
        // `place` counts into `found` until the block ends.
        {
            let mut place = |slot: &mut ReferenceOr<Schema>| -> Option<()> {
                let ReferenceOr::Reference { reference } = slot else {
                    return Some(());
                };
                let Some(index) = reference.strip_prefix(MARK) else {
                    return Some(());
                };
                let (_, value) = self.schemas.get(index.parse::<usize>().ok()?)?;
                *slot = schemas::schema_or_reference(value)?;
                found += 1;
                Some(())
            };
            items(api.paths.paths.values_mut(), &mut place, path_item)?;
            if let Some(components) = &mut api.components {
                components_slots(components, &mut place)?;
            }
        }
        (found == self.schemas.len()).then_some(())
    }

    /// Puts the lifted schemas back into `document`, as they were.
    pub(super) fn restore(self, document: &mut Value) {
        for (pointer, schema) in self.schemas {
            if let Some(slot) = document.pointer_mut(&pointer) {
                *slot = schema;
            }
        }
    }
}

/// What is done to each schema slot while putting back.
type Place<'p> = dyn FnMut(&mut ReferenceOr<Schema>) -> Option<()> + 'p;

/// `slots` of each entry that is not a reference.
fn items<'i, T: 'i>(
    entries: impl IntoIterator<Item = &'i mut ReferenceOr<T>>,
    place: &mut Place<'_>,
    slots: impl Fn(&mut T, &mut Place<'_>) -> Option<()>,
) -> Option<()> {
    entries.into_iter().try_for_each(|entry| match entry {
        ReferenceOr::Item(item) => slots(item, place),
        ReferenceOr::Reference { .. } => Some(()),
    })
}

fn components_slots(components: &mut Components, place: &mut Place<'_>) -> Option<()> {
    items(components.parameters.values_mut(), place, parameter_slots)?;
    items(components.headers.values_mut(), place, |header, place| {
        format_slots(&mut header.format, place)
    })?;
    items(
        components.request_bodies.values_mut(),
        place,
        |body, place| media_slots(body.content.values_mut(), place),
    )?;
    items(components.responses.values_mut(), place, response_slots)?;
    items(components.callbacks.values_mut(), place, callback_slots)
}

fn callback_slots(callback: &mut Callback, place: &mut Place<'_>) -> Option<()> {
    callback
        .values_mut()
        .try_for_each(|item| path_item(item, place))
}

fn path_item(item: &mut PathItem, place: &mut Place<'_>) -> Option<()> {
    items(&mut item.parameters, place, parameter_slots)?;
    let operations = [
        &mut item.get,
        &mut item.put,
        &mut item.post,
        &mut item.delete,
        &mut item.options,
        &mut item.head,
        &mut item.patch,
        &mut item.trace,
    ];
    for operation in operations.into_iter().flatten() {
        operation_slots(operation, place)?;
    }
    Some(())
}

fn operation_slots(operation: &mut Operation, place: &mut Place<'_>) -> Option<()> {
    items(&mut operation.parameters, place, parameter_slots)?;
    items(&mut operation.request_body, place, |body, place| {
        media_slots(body.content.values_mut(), place)
    })?;
    let responses = &mut operation.responses;
    let all = responses
        .default
        .iter_mut()
        .chain(responses.responses.values_mut());
    items(all, place, response_slots)?;
    operation
        .callbacks
        .values_mut()
        .try_for_each(|callback| callback_slots(callback, place))
}

fn parameter_slots(parameter: &mut Parameter, place: &mut Place<'_>) -> Option<()> {
    let data = match parameter {
        Parameter::Query { parameter_data, .. }
        | Parameter::Header { parameter_data, .. }
        | Parameter::Path { parameter_data, .. }
        | Parameter::Cookie { parameter_data, .. } => parameter_data,
    };
    format_slots(&mut data.format, place)
}

fn format_slots(format: &mut ParameterSchemaOrContent, place: &mut Place<'_>) -> Option<()> {
    match format {
        ParameterSchemaOrContent::Schema(schema) => place(schema),
        ParameterSchemaOrContent::Content(content) => media_slots(content.values_mut(), place),
    }
}

fn response_slots(response: &mut Response, place: &mut Place<'_>) -> Option<()> {
    items(response.headers.values_mut(), place, |header, place| {
        format_slots(&mut header.format, place)
    })?;
    media_slots(response.content.values_mut(), place)
}

fn media_slots<'m>(
    media: impl Iterator<Item = &'m mut MediaType>,
    place: &mut Place<'_>,
) -> Option<()> {
    for media in media {
        if let Some(schema) = &mut media.schema {
            place(schema)?;
        }
    }
    Some(())
}
