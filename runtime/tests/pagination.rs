//! The async client's `pages` and `items`, against a loopback server.

#![cfg(feature = "client")]

use futures::StreamExt;
use runtime::RequestError;
use runtime::client::{Client, Error};

mod loopback;

use loopback::operations::{ListCharges, ListIssues, ListIssuesResponse};
use loopback::pages::{self, GITHUB_TARGETS, STRIPE_TARGETS};
use loopback::{Reply, Server};

fn client(server: &Server) -> Client {
    Client::builder(server.url()).build().unwrap()
}

fn open_issues() -> ListIssues {
    ListIssues {
        state: Some("open".to_owned()),
    }
}

#[tokio::test]
async fn link_pages_are_followed_to_the_last_one_each_once() {
    let server = Server::start(pages::github());
    let numbers: Vec<u64> = client(&server)
        .items(open_issues())
        .map(|issue| issue.unwrap().number)
        .collect()
        .await;
    assert_eq!(numbers, [1, 2, 3, 4, 5]);
    assert_eq!(server.targets(), GITHUB_TARGETS);
}

#[tokio::test]
async fn cursor_pages_are_followed_while_there_are_more() {
    let server = Server::start(pages::stripe());
    let first = ListCharges {
        limit: Some(2),
        starting_after: None,
    };
    let ids: Vec<String> = client(&server)
        .items(first)
        .map(|charge| charge.unwrap().id)
        .collect()
        .await;
    assert_eq!(ids, ["ch_1", "ch_2", "ch_3", "ch_4", "ch_5"]);
    assert_eq!(server.targets(), STRIPE_TARGETS);
}

#[tokio::test]
async fn pages_come_whole_and_an_error_page_ends_them() {
    let server = Server::start(|request, _| {
        let next = format!(r#"<{}/gone>; rel="next""#, request.base);
        match request.target.as_str() {
            "/repos/o/r/issues" => Reply::json(200, r#"[{"number":1}]"#).header("link", next),
            _ => Reply::json(404, r#"{"message":"Not Found"}"#).header("link", next),
        }
    });
    let pages: Vec<_> = client(&server).pages(ListIssues::default()).collect().await;
    assert_eq!(pages.len(), 2);
    let statuses: Vec<u16> = pages
        .iter()
        .map(|page| page.as_ref().unwrap().status().as_u16())
        .collect();
    assert_eq!(statuses, [200, 404]);
    assert!(matches!(
        **pages[1].as_ref().unwrap(),
        ListIssuesResponse::NotFound(_)
    ));

    let items: Vec<_> = client(&server).items(ListIssues::default()).collect().await;
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].as_ref().unwrap().number, 1);
    assert!(matches!(items[1], Err(Error::NotAPage { status }) if status == 404));
    assert_eq!(server.targets(), ["/repos/o/r/issues", "/gone"].repeat(2));
}

#[tokio::test]
async fn a_page_naming_itself_as_next_is_not_asked_for_again() {
    let server = Server::start(|request, _| {
        Reply::json(200, r#"[{"number":1}]"#).header(
            "link",
            format!(r#"<{}/repos/o/r/issues>; rel="next""#, request.base),
        )
    });
    let items: Vec<_> = client(&server).items(ListIssues::default()).collect().await;
    assert_eq!(items.len(), 2);
    assert!(matches!(items[1], Err(Error::RepeatedPage)));
    assert_eq!(server.targets(), ["/repos/o/r/issues"]);
}

#[tokio::test]
async fn a_link_to_another_origin_is_not_followed() {
    let server = Server::start(|_, _| {
        Reply::json(200, r#"[{"number":1}]"#).header(
            "link",
            r#"<http://elsewhere.example/issues?page=2>; rel="next""#,
        )
    });
    let items: Vec<_> = client(&server).items(ListIssues::default()).collect().await;
    assert_eq!(items.len(), 2);
    assert!(matches!(
        items[1],
        Err(Error::Request(RequestError::ForeignLink(_)))
    ));
    assert_eq!(server.targets(), ["/repos/o/r/issues"]);
}
