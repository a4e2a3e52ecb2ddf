// @generated from fixtures/arrays.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! Playlists 1.0.0
//!
//! Generated from `fixtures/arrays.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &[];

/// An ordered list of tracks.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Playlist {
    /// The tracks, in play order.
    pub tracks: Vec<PlaylistTracksItem>,
    /// Loudness samples, one row per track.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub waveform: Option<Vec<Vec<f32>>>,
    /// Moods the playlist fits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moods: Option<Vec<PlaylistMoodsItem>>,
    /// Anything the client stored with the playlist.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra: Option<Vec<serde_json::Value>>,
    /// The `credits` member (not described in the document).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credits: Option<Vec<PlaylistCreditsItem>>,
}

/// The tracks, in play order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PlaylistTracksItem {
    /// The track's title.
    pub title: String,
}

/// Moods the playlist fits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PlaylistMoodsItem {
    /// `calm`
    Calm,
    /// `upbeat`
    Upbeat,
    /// A value this code does not know yet; the text is kept as received.
    Unknown(String),
}

#[allow(deprecated)]
impl PlaylistMoodsItem {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Calm => "calm",
            Self::Upbeat => "upbeat",
            Self::Unknown(value) => value,
        }
    }
}

#[allow(deprecated)]
impl From<String> for PlaylistMoodsItem {
    fn from(value: String) -> Self {
        match value.as_str() {
            "calm" => Self::Calm,
            "upbeat" => Self::Upbeat,
            _ => Self::Unknown(value),
        }
    }
}

#[allow(deprecated)]
impl From<&str> for PlaylistMoodsItem {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

#[allow(deprecated)]
impl std::fmt::Display for PlaylistMoodsItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[allow(deprecated)]
impl serde::Serialize for PlaylistMoodsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for PlaylistMoodsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// An item of the `credits` member of `Playlist`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PlaylistCreditsItem {
    /// Who is credited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// Several playlists.
pub type Playlists = Vec<Playlist>;
