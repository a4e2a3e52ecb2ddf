//! The generated crate's `Cargo.toml`: one cargo feature per module, all on by default.

use std::fmt::Write as _;

use crate::CrateInput;
use crate::emit::header;
use crate::ir::Api;

/// Dependency versions of generated code. Kept in step with the runtime's needs.
const DEPENDENCIES: &str = r#"base64 = "0.22"
http = "1"
percent-encoding = "2"
serde = { version = "1", features = ["derive"] }
serde_json = "1"
thiserror = "2"
# The ready client (feature `client`): async, rustls.
reqwest = { version = "0.13", default-features = false, features = ["rustls"], optional = true }
"#;

pub fn cargo_toml(input: &CrateInput, apis: &[Api]) -> String {
    let header = header("specs", &input.command).replacen("//", "#", 1);
    let name = toml_string(&input.package);
    let description = toml_string(&input.description);
    let defaults: Vec<String> = apis.iter().map(|a| toml_string(&a.module)).collect();
    let defaults = defaults.join(", ");
    let vendor_features: String = apis
        .iter()
        .map(|api| {
            let needs = if api.uses_uuid() { "\"dep:uuid\"" } else { "" };
            format!("{} = [{needs}]\n", api.module)
        })
        .collect();
    let uuid = if apis.iter().any(Api::uses_uuid) {
        "uuid = { version = \"1\", features = [\"serde\"], optional = true }\n"
    } else {
        ""
    };
    let workspace = if input.standalone {
        "\n# A crate of its own, not part of an enclosing workspace.\n[workspace]\n"
    } else {
        ""
    };
    format!(
        "{header}

[package]
name = {name}
version = \"0.1.0\"
edition = \"2024\"
description = {description}
publish = false

[lib]
# Doc comments are vendor prose, not examples to compile.
doctest = false

[features]
default = [{defaults}]
# A ready async HTTP client (reqwest with rustls) for every operation: runtime::client.
client = [\"dep:reqwest\"]
{vendor_features}
[dependencies]
{DEPENDENCIES}{uuid}{workspace}"
    )
}

/// A TOML basic string.
fn toml_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
