//! What the crate's own files need to know of a module: how deep its types nest (for
//! `src/lib.rs`'s `recursion_limit`) and whether it uses `uuid` (for its feature in
//! `Cargo.toml`).
//!
//! The module's root file states it in a comment under its header, so that a run that
//! regenerates only some modules reads the others' share back from their files instead of
//! loading their documents again, and still writes the crate's files as a full run would.

use crate::ir::Api;

/// One module's share of the crate's `recursion_limit` and dependencies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ModuleNeeds {
    /// How deep its types are held inside one another ([`Api::type_depth`]).
    pub type_depth: usize,
    /// Whether its code uses `uuid::Uuid` ([`Api::uses_uuid`]).
    pub uses_uuid: bool,
}

/// The comment's words up to the type depth, and between it and the `uuid` answer.
const BEFORE_DEPTH: &str =
    "// What the crate's lib.rs and Cargo.toml need of this module: type depth ";
const BEFORE_UUID: &str = ", uuid ";

impl ModuleNeeds {
    pub fn of(api: &Api) -> ModuleNeeds {
        ModuleNeeds {
            type_depth: api.type_depth,
            uses_uuid: api.uses_uuid(),
        }
    }

    /// The comment line (without its line break) that [`ModuleNeeds::read`] reads back.
    pub fn comment(&self) -> String {
        let uuid = if self.uses_uuid { "yes" } else { "no" };
        format!("{BEFORE_DEPTH}{}{BEFORE_UUID}{uuid}.", self.type_depth)
    }

    /// The needs a module's root file states: the comment on its second line. `None` when the
    /// file does not have it (written by hand, or by a generator that did not write it).
    pub fn read(root_file: &str) -> Option<ModuleNeeds> {
        let line = root_file.lines().nth(1)?;
        let (depth, uuid) = line.strip_prefix(BEFORE_DEPTH)?.split_once(BEFORE_UUID)?;
        // Digits only: `str::parse` would also take a leading `+`, which is never written.
        if depth.is_empty() || !depth.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let uses_uuid = match uuid {
            "yes." => true,
            "no." => false,
            _ => return None,
        };
        Some(ModuleNeeds {
            type_depth: depth.parse().ok()?,
            uses_uuid,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::ModuleNeeds;

    fn file(needs: ModuleNeeds) -> String {
        format!("// @generated …\n{}\n\n//! Docs.\n", needs.comment())
    }

    #[test]
    fn the_comment_reads_back_as_written() {
        for needs in [
            ModuleNeeds {
                type_depth: 0,
                uses_uuid: false,
            },
            ModuleNeeds {
                type_depth: 117,
                uses_uuid: true,
            },
        ] {
            assert_eq!(ModuleNeeds::read(&file(needs)), Some(needs));
        }
    }

    #[test]
    fn a_file_without_the_comment_states_nothing() {
        let needs = ModuleNeeds {
            type_depth: 3,
            uses_uuid: false,
        };
        let written = file(needs);
        assert_eq!(ModuleNeeds::read("// @generated …\n\n//! Docs.\n"), None);
        // Only the line under the header counts.
        assert_eq!(ModuleNeeds::read(&format!("\n{written}")), None);
        for (from, to) in [
            ("depth 3", "depth +3"),
            ("depth 3", "depth "),
            ("no.", "maybe."),
        ] {
            assert_eq!(ModuleNeeds::read(&written.replace(from, to)), None, "{to}");
        }
    }
}
