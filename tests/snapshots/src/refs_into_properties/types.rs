// @generated from fixtures/refs_into_properties.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The paging fields of every list.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaginationEnvelope {
    /// The current page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<PaginationEnvelopePage>,
    /// How many pages there are.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pages: Option<PaginationEnvelopePages>,
    /// The next page's cursor; null on the last page.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub next: Option<Option<String>>,
}

/// A block storage volume.
#[derive(Clone, PartialEq, serde::Deserialize)]
#[allow(missing_docs)]
pub struct Volume {
    /// The volume's identifier.
    pub id: VolumeId,
    /// Unlocks an encrypted volume.
    pub passphrase: Option<String>,
    pub tags: Option<Vec<VolumeTagsItem>>,
}

runtime::redacted_debug! { Volume { id, passphrase: redacted, tags } }

/// The current page.
pub type PaginationEnvelopePage = i64;

/// How many pages there are.
pub type PaginationEnvelopePages = i64;

/// The volume's identifier.
pub type VolumeId = i64;

/// A label on a volume.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct VolumeTagsItem {
    /// The label.
    pub name: String,
}

/// One page of volumes.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[allow(missing_docs)]
pub struct ListVolumesOkBody {
    pub data: Vec<Volume>,
    /// The current page.
    pub page: PaginationEnvelopePage,
    /// How many pages there are.
    pub pages: Option<PaginationEnvelopePages>,
    /// The next page's cursor; null on the last page.
    pub next: Option<String>,
}
