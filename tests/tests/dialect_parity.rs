//! The same API described in two dialects generates the same Rust.
//!
//! Where the corpus (`../shared/corpus/`) has an API both in Swagger 2.0 and in OpenAPI 3.x,
//! both documents are generated and the public API of the two modules is compared the way
//! `codegen --check` compares a module with its committed version (`xtask::api_diff`:
//! operations, their routes, parameters and responses, structs, enums and aliases), and so are
//! their default base URL and security schemes. Every difference must be listed in
//! [`EXPECTED`] with why it is there, and every entry there must still be found.

use generator::{CrateInput, Document, ModuleInput};
use xtask::api_diff;

/// (twin, Swagger 2.0 document, OpenAPI 3.x document), relative to the corpus.
const TWINS: &[(&str, &str, &str)] = &[
    (
        "petstore",
        "oai-examples/v2.0/yaml/petstore.yaml",
        "oai-examples/v3.0/petstore.yaml",
    ),
    (
        "petstore-expanded",
        "oai-examples/v2.0/yaml/petstore-expanded.yaml",
        "oai-examples/v3.0/petstore-expanded.yaml",
    ),
    (
        "api-with-examples",
        "oai-examples/v2.0/yaml/api-with-examples.yaml",
        "oai-examples/v3.0/api-with-examples.yaml",
    ),
    (
        "sendgrid",
        "sendgrid/oai.json",
        "sendgrid/oai_v3_stoplight.json",
    ),
];

