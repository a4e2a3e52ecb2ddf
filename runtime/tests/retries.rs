//! Retries: which requests, after what, and how long the client waits, against a loopback
//! server that fails before it succeeds.

#![cfg(feature = "client")]

use std::time::{Duration, Instant, SystemTime};

use runtime::client::Client;
use runtime::retry::{self, RetryPolicy};

mod loopback;

use loopback::operations::Thing;
use loopback::{Reply, Server};

/// Fails `failures` times with `status` (and `headers`), then answers 200.
fn failing(
    failures: usize,
    status: u16,
    headers: Vec<(&'static str, String)>,
) -> impl Fn(&loopback::Seen, usize) -> Reply + Send + 'static {
    move |_, before| {
        if before < failures {
            let mut reply = Reply::json(status, "{}");
            for (name, value) in &headers {
                reply = reply.header(name, value.clone());
            }
            reply
        } else {
            Reply::json(200, "{}")
        }
    }
}

fn fast() -> RetryPolicy {
    RetryPolicy::new()
        .backoff(Duration::from_millis(10), Duration::from_millis(40))
        .without_jitter()
}

fn client(server: &Server, policy: RetryPolicy) -> Client {
    Client::builder(server.url()).retry(policy).build().unwrap()
}

#[tokio::test]
async fn a_get_is_retried_until_it_succeeds() {
    let server = Server::start(failing(2, 503, Vec::new()));
    let response = client(&server, fast()).send(&Thing::get()).await.unwrap();
    assert_eq!(*response, 200);
    assert_eq!(server.seen().len(), 3);
}

#[tokio::test]
async fn retries_stop_after_the_attempts_and_keep_the_last_response() {
    let server = Server::start(failing(usize::MAX, 502, Vec::new()));
    let response = client(&server, fast().attempts(4))
        .send(&Thing::get())
        .await
        .unwrap();
    assert_eq!(*response, 502);
    assert_eq!(server.seen().len(), 4);
}

#[tokio::test]
async fn without_a_policy_nothing_is_retried() {
    let server = Server::start(failing(1, 429, Vec::new()));
    let client = Client::builder(server.url()).build().unwrap();
    assert_eq!(*client.send(&Thing::get()).await.unwrap(), 429);
    assert_eq!(server.seen().len(), 1);
}

#[tokio::test]
async fn a_post_without_an_idempotency_key_is_sent_once() {
    let server = Server::start(failing(1, 503, Vec::new()));
    let response = client(&server, fast())
        .send(&Thing::post(None))
        .await
        .unwrap();
    assert_eq!(*response, 503);
    assert_eq!(server.seen().len(), 1);
}

#[tokio::test]
async fn a_post_with_an_idempotency_key_is_retried_with_it() {
    let server = Server::start(failing(1, 429, Vec::new()));
    let response = client(&server, fast())
        .send(&Thing::post(Some("key-1")))
        .await
        .unwrap();
    assert_eq!(*response, 200);
    let seen = server.seen();
    assert_eq!(seen.len(), 2);
    for request in &seen {
        assert_eq!(request.method, "POST");
        assert_eq!(request.header("idempotency-key"), Some("key-1"));
    }
}

#[tokio::test]
async fn retry_after_in_seconds_is_waited() {
    let server = Server::start(failing(1, 503, vec![("retry-after", "1".to_owned())]));
    let response = client(&server, fast()).send(&Thing::get()).await.unwrap();
    assert_eq!(*response, 200);
    let seen = server.seen();
    let waited = seen[1].at - seen[0].at;
    assert!(waited >= Duration::from_millis(950), "waited {waited:?}");
    assert!(waited < Duration::from_secs(3), "waited {waited:?}");
}

#[tokio::test]
async fn retry_after_as_a_date_is_waited_until_then() {
    // Two seconds on, in whole seconds as HTTP dates have them: a wait of over one second.
    let at = SystemTime::now() + Duration::from_secs(2);
    let date = http_date(at);
    let server = Server::start(failing(1, 429, vec![("retry-after", date)]));
    let response = client(&server, fast()).send(&Thing::get()).await.unwrap();
    assert_eq!(*response, 200);
    let seen = server.seen();
    let waited = seen[1].at - seen[0].at;
    assert!(waited >= Duration::from_millis(900), "waited {waited:?}");
    assert!(waited < Duration::from_secs(3), "waited {waited:?}");
}

