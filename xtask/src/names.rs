//! Which names the command line accepts for vendor modules and generated packages.
//!
//! A vendor's name becomes a file in `src/`, a `mod` item and a cargo feature (a bare key in
//! `Cargo.toml`), so it must be valid as all three and must not take the place of a file or a
//! feature the generated crate already has. A package name must be one cargo accepts.

use generator::names::{is_keyword, module_name};

/// What a vendor folder may be called; quoted in errors.
pub const VENDOR_FOLDER_RULE: &str = "a vendor folder name is lowercase ASCII letters, digits, \
    `-` and `_`, starts with a letter and does not end with `-` or `_` (`-` becomes `_` in the \
    module and feature name)";

/// What a standalone crate's module may be called; quoted in errors.
pub const MODULE_RULE: &str = "a module name is lowercase ASCII letters, digits and `_`, \
    starting with a letter";

/// What a package may be called; quoted in errors.
pub const PACKAGE_RULE: &str = "a package name is ASCII letters, digits, `-` and `_`, starts \
    with a letter, has at most 64 characters, and is neither a Rust keyword nor a name cargo \
    reserves";

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
    (
        "blocking",
        "the cargo feature `blocking` of the generated crate",
    ),
];

/// Package names cargo refuses or warns about beyond the character rules: the standard
/// library's crates and the folders of its build directory.
const RESERVED_PACKAGES: &[&str] = &[
    "std",
    "core",
    "alloc",
    "proc_macro",
    "proc-macro",
    "test",
    "build",
    "deps",
    "examples",
    "incremental",
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
    let generated = module_name(folder).to_string();
    if generated != module {
        return Err(format!(
            "the module would be named `{generated}`; name the folder `{generated}`"
        ));
    }
    Ok(module)
}

/// The module a standalone crate gets for `wish` (a `--module` value or the spec's file
/// name), or why it cannot have it.
pub fn standalone_module(wish: &str) -> Result<String, String> {
    let module = module_name(wish).to_string();
    let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_';
    if !module.chars().all(allowed) || !module.starts_with(|c: char| c.is_ascii_lowercase()) {
        return Err(format!("`{module}`: {MODULE_RULE}"));
    }
    check_reserved(&module)?;
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

/// Checks a package name given with `--package`.
pub fn check_package(name: &str) -> Result<(), String> {
    let allowed = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    if name.len() > 64
        || !name.chars().all(allowed)
        || !name.starts_with(|c: char| c.is_ascii_alphabetic())
    {
        return Err(format!("`{name}`: {PACKAGE_RULE}"));
    }
    if is_keyword(name) || RESERVED_PACKAGES.contains(&name) {
        return Err(format!(
            "`{name}` is a Rust keyword or a name cargo reserves: {PACKAGE_RULE}"
        ));
    }
    Ok(())
}

/// A package name made from the output folder's name: lowercase, other characters as `-`,
/// and `api-` in front when it would not start with a letter (`2fa client` → `api-2fa-client`).
pub fn package_from_folder(folder: &str) -> String {
    let mut name = String::new();
    for c in folder.chars().map(|c| c.to_ascii_lowercase()) {
        let c = if c.is_ascii_alphanumeric() || c == '_' {
            c
        } else {
            '-'
        };
        if !(c == '-' && (name.is_empty() || name.ends_with('-'))) {
            name.push(c);
        }
    }
    let name = name.trim_end_matches('-');
    let name = match name.chars().next() {
        None => "generated-api".to_owned(),
        Some(c) if c.is_ascii_alphabetic() => name.to_owned(),
        Some(_) => format!("api-{name}"),
    };
    name.chars()
        .take(64)
        .collect::<String>()
        .trim_end_matches(['-', '_'])
        .to_owned()
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
    fn no_vendor_is_named_like_a_feature_of_the_generated_crate() {
        let manifest =
            generator::emit::manifest::cargo_toml(&generator::emit::manifest::Manifest {
                package: "p",
                description: "d",
                source: "s",
                command: "c",
                standalone: false,
                modules_on_by_default: false,
                modules: Vec::new(),
            });
        let manifest: toml::Table = toml::from_str(&manifest).unwrap();
        let features = manifest["features"].as_table().unwrap();
        assert!(features.contains_key("blocking"), "{features:?}");
        for feature in features.keys() {
            // A module's feature is its name, which never holds a `-`.
            if !feature.contains('-') {
                assert!(
                    vendor_module(feature).unwrap_err().contains("reserved"),
                    "{feature}"
                );
            }
        }
    }

    #[test]
    fn vendor_folders_that_cannot_be_modules_say_why() {
        for folder in ["café", "Telnyx", "2fa", "_x", "a.b", "x-", "", "a b"] {
            assert_eq!(vendor_module(folder), Err(VENDOR_FOLDER_RULE.to_owned()));
        }
        for folder in ["lib", "runtime", "client", "default", "blocking"] {
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

    #[test]
    fn standalone_modules_are_made_valid_or_refused() {
        assert_eq!(standalone_module("openapi").as_deref(), Ok("openapi"));
        assert_eq!(
            standalone_module("Stripe-API.v1").as_deref(),
            Ok("stripe_api_v1")
        );
        assert_eq!(standalone_module("type").as_deref(), Ok("type_"));
        assert!(standalone_module("lib").unwrap_err().contains("reserved"));
        assert!(
            standalone_module("runtime")
                .unwrap_err()
                .contains("reserved")
        );
        assert!(standalone_module("café").unwrap_err().contains(MODULE_RULE));
    }

    #[test]
    fn package_names() {
        assert_eq!(package_from_folder("2fa client"), "api-2fa-client");
        assert_eq!(package_from_folder("My API!"), "my-api");
        assert_eq!(package_from_folder("hooked_api"), "hooked_api");
        assert_eq!(package_from_folder("..."), "generated-api");
        assert_eq!(package_from_folder("ÿ"), "generated-api");
        assert_eq!(package_from_folder(&"a".repeat(70)).len(), 64);
        for name in ["api-2fa-client", "my_api", "A1"] {
            assert_eq!(check_package(name), Ok(()), "{name}");
        }
        for name in [
            "2fa",
            "-x",
            "café",
            "fn",
            "std",
            "test",
            "",
            &"a".repeat(65),
        ] {
            assert!(check_package(name).is_err(), "{name}");
        }
    }
}