/// (twin, a difference as `api_diff` words it, from the 2.0 module to the 3.x one, `*`
/// standing for any text; why). Each is a difference of the two documents: where the twins
/// say the same thing, the 2.0 conversion generates the same Rust.
const EXPECTED: &[(&str, &str, &str)] = &[
    (
        "petstore",
        "parameter `CreatePets.body: Pet` added (required)",
        "the 2.0 twin's `POST /pets` takes no body; the 3.0 twin's takes a `Pet`",
    ),
    (
        "petstore",
        "response `ShowPetByIdResponse::Ok` holds 200 Pet instead of 200 Pets",
        "the 2.0 twin answers `GET /pets/{petId}` with `Pets` (a list), the 3.0 twin with a `Pet`",
    ),
    (
        "petstore-expanded",
        "`DEFAULT_BASE_URL` \"http://petstore.swagger.io/api\" removed",
        "the 2.0 twin's host, base path and scheme make http://petstore.swagger.io/api; the 3.0 \
         twin's server is https://petstore.swagger.io/v2",
    ),
    (
        "petstore-expanded",
        "`DEFAULT_BASE_URL` \"https://petstore.swagger.io/v2\" added",
        "(the same server, from the 3.0 side)",
    ),
    (
        "api-with-examples",
        "response `*Response::*` holds * Vec<u8> instead of *",
        "the 2.0 twin's responses give `examples` but no `schema`, so they have no body; the 3.0 \
         twin's have `application/json` content (examples, no schema), kept as bytes",
    ),
    (
        "api-with-examples",
        "`*Success::*` is * Vec<u8> instead of *",
        "(the same responses, in the enum of successes that `into_result` gives)",
    ),
    (
        "api-with-examples",
        "`*Error::*` is * Vec<u8> instead of *",
        "(the same responses, in the enum of errors that `into_result` gives)",
    ),
    (
        "sendgrid",
        "response `GetSubusersStatsResponse::Ok` holds Vec<CategoryStats> instead of CategoryStats",
        "the 2.0 twin answers with one `category_stats`, the 3.1 twin with a list of them",
    ),
    (
        "sendgrid",
        "response `GetV3MessagesMsgIdResponse::BadRequest` holds TraitGlobalErrors500 instead of \
         serde_json::Value",
        "the 2.0 twin's `schema` of this 400 is an example (`{errors: [...]}`, no keyword), any \
         value; the 3.1 twin gives an object schema, alike (description included) to that of its \
         `trait_globalErrors500`, so the two are one type",
    ),
    (
        "sendgrid",
        "`GetV3MessagesMsgIdError::BadRequest` is TraitGlobalErrors500 instead of \
         serde_json::Value",
        "(that response, in the enum of errors that `into_result` gives)",
    ),
    (
        "sendgrid",
        "operation `PostDesign` now sends POST /designs instead of POST /designs/{id}",
        "the 2.0 twin gives `POST /designs/{id}` and `POST /designs` the same operationId \
         (`POST-design`), so they are `PostDesign` and, after its method and path, `PostDesigns`; the 3.1 \
         twin names the first `POST-design-dup`",
    ),
    (
        "sendgrid",
        "parameter `PostDesign.*",
        "(the same renaming: `PostDesign` is another operation in each module)",
    ),
    (
        "sendgrid",
        "response `PostDesignResponse::*",
        "(the same renaming)",
    ),
    (
        "sendgrid",
        "`PostDesignError::*",
        "(the same renaming, in the enum of errors that `into_result` gives)",
    ),
    (
        "sendgrid",
        "type `PostDesignsError` removed",
        "(the same renaming)",
    ),
    (
        "sendgrid",
        "type `PostDesignDupError` added",
        "(the same renaming)",
    ),
    (
        "sendgrid",
        "operation `PostDesigns` (POST /designs) removed",
        "(the same renaming)",
    ),
    (
        "sendgrid",
        "operation `PostDesignDup` (POST /designs/{id}) added",
        "(the same renaming)",
    ),
    (
        "sendgrid",
        "field `*.field` is `Option<String>` instead of `Option<serde_json::Value>`",
        "the 2.0 twin types the `field` of these errors `type: null` (only null: any value in \
         Rust), the 3.1 twin a nullable string",
    ),
    (
        "sendgrid",
        "field `SuppressionGroup.last_email_sent_at` is `Option<i64>` instead of \
         `Option<serde_json::Value>`",
        "`type: null` in the 2.0 twin, a nullable integer in the 3.1 twin",
    ),
    (
        "sendgrid",
        "field `PostContactdbRecipientsSearchBody.conditions` is `Vec<ContactdbSegmentsConditions>` \
         instead of `Vec<serde_json::Value>`",
        "the 2.0 twin's `items` is an example value (no keyword), the 3.1 twin references \
         `contactdb_segments_conditions`",
    ),
    (
        "sendgrid",
        "field `PutMarketingSinglesendsIdScheduleBody.send_at` is `chrono::DateTime<chrono::Utc>` \
         instead of `PutMarketingSinglesendsIdScheduleBodySendAt`",
        "only the 2.0 twin restricts `send_at` with `enum: [now]` (a string enum); the 3.1 twin \
         says `format: date-time`",
    ),
    (
        "sendgrid",
        "parameter `GetAutomationStat.end_date` is `Option<chrono::NaiveDate>` instead of `Option<String>`",
        "the 2.0 twin's `default: ''` is not a date, so its parameter stays a string \
         (`untyped-format`); the 3.1 twin's default is `2021-01-01`",
    ),
    (
        "sendgrid",
        "parameter `GetAutomationStat.start_date` is `Option<chrono::NaiveDate>` instead of `Option<String>`",
        "the 2.0 twin's `default: ''` is not a date, so its parameter stays a string \
         (`untyped-format`); the 3.1 twin's default is `2021-01-01`",
    ),
    (
        "sendgrid",
        "parameter `GetSinglesendStat.end_date` is `Option<chrono::NaiveDate>` instead of `Option<String>`",
        "the 2.0 twin's `default: ''` is not a date, so its parameter stays a string \
         (`untyped-format`); the 3.1 twin's default is `2021-01-01`",
    ),
    (
        "sendgrid",
        "parameter `GetSinglesendStat.start_date` is `Option<chrono::NaiveDate>` instead of `Option<String>`",
        "the 2.0 twin's `default: ''` is not a date, so its parameter stays a string \
         (`untyped-format`); the 3.1 twin's default is `2021-01-01`",
    ),
    (
        "sendgrid",
        "type `PutMarketingSinglesendsIdScheduleBodySendAt` removed",
        "(that enum)",
    ),
    (
        "sendgrid",
        "field `PutMcContactsImportsBody.field_mappings` is \
         `Vec<Option<PutMcContactsImportsBodyFieldMappingsItem>>` instead of `Vec<Option<String>>`",
        "the 2.0 twin says `anyOf: [string, {type: null}]` (a nullable string); the 3.1 twin's \
         second member is `{nullable: true}`, a schema of any value, so the items are a union",
    ),
    (
        "sendgrid",
        "type `PutMcContactsImportsBodyFieldMappingsItem` added",
        "(that union)",
    ),
    (
        "sendgrid",
        "`*Status::NotDelivered` is \"not_delivered\" instead of \"not delivered\"",
        "the message status value is `not delivered` in the 2.0 twin, `not_delivered` in the \
         3.1 twin",
    ),
    (
        "sendgrid",
        "field `GetV3MessagesMsgIdOkBody.events` is `Vec<GetV3MessagesMsgIdOkBodyEventsItem>` \
         instead of `Vec<MessageEventsItem>`",
        "the 2.0 twin's bounce types are bounced, blocked, expired; the 3.1 twin's soft, hard: \
         in the 2.0 twin these events are alike to `MessageEventsItem`, so they are that type",
    ),
    (
        "sendgrid",
        "type `GetV3MessagesMsgIdOkBodyEventsItem*` added",
        "(the 3.1 twin's events and their bounce types, a type of their own)",
    ),
];