#[tokio::test]
async fn a_long_retry_after_is_capped() {
    let server = Server::start(failing(1, 503, vec![("retry-after", "30".to_owned())]));
    let started = Instant::now();
    let policy = fast().retry_after_cap(Duration::from_millis(200));
    let response = client(&server, policy).send(&Thing::get()).await.unwrap();
    assert_eq!(*response, 200);
    let seen = server.seen();
    let waited = seen[1].at - seen[0].at;
    assert!(waited >= Duration::from_millis(190), "waited {waited:?}");
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[tokio::test]
async fn the_deadline_ends_retries() {
    let server = Server::start(failing(usize::MAX, 503, Vec::new()));
    let policy = RetryPolicy::new()
        .attempts(20)
        .backoff(Duration::from_millis(100), Duration::from_millis(100))
        .without_jitter()
        .deadline(Some(Duration::from_millis(350)));
    let started = Instant::now();
    let response = client(&server, policy).send(&Thing::get()).await.unwrap();
    assert_eq!(*response, 503);
    assert!(started.elapsed() < Duration::from_millis(600));
    let attempts = server.seen().len();
    assert!((2..=4).contains(&attempts), "{attempts} attempts");
}

#[tokio::test]
async fn a_refused_connection_is_retried() {
    // A port nothing listens on until the first attempt has failed.
    let address = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let opens = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(150));
        Server::start_on(&address.to_string(), |_, _| Reply::json(200, "{}"))
    });
    let policy = RetryPolicy::new()
        .backoff(Duration::from_millis(600), Duration::from_millis(600))
        .without_jitter();
    let client = Client::builder(format!("http://{address}"))
        .retry(policy)
        .build()
        .unwrap();
    let response = client.send(&Thing::get()).await.unwrap();
    assert_eq!(*response, 200);
    assert_eq!(opens.join().unwrap().seen().len(), 1);
}

#[test]
fn retry_after_reads_seconds_and_the_three_date_forms() {
    let now = SystemTime::UNIX_EPOCH + Duration::from_secs(784_111_700); // 1994-11-06 08:48:20 UTC
    let read = |value: &'static str| {
        let mut headers = http::HeaderMap::new();
        headers.insert("retry-after", http::HeaderValue::from_static(value));
        retry::retry_after(&headers, now)
    };
    let later = Some(Duration::from_secs(77));
    assert_eq!(read("120"), Some(Duration::from_secs(120)));
    assert_eq!(read("Sun, 06 Nov 1994 08:49:37 GMT"), later);
    assert_eq!(read("Sunday, 06-Nov-94 08:49:37 GMT"), later);
    assert_eq!(read("Sun Nov  6 08:49:37 1994"), later);
    assert_eq!(read("Sun, 06 Nov 1994 08:00:00 GMT"), Some(Duration::ZERO));
    assert_eq!(read("soon"), None);
    assert_eq!(read("-5"), None);
    assert_eq!(retry::retry_after(&http::HeaderMap::new(), now), None);
}

#[test]
fn only_idempotent_methods_or_keyed_requests_may_be_retried() {
    let request = |method: &str, key: Option<&str>| {
        let mut builder = http::Request::builder().method(method).uri("/");
        if let Some(key) = key {
            builder = builder.header("Idempotency-Key", key);
        }
        builder.body(()).unwrap()
    };
    for method in ["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"] {
        assert!(retry::may_retry(&request(method, None)), "{method}");
    }
    for method in ["POST", "PATCH"] {
        assert!(!retry::may_retry(&request(method, None)), "{method}");
        assert!(retry::may_retry(&request(method, Some("k"))), "{method}");
    }
    let statuses: Vec<u16> = (100..600)
        .filter(|&code| retry::is_retryable_status(http::StatusCode::from_u16(code).unwrap()))
        .collect();
    assert_eq!(statuses, [429, 502, 503, 504]);
}

#[test]
fn backoff_doubles_up_to_its_maximum_with_seeded_jitter_in_its_upper_half() {
    let exact = RetryPolicy::new()
        .backoff(Duration::from_millis(100), Duration::from_millis(500))
        .without_jitter();
    let waits: Vec<u128> = (1..=5)
        .map(|retry| exact.backoff_for(retry).as_millis())
        .collect();
    assert_eq!(waits, [100, 200, 400, 500, 500]);

    let seeded = || {
        RetryPolicy::new()
            .backoff(Duration::from_millis(100), Duration::from_millis(500))
            .jitter_seed(7)
    };
    let (one, two) = (seeded(), seeded());
    let first: Vec<Duration> = (1..=5).map(|retry| one.backoff_for(retry)).collect();
    let second: Vec<Duration> = (1..=5).map(|retry| two.backoff_for(retry)).collect();
    assert_eq!(first, second, "the same seed gives the same waits");
    for (wait, full) in first.iter().zip(&waits) {
        let full = Duration::from_millis(*full as u64);
        assert!(*wait >= full / 2 && *wait <= full, "{wait:?} of {full:?}");
    }
    assert_ne!(
        first,
        waits
            .iter()
            .map(|w| Duration::from_millis(*w as u64))
            .collect::<Vec<_>>()
    );
}

/// `at` as an IMF-fixdate.
fn http_date(at: SystemTime) -> String {
    let seconds = at.duration_since(SystemTime::UNIX_EPOCH).unwrap().as_secs();
    let date = chrono::DateTime::from_timestamp(seconds as i64, 0).unwrap();
    date.format("%a, %d %b %Y %H:%M:%S GMT").to_string()
}
