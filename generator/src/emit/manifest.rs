//! The generated crate's `Cargo.toml`: one cargo feature per module, all on by default.

use std::fmt::Write as _;

use super::format::toml_header;

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

/// What the generated crate's `Cargo.toml` is made from.
#[derive(Debug, Clone)]
pub struct Manifest<'a> {
    pub package: &'a str,
    pub description: &'a str,
    /// The command that regenerates the crate, named in the `@generated` header.
    pub command: &'a str,
    /// A crate of its own rather than a member of an enclosing workspace.
    pub standalone: bool,
    /// The crate's modules, in order: one cargo feature each.
    pub modules: Vec<Module<'a>>,
}

/// A module of the generated crate, as its manifest sees it.
#[derive(Debug, Clone)]
pub struct Module<'a> {
    /// The module's name, which is also its feature's.
    pub name: &'a str,
    /// Whether its code uses `uuid::Uuid`, so that its feature enables the dependency.
    pub uses_uuid: bool,
}

/// The `Cargo.toml` text.
pub fn cargo_toml(manifest: &Manifest) -> String {
    let header = toml_header("specs", manifest.command);
    let name = toml_string(manifest.package);
    let description = toml_string(manifest.description);
    let modules = &manifest.modules;
    let defaults: Vec<String> = modules.iter().map(|m| toml_string(m.name)).collect();
    let defaults = defaults.join(", ");
    let vendor_features: String = modules
        .iter()
        .map(|module| {
            let needs = if module.uses_uuid { "\"dep:uuid\"" } else { "" };
            format!("{} = [{needs}]\n", module.name)
        })
        .collect();
    let uuid = if modules.iter().any(|m| m.uses_uuid) {
        "uuid = { version = \"1\", features = [\"serde\"], optional = true }\n"
    } else {
        ""
    };
    let workspace = if manifest.standalone {
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
