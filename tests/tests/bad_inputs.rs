//! The bad-input table: malformed and hostile vendor folders, each run through the real
//! `cargo xtask codegen` in a temporary workspace beside the fixture vendors, with the outcome
//! it must have.
//!
//! A row's input is `tests/fixtures/bad_inputs/<row>.yaml` (or `.json`), installed as the
//! document of a new vendor `specs/<row>/` with a plain `vendor.toml`, or the folder
//! `tests/fixtures/bad_inputs/<row>/`, installed as it is (overlays, manifests, several files).
//! Its outcome is one of:
//!
//! - an error whose message names the file and JSON pointer (and the line where the reader
//!   knows it) and says what is wrong; `generated/` must then be byte for byte what it was;
//! - generation, with exactly the warnings listed (kind, pointer, part of the message). A row
//!   with warnings first fails like any new warning, writing nothing, then generates once they
//!   are accepted.
//!
//! Every row that generates is then compiled in one crate ([`generating_rows_compile`]): one
//! `cargo clippy -D warnings`, so that the test stays fast however many rows there are.
//!
//! `BAD_INPUTS_SHOW=1 cargo test -p tests --test end_to_end -- --nocapture bad_inputs::` prints
//! what each row did, to write a new row's expectation from.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use tests::workspace::{Workspace, copy_tree};
use xtask::{CodegenOptions, Outcome};

/// What codegen must do with a row.
enum Expect {
    /// Fail naming `specs/<row>/` + `at` (a file, then `:line:column` where known and
    /// ` at #pointer`), with every one of `says` in the message.
    Error {
        at: &'static str,
        says: &'static [&'static str],
    },
    /// Generate a module that compiles, with exactly these warnings: kind, JSON pointer, and a
    /// part of the message.
    Generates {
        warnings: &'static [(&'static str, &'static str, &'static str)],
    },
}

struct Row {
    /// The fixture's name, and the vendor folder (so the module) it becomes.
    name: &'static str,
    /// What is wrong or hostile about it.
    why: &'static str,
    expect: Expect,
}

use Expect::{Error, Generates};

