//! The Telnyx requests of `prism_request_forms`, built by the module generated from the trimmed
//! Telnyx document: one JSON line per request on stdout. Compiled by that test, in a crate of
//! its own (`src/main.rs`), never as part of the workspace.

use prism_telnyx::runtime::{Auth, File, Operation};
use prism_telnyx::telnyx;
use serde_json::json;

fn emit<O: Operation>(name: &str, expect: &str, operation: &O) {
    let auth = Auth::new().token(telnyx::security::BEARER_AUTH, "KEY0123456789");
    let mut request = operation.to_request("http://localhost").unwrap();
    auth.authorize(&mut request, O::SECURITY, "http://localhost")
        .unwrap();
    common::print(name, expect, &request);
}

fn value<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> T {
    serde_json::from_value(value).unwrap()
}

fn transcription(model: &str) -> telnyx::AudioPublicAudioTranscriptionsPost {
    telnyx::AudioPublicAudioTranscriptionsPost {
        body: telnyx::AudioPublicAudioTranscriptionsPostBody {
            file: Some(
                File::new(b"RIFF\x24\x00\x00\x00WAVEfmt ".to_vec())
                    .name("hello.wav")
                    .content_type("audio/wav"),
            ),
            file_url: None,
            model: value(json!(model)),
            response_format: Some(value(json!("verbose_json"))),
            timestamp_granularities: Some(value(json!("segment"))),
            language: Some("en-US".into()),
            // An object is a JSON part (`application/json`), as OpenAPI says; Prism 5.16 reads
            // every part as a string and would refuse it, so it is left out here (its bytes are
            // checked in tests/snapshots/tests/request_forms.rs).
            model_config: None,
        },
    }
}

fn main() {
    // A multipart body: a file part, text parts and a JSON part.
    emit(
        "POST /ai/audio/transcriptions",
        "accepted",
        &transcription("deepgram/nova-3"),
    );
    emit(
        "POST /ai/audio/transcriptions with an unknown model",
        "refused",
        &transcription("whisper-from-the-future"),
    );
}

mod common;
