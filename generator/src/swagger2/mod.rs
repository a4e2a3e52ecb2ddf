//! Stage 3 for Swagger 2.0: a 2.0 document → the same API in the OpenAPI 3.0 shape, which the
//! later stages (bundle, normalize, parse, lower) then read like any 3.0 document.
//!
//! It runs right after dialect detection and before `bundle`, because 2.0 changes where things
//! stand: `#/definitions/Pet` becomes `#/components/schemas/Pet`, a body parameter becomes the
//! operation's `requestBody`, a response's `schema` moves under `content`. References are
//! rewritten while converting, so that bundling finds every target where the 3.0 shape has it.
//!
//! Other files of the document's folder (`Pet.yaml`, `parameters.yaml#/limitParam`) hold 2.0
//! fragments too. What a fragment is depends on where the reference to it stands (a schema, a
//! parameter, a response, a path item), so each part of another file that a reference reaches is
//! converted as that kind, in place, in a copy of the file handed on to bundling
//! ([`Converted::referenced`]); its pointers keep meaning what they meant. Parts that change
//! shape with the operation that uses them are copied into it instead: a body or `formData`
//! parameter becomes part of the operation's `requestBody`, and a response shared by operations
//! whose `produces` differ from the document's is copied with the operation's media types.
//!
//! One rule per construct, grouped by family, one file each:
//!
//! - `document.rs`: `swagger`, `host` + `basePath` + `schemes` → `servers`, `definitions`,
//!   `parameters` and `responses` → `components`, the document's `consumes` and `produces`;
//! - `operations.rs`: path items and operations: parameters sorted into parameters and the
//!   request body, `in: body` → `requestBody`, `in: formData` → a form or multipart body,
//!   `consumes` → its `content` map, per-operation `schemes`;
//! - `parameters.rs`: a query, path or header parameter's `type`, `items` and validation
//!   keywords → `schema`, `collectionFormat` → `style` and `explode`;
//! - `responses.rs`: `schema` → `content` by `produces`, `headers`, `examples`;
//! - `schemas.rs`: `x-nullable` → `nullable`, `discriminator` (a property name) → the 3.0
//!   object, `type: file` → a binary string, tuple `items`, malformed keywords;
//! - `security.rs`: `securityDefinitions` (basic, apiKey, oauth2 and its four flows) →
//!   `securitySchemes`;
//! - `refs.rs`: where a reference leads: pointers into `definitions`, `parameters` and
//!   `responses` rewritten, other files' parts reached, copies made valid where they land;
//! - `origins.rs`: where each converted node came from, so that what the later stages report
//!   points into the 2.0 text.
//!
//! Whatever the 3.0 shape cannot carry is a warning with the file and JSON pointer of the 2.0
//! node, of the kinds normalization uses ([`DROPPED_KEYWORD`], [`APPROXIMATED`],
//! [`NOT_GENERATED`]).

mod document;
mod operations;
mod origins;
mod parameters;
mod refs;
mod responses;
mod schemas;
mod security;
#[cfg(test)]
mod test_support;

use std::collections::{HashMap, HashSet, VecDeque};
use std::rc::Rc;

use serde_json::Value;

use crate::Document;
use crate::bundle::ReferencedFile;
use crate::bundle::uri;
use crate::diagnostic::{Error, Location, Warning};
use crate::load;
pub use crate::normalize::{APPROXIMATED, DROPPED_KEYWORD, NOT_GENERATED};
pub use origins::Origins;

/// A 2.0 document in the 3.0 shape, and the other files of its folder that its references
/// reach, with the parts reached converted too.
#[derive(Debug, Clone, PartialEq)]
pub struct Converted {
    pub document: Value,
    /// Named as [`ReferencedFile::file`] names them, in the order first reached.
    pub referenced: Vec<(String, Value)>,
    pub warnings: Vec<Warning>,
    /// Where the document's converted nodes came from, to report later stages' findings at
    /// the 2.0 pointers.
    pub origins: Origins,
}

/// Converts a Swagger 2.0 document. `referenced` holds the other files of its folder (or of
/// `root`, see [`crate::ModuleInput::root`]) that its references reach, as [`missing_files`]
/// names them.
pub fn convert(
    file: &str,
    root: Option<&str>,
    document: Value,
    referenced: &[Document],
) -> Result<Converted, Error> {
    let mut converter = Converter::new(file, root, document, referenced, false)?;
    let document = converter.run()?;
    let referenced = converter
        .files
        .into_iter()
        .skip(1)
        .map(|source| {
            let value = source
                .converted
                .unwrap_or_else(|| Value::clone(&source.original));
            (source.name, value)
        })
        .collect();
    Ok(Converted {
        document,
        referenced,
        warnings: converter.warnings,
        origins: converter.origins,
    })
}

