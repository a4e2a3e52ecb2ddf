//! The blocking client against a loopback server: send, retries, pages and items.

#![cfg(feature = "blocking")]

use std::time::Duration;

use runtime::blocking::Client;
use runtime::client::Error;
use runtime::retry::RetryPolicy;

mod loopback;

use loopback::operations::{ListCharges, ListIssues, Thing};
use loopback::pages::{self, GITHUB_TARGETS, STRIPE_TARGETS};
use loopback::{Reply, Server};

fn retrying(server: &Server) -> Client {
    let policy = RetryPolicy::new()
        .backoff(Duration::from_millis(10), Duration::from_millis(10))
        .without_jitter();
    Client::builder(server.url()).retry(policy).build().unwrap()
}

/// Answers 503 first, then 200.
fn fails_once(_: &loopback::Seen, before: usize) -> Reply {
    Reply::json(if before == 0 { 503 } else { 200 }, "{}")
}

#[test]
fn a_get_is_retried_and_a_plain_post_is_not() {
    let server = Server::start(fails_once);
    assert_eq!(*retrying(&server).send(&Thing::get()).unwrap(), 200);
    assert_eq!(server.seen().len(), 2);

    let server = Server::start(fails_once);
    assert_eq!(*retrying(&server).send(&Thing::post(None)).unwrap(), 503);
    assert_eq!(server.seen().len(), 1);

    let server = Server::start(fails_once);
    assert_eq!(
        *retrying(&server).send(&Thing::post(Some("k"))).unwrap(),
        200
    );
    assert_eq!(server.seen().len(), 2);
}

#[test]
fn link_pages_are_iterated_to_the_last_one_each_once() {
    let server = Server::start(pages::github());
    let client = Client::builder(server.url()).build().unwrap();
    let issues = ListIssues {
        state: Some("open".to_owned()),
    };
    let numbers: Vec<u64> = client
        .items(issues)
        .map(|issue| issue.unwrap().number)
        .collect();
    assert_eq!(numbers, [1, 2, 3, 4, 5]);
    assert_eq!(server.targets(), GITHUB_TARGETS);
}

#[test]
fn cursor_pages_are_iterated_while_there_are_more() {
    let server = Server::start(pages::stripe());
    let client = Client::builder(server.url()).build().unwrap();
    let first = ListCharges {
        limit: Some(2),
        starting_after: None,
    };
    let pages: Vec<usize> = client
        .pages(first.clone())
        .map(|page| page.unwrap().data.len())
        .collect();
    assert_eq!(pages, [2, 2, 1]);
    let ids: Vec<String> = client.items(first).map(|c| c.unwrap().id).collect();
    assert_eq!(ids, ["ch_1", "ch_2", "ch_3", "ch_4", "ch_5"]);
    assert_eq!(server.targets(), STRIPE_TARGETS.repeat(2));
}

#[test]
fn an_error_page_ends_the_items() {
    let server = Server::start(|_, _| Reply::json(404, r#"{"message":"Not Found"}"#));
    let client = Client::builder(server.url()).build().unwrap();
    let items: Vec<_> = client.items(ListIssues::default()).collect();
    assert_eq!(items.len(), 1);
    assert!(matches!(items[0], Err(Error::NotAPage { status }) if status == 404));
}
