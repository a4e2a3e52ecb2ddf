//! Responses through the ready client against loopback servers: status and every header beside
//! the typed ones, Server-Sent Events decoded as they arrive (an event split across two writes
//! of the server), and a download read chunk by chunk. The operations are the snapshot
//! fixtures `responses_headers`, `responses_event_stream` and `responses_binary`.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::pin::Pin;
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use futures_core::Stream;
use serde_json::json;
use snapshots::runtime::client::{Client, Error};
use snapshots::runtime::{ResponseErrorKind, StreamError};
use snapshots::{responses_binary, responses_event_stream, responses_headers};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

/// The next item of a stream.
async fn next<S: Stream + Unpin>(stream: &mut S) -> Option<S::Item> {
    std::future::poll_fn(|cx| Pin::new(&mut *stream).poll_next(cx)).await
}

/// A server on a loopback port that answers one connection with `respond`, after reading the
/// request's head. Returns its base URL.
fn serve_once(respond: impl FnOnce(&mut TcpStream) + Send + 'static) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    let address = listener.local_addr().expect("its address");
    thread::spawn(move || {
        let Ok((mut stream, _)) = listener.accept() else {
            return;
        };
        let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
        let mut reader = BufReader::new(stream.try_clone().expect("a second handle"));
        let mut line = String::new();
        // The request head ends with an empty line; the requests here have no body.
        while reader.read_line(&mut line).is_ok_and(|read| read > 0) {
            if line == "\r\n" {
                break;
            }
            line.clear();
        }
        respond(&mut stream);
    });
    format!("http://{address}")
}

fn write(stream: &mut TcpStream, bytes: &[u8]) {
    stream.write_all(bytes).expect("the client reads");
    stream.flush().expect("the client reads");
}

#[tokio::test]
async fn status_and_every_header_come_with_the_typed_ones() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header(
                    "link",
                    "<https://api.github.com/resource?page=2>; rel=\"next\"",
                )
                .insert_header("x-ratelimit-limit", "5000")
                .insert_header("x-ratelimit-remaining", "4999")
                .insert_header("x-request-id", "req-1")
                .insert_header("x-accepted-scopes", "repo, read:org")
                .insert_header("x-cache", "HIT")
                .insert_header("x-undocumented", "kept")
                .set_body_json(json!([{"number": 1347, "title": "Found a bug"}])),
        )
        .mount(&server)
        .await;
    let client = Client::builder(server.uri()).build().unwrap();
    let operation = responses_headers::ListIssues {
        owner: "octocat".into(),
        repo: "hello-world".into(),
    };
    let response = client.send(&operation).await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["x-undocumented"], "kept");
    assert_eq!(response.headers()["content-type"], "application/json");
    let responses_headers::ListIssuesResponse::Ok { body, headers } = response.into_inner() else {
        panic!("not the 200 variant")
    };
    assert_eq!(body[0].number, 1347);
    assert_eq!(
        headers.link.as_deref(),
        Some("<https://api.github.com/resource?page=2>; rel=\"next\"")
    );
    assert_eq!(headers.x_rate_limit_limit, Some(5000));
    assert_eq!(headers.x_rate_limit_remaining, Some(4999));
    assert_eq!(headers.x_rate_limit_reset, None);
    assert_eq!(headers.x_request_id, "req-1");
    assert_eq!(
        headers.x_accepted_scopes,
        Some(vec!["repo".to_owned(), "read:org".to_owned()])
    );
    assert_eq!(
        headers.x_cache,
        Some(responses_headers::ListIssuesOkXCacheHeader::Hit)
    );
}

#[tokio::test]
async fn a_header_that_does_not_parse_is_an_error_naming_it() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("x-ratelimit-limit", "lots")
                .insert_header("x-request-id", "req-1")
                .set_body_json(json!([])),
        )
        .mount(&server)
        .await;
    let client = Client::builder(server.uri()).build().unwrap();
    let operation = responses_headers::ListIssues {
        owner: "octocat".into(),
        repo: "hello-world".into(),
    };
    let Err(Error::Response(error)) = client.send(&operation).await else {
        panic!("an invalid header is an error")
    };
    let ResponseErrorKind::InvalidHeader(header) = &error.kind else {
        panic!("{error:?}")
    };
    assert_eq!(header.name, "x-ratelimit-limit");
    assert_eq!(error.status, 200);
    assert_eq!(error.body, b"[]", "the body is kept");
}

