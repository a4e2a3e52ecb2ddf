//! Typed formats decode what vendors send and write it back as the wire wants: date-times and
//! dates (RFC 3339), base64 bytes, integer enums keeping unknown values, sized integers.

use chrono::{NaiveDate, TimeZone, Utc};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

use snapshots::runtime::{Operation, ResponseErrorKind};

const BASE: &str = "https://api.example";

/// Decodes `input` as `T`, checks that encoding gives `input` back, and returns the value.
fn round_trip<T: DeserializeOwned + Serialize>(input: &Value) -> T {
    let decoded: T = serde_json::from_value(input.clone())
        .unwrap_or_else(|error| panic!("{input} does not decode: {error}"));
    let encoded = serde_json::to_value(&decoded).expect("a decoded value encodes");
    assert_eq!(&encoded, input, "encoding changed the value");
    decoded
}

/// Decodes `input` as `T`, a type only ever received (so without `Serialize`).
fn decode<T: DeserializeOwned>(input: &Value) -> T {
    serde_json::from_value(input.clone())
        .unwrap_or_else(|error| panic!("{input} does not decode: {error}"))
}

fn ok(body: &str) -> http::Response<Vec<u8>> {
    http::Response::builder()
        .status(200)
        .body(body.as_bytes().to_vec())
        .unwrap()
}

mod date_time {
    use super::*;
    use snapshots::format_date_time::{
        CreateReminder, CreateReminderBody, Issue, ListIssues, ListIssuesResponse,
    };
    use snapshots::format_date_time_examples::Instance;

    fn issue() -> Value {
        json!({
            "number": 1347,
            "created_at": "2011-04-14T16:00:49Z",
            "updated_at": "2011-04-22T13:33:48.123Z",
            "closed_at": null,
            "due_on": "2012-10-09",
            "reminded_at": ["2011-04-15T09:00:00Z"],
        })
    }

    #[test]
    fn a_github_issue_decodes_with_typed_times() {
        let issue: Issue = decode(&issue());
        assert_eq!(
            issue.created_at,
            Utc.with_ymd_and_hms(2011, 4, 14, 16, 0, 49).unwrap()
        );
        assert_eq!(issue.updated_at.timestamp_subsec_millis(), 123);
        assert_eq!(issue.closed_at, None);
        assert_eq!(issue.due_on, NaiveDate::from_ymd_opt(2012, 10, 9));
        assert_eq!(issue.locked_at, None, "absent");
    }

    #[test]
    fn a_null_date_time_reads_as_none() {
        let mut input = issue();
        input["locked_at"] = Value::Null;
        let issue: Issue = decode(&input);
        assert_eq!(issue.locked_at, None);
    }

    #[test]
    fn an_offset_is_kept_as_the_same_instant_in_utc() {
        let mut input = issue();
        input["created_at"] = json!("2007-10-29T02:42:39-07:00");
        let issue: Issue = serde_json::from_value(input).unwrap();
        assert_eq!(issue.created_at.to_rfc3339(), "2007-10-29T09:42:39+00:00");
    }

    #[test]
    fn a_bad_date_time_is_a_decode_error_keeping_the_raw_body() {
        for bad in [
            "2011-04-14",
            "yesterday",
            "2011-04-14T16:00:49",
            "2011-13-14T16:00:49Z",
        ] {
            let mut input = issue();
            input["created_at"] = json!(bad);
            let body = serde_json::to_string(&json!([input])).unwrap();
            let error = ListIssues::from_response(ok(&body)).unwrap_err();
            assert!(
                matches!(error.kind, ResponseErrorKind::InvalidBody(_)),
                "{bad}"
            );
            assert_eq!(error.body, body.as_bytes(), "the raw body is kept");
        }
        let body = serde_json::to_string(&json!([issue()])).unwrap();
        let ListIssuesResponse::Ok(issues) =
            ListIssues::from_response(ok(&body)).unwrap().into_inner();
        assert_eq!(issues[0].number, 1347);
    }

    #[test]
    fn a_space_before_the_time_is_read_as_vendors_send_it() {
        let instance: Instance = serde_json::from_value(json!({
            "updated": "2025-04-28 12:00:38.631252+00:00",
            "created": "2018-01-01T00:01:01",
        }))
        .unwrap();
        let updated = instance.updated.unwrap();
        assert_eq!(updated.timestamp_subsec_micros(), 631_252);
        // Kept as text: the document's example has no offset.
        assert_eq!(instance.created.as_deref(), Some("2018-01-01T00:01:01"));
    }

    #[test]
    fn parameters_are_written_in_rfc_3339() {
        let operation = ListIssues {
            day: NaiveDate::from_ymd_opt(2024, 5, 31).unwrap(),
            since: Some(Utc.with_ymd_and_hms(2011, 4, 14, 16, 0, 49).unwrap()),
            if_modified_since_instant: Some(Utc.with_ymd_and_hms(2024, 1, 2, 3, 4, 5).unwrap()),
        };
        let request = operation.to_request(BASE).unwrap();
        assert_eq!(
            request.uri(),
            "https://api.example/days/2024-05-31/issues?since=2011-04-14T16%3A00%3A49Z"
        );
        assert_eq!(
            request.headers()["if-modified-since-instant"],
            "2024-01-02T03:04:05Z"
        );
    }

    #[test]
    fn a_form_body_writes_rfc_3339() {
        let operation = CreateReminder {
            body: CreateReminderBody {
                at: Utc.with_ymd_and_hms(2011, 4, 14, 16, 0, 49).unwrap(),
                on: NaiveDate::from_ymd_opt(2024, 5, 31),
            },
        };
        let request = operation.to_request(BASE).unwrap();
        assert_eq!(
            std::str::from_utf8(request.body()).unwrap(),
            "at=2011-04-14T16%3A00%3A49Z&on=2024-05-31"
        );
    }
}

