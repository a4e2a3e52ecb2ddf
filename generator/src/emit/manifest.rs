//! The generated crate's `Cargo.toml`: one cargo feature per module, on by default or not (see
//! [`Manifest::modules_on_by_default`]).

use std::fmt::Write as _;

use super::directions::webhooks_feature;
use super::format::toml_header;

/// The runtime crate's manifest. Its `[dependencies]` table is the one list of what the runtime
/// module needs, so every generated manifest copies it as it is.
const RUNTIME_MANIFEST: &str = include_str!("../../../runtime/Cargo.toml");

/// The lines of that table, cut out at compile time: a runtime manifest whose `[dependencies]`
/// is missing or not its last table fails the build instead of giving a broken crate.
const RUNTIME_DEPENDENCIES: &str = dependencies_table(RUNTIME_MANIFEST);

/// The text after the `[dependencies]` line of `manifest`, which must be its last table.
const fn dependencies_table(manifest: &'static str) -> &'static str {
    let header = b"\n[dependencies]\n";
    let text = manifest.as_bytes();
    let Some(at) = find(text, header, 0) else {
        panic!("runtime/Cargo.toml has no [dependencies] table");
    };
    // The header's own line break, so that a table right after it is found too.
    let end_of_header = at + header.len() - 1;
    if find(text, b"\n[", end_of_header).is_some() {
        panic!("[dependencies] must be the last table of runtime/Cargo.toml");
    }
    match std::str::from_utf8(text.split_at(end_of_header + 1).1) {
        Ok(table) => table,
        Err(_) => panic!("runtime/Cargo.toml is not UTF-8"),
    }
}

/// Where `needle` first occurs in `haystack` at or after `from`.
const fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    let mut start = from;
    while start + needle.len() <= haystack.len() {
        let mut matched = 0;
        while matched < needle.len() && haystack[start + matched] == needle[matched] {
            matched += 1;
        }
        if matched == needle.len() {
            return Some(start);
        }
        start += 1;
    }
    None
}

/// What the generated crate's `Cargo.toml` is made from.
#[derive(Debug, Clone)]
pub struct Manifest<'a> {
    pub package: &'a str,
    pub description: &'a str,
    /// What the crate is generated from, named in the `@generated` header.
    pub source: &'a str,
    /// The command that regenerates the crate, named in the `@generated` header.
    pub command: &'a str,
    /// A crate of its own rather than a member of an enclosing workspace.
    pub standalone: bool,
    /// Whether `default` turns every module on (its webhook payloads included); otherwise it is
    /// empty and the comment above it says how to name the modules a dependent uses.
    pub modules_on_by_default: bool,
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
    /// Whether it has types only webhooks bring, compiled by a feature of their own.
    pub webhooks: bool,
}

