//! The servers of the pagination tests: three pages of issues linked as GitHub links them, and
//! five charges three to a page as Stripe pages them.

use super::{Reply, Seen};

/// Issues 1–5 over three pages. Page 1 is the operation's own request; pages 2 and 3 are under
/// another path, as GitHub's links name repositories by id, and carry the query on.
pub fn github() -> impl Fn(&Seen, usize) -> Reply + Send + 'static {
    |request, _| {
        let base = &request.base;
        let link = |page: u32| format!("{base}/repositories/42/issues?state=open&page={page}");
        match request.target.as_str() {
            "/repos/o/r/issues?state=open" => Reply::json(200, r#"[{"number":1},{"number":2}]"#)
                .header(
                    "link",
                    format!(r#"<{}>; rel="next", <{}>; rel="last""#, link(2), link(3)),
                ),
            "/repositories/42/issues?state=open&page=2" => {
                Reply::json(200, r#"[{"number":3},{"number":4}]"#).header(
                    "link",
                    format!(
                        r#"<{}>; rel="prev first", <{}>; rel="next last""#,
                        link(1),
                        link(3)
                    ),
                )
            }
            "/repositories/42/issues?state=open&page=3" => Reply::json(200, r#"[{"number":5}]"#)
                .header(
                    "link",
                    format!(r#"<{}>; rel="prev", <{}>; rel="first""#, link(2), link(1)),
                ),
            _ => Reply::json(404, r#"{"message":"Not Found"}"#),
        }
    }
}

/// Charges `ch_1`–`ch_5`, two to a page, after `starting_after`.
pub fn stripe() -> impl Fn(&Seen, usize) -> Reply + Send + 'static {
    |request, _| {
        let page = match request.target.as_str() {
            "/v1/charges?limit=2" => r#"{"data":[{"id":"ch_1"},{"id":"ch_2"}],"has_more":true}"#,
            "/v1/charges?limit=2&starting_after=ch_2" => {
                r#"{"data":[{"id":"ch_3"},{"id":"ch_4"}],"has_more":true}"#
            }
            "/v1/charges?limit=2&starting_after=ch_4" => {
                r#"{"data":[{"id":"ch_5"}],"has_more":false}"#
            }
            _ => return Reply::json(400, "{}"),
        };
        Reply::json(200, page)
    }
}

/// The request targets of the pages, in the order the servers above expect them.
pub const GITHUB_TARGETS: [&str; 3] = [
    "/repos/o/r/issues?state=open",
    "/repositories/42/issues?state=open&page=2",
    "/repositories/42/issues?state=open&page=3",
];

pub const STRIPE_TARGETS: [&str; 3] = [
    "/v1/charges?limit=2",
    "/v1/charges?limit=2&starting_after=ch_2",
    "/v1/charges?limit=2&starting_after=ch_4",
];
