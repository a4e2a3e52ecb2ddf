// @generated from fixtures/long_names.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// A schema whose name is far longer than anyone would type.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VeryLongDeploymentStatusPerformedViaGithubAppDeploymentStatusPerformedViaGithubAppDeployment7f8c3019 {
    /// A member with a long name.
    pub permission_permission_permission_permission_permission_permission_permission_permission_per_04e59755: Option<
        VeryPermissionPermissionPermissionPermissionFlag,
    >,
}

runtime::decode! {
    VeryLongDeploymentStatusPerformedViaGithubAppDeploymentStatusPerformedViaGithubAppDeployment7f8c3019 {
        permission_permission_permission_permission_permission_permission_permission_permission_per_04e59755 = "permission_permission_permission_permission_permission_permission_permission_permission_permission_permission_permission_permission_permission_permission_permission_flag",
    }
}

runtime::string_enum! {
    /// A member with a long name.
    pub enum VeryPermissionPermissionPermissionPermissionFlag {
        SomeVeryLongEnumValueSomeVeryLongEnumValueSomeVeryLongEnumValueSomeVeryLongEnumValueSomeVery70714e8f = "some-very-long-enum-value-some-very-long-enum-value-some-very-long-enum-value-some-very-long-enum-value-some-very-long-enum-value-some-very-long-enum-value-end",
        Short = "short",
        ..Unknown
    }
}