const ROWS: &[Row] = &[
    // ----- reading the bytes ---------------------------------------------------------------
    Row {
        name: "empty",
        why: "an empty file",
        expect: Error {
            at: "openapi.yaml at #",
            says: &["the file is empty"],
        },
    },
    Row {
        name: "comment_only",
        why: "YAML of nothing but a comment",
        expect: Error {
            at: "openapi.yaml at #",
            says: &["the file is empty"],
        },
    },
    Row {
        name: "binary",
        why: "an ELF header and every byte value",
        expect: Error {
            at: "openapi.yaml:2:118 at #",
            says: &["not UTF-8 text: byte 0x80", "looks like a binary file"],
        },
    },
    Row {
        name: "latin1",
        why: "Latin-1 text, not UTF-8",
        expect: Error {
            at: "openapi.yaml:1:23 at #",
            says: &["byte 0xE9 at line 1, column 23", "Latin-1"],
        },
    },
    Row {
        name: "utf16",
        why: "a UTF-16 document with its byte order mark",
        expect: Error {
            at: "openapi.yaml at #",
            says: &["UTF-16 text", "save it as UTF-8"],
        },
    },
    Row {
        name: "invalid_yaml",
        why: "an unclosed flow mapping",
        expect: Error {
            at: "openapi.yaml:4:6 at #",
            says: &["invalid YAML: did not find expected ',' or '}'"],
        },
    },
    Row {
        name: "invalid_json",
        why: "JSON that ends inside an object",
        expect: Error {
            at: "openapi.json:6:0 at #",
            says: &["invalid JSON: EOF while parsing an object"],
        },
    },
    Row {
        name: "tab_indentation",
        why: "YAML indented with a tab",
        expect: Error {
            at: "openapi.yaml:4:1 at #",
            says: &["invalid YAML: found character that cannot start any token"],
        },
    },
    Row {
        name: "duplicate_keys",
        why: "one key twice in a mapping",
        expect: Error {
            at: "openapi.yaml:7:5 at #",
            says: &["duplicate entry with key \"Pet\""],
        },
    },
    Row {
        name: "top_level_list",
        why: "a list where the document's mapping should be",
        expect: Error {
            at: "openapi.yaml at #",
            says: &["the document is a list, not a mapping"],
        },
    },
    Row {
        name: "complex_key",
        why: "a mapping key that is a list",
        expect: Error {
            at: "openapi.yaml at #/components/schemas",
            says: &["a mapping key is itself a list or mapping"],
        },
    },
    Row {
        name: "alias_bomb",
        why: "a billion laughs: nine levels of nine aliases each",
        expect: Error {
            at: "openapi.yaml at #",
            says: &["YAML aliases", "billion laughs"],
        },
    },
    Row {
        name: "unknown_alias",
        why: "an alias to an anchor never defined",
        expect: Error {
            at: "openapi.yaml:7:10 at #",
            says: &["invalid YAML: unknown anchor"],
        },
    },
    Row {
        name: "deep_nesting_yaml",
        why: "10,000 nested YAML lists (refused before the YAML reader, which is quadratic in them)",
        expect: Error {
            at: "openapi.yaml:5:265 at #",
            says: &["the document nests deeper than 128 levels"],
        },
    },
    Row {
        name: "deep_nesting_json",
        why: "10,000 nested JSON arrays",
        expect: Error {
            at: "openapi.json:1:218 at #",
            says: &["the document nests deeper than 128 levels"],
        },
    },
    Row {
        name: "deep_schema",
        why: "a schema 120 properties deep (240 levels of JSON)",
        expect: Error {
            at: "openapi.json:1:2790 at #",
            says: &["nests deeper than 128 levels", "split into components"],
        },
    },
    Row {
        name: "number_overflow",
        why: "1e400 in JSON, beyond a double",
        expect: Error {
            at: "openapi.json:2:70 at #",
            says: &["number out of range"],
        },
    },
    Row {
        name: "yaml_infinity",
        why: "YAML's .inf, which JSON cannot hold",
        expect: Error {
            at: "openapi.yaml at #/components/schemas/Big/maximum",
            says: &["number .inf has no JSON form"],
        },
    },
    // ----- dialects ------------------------------------------------------------------------
    Row {
        name: "swagger_1_2",
        why: "a Swagger 1.2 document",
        expect: Error {
            at: "openapi.yaml at #/swagger",
            says: &["Swagger 1.2 is not supported"],
        },
    },
    Row {
        name: "openapi_4_0",
        why: "OpenAPI 4.0.0",
        expect: Error {
            at: "openapi.yaml at #/openapi",
            says: &["OpenAPI 4.0.0 is not supported yet; supported are Swagger 2.0 and OpenAPI"],
        },
    },
    Row {
        name: "openapi_number",
        why: "`openapi: 3.1` read as a number",
        expect: Error {
            at: "openapi.yaml at #/openapi",
            says: &["must be a version string such as \"3.1.0\", found 3.1"],
        },
    },
    Row {
        name: "openapi_garbage",
        why: "`openapi: latest`",
        expect: Error {
            at: "openapi.yaml at #/openapi",
            says: &["OpenAPI latest is not supported yet"],
        },
    },
    Row {
        name: "openapi_missing",
        why: "a mapping without `openapi`",
        expect: Error {
            at: "openapi.yaml at #",
            says: &["no `openapi` field"],
        },
    },
    Row {
        name: "json_schema_dialect",
        why: "3.1 schemas declared to be of other JSON Schema dialects",
        expect: Generates {
            warnings: &[
                (
                    "dropped-keyword",
                    "/jsonSchemaDialect",
                    "not in the declared dialect \"https://json-schema.org/draft/2019-09/schema\"",
                ),
                (
                    "dropped-keyword",
                    "/components/schemas/Pet/$schema",
                    "not as \"https://json-schema.org/draft-07/schema#\"",
                ),
            ],
        },
    },
    // ----- the document's structure --------------------------------------------------------
    Row {
        name: "info_missing",
        why: "no `info`",
        expect: Error {
            at: "openapi.yaml at #:",
            says: &["an OpenAPI 3.0 document needs `info`, which is missing"],
        },
    },
    Row {
        name: "paths_not_a_mapping",
        why: "`paths` as a list",
        expect: Error {
            at: "openapi.yaml at #/paths",
            says: &["invalid type: list, expected a mapping"],
        },
    },
    Row {
        name: "parameter_without_schema",
        why: "a parameter with neither `schema` nor `content`",
        expect: Error {
            at: "openapi.yaml at #/paths/~1pets/get/parameters/0:",
            says: &["a parameter needs `schema` or `content`", "has neither"],
        },
    },
    Row {
        name: "parameter_bad_location",
        why: "a parameter `in: body`",
        expect: Error {
            at: "openapi.yaml at #/paths/~1pets/get/parameters/0/in",
            says: &["a `requestBody` in OpenAPI 3", "unknown variant `body`"],
        },
    },
    Row {
        name: "schema_wrong_type",
        why: "`required: name`, not a list, beside `type: structure`",
        expect: Error {
            at: "openapi.yaml at #/components/schemas/Pet/required",
            says: &["invalid type: string \"name\", expected a list"],
        },
    },
    Row {
        name: "huge_version",
        why: "an integer beyond 64 bits where a string belongs",
        expect: Error {
            at: "openapi.yaml at #/info/version",
            says: &["invalid type: floating point `1e+23`, expected a string"],
        },
    },
    Row {
        name: "huge_numbers",
        why: "bounds beyond 64 bits",
        expect: Generates {
            warnings: &[
                (
                    "approximated",
                    "/components/schemas/Count/minimum",
                    "read as -9223372036854775808",
                ),
                (
                    "approximated",
                    "/components/schemas/Count/maximum",
                    "read as 9223372036854775807",
                ),
                (
                    "approximated",
                    "/components/schemas/Name/maxLength",
                    "read as 18446744073709551615",
                ),
            ],
        },
    },
    Row {
        name: "status_keys",
        why: "response keys `0`, `abc` and `99999`",
        expect: Generates {
            warnings: &[
                (
                    "dropped-keyword",
                    "/paths/~1pets/get/responses/0",
                    "response key `0` is not a status code",
                ),
                (
                    "dropped-keyword",
                    "/paths/~1pets/get/responses/abc",
                    "response key `abc` is not a status code",
                ),
                (
                    "dropped-keyword",
                    "/paths/~1pets/get/responses/99999",
                    "response key `99999` is not a status code",
                ),
            ],
        },
    },
    Row {
        name: "path_parameter_not_in_path",
        why: "a path parameter the template lacks, and a template parameter not declared",
        expect: Generates {
            warnings: &[
                (
                    "not-generated",
                    "/paths/~1pets/get/parameters/0",
                    "path parameter `petId` is left out: the path /pets has no `{petId}`",
                ),
                (
                    "skipped-operation",
                    "/paths/~1owners~1{ownerId}/get",
                    "path parameter `ownerId` is not declared",
                ),
            ],
        },
    },
    Row {
        name: "path_templates_odd",
        why: "a path without a leading slash, an unclosed brace, a parameter twice",
        expect: Generates {
            warnings: &[(
                "skipped-operation",
                "/paths/~1a~1{id~1b/get",
                "unclosed `{` in path template /a/{id/b",
            )],
        },
    },
    Row {
        name: "header_name_invalid",
        why: "a header name with a space and a newline, a media type with CR LF",
        expect: Generates {
            warnings: &[
                (
                    "skipped-operation",
                    "/paths/~1pets/post/parameters/0",
                    "a header name is made of letters, digits",
                ),
                (
                    "skipped-operation",
                    "/paths/~1pets/put/requestBody/content/text~1plain\r\nX-Injected: 1",
                    "a header value is made of visible ASCII characters only",
                ),
            ],
        },
    },
    Row {
        name: "security_undeclared",
        why: "a security requirement naming an undeclared scheme",
        expect: Generates {
            warnings: &[
                (
                    "unsupported-security",
                    "/paths/~1pets/get",
                    "nowhere is left out",
                ),
                (
                    "unsupported-security",
                    "/paths/~1pets/get",
                    "generated without credentials",
                ),
            ],
        },
    },
    Row {
        name: "odd_schemas",
        why: "empty enums and compositions, mixed enums, unknown formats, a lowercase `2xx`",
        expect: Generates { warnings: &[] },
    },
    // ----- references ----------------------------------------------------------------------
    Row {
        name: "dangling_ref",
        why: "a reference to a schema that does not exist",
        expect: Error {
            at: "openapi.yaml at #/components/schemas/Pet/properties/owner",
            says: &["dangling reference #/components/schemas/Owner"],
        },
    },
    Row {
        name: "ref_cycle_aliases",
        why: "A → B → A, references only",
        expect: Error {
            at: "openapi.yaml at #/components/schemas/A",
            says: &[
                "references form a cycle",
                "#/components/schemas/B → #/components/schemas/A → #/components/schemas/B",
            ],
        },
    },
    Row {
        name: "ref_self_alias",
        why: "A → A",
        expect: Error {
            at: "openapi.yaml at #/components/schemas/A",
            says: &["#/components/schemas/A → #/components/schemas/A"],
        },
    },
    Row {
        name: "ref_cycle_all_of",
        why: "a cycle of aliases through a single-member allOf and 3.1 $defs",
        expect: Error {
            at: "openapi.yaml at #/components/schemas/A",
            says: &[
                "only stand for each other",
                "#/components/schemas/A → #/components/schemas/B → #/components/schemas/C → \
                 #/components/schemas/A",
            ],
        },
    },
    Row {
        name: "ref_file_cycle",
        why: "a cycle of references across two files",
        expect: Error {
            at: "openapi.yaml at #/components/schemas/Pet",
            says: &["#/components/schemas/Pet → other.yaml#/Animal → #/components/schemas/Pet"],
        },
    },
    Row {
        name: "ref_cycle_properties",
        why: "recursion through properties, lists and maps (legitimate)",
        expect: Generates { warnings: &[] },
    },
    Row {
        name: "ref_chain_long",
        why: "300 schemas linked in a ring through properties (rustc needs a recursion limit)",
        expect: Generates { warnings: &[] },
    },
    Row {
        name: "ref_chain_deep",
        why: "200 schemas each holding the next, no cycle (rustc needs a recursion limit)",
        expect: Generates { warnings: &[] },
    },
    Row {
        name: "all_of_own_holder",
        why: "a property that is allOf of its own component (found by fuzzing: stack overflow)",
        expect: Generates { warnings: &[] },
    },
    Row {
        name: "ref_climbs_out",
        why: "`$ref: ../../secrets.yaml#/Pet`",
        expect: Error {
            at: "openapi.yaml at #/components/schemas/Pet",
            says: &["leaves the document's folder"],
        },
    },
    Row {
        name: "ref_absolute_path",
        why: "`$ref: /etc/passwd#/Pet`",
        expect: Error {
            at: "openapi.yaml at #/components/schemas/Pet",
            says: &["`/etc/passwd` is an absolute path"],
        },
    },
    Row {
        name: "ref_url",
        why: "`$ref` to an https URL",
        expect: Error {
            at: "openapi.yaml at #/components/schemas/Pet",
            says: &["is a URL", "nothing is fetched"],
        },
    },
    Row {
        name: "ref_anchor",
        why: "`$ref: '#pet'`, a plain-name fragment",
        expect: Error {
            at: "openapi.yaml at #/components/schemas/Owner/properties/pet",
            says: &["`#pet` is not a JSON pointer"],
        },
    },
    Row {
        name: "ref_missing_file",
        why: "`$ref` to a file of the folder that is not there",
        expect: Error {
            at: "openapi.yaml at #/components/schemas/Pet",
            says: &["common.yaml cannot be read"],
        },
    },
    Row {
        name: "ref_not_a_string",
        why: "`$ref` whose value is a mapping",
        expect: Error {
            at: "openapi.yaml at #/components/schemas/Pet",
            says: &["`$ref` must be a string", "found an object"],
        },
    },
    Row {
        name: "ref_to_non_schema",
        why: "a schema `$ref` to `#/info/title`, a string",
        expect: Error {
            at: "openapi.yaml at #/components/schemas/Pet/properties/name",
            says: &["`$ref: #/info/title`: points at a string, not at a schema"],
        },
    },
    Row {
        name: "ref_to_parameter_list",
        why: "a parameter `$ref` to a whole list (found by fuzzing: it panicked)",
        expect: Error {
            at: "openapi.yaml at #/paths/~1things~1{id}/put/parameters/1",
            says: &["points at an array, not at a parameter"],
        },
    },
    // ----- names and text ------------------------------------------------------------------
    Row {
        name: "keyword_names",
        why: "`type`, `self`, `Self`, `crate`, `super`, prelude and runtime names everywhere",
        expect: Generates {
            warnings: &[(
                "numbered-name",
                "/components/schemas/self",
                "so this one is `Self2`",
            )],
        },
    },
    Row {
        name: "colliding_names",
        why: "`foo-bar`, `foo_bar`, `FooBar`, `fooBar` as schemas, operations and members",
        expect: Generates {
            warnings: &[(
                "numbered-name",
                "/paths/~1FooBar/get",
                "so this one is `FooBar2`",
            )],
        },
    },
    Row {
        name: "duplicate_operation_ids",
        why: "two operations with one operationId",
        expect: Generates {
            warnings: &[(
                "duplicate-operation-id",
                "/paths/~1pets/post/operationId",
                "operationId `pets` of POST /pets is also that of GET /pets",
            )],
        },
    },
    Row {
        name: "unicode_names",
        why: "names without ASCII letters, empty names and emoji",
        expect: Generates { warnings: &[] },
    },
    Row {
        name: "long_names",
        why: "names of 10,000 characters",
        expect: Generates { warnings: &[] },
    },
    Row {
        name: "hostile_text",
        why: "prose that closes comments and strings, bidi overrides, NUL and ESC",
        expect: Generates {
            warnings: &[
                ("removed-characters", "/info/title", "U+202E removed"),
                (
                    "removed-characters",
                    "/info/description",
                    "U+0000, U+001B, U+202E, U+2066 removed",
                ),
                (
                    "removed-characters",
                    "/components/schemas/Pet/properties/name/description",
                    "U+202E removed",
                ),
            ],
        },
    },
    // ----- overlays ------------------------------------------------------------------------
    Row {
        name: "overlay_bad_jsonpath",
        why: "a target that is not JSONPath",
        expect: Error {
            at: "fixes.overlay.yaml at #/actions/0/target",
            says: &["invalid RFC 9535 JSONPath `$.paths[?(@.get`"],
        },
    },
    Row {
        name: "overlay_target_missing",
        why: "a target that selects nothing",
        expect: Error {
            at: "fixes.overlay.yaml at #/actions/0/target",
            says: &["selects nothing"],
        },
    },
    Row {
        name: "overlay_invalid_yaml",
        why: "an overlay that does not parse",
        expect: Error {
            at: "fixes.overlay.yaml:4:1 at #",
            says: &["invalid YAML"],
        },
    },
    Row {
        name: "overlay_not_an_overlay",
        why: "an OpenAPI document named as an overlay",
        expect: Error {
            at: "fixes.overlay.yaml at #/openapi",
            says: &["unknown field `openapi` in the overlay"],
        },
    },
    Row {
        name: "overlay_wrong_types",
        why: "a numeric target and a string `remove`",
        expect: Error {
            at: "fixes.overlay.yaml at #/actions/0/target",
            says: &["`target` must be a JSONPath string"],
        },
    },
    Row {
        name: "overlay_breaks_document",
        why: "an overlay that removes `info`",
        expect: Error {
            at: "openapi.yaml at #:",
            says: &[
                "needs `info`, which is missing",
                "as specs/overlay_breaks_document/fixes.overlay.yaml leaves it",
            ],
        },
    },
    // ----- vendor.toml ---------------------------------------------------------------------
    Row {
        name: "manifest_missing",
        why: "a vendor folder without vendor.toml",
        expect: Error {
            at: "vendor.toml:",
            says: &["every vendor folder needs a vendor.toml"],
        },
    },
    Row {
        name: "manifest_empty",
        why: "an empty vendor.toml",
        expect: Error {
            at: "vendor.toml:1:1:",
            says: &["missing field `spec`"],
        },
    },
    Row {
        name: "manifest_missing_spec",
        why: "vendor.toml without `spec`",
        expect: Error {
            at: "vendor.toml:1:1:",
            says: &["missing field `spec`"],
        },
    },
    Row {
        name: "manifest_unknown_key",
        why: "`overlay` for `overlays`",
        expect: Error {
            at: "vendor.toml:2:1:",
            says: &[
                "unknown field `overlay`, expected one of `spec`, `overlays`, `include`, `exclude`",
                "`[[include]]` and `[[exclude]]` tables",
            ],
        },
    },
    Row {
        name: "manifest_wrong_type",
        why: "`spec` as a list",
        expect: Error {
            at: "vendor.toml:1:8:",
            says: &["invalid type: sequence, expected a string"],
        },
    },
    Row {
        name: "manifest_invalid_toml",
        why: "an unclosed string",
        expect: Error {
            at: "vendor.toml:1:21:",
            says: &["invalid basic string"],
        },
    },
    Row {
        name: "manifest_spec_not_found",
        why: "`spec` naming a file that is not there",
        expect: Error {
            at: "vendor.toml:",
            says: &["spec = \"opanapi.yaml\" cannot be read"],
        },
    },
    Row {
        name: "manifest_spec_climbs_out",
        why: "`spec = \"../../../../../../../../etc/passwd\"`",
        expect: Error {
            at: "vendor.toml:",
            says: &[
                "resolves outside specs/manifest_spec_climbs_out/",
                "it was not read",
            ],
        },
    },
    Row {
        name: "manifest_spec_is_folder",
        why: "`spec = \".\"`",
        expect: Error {
            at: "vendor.toml:",
            says: &["spec = \".\" is a directory"],
        },
    },
];