#[tokio::test]
async fn range_and_default_variants_carry_status_and_headers() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(
            ResponseTemplate::new(503)
                .insert_header("retry-after", "30")
                .set_body_string("busy"),
        )
        .mount(&server)
        .await;
    let client = Client::builder(server.uri()).build().unwrap();
    let operation = responses_headers::ListIssues {
        owner: "o".into(),
        repo: "r".into(),
    };
    let response = client.send(&operation).await.unwrap();
    match response.into_inner() {
        responses_headers::ListIssuesResponse::Default { status, headers } => {
            assert_eq!(status, 503);
            assert_eq!(headers.retry_after, Some(30));
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn events_are_decoded_as_they_arrive_even_split_across_writes() {
    let (received, first_event_received) = mpsc::channel::<()>();
    let base_url = serve_once(move |stream| {
        write(
            stream,
            b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\nconnection: close\r\n\r\n",
        );
        // The first event whole, a comment, and half of the second one.
        write(
            stream,
            b"data: {\"id\":\"1\",\"delta\":\"Hel\"}\n\n: keep-alive\n\nevent: chunk\ndata: {\"id\":\"2\",\"del",
        );
        // The rest only once the client has decoded the first event: it was not waiting for
        // the whole body.
        if first_event_received
            .recv_timeout(Duration::from_secs(10))
            .is_ok()
        {
            thread::sleep(Duration::from_millis(50));
            write(stream, b"ta\":\"lo\"}\r\nid: 2\r\n\r\ndata: [DONE]\n\n");
        }
    });
    let client = Client::builder(base_url).build().unwrap();
    let operation = responses_event_stream::StreamCompletion {
        body: responses_event_stream::StreamCompletionBody {
            prompt: "Say hello".into(),
        },
    };
    let response = client.send(&operation).await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "text/event-stream");
    let responses_event_stream::StreamCompletionResponse::Ok(events) = response.into_inner() else {
        panic!("not the 200 variant")
    };
    let mut events = events.stop_at("[DONE]");
    let first = tokio::time::timeout(Duration::from_secs(10), next(&mut events))
        .await
        .expect("the first event comes before the body ends")
        .expect("an event")
        .expect("it decodes");
    assert_eq!(
        (first.event.as_str(), first.data.delta.as_str()),
        ("message", "Hel")
    );
    received.send(()).expect("the server waits");
    let second = next(&mut events)
        .await
        .expect("an event")
        .expect("it decodes");
    assert_eq!(second.event, "chunk");
    assert_eq!(second.data.id, "2");
    assert_eq!(second.data.delta, "lo");
    assert_eq!(second.id.as_deref(), Some("2"));
    assert!(next(&mut events).await.is_none(), "[DONE] ends the stream");
}

#[tokio::test]
async fn one_status_gives_json_or_events_as_content_type_says() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_raw(
            "event: message_start\ndata: {\"type\":\"message_start\"}\n\n",
            "text/event-stream",
        ))
        .mount(&server)
        .await;
    let client = Client::builder(server.uri()).build().unwrap();
    let operation = responses_event_stream::CreateMessage {
        body: responses_event_stream::CreateMessageBody { stream: Some(true) },
    };
    let response = client.send(&operation).await.unwrap();
    let responses_event_stream::CreateMessageResponse::Ok(
        responses_event_stream::CreateMessageOkContent::EventStream(mut events),
    ) = response.into_inner()
    else {
        panic!("not a stream")
    };
    let event = next(&mut events).await.expect("an event").expect("text");
    assert_eq!(event.event, "message_start");
    assert_eq!(event.data, "{\"type\":\"message_start\"}");
    assert!(next(&mut events).await.is_none());

    server.reset().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"type": "message"})))
        .mount(&server)
        .await;
    let operation = responses_event_stream::CreateMessage {
        body: responses_event_stream::CreateMessageBody {
            stream: Some(false),
        },
    };
    match client.send(&operation).await.unwrap().into_inner() {
        responses_event_stream::CreateMessageResponse::Ok(
            responses_event_stream::CreateMessageOkContent::Json(message),
        ) => assert_eq!(message["type"], "message"),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_broken_event_stream_ends_with_an_error_after_what_arrived() {
    let base_url = serve_once(|stream| {
        write(
            stream,
            b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ncontent-length: 1000\r\n\r\n",
        );
        write(
            stream,
            b"data: {\"id\":\"1\",\"delta\":\"a\"}\n\ndata: {\"id\"",
        );
        // The connection closes long before the promised length.
    });
    let client = Client::builder(base_url).build().unwrap();
    let operation = responses_event_stream::StreamCompletion {
        body: responses_event_stream::StreamCompletionBody { prompt: "x".into() },
    };
    let responses_event_stream::StreamCompletionResponse::Ok(mut events) =
        client.send(&operation).await.unwrap().into_inner()
    else {
        panic!("not the 200 variant")
    };
    assert!(next(&mut events).await.expect("an event").is_ok());
    assert!(matches!(
        next(&mut events).await,
        Some(Err(StreamError::Body(_)))
    ));
    assert!(next(&mut events).await.is_none());
}

/// A body of `chunks` pieces of `size` bytes each, sent with chunked transfer encoding, with a
/// pause between pieces.
fn chunked_download(chunks: usize, size: usize) -> String {
    serve_once(move |stream| {
        write(
            stream,
            b"HTTP/1.1 200 OK\r\ncontent-type: application/octet-stream\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n",
        );
        for index in 0..chunks {
            let piece = vec![b'a' + index as u8; size];
            write(stream, format!("{size:x}\r\n").as_bytes());
            write(stream, &piece);
            write(stream, b"\r\n");
            thread::sleep(Duration::from_millis(30));
        }
        write(stream, b"0\r\n\r\n");
    })
}

#[tokio::test]
async fn a_download_is_read_chunk_by_chunk() {
    let base_url = chunked_download(4, 4096);
    let client = Client::builder(base_url).build().unwrap();
    let operation = responses_binary::DownloadFile { id: "f-1".into() };
    let mut response = client.send_streamed(&operation).await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["content-type"],
        "application/octet-stream"
    );
    let mut chunks = 0;
    let mut bytes = Vec::new();
    while let Some(chunk) = response.chunk().await.unwrap() {
        chunks += 1;
        bytes.extend_from_slice(&chunk);
    }
    assert!(
        chunks >= 4,
        "{chunks} chunks: the body was not buffered whole"
    );
    assert_eq!(bytes.len(), 4 * 4096);
    assert!(bytes[..4096].iter().all(|&b| b == b'a'));
    assert!(bytes[3 * 4096..].iter().all(|&b| b == b'd'));
}

#[tokio::test]
async fn a_download_decodes_as_bytes_whole_or_after_its_head() {
    let client = Client::builder(chunked_download(3, 10)).build().unwrap();
    let operation = responses_binary::DownloadFile { id: "f-1".into() };
    match client.send(&operation).await.unwrap().into_inner() {
        responses_binary::DownloadFileResponse::Ok { body, headers } => {
            assert_eq!(body, b"aaaaaaaaaabbbbbbbbbbcccccccccc");
            assert_eq!(headers.content_length, None, "chunked: no length");
        }
        other => panic!("{other:?}"),
    }
    // A status that is not the download: the head first, then decoded as `send` would.
    let base_url = serve_once(|stream| {
        write(
            stream,
            b"HTTP/1.1 404 Not Found\r\ncontent-type: text/plain\r\ncontent-length: 7\r\n\r\nno file",
        );
    });
    let client = Client::builder(base_url).build().unwrap();
    let response = client.send_streamed(&operation).await.unwrap();
    assert_eq!(response.status(), 404);
    let decoded = response
        .decode::<responses_binary::DownloadFile>()
        .await
        .unwrap();
    assert_eq!(
        *decoded,
        responses_binary::DownloadFileResponse::NotFound("no file".to_owned())
    );
}