/// The `Cargo.toml` text.
pub fn cargo_toml(manifest: &Manifest) -> String {
    let header = toml_header(manifest.source, manifest.command);
    let name = toml_string(manifest.package);
    let description = toml_string(manifest.description);
    let modules = &manifest.modules;
    let default = if manifest.modules_on_by_default {
        // Webhook payloads too: a crate made to try a document shows all of it.
        let names: Vec<String> = modules
            .iter()
            .flat_map(|m| {
                let webhooks = m.webhooks.then(|| webhooks_feature(m.name));
                std::iter::once(m.name.to_owned()).chain(webhooks)
            })
            .map(|feature| toml_string(&feature))
            .collect();
        format!("default = [{}]", names.join(", "))
    } else {
        // Every module a crate depends on is compiled, so none is unless named.
        let example = modules.first().map_or("vendor", |m| m.name);
        format!(
            "# No module is on by default: a crate depending on this one names the modules it
# uses, `features = [{example:?}]`, and compiles only those.
default = []"
        )
    };
    let vendor_features: String = modules
        .iter()
        .map(|module| {
            let needs = if module.uses_uuid { "\"dep:uuid\"" } else { "" };
            let mut features = format!("{} = [{needs}]\n", module.name);
            if module.webhooks {
                features.push_str(&format!(
                    "# The payloads only {name}'s webhooks send, for a receiver to decode.\n\
                     {feature} = [\"{name}\"]\n",
                    name = module.name,
                    feature = webhooks_feature(module.name),
                ));
            }
            features
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
{default}
# A ready async HTTP client (reqwest with rustls) for every operation: runtime::client.
client = [\"dep:reqwest\", \"dep:http-body\", \"dep:tokio\"]
# A ready blocking HTTP client (reqwest with rustls): runtime::blocking.
blocking = [\"dep:reqwest\", \"reqwest/blocking\"]
# Structs decode member by member as they stream in, as fast as serde's derive, for about twice
# the compile time of the default (each object read whole first): runtime::decode!.
fast-decode = []
{vendor_features}
[dependencies]
{RUNTIME_DEPENDENCIES}{uuid}{workspace}"
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

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest(modules: Vec<Module<'static>>) -> Manifest<'static> {
        Manifest {
            package: "p",
            description: "d",
            source: "specs",
            command: "test",
            standalone: false,
            modules_on_by_default: false,
            modules,
        }
    }

    /// The runtime crate's manifest as cargo reads it, from disk.
    fn runtime_manifest() -> toml::Table {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../runtime/Cargo.toml");
        let text = std::fs::read_to_string(path).unwrap();
        toml::from_str(&text).unwrap()
    }

    #[test]
    fn dependencies_are_the_runtime_crates() {
        let generated: toml::Table = toml::from_str(&cargo_toml(&manifest(Vec::new()))).unwrap();
        let runtime = runtime_manifest();
        assert_eq!(generated["dependencies"], runtime["dependencies"]);
        // The optional clients and decoding are switched on the same way in both.
        for client in ["client", "blocking", "fast-decode"] {
            assert_eq!(
                generated["features"][client], runtime["features"][client],
                "{client}"
            );
        }
    }

    #[test]
    fn uuid_is_the_only_dependency_added_and_only_when_used() {
        let without = manifest(vec![Module {
            name: "plain",
            uses_uuid: false,
            webhooks: false,
        }]);
        let generated: toml::Table = toml::from_str(&cargo_toml(&without)).unwrap();
        assert_eq!(
            generated["dependencies"],
            runtime_manifest()["dependencies"]
        );

        let with = manifest(vec![Module {
            name: "ids",
            uses_uuid: true,
            webhooks: false,
        }]);
        let generated: toml::Table = toml::from_str(&cargo_toml(&with)).unwrap();
        assert_eq!(
            generated["features"]["ids"].as_array().unwrap(),
            &vec![toml::Value::from("dep:uuid")]
        );
        let mut dependencies = generated["dependencies"].as_table().unwrap().clone();
        let uuid = dependencies.remove("uuid").unwrap();
        assert_eq!(uuid["optional"].as_bool(), Some(true));
        assert_eq!(
            toml::Value::Table(dependencies),
            runtime_manifest()["dependencies"]
        );
    }

    #[test]
    fn a_module_with_webhook_payloads_has_a_feature_for_them() {
        let generated: toml::Table = toml::from_str(&cargo_toml(&manifest(vec![
            Module {
                name: "github",
                uses_uuid: false,
                webhooks: true,
            },
            Module {
                name: "stripe",
                uses_uuid: false,
                webhooks: false,
            },
        ])))
        .unwrap();
        let features = generated["features"].as_table().unwrap();
        assert_eq!(
            features["github-webhooks"].as_array().unwrap(),
            &vec![toml::Value::from("github")]
        );
        assert!(!features.contains_key("stripe-webhooks"));
    }

    #[test]
    fn modules_are_on_by_default_only_when_asked() {
        let modules = || {
            vec![
                Module {
                    name: "github",
                    uses_uuid: false,
                    webhooks: false,
                },
                Module {
                    name: "stripe",
                    uses_uuid: false,
                    webhooks: false,
                },
            ]
        };
        let default = |manifest: &Manifest| {
            let generated: toml::Table = toml::from_str(&cargo_toml(manifest)).unwrap();
            generated["features"]["default"].clone()
        };
        let off = manifest(modules());
        assert_eq!(default(&off), toml::Value::Array(Vec::new()));
        assert!(cargo_toml(&off).contains("`features = [\"github\"]`, and compiles only those"));
        let on = Manifest {
            modules_on_by_default: true,
            ..manifest(modules())
        };
        assert_eq!(
            default(&on),
            toml::Value::Array(vec!["github".into(), "stripe".into()])
        );
    }
}
