// @generated from fixtures/refs_into_properties.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The paging fields of every list.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct PaginationEnvelope {
    /// The current page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<PaginationEnvelopePage>,
    /// How many pages there are.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pages: Option<PaginationEnvelopePages>,
    /// The next page's cursor; null on the last page.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(with = "runtime::nullable")]
    pub next: Option<Option<String>>,
}

runtime::decode! { PaginationEnvelope { page, pages, next: nullable } }

/// A block storage volume.
#[derive(Clone, PartialEq)]
#[allow(missing_docs)]
pub struct Volume {
    /// The volume's identifier.
    pub id: VolumeId,
    /// Unlocks an encrypted volume.
    pub passphrase: Option<String>,
    pub tags: Option<Vec<VolumeTagsItem>>,
}

runtime::decode! { Volume { id, passphrase, tags } }

runtime::redacted_debug! { Volume { id, passphrase: redacted, tags } }

/// The current page.
pub type PaginationEnvelopePage = i64;

/// How many pages there are.
pub type PaginationEnvelopePages = i64;

/// The volume's identifier.
pub type VolumeId = i64;

/// A label on a volume.
#[derive(Debug, Clone, PartialEq)]
pub struct VolumeTagsItem {
    /// The label.
    pub name: String,
}

runtime::decode! { VolumeTagsItem { name } }

/// One page of volumes.
#[derive(Debug, Clone, PartialEq)]
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

runtime::decode! { ListVolumesOkBody { data, page, pages, next } }
