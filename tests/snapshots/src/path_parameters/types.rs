// @generated from fixtures/path_parameters.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

runtime::string_enum! {
    /// Line endings to convert to.
    pub enum GetFileRevisionFormat {
        Unix = "unix",
        Dos = "dos",
        ..Unknown
    }
}
