//! Which names the command line accepts for vendor modules.
//!
//! A vendor's name becomes a file in `src/`, a `mod` item and a cargo feature (a bare key in
//! `Cargo.toml`), so it must be valid as all three and must not take the place of a file or a
//! feature the generated crate already has.

use generator::names::{field_name, module_name};

/// What a vendor folder may be called; quoted in errors.
pub const VENDOR_FOLDER_RULE: &str = "a vendor folder name is lowercase ASCII letters, digits, \
    `-` and `_`, starts with a letter and does not end with `-` or `_` (`-` becomes `_` in the \
    module and feature name)";

/// Module names the generated crate uses itself: its own files and its cargo features.
const RESERVED_MODULES: &[(&str, &str)] = &[
    ("lib", "the crate root `src/lib.rs`"),
    ("runtime", "the support module `src/runtime.rs`"),
    (
        "client",
        "the cargo feature `client` of the generated crate",
    ),
    (
        "default",
        "the cargo feature `default` of the generated crate",
    ),
];

/// The module (and cargo feature) the vendor folder `folder` becomes, or why it cannot be one.
pub fn vendor_module(folder: &str) -> Result<String, String> {
    let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_';
    if !folder.chars().all(allowed)
        || !folder.starts_with(|c: char| c.is_ascii_lowercase())
        || folder.ends_with(['-', '_'])
    {
        return Err(VENDOR_FOLDER_RULE.to_owned());
    }
    let module = folder.replace('-', "_");
    check_reserved(&module)?;
    // The generator squeezes repeated separators; a folder it would rename is refused so that
    // the folder, the module and the feature keep one name.
    let generated = module_name(folder);
    if generated != module {
        return Err(format!(
            "the module would be named `{generated}`; name the folder `{generated}`"
        ));
    }
    Ok(module)
}

fn check_reserved(module: &str) -> Result<(), String> {
    if let Some((_, what)) = RESERVED_MODULES.iter().find(|(name, _)| *name == module) {
        return Err(format!("`{module}` is reserved: it is {what}"));
    }
    if is_keyword(module) {
        return Err(format!(
            "`{module}` is a Rust keyword, which cannot name a module"
        ));
    }
    Ok(())
}

/// Whether `name` is a Rust keyword. The generator keeps the list: it makes keywords raw
/// identifiers (`r#type`) or, where even that is invalid, appends `_` (`self_`).
fn is_keyword(name: &str) -> bool {
    let field = field_name(name);
    field == format!("r#{name}") || field == format!("{name}_")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vendor_folders_become_modules() {
        assert_eq!(vendor_module("telnyx").as_deref(), Ok("telnyx"));
        assert_eq!(vendor_module("foo-bar").as_deref(), Ok("foo_bar"));
        assert_eq!(vendor_module("v2api").as_deref(), Ok("v2api"));
        assert_eq!(vendor_module("api_v2").as_deref(), Ok("api_v2"));
        assert_eq!(vendor_module("sms2fa").as_deref(), Ok("sms2fa"));
    }

    #[test]
    fn vendor_folders_that_cannot_be_modules_say_why() {
        for folder in ["café", "Telnyx", "2fa", "_x", "a.b", "x-", "", "a b"] {
            assert_eq!(vendor_module(folder), Err(VENDOR_FOLDER_RULE.to_owned()));
        }
        for folder in ["lib", "runtime", "client", "default"] {
            assert!(vendor_module(folder).unwrap_err().contains("reserved"));
        }
        for folder in ["type", "self", "crate", "fn", "async", "super"] {
            assert!(
                vendor_module(folder).unwrap_err().contains("keyword"),
                "{folder}"
            );
        }
        assert!(vendor_module("a--b").unwrap_err().contains("`a_b`"));
    }
}