/// The files of the document's folder that converting it needs and `referenced` lacks, in the
/// order first met.
pub fn missing_files(
    file: &str,
    root: Option<&str>,
    document: &Value,
    referenced: &[Document],
) -> Result<Vec<ReferencedFile>, Error> {
    let mut converter = Converter::new(file, root, document.clone(), referenced, true)?;
    converter.run()?;
    Ok(converter.missing)
}

/// What a reference stands for, by where it stands: the four places 2.0 allows one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Kind {
    Schema,
    Parameter,
    Response,
    PathItem,
}

/// Index of a file in [`Converter::files`]; the document itself is [`MAIN`].
type FileId = usize;
const MAIN: FileId = 0;

/// One file of the folder: its name in messages (and for bundling), its path relative to the
/// folder, its text as read, and (for other files) a copy in which reached parts are converted.
struct Source {
    name: String,
    path: String,
    original: Rc<Value>,
    converted: Option<Value>,
}

/// Where a node stands: its file and its JSON pointer there (in the 2.0 text).
#[derive(Debug, Clone, Copy)]
struct At<'p> {
    file: FileId,
    pointer: &'p str,
}

impl<'p> At<'p> {
    fn new(file: FileId, pointer: &'p str) -> Self {
        At { file, pointer }
    }
}

/// One conversion: the files read so far, the parts of other files still to convert, and the
/// document-wide defaults operations fall back on.
struct Converter<'a> {
    /// The folder files are named in, as document names spell it.
    folder: String,
    files: Vec<Source>,
    by_path: HashMap<String, FileId>,
    supplied: HashMap<&'a str, &'a Document>,
    /// List missing files instead of failing on them.
    listing: bool,
    missing: Vec<ReferencedFile>,
    warnings: Vec<Warning>,
    origins: Origins,
    /// Parts of other files reached by a reference, each converted once, as the kind of the
    /// first reference that reached it.
    reached: HashSet<(FileId, String)>,
    queue: VecDeque<(FileId, String, Kind)>,
    /// The document's `consumes`, `produces` and `schemes`, for operations that give none.
    consumes: Vec<String>,
    produces: Vec<String>,
    schemes: Option<Value>,
}

impl<'a> Converter<'a> {
    fn new(
        file: &str,
        root: Option<&str>,
        document: Value,
        referenced: &'a [Document],
        listing: bool,
    ) -> Result<Self, Error> {
        let (folder, path) = uri::place(file, root).map_err(|why| Error::new(file, "", why))?;
        Ok(Converter {
            folder,
            files: vec![Source {
                name: file.to_owned(),
                path: path.clone(),
                original: Rc::new(document),
                converted: None,
            }],
            by_path: HashMap::from([(path, MAIN)]),
            supplied: referenced.iter().map(|d| (d.file.as_str(), d)).collect(),
            listing,
            missing: Vec::new(),
            warnings: Vec::new(),
            origins: Origins::new(file),
            reached: HashSet::new(),
            queue: VecDeque::new(),
            consumes: Vec::new(),
            produces: Vec::new(),
            schemes: None,
        })
    }

    fn warn(&mut self, at: At, kind: &'static str, message: impl Into<String>) {
        let location = Location::new(&self.files[at.file].name, at.pointer);
        self.warnings.push(Warning::new(location, kind, message));
    }

    fn error(&self, at: At, message: impl Into<String>) -> Error {
        Error::new(&self.files[at.file].name, at.pointer, message)
    }

    /// Converts the document, then every part of another file that a reference reached.
    fn run(&mut self) -> Result<Value, Error> {
        let original = Rc::clone(&self.files[MAIN].original);
        let document = self.document(&original)?;
        while let Some((file, pointer, kind)) = self.queue.pop_front() {
            let original = Rc::clone(&self.files[file].original);
            let Some(node) = original.pointer(&pointer) else {
                // Bundling reports a reference to nothing, naming where it stands.
                continue;
            };
            let at = At::new(file, &pointer);
            let converted = match kind {
                Kind::Schema => self.schema(node, at)?,
                Kind::Parameter => self.parameter_entry(node, at)?,
                Kind::Response => {
                    let produces = self.produces.clone();
                    self.response(node, at, &produces)?
                }
                Kind::PathItem => self.path_item(node, at)?,
            };
            let copy = self.files[file]
                .converted
                .get_or_insert_with(|| Value::clone(&original));
            if let Some(slot) = copy.pointer_mut(&pointer) {
                *slot = converted;
            }
        }
        Ok(document)
    }

