// @generated from fixtures/integer_enums.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

runtime::integer_enum! {
    /// Samples per second.
    pub enum SamplingRate {
        V8000 = 8000,
        V16000 = 16000,
        V48000 = 48000,
        ..Unknown
    }
}

runtime::integer_enum! {
    /// The `Priority` schema.
    pub enum Priority {
        Low = -1,
        Normal = 0,
        High = 1,
        ..Unknown
    }
}

runtime::integer_enum! {
    /// The `Direction` schema.
    pub enum Direction {
        Inbound = 1,
        Outbound = 2,
        ..Unknown
    }
}

/// The `Stream` schema.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct Stream {
    /// Samples per second.
    pub rate: SamplingRate,
    pub priority: Option<Priority>,
    pub direction: Option<Direction>,
    pub key_length: Option<StreamKeyLength>,
    pub channels: Option<StreamChannels>,
}

runtime::decode! { Stream { rate, priority, direction, key_length, channels } }

runtime::integer_enum! {
    /// The `key_length` member of `Stream`.
    pub enum StreamKeyLength {
        V2048 = 2048,
        ..Unknown
    }
}

runtime::integer_enum! {
    /// The `channels` member of `Stream`.
    pub enum StreamChannels {
        V1 = 1,
        V2 = 2,
        ..Unknown
    }
}