/// Where a row's input lives: a single document, or a vendor folder.
fn fixture(name: &str) -> PathBuf {
    let base = tests::root().join("tests/fixtures/bad_inputs");
    for candidate in [
        base.join(name),
        base.join(format!("{name}.yaml")),
        base.join(format!("{name}.json")),
    ] {
        if candidate.exists() {
            return candidate;
        }
    }
    panic!("no fixture for row {name} in {}", base.display())
}

/// Puts a row's input into `specs/<row>/` of the workspace.
fn install(workspace: &Workspace, name: &str) {
    let source = fixture(name);
    let folder = workspace.path(&format!("specs/{name}"));
    if source.is_dir() {
        copy_tree(&source, &folder);
        return;
    }
    let extension = source
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("yaml");
    let document = format!("openapi.{extension}");
    fs::create_dir_all(&folder).unwrap();
    fs::copy(&source, folder.join(&document)).unwrap();
    fs::write(folder.join("vendor.toml"), format!("spec = {document:?}\n")).unwrap();
}

/// What a run did with a row.
#[derive(Debug)]
enum Seen {
    /// The run failed with this message.
    Error(String),
    /// Generation succeeded after accepting these warnings (kind, pointer, message).
    Generated(Vec<(String, String, String)>),
}

/// Runs `codegen` on a fresh workspace holding the row, checking that nothing is written
/// unless it generates.
fn run_row(row: &Row) -> Result<Seen, String> {
    let workspace = Workspace::new();
    install(&workspace, row.name);
    let before = workspace.snapshot();
    let unchanged = |what: &str| {
        if workspace.snapshot() == before {
            Ok(())
        } else {
            Err(format!("generated/ changed after {what}"))
        }
    };
    let run = match workspace.try_run(&CodegenOptions::default()) {
        Err(error) => {
            unchanged("a failed codegen")?;
            return Ok(Seen::Error(format!("{error:#}")));
        }
        Ok(run) => run,
    };
    let warnings = row_warnings(&workspace, row.name)?;
    if run.outcome == Outcome::Failure {
        unchanged("new warnings")?;
        if warnings.is_empty() {
            return Err(format!("codegen failed without an error: {run:?}"));
        }
        let accepted = workspace
            .try_run(&CodegenOptions {
                accept_warnings: true,
                ..CodegenOptions::default()
            })
            .map_err(|e| format!("accepting the warnings failed: {e:#}"))?;
        if accepted.outcome != Outcome::Success {
            return Err(format!("codegen --accept-warnings failed: {accepted:?}"));
        }
    } else if !warnings.is_empty() {
        return Err(format!("codegen passed despite new warnings: {run:?}"));
    }
    let module = workspace.path(&format!("generated/src/{}/mod.rs", row.name));
    if !module.exists() {
        return Err(format!("{} was not written", module.display()));
    }
    Ok(Seen::Generated(warnings))
}

