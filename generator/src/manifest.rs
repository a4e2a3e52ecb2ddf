//! The generated crate's `Cargo.toml`: one cargo feature per module, all on by default.

use std::fmt::Write;

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
    let mut out = String::new();
    let header = header("specs", &input.command).replacen("//", "#", 1);
    let uses_uuid = apis.iter().any(Api::uses_uuid);
    // `writeln!` into a String cannot fail.
    let _ = writeln!(out, "{header}\n");
    let _ = writeln!(out, "[package]");
    let _ = writeln!(out, "name = {}", toml_string(&input.package));
    let _ = writeln!(out, "version = \"0.1.0\"");
    let _ = writeln!(out, "edition = \"2024\"");
    let _ = writeln!(out, "description = {}", toml_string(&input.description));
    let _ = writeln!(out, "publish = false\n");
    let _ = writeln!(out, "[lib]");
    let _ = writeln!(
        out,
        "# Doc comments are vendor prose, not examples to compile."
    );
    let _ = writeln!(out, "doctest = false\n");
    let _ = writeln!(out, "[features]");
    let defaults: Vec<String> = apis.iter().map(|a| toml_string(&a.module)).collect();
    let _ = writeln!(out, "default = [{}]", defaults.join(", "));
    let _ = writeln!(
        out,
        "# A ready async HTTP client (reqwest with rustls) for every operation: runtime::client."
    );
    let _ = writeln!(out, "client = [\"dep:reqwest\"]");
    for api in apis {
        let needs = if api.uses_uuid() { "\"dep:uuid\"" } else { "" };
        let _ = writeln!(out, "{} = [{needs}]", api.module);
    }
    let _ = writeln!(out, "\n[dependencies]");
    out.push_str(DEPENDENCIES);
    if uses_uuid {
        let _ = writeln!(
            out,
            "uuid = {{ version = \"1\", features = [\"serde\"], optional = true }}"
        );
    }
    if input.standalone {
        let _ = writeln!(
            out,
            "\n# A crate of its own, not part of an enclosing workspace."
        );
        let _ = writeln!(out, "[workspace]");
    }
    out
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