mod bytes {
    use super::*;
    use snapshots::format_byte::{Attachments, Blob, Payload, PutBlob, PutBlobResponse};

    #[test]
    fn base64_fields_round_trip() {
        let input = json!({
            "data": "aGVsbG8=",
            "signature": null,
            "thumbnail": "AAEC/w==",
            "previous": null,
            "chunks": ["aGk=", ""],
            "named": {"a": "AQ=="},
            "payload": "AP8=",
        });
        let blob: Blob = round_trip(&input);
        assert_eq!(blob.data, b"hello");
        assert_eq!(blob.signature, None);
        assert_eq!(blob.thumbnail.as_deref(), Some(&[0, 1, 2, 255][..]));
        assert_eq!(blob.previous, Some(None), "null, not absent");
        assert_eq!(blob.chunks, Some(vec![b"hi".to_vec(), Vec::new()]));
        assert_eq!(blob.named.unwrap()["a"], [1]);
        assert_eq!(blob.payload, Some(Payload::Bytes(vec![0, 255])));

        let absent: Blob = round_trip(&json!({"data": "", "signature": "c2ln"}));
        assert_eq!(absent.previous, None);
        assert_eq!(absent.signature.as_deref(), Some(&b"sig"[..]));
    }

    #[test]
    fn extra_members_of_bytes_round_trip() {
        let attachments: Attachments = round_trip(&json!({"count": 1, "a.txt": "aGk="}));
        assert_eq!(attachments.additional_properties["a.txt"], b"hi");
    }

    #[test]
    fn url_safe_and_unpadded_text_is_read_and_standard_text_written() {
        let blob: Blob = serde_json::from_value(json!({"data": "-_8", "signature": null})).unwrap();
        assert_eq!(blob.data, [0xfb, 0xff]);
        assert_eq!(serde_json::to_value(&blob).unwrap()["data"], "+/8=");
    }

    #[test]
    fn text_that_is_not_base64_is_an_error() {
        let error =
            serde_json::from_value::<Blob>(json!({"data": "not base64!", "signature": null}))
                .unwrap_err();
        assert!(error.to_string().contains("base64"), "{error}");
    }

    #[test]
    fn parameters_and_bodies_are_base64() {
        let operation = PutBlob {
            name: "a".into(),
            checksum: Some(vec![0xfb, 0xff]),
            body: b"hello".to_vec(),
        };
        let request = operation.to_request(BASE).unwrap();
        assert_eq!(
            request.uri(),
            "https://api.example/blobs/a?checksum=%2B%2F8%3D"
        );
        assert_eq!(request.body(), br#""aGVsbG8=""#);

        let decoded = PutBlob::from_response(ok(r#""aGk=""#)).unwrap();
        assert_eq!(decoded.into_inner(), PutBlobResponse::Ok(b"hi".to_vec()));
        let error = PutBlob::from_response(ok(r#""!!""#)).unwrap_err();
        assert_eq!(error.body, br#""!!""#);
    }
}

mod integer_enums {
    use super::*;
    use snapshots::integer_enums::{
        Direction, ListStreams, Priority, SamplingRate, Stream, StreamKeyLength,
    };

    #[test]
    fn known_values_decode_to_their_variants() {
        let stream: Stream = decode(&json!({
            "rate": 16000,
            "priority": -1,
            "direction": 2,
            "key_length": 2048,
        }));
        assert_eq!(stream.rate, SamplingRate::V16000);
        assert_eq!(stream.priority, Some(Priority::Low));
        assert_eq!(stream.direction, Some(Direction::Outbound));
        assert_eq!(stream.key_length, Some(StreamKeyLength::V2048));
    }

    #[test]
    fn an_unknown_value_is_kept_and_written_back() {
        let stream: Stream = decode(&json!({"rate": 44100, "key_length": null}));
        assert_eq!(stream.rate, SamplingRate::Unknown(44100));
        assert_eq!(stream.rate.as_i64(), 44100);
        assert_eq!(stream.key_length, None);
        assert_eq!(SamplingRate::from(8000), SamplingRate::V8000);
        assert_eq!(Priority::from(-1).to_string(), "-1");
    }

    #[test]
    fn a_value_that_is_not_an_integer_is_an_error() {
        assert!(serde_json::from_value::<SamplingRate>(json!("8000")).is_err());
        assert!(serde_json::from_value::<SamplingRate>(json!(8000.5)).is_err());
    }

    #[test]
    fn an_integer_enum_is_a_query_parameter() {
        let operation = ListStreams {
            rate: Some(SamplingRate::V48000),
        };
        let request = operation.to_request(BASE).unwrap();
        assert_eq!(request.uri(), "https://api.example/streams?rate=48000");
    }
}

mod sized_integers {
    use super::*;
    use snapshots::integer_formats::Sizes;

    #[test]
    fn each_size_takes_its_range() {
        let sizes: Sizes = round_trip(&json!({
            "tiny": -128,
            "byte": 255,
            "port": 65535,
            "count": 4_294_967_295_u32,
            "total": u64::MAX,
            "total_text": "18446744073709551615",
        }));
        assert_eq!(sizes.total, Some(u64::MAX));
        for (field, value) in [
            ("tiny", 128),
            ("byte", 256),
            ("byte", -1),
            ("small", 40_000),
        ] {
            let input = json!({ field: value });
            assert!(
                serde_json::from_value::<Sizes>(input).is_err(),
                "{field}: {value} is out of range"
            );
        }
    }
}
