//! The response decoders of one generated vendor module (see `build.rs` for which): any
//! status, media type and body given to any operation's `from_response` must give a value or
//! a `ResponseError`, never a panic.
//!
//! Input layout: two bytes choose the operation, two the status (100–999), one the
//! `Content-Type`; the rest is the body.

#![no_main]

use libfuzzer_sys::fuzz_target;

// `DECODERS: &[Decoder]`, one `fn(http::Response<Vec<u8>>) -> String` per operation of the
// module.
include!(concat!(env!("OUT_DIR"), "/decoders.rs"));

const CONTENT_TYPES: &[Option<&str>] = &[
    Some("application/json"),
    None,
    Some("application/json; charset=utf-8"),
    Some("application/problem+json"),
    Some("text/plain"),
    Some("application/octet-stream"),
    Some("multipart/form-data; boundary=x"),
    Some("application/x-www-form-urlencoded"),
];

fuzz_target!(|bytes: &[u8]| {
    let [o1, o2, s1, s2, media, body @ ..] = bytes else {
        return;
    };
    let operation = usize::from(u16::from_le_bytes([*o1, *o2])) % DECODERS.len();
    let status = 100 + u16::from_le_bytes([*s1, *s2]) % 900;
    let mut builder = http::Response::builder().status(status);
    if let Some(content_type) = CONTENT_TYPES[usize::from(*media) % CONTENT_TYPES.len()] {
        builder = builder.header(http::header::CONTENT_TYPE, content_type);
    }
    let Ok(response) = builder.body(body.to_vec()) else {
        return;
    };
    // Formatting the result runs the `Debug` impls too (redaction of secrets included).
    std::hint::black_box(DECODERS[operation](response));
});
