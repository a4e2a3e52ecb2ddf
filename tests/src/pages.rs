//! Loopback servers that answer list operations a page at a time, as GitHub and Stripe do, for
//! the README's pagination examples. Each page may be asked for once: a server panics when it
//! is dropped if a page was asked for twice or not at all.

use serde_json::{Value, json};
use wiremock::matchers::{method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// Open issues 1–5 of `octocat/hello-world` over three pages, linked as GitHub links them: the
/// first page is `GET /repos/octocat/hello-world/issues?state=open`, the next ones are under
/// `/repositories/1296269/issues` with `page=2` and `page=3`.
pub async fn github_issues() -> MockServer {
    let server = MockServer::start().await;
    // GitHub's own example of an issue, renumbered.
    let issue = crate::spec("github/api.github.com.octokit-23.0.2.json")
        .pointer("/components/examples/issue/value")
        .cloned()
        .unwrap_or_else(|| panic!("the GitHub document has no example issue"));
    let issues = |numbers: &[u64]| {
        let list: Vec<Value> = numbers
            .iter()
            .map(|&number| {
                let mut issue = issue.clone();
                issue["number"] = json!(number);
                issue
            })
            .collect();
        Value::Array(list)
    };
    let link = |page: u32| {
        format!(
            "{}/repositories/1296269/issues?state=open&page={page}",
            server.uri()
        )
    };
    let pages = [
        (
            None,
            issues(&[1, 2]),
            format!(r#"<{}>; rel="next", <{}>; rel="last""#, link(2), link(3)),
        ),
        (
            Some("2"),
            issues(&[3, 4]),
            format!(
                r#"<{}>; rel="prev first", <{}>; rel="next last""#,
                link(1),
                link(3)
            ),
        ),
        (
            Some("3"),
            issues(&[5]),
            format!(r#"<{}>; rel="prev", <{}>; rel="first""#, link(2), link(1)),
        ),
    ];
    for (page, body, links) in pages {
        let reply = ResponseTemplate::new(200)
            .set_body_json(body)
            .insert_header("link", links.as_str());
        let mock = match page {
            None => Mock::given(method("GET"))
                .and(path("/repos/octocat/hello-world/issues"))
                .and(query_param_is_missing("page")),
            Some(page) => Mock::given(method("GET"))
                .and(path("/repositories/1296269/issues"))
                .and(query_param("page", page)),
        };
        mock.and(query_param("state", "open"))
            .respond_with(reply)
            .expect(1)
            .mount(&server)
            .await;
    }
    server
}

/// Charges `ch_1`–`ch_5` over three pages of two, as Stripe pages them: `has_more`, and the
/// next page asked for with `starting_after`.
pub async fn stripe_charges() -> MockServer {
    let server = MockServer::start().await;
    // A charge with the members Stripe's document requires.
    let charge = json!({
        "id": "ch_1", "object": "charge", "amount": 100, "amount_captured": 100,
        "amount_refunded": 0, "captured": true, "created": 1_700_000_000, "currency": "usd",
        "disputed": false, "livemode": false, "metadata": {}, "paid": true, "refunded": false,
        "status": "succeeded",
        "billing_details": {"address": null, "email": null, "name": null, "phone": null},
        "refunds": {"object": "list", "data": [], "has_more": false, "url": "/v1/charges/ch_1/refunds"},
    });
    let page = |ids: &[&str], has_more: bool| {
        let data: Vec<Value> = ids
            .iter()
            .map(|id| {
                let mut charge = charge.clone();
                charge["id"] = json!(id);
                charge
            })
            .collect();
        json!({"object": "list", "url": "/v1/charges", "has_more": has_more, "data": data})
    };
    let pages = [
        (None, page(&["ch_1", "ch_2"], true)),
        (Some("ch_2"), page(&["ch_3", "ch_4"], true)),
        (Some("ch_4"), page(&["ch_5"], false)),
    ];
    for (after, body) in pages {
        let mock = Mock::given(method("GET")).and(path("/v1/charges"));
        let mock = match after {
            None => mock.and(query_param_is_missing("starting_after")),
            Some(after) => mock.and(query_param("starting_after", after)),
        };
        mock.respond_with(ResponseTemplate::new(200).set_body_json(body))
            .expect(1)
            .mount(&server)
            .await;
    }
    server
}