fn generated(relative: &str) -> String {
    let path = tests::corpus::dir().join(relative);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let input = CrateInput {
        package: "twin".to_owned(),
        description: "A twin.".to_owned(),
        source: relative.to_owned(),
        command: "cargo test -p tests --test end_to_end -- dialect_parity::".to_owned(),
        standalone: true,
        modules_on_by_default: true,
        modules: vec![ModuleInput {
            module: "api".to_owned(),
            document: Document {
                file: relative.to_owned(),
                bytes,
            },
            overlays: Vec::new(),
            referenced: Vec::new(),
            root: None,
            selection: Default::default(),
            pagination: None,
        }],
    };
    let generated = generator::generate(&input).unwrap_or_else(|errors| panic!("{errors:?}"));
    tests::module_source(&generated.files, "api")
}

/// What `api_diff` does not compare: the default base URL and the security schemes, as lines.
fn settings(source: &str) -> Vec<String> {
    source
        .lines()
        .map(str::trim)
        .filter_map(|line| {
            if let Some(url) = line.strip_prefix("pub const DEFAULT_BASE_URL: &str = ") {
                Some(format!("`DEFAULT_BASE_URL` {}", url.trim_end_matches(';')))
            } else {
                let name = line.strip_prefix("pub const ")?;
                let name = name.strip_suffix(
                    ": crate::runtime::SecurityScheme = crate::runtime::SecurityScheme {",
                )?;
                Some(format!("security scheme `{name}`"))
            }
        })
        .collect()
}

/// The differences of [`settings`], worded like `api_diff`'s.
fn settings_diff(older: &[String], newer: &[String]) -> Vec<String> {
    let removed = older
        .iter()
        .filter(|line| !newer.contains(line))
        .map(|line| format!("{line} removed"));
    let added = newer
        .iter()
        .filter(|line| !older.contains(line))
        .map(|line| format!("{line} added"));
    removed.chain(added).collect()
}

/// Whether `change` is `pattern`, each `*` in it standing for any text.
fn matches(pattern: &str, change: &str) -> bool {
    let mut parts = pattern.split('*');
    let first = parts.next().unwrap_or_default();
    let Some(mut rest) = change.strip_prefix(first) else {
        return false;
    };
    let parts: Vec<&str> = parts.collect();
    for (i, part) in parts.iter().enumerate() {
        if i + 1 == parts.len() {
            return rest.ends_with(part);
        }
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    rest.is_empty()
}

#[test]
fn patterns_match_whole_differences() {
    assert!(matches("a `*` b", "a `x y` b"));
    assert!(matches("a*", "a b c"));
    assert!(matches("*c", "a b c"));
    assert!(!matches("a", "a b"));
    assert!(!matches("a*d", "a b c"));
}

#[test]
fn twins_in_swagger_2_0_and_openapi_3_generate_the_same_api() {
    let mut unexplained = Vec::new();
    let mut used = vec![false; EXPECTED.len()];
    let mut found = 0;
    for (twin, older, newer) in TWINS {
        let (older, newer) = (generated(older), generated(newer));
        let changes = settings_diff(&settings(&older), &settings(&newer));
        let older = api_diff::surface(&older).unwrap_or_else(|e| panic!("{e}"));
        let newer = api_diff::surface(&newer).unwrap_or_else(|e| panic!("{e}"));
        assert!(
            !older.operations.is_empty(),
            "{twin}: no operations generated"
        );
        let api_changes = api_diff::diff(&older, &newer).into_iter().map(|c| c.text);
        for text in changes.into_iter().chain(api_changes) {
            found += 1;
            match EXPECTED
                .iter()
                .position(|(name, pattern, _)| name == twin && matches(pattern, &text))
            {
                Some(i) => used[i] = true,
                None => unexplained.push(format!("{twin}: {text}")),
            }
        }
    }
    println!(
        "\n{found} differences in {} twins, each explained:\n{:<18} difference — why",
        TWINS.len(),
        "twin"
    );
    for (twin, pattern, why) in EXPECTED {
        println!("{twin:<18} {pattern} — {why}");
    }
    let stale: Vec<String> = EXPECTED
        .iter()
        .zip(&used)
        .filter(|(_, used)| !**used)
        .map(|((twin, pattern, _), _)| format!("{twin}: {pattern}"))
        .collect();
    assert!(
        unexplained.is_empty() && stale.is_empty(),
        "unexplained differences:\n{}\n\nexpected but not found:\n{}",
        unexplained.join("\n"),
        stale.join("\n")
    );
}
