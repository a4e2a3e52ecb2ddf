// @generated from fixtures/arrays.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// An ordered list of tracks.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct Playlist {
    /// The tracks, in play order.
    pub tracks: Vec<PlaylistTracksItem>,
    /// Loudness samples, one row per track.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub waveform: Option<Vec<Vec<f32>>>,
    /// Moods the playlist fits.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub moods: Option<Vec<PlaylistMoodsItem>>,
    /// Anything the client stored with the playlist.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extra: Option<Vec<serde_json::Value>>,
    /// Samples by channel, bar, beat, step, layer and voice.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cube: Option<Vec<Vec<Vec<Vec<Vec<Vec<f64>>>>>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub credits: Option<Vec<PlaylistCreditsItem>>,
}

runtime::decode! { Playlist { tracks, waveform, moods, extra, cube, credits } }

/// The tracks, in play order.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PlaylistTracksItem {
    /// The track's title.
    pub title: String,
}

runtime::decode! { PlaylistTracksItem { title } }

runtime::string_enum! {
    /// Moods the playlist fits.
    pub enum PlaylistMoodsItem {
        Calm = "calm",
        Upbeat = "upbeat",
        ..Unknown
    }
}

/// An item of the `credits` member of `Playlist`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct PlaylistCreditsItem {
    /// Who is credited.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

runtime::decode! { PlaylistCreditsItem { name } }

/// Several playlists.
pub type Playlists = Vec<Playlist>;
