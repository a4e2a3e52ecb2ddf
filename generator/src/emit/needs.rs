//! What the crate's own files need to know of a module: how deep its types nest (for
//! `src/lib.rs`'s `recursion_limit`), whether it uses `uuid` (for its feature in `Cargo.toml`)
//! and whether it has types only webhooks bring (for its webhooks feature).
//!
//! The module's root file states it in a comment under its header, so that a run that
//! regenerates only some modules reads the others' share back from their files instead of
//! loading their documents again, and still writes the crate's files as a full run would.

use super::directions::Directions;
use crate::ir::Api;

/// One module's share of the crate's `recursion_limit` and dependencies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ModuleNeeds {
    /// How deep its types are held inside one another ([`Api::type_depth`]).
    pub type_depth: usize,
    /// Whether its code uses `uuid::Uuid` ([`Api::uses_uuid`]).
    pub uses_uuid: bool,
    /// Whether it has types only webhooks bring, behind a feature of their own.
    pub webhooks: bool,
}

/// The comment's words up to the type depth, and between it and the `uuid` and webhooks
/// answers.
const BEFORE_DEPTH: &str =
    "// What the crate's lib.rs and Cargo.toml need of this module: type depth ";
const BEFORE_UUID: &str = ", uuid ";
const BEFORE_WEBHOOKS: &str = ", webhooks ";

impl ModuleNeeds {
    pub fn of(api: &Api) -> ModuleNeeds {
        ModuleNeeds {
            type_depth: api.type_depth,
            uses_uuid: api.uses_uuid(),
            webhooks: Directions::of(api).has_webhook_only(),
        }
    }

    /// The comment line (without its line break) that [`ModuleNeeds::read`] reads back.
    pub fn comment(&self) -> String {
        let answer = |yes| if yes { "yes" } else { "no" };
        format!(
            "{BEFORE_DEPTH}{}{BEFORE_UUID}{}{BEFORE_WEBHOOKS}{}.",
            self.type_depth,
            answer(self.uses_uuid),
            answer(self.webhooks)
        )
    }

    /// The needs a module's root file states: the comment on its second line. `None` when the
    /// file does not have it (written by hand, or by a generator that did not write it).
    pub fn read(root_file: &str) -> Option<ModuleNeeds> {
        let line = root_file.lines().nth(1)?;
        let (depth, rest) = line.strip_prefix(BEFORE_DEPTH)?.split_once(BEFORE_UUID)?;
        let (uuid, webhooks) = rest.strip_suffix('.')?.split_once(BEFORE_WEBHOOKS)?;
        // Digits only: `str::parse` would also take a leading `+`, which is never written.
        if depth.is_empty() || !depth.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let answer = |text| match text {
            "yes" => Some(true),
            "no" => Some(false),
            _ => None,
        };
        Some(ModuleNeeds {
            type_depth: depth.parse().ok()?,
            uses_uuid: answer(uuid)?,
            webhooks: answer(webhooks)?,
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
                webhooks: true,
            },
            ModuleNeeds {
                type_depth: 117,
                uses_uuid: true,
                webhooks: false,
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
            webhooks: false,
        };
        let written = file(needs);
        assert_eq!(ModuleNeeds::read("// @generated …\n\n//! Docs.\n"), None);
        // Only the line under the header counts.
        assert_eq!(ModuleNeeds::read(&format!("\n{written}")), None);
        for (from, to) in [
            ("depth 3", "depth +3"),
            ("depth 3", "depth "),
            ("no, webhooks", "maybe, webhooks"),
            ("webhooks no.", "webhooks no"),
            (", webhooks no", ""),
        ] {
            assert_eq!(ModuleNeeds::read(&written.replace(from, to)), None, "{to}");
        }
    }
}