/// The row's warnings, as generation reports them.
fn row_warnings(
    workspace: &Workspace,
    name: &str,
) -> Result<Vec<(String, String, String)>, String> {
    let input = xtask::read_specs(workspace.root()).map_err(|e| format!("{e:#}"))?;
    let generated = generator::generate(&input).map_err(|e| format!("{e:?}"))?;
    let summary = generated
        .modules
        .iter()
        .find(|m| m.module == name)
        .ok_or_else(|| format!("no module {name}"))?;
    Ok(summary
        .warnings
        .iter()
        .map(|w| {
            (
                w.kind.to_owned(),
                w.location.pointer.clone(),
                w.message.clone(),
            )
        })
        .collect())
}

/// Whether what happened is what the row expects; `Err` says how it differs.
fn judge(row: &Row, seen: &Seen) -> Result<(), String> {
    match (&row.expect, seen) {
        (Error { at, says }, Seen::Error(message)) => {
            let mut missing: Vec<String> = says.iter().map(|s| (*s).to_owned()).collect();
            missing.insert(0, format!("specs/{}/{at}", row.name));
            missing.retain(|part| !message.contains(part.as_str()));
            if missing.is_empty() {
                Ok(())
            } else {
                Err(format!("{missing:?} not in the error: {message}"))
            }
        }
        (Generates { warnings }, Seen::Generated(seen)) => {
            let expected: BTreeSet<(&str, &str)> = warnings.iter().map(|w| (w.0, w.1)).collect();
            let got: BTreeSet<(&str, &str)> =
                seen.iter().map(|w| (w.0.as_str(), w.1.as_str())).collect();
            if expected != got {
                return Err(format!(
                    "warnings differ: expected {expected:?}, got {seen:#?}"
                ));
            }
            for (kind, pointer, part) in *warnings {
                let said = seen
                    .iter()
                    .any(|w| w.0 == *kind && w.1 == *pointer && w.2.contains(part));
                if !said {
                    return Err(format!(
                        "no {kind} warning at {pointer} saying {part:?}: {seen:#?}"
                    ));
                }
            }
            Ok(())
        }
        (Error { .. }, Seen::Generated(warnings)) => Err(format!(
            "generated (warnings: {warnings:#?}) instead of failing"
        )),
        (Generates { .. }, Seen::Error(message)) => {
            Err(format!("failed instead of generating: {message}"))
        }
    }
}