    /// The file at `relative` (to the folder), read on first use; `None` when it was not
    /// supplied and missing files are being listed.
    fn file(&mut self, relative: &str, at: At, reference: &str) -> Result<Option<FileId>, Error> {
        if let Some(&file) = self.by_path.get(relative) {
            return Ok(Some(file));
        }
        let name = uri::join(&self.folder, relative);
        if let Some(document) = self.supplied.get(name.as_str()) {
            let value = load::load(&document.file, &document.bytes)?;
            let file = self.files.len();
            self.files.push(Source {
                name,
                path: relative.to_owned(),
                original: Rc::new(value),
                converted: None,
            });
            self.by_path.insert(relative.to_owned(), file);
            return Ok(Some(file));
        }
        if !self.listing {
            return Err(self.error(
                at,
                format!("`$ref: {reference}`: {name} was not supplied with the document"),
            ));
        }
        if !self.missing.iter().any(|m| m.path == relative) {
            self.missing.push(ReferencedFile {
                file: name,
                path: relative.to_owned(),
                referenced_at: Location::new(&self.files[at.file].name, at.pointer),
            });
        }
        Ok(None)
    }
}

/// The strings of a list such as `consumes`, `produces` or `required`; `None` when the value
/// is not a list of strings.
fn strings(value: &Value) -> Option<Vec<String>> {
    value
        .as_array()?
        .iter()
        .map(|item| item.as_str().map(str::to_owned))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::test_support::{convert_document, found};
    use super::*;
    use serde_json::json;

    /// Every rule's output, in one document, is something `openapiv3` reads after the later
    /// stages.
    #[test]
    fn a_document_using_every_2_0_construct_parses() {
        let (document, _) = convert_document(json!({
            "swagger": "2.0",
            "info": {"title": "t", "version": "1"},
            "host": "api.example.com", "basePath": "/v1", "schemes": ["https"],
            "consumes": ["application/json"], "produces": ["application/json"],
            "securityDefinitions": {
                "basic": {"type": "basic"},
                "key": {"type": "apiKey", "in": "header", "name": "X-Key"},
                "implicit": {"type": "oauth2", "flow": "implicit",
                             "authorizationUrl": "https://a", "scopes": {"r": "read"}},
                "password": {"type": "oauth2", "flow": "password", "tokenUrl": "https://t",
                             "scopes": {}},
                "application": {"type": "oauth2", "flow": "application",
                                "tokenUrl": "https://t", "scopes": {}},
                "accessCode": {"type": "oauth2", "flow": "accessCode",
                               "authorizationUrl": "https://a", "tokenUrl": "https://t",
                               "scopes": {}}
            },
            "security": [{"key": []}],
            "parameters": {
                "limit": {"name": "limit", "in": "query", "type": "integer", "format": "int32"},
                "pet": {"name": "pet", "in": "body", "schema": {"$ref": "#/definitions/Pet"}}
            },
            "responses": {"Error": {"description": "e", "schema": {"$ref": "#/definitions/Error"}}},
            "paths": {
                "/pets/{id}": {
                    "parameters": [{"name": "id", "in": "path", "required": true,
                                    "type": "string"}],
                    "get": {
                        "parameters": [
                            {"$ref": "#/parameters/limit"},
                            {"name": "tags", "in": "query", "type": "array",
                             "items": {"type": "string"}, "collectionFormat": "multi"}
                        ],
                        "responses": {
                            "200": {"description": "ok", "schema": {"$ref": "#/definitions/Pet"},
                                    "headers": {"X-Rate": {"type": "integer"}}},
                            "default": {"$ref": "#/responses/Error"}
                        }
                    },
                    "put": {
                        "parameters": [{"$ref": "#/parameters/pet"}],
                        "responses": {"204": {"description": "done"}}
                    },
                    "post": {
                        "consumes": ["multipart/form-data"],
                        "produces": ["image/png"],
                        "parameters": [
                            {"name": "file", "in": "formData", "type": "file", "required": true},
                            {"name": "note", "in": "formData", "type": "string"}
                        ],
                        "responses": {"200": {"description": "image",
                                              "schema": {"type": "file"}}}
                    }
                }
            },
            "definitions": {
                "Pet": {"type": "object", "discriminator": "kind", "required": ["kind"],
                        "properties": {"kind": {"type": "string"},
                                       "tag": {"type": "string", "x-nullable": true}}},
                "Error": {"type": "object", "properties": {"code": {"type": "integer"}}}
            }
        }));
        let normalized = crate::normalize::normalize(
            "f.yaml",
            crate::dialect::Dialect::V3_0,
            crate::bundle::bundle("f.yaml", None, crate::dialect::Dialect::V3_0, document, &[])
                .unwrap(),
        );
        let api = crate::parse::parse("f.yaml", normalized.document.clone())
            .unwrap_or_else(|error| panic!("{error}\n{:#}", normalized.document));
        let components = api.components.expect("components");
        assert_eq!(components.security_schemes.len(), 6);
        assert_eq!(components.schemas.len(), 2);
        assert_eq!(api.servers[0].url, "https://api.example.com/v1");
    }

    #[test]
    fn other_files_are_converted_where_references_reach_them() {
        let main = json!({
            "swagger": "2.0",
            "info": {"title": "t", "version": "1"},
            "paths": {"/pets": {
                "get": {
                    "parameters": [{"$ref": "parameters.yaml#/limit"}],
                    "responses": {"200": {"description": "ok", "schema": {
                        "type": "array", "items": {"$ref": "Pet.yaml"}
                    }}}
                },
                "post": {
                    "parameters": [{"$ref": "parameters.yaml#/pet"}],
                    "responses": {"default": {"$ref": "../common/responses.yaml#/Error"}}
                }
            }}
        });
        let supplied = |name: &str, text: &str| Document {
            file: name.to_owned(),
            bytes: text.as_bytes().to_vec(),
        };
        let referenced = [
            supplied(
                "spec/parameters.yaml",
                "limit: {name: limit, in: query, type: integer}\n\
                 pet: {name: pet, in: body, schema: {$ref: 'Pet.yaml'}}\n",
            ),
            supplied(
                "spec/Pet.yaml",
                "type: object\nproperties: {tag: {type: string, x-nullable: true}}\n",
            ),
            supplied(
                "common/responses.yaml",
                "Error: {description: e, schema: {type: object}}\n",
            ),
        ];
        let converter_main = "spec/swagger.yaml";
        // `../common` leaves the document's folder, which is refused as bundling refuses it,
        // unless the folder references may read from is one that holds both.
        let error = missing_files(converter_main, None, &main, &[]).unwrap_err();
        assert!(
            error.message.contains("leaves the document's folder"),
            "{error}"
        );
        assert_eq!(
            error.location.pointer,
            "/paths/~1pets/post/responses/default"
        );
        let missing = missing_files(converter_main, Some(""), &main, &[]).unwrap();
        let names: Vec<&str> = missing.iter().map(|m| m.file.as_str()).collect();
        assert_eq!(
            names,
            [
                "spec/parameters.yaml",
                "spec/Pet.yaml",
                "common/responses.yaml"
            ]
        );
        let converted = convert(converter_main, Some(""), main.clone(), &referenced).unwrap();
        assert_eq!(
            converted.document["paths"]["/pets"]["post"]["responses"]["default"],
            json!({"$ref": "../common/responses.yaml#/Error"})
        );

        let mut main = main;
        main["paths"]["/pets"]["post"]["responses"]["default"] =
            json!({"$ref": "responses.yaml#/Error"});
        let referenced = [
            referenced[0].clone(),
            referenced[1].clone(),
            supplied(
                "spec/responses.yaml",
                "Error: {description: e, schema: {type: object}}\n",
            ),
        ];
        let missing = missing_files(converter_main, None, &main, &[]).unwrap();
        let names: Vec<&str> = missing.iter().map(|m| m.file.as_str()).collect();
        assert_eq!(
            names,
            [
                "spec/parameters.yaml",
                "spec/Pet.yaml",
                "spec/responses.yaml"
            ]
        );
        assert!(
            missing_files(converter_main, None, &main, &referenced)
                .unwrap()
                .is_empty()
        );
        let converted = convert(converter_main, None, main, &referenced).unwrap();
        let file = |name: &str| {
            &converted
                .referenced
                .iter()
                .find(|(file, _)| file == name)
                .unwrap_or_else(|| panic!("{name} not handed on"))
                .1
        };
        assert_eq!(
            file("spec/parameters.yaml")["limit"],
            json!({"name": "limit", "in": "query", "schema": {"type": "integer"}})
        );
        assert_eq!(
            file("spec/Pet.yaml")["properties"]["tag"],
            json!({"type": "string", "nullable": true})
        );
        assert_eq!(
            file("spec/responses.yaml")["Error"],
            json!({"description": "e", "content": {"application/json": {"schema": {"type": "object"}}}})
        );
        let post = &converted.document["paths"]["/pets"]["post"];
        // The body parameter of the other file is copied into the operation, its reference
        // made relative to the document.
        assert_eq!(
            post["requestBody"],
            json!({"required": false, "content": {"application/json": {
                "schema": {"$ref": "Pet.yaml"}
            }}})
        );
        assert_eq!(post.get("parameters"), None);
        assert!(found(&converted.warnings).is_empty());
    }
}