#[test]
fn every_row_has_its_outcome_and_failures_leave_generated_alone() {
    assert!(ROWS.len() >= 40, "the table has only {} rows", ROWS.len());
    let names: BTreeSet<&str> = ROWS.iter().map(|r| r.name).collect();
    assert_eq!(names.len(), ROWS.len(), "two rows share a name");
    let show = std::env::var_os("BAD_INPUTS_SHOW").is_some();
    let started = Instant::now();
    let mut failures = Vec::new();
    for row in ROWS {
        let result = run_row(row).and_then(|seen| {
            if show {
                eprintln!("{}: {seen:#?}", row.name);
            }
            judge(row, &seen)
        });
        if let Err(why) = result {
            failures.push(format!("{} ({}): {why}", row.name, row.why));
        }
    }
    eprintln!(
        "{} rows in {:.1} s",
        ROWS.len(),
        started.elapsed().as_secs_f64()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Every fixture in the folder is a row of the table, so that none is forgotten.
#[test]
fn every_fixture_is_a_row() {
    let base = tests::root().join("tests/fixtures/bad_inputs");
    let mut unlisted = Vec::new();
    for entry in fs::read_dir(&base).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        if !ROWS.iter().any(|row| row.name == name) {
            unlisted.push(name);
        }
    }
    assert!(unlisted.is_empty(), "fixtures without a row: {unlisted:?}");
}

/// The rows that generate, all in one crate, pass `cargo clippy -D warnings`.
#[test]
fn generating_rows_compile() {
    let workspace = Workspace::new();
    let rows: Vec<&Row> = ROWS
        .iter()
        .filter(|row| matches!(row.expect, Generates { .. }))
        .collect();
    for row in &rows {
        install(&workspace, row.name);
    }
    let run = workspace
        .try_run(&CodegenOptions {
            accept_warnings: true,
            ..CodegenOptions::default()
        })
        .unwrap_or_else(|e| panic!("{e:#}"));
    assert_eq!(run.outcome, Outcome::Success, "{run:?}");
    for row in &rows {
        let module = format!("generated/src/{}/mod.rs", row.name);
        assert!(workspace.path(&module).exists(), "{module} was not written");
    }
    clippy(&workspace.path(xtask::GENERATED_DIR));
}

/// `cargo clippy -D warnings` on a copy of the generated crate, offline against the
/// workspace's lock file. The copy lives in `target/bad-inputs/crate/` and only files that
/// changed are rewritten, so that a rerun rebuilds nothing it need not; dependencies are built
/// once, in `target/bad-inputs/target/`.
fn clippy(generated: &Path) {
    let base = tests::root().join("target/bad-inputs");
    let copy = base.join("crate");
    let files: Vec<generator::GeneratedFile> = tree_files(generated)
        .into_iter()
        .map(|path| {
            let mut contents = fs::read_to_string(generated.join(&path)).unwrap();
            if path == "Cargo.toml" {
                // A crate of its own, not a member of the workspace whose `target/` holds it.
                contents.push_str("\n[workspace]\n");
            }
            generator::GeneratedFile { path, contents }
        })
        .collect();
    xtask::write(&copy, &files).unwrap_or_else(|e| panic!("{e:#}"));
    let lock = fs::read(tests::root().join("Cargo.lock")).unwrap();
    if fs::read(copy.join("Cargo.lock")).ok().as_ref() != Some(&lock) {
        fs::write(copy.join("Cargo.lock"), lock).unwrap();
    }
    let started = Instant::now();
    let output = Command::new(env!("CARGO"))
        // The library only: a generated crate holds no tests, and checking it again as a test
        // target would double the time.
        .args(["clippy", "--quiet", "--offline", "--manifest-path"])
        .arg(copy.join("Cargo.toml"))
        .args(["--", "-D", "warnings"])
        .env("CARGO_TARGET_DIR", base.join("target"))
        .output()
        .unwrap();
    eprintln!(
        "cargo clippy of the generating rows: {:.1} s",
        started.elapsed().as_secs_f64()
    );
    assert!(
        output.status.success(),
        "the generating rows do not pass clippy:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// The `/`-separated paths of the generated crate's own files: `Cargo.toml` and `src/`.
fn tree_files(dir: &Path) -> Vec<String> {
    let mut files = vec!["Cargo.toml".to_owned()];
    let mut pending = vec![PathBuf::from("src")];
    while let Some(folder) = pending.pop() {
        for entry in fs::read_dir(dir.join(&folder)).unwrap() {
            let entry = entry.unwrap();
            let relative = folder.join(entry.file_name());
            if entry.file_type().unwrap().is_dir() {
                pending.push(relative);
            } else {
                files.push(relative.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    files
}
