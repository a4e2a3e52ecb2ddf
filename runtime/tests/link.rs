//! `Link` headers (RFC 8288) and the page requests they lead to.

use runtime::link::{self, Link};
use runtime::{NextPage, RequestError, page_request};

mod loopback;

use loopback::operations::ListIssues;

fn targets(value: &str) -> Vec<(String, Option<String>)> {
    link::parse(value)
        .into_iter()
        .map(|link| (link.target.clone(), link.param("rel").map(str::to_owned)))
        .collect()
}

#[test]
fn several_links_with_quoted_and_bare_parameters() {
    let value = r#"<https://api.github.com/repositories/1/issues?page=2>; rel="next", <https://api.github.com/repositories/1/issues?page=9>; rel=last"#;
    assert_eq!(
        targets(value),
        [
            (
                "https://api.github.com/repositories/1/issues?page=2".to_owned(),
                Some("next".to_owned())
            ),
            (
                "https://api.github.com/repositories/1/issues?page=9".to_owned(),
                Some("last".to_owned())
            ),
        ]
    );
}

#[test]
fn a_rel_lists_several_relations_in_any_case() {
    let links = link::parse(r#"</p/3>; rel="NEXT last"; title="a, b; \"c\"""#);
    assert_eq!(links.len(), 1);
    assert!(links[0].has_rel("next"));
    assert!(links[0].has_rel("last"));
    assert!(!links[0].has_rel("prev"));
    assert_eq!(links[0].param("title"), Some(r#"a, b; "c""#));
}

#[test]
fn commas_inside_targets_and_quotes_do_not_split_links() {
    let value = r#"</a?x=1,2>; rel="prev"; title="one, two", </b>; rel=next"#;
    assert_eq!(
        targets(value),
        [
            ("/a?x=1,2".to_owned(), Some("prev".to_owned())),
            ("/b".to_owned(), Some("next".to_owned())),
        ]
    );
}

#[test]
fn a_malformed_link_is_skipped_and_the_rest_read() {
    let value = r#"junk; rel="next", </c> nonsense, </d>; rel="next""#;
    assert_eq!(targets(value), [("/d".to_owned(), Some("next".to_owned()))]);
    assert_eq!(link::parse(r#"</e>; rel="next"#), Vec::<Link>::new());
}

#[test]
fn the_first_rel_counts_and_bare_names_have_no_value() {
    let links = link::parse("</f>; rel=prev; rel=next; crossorigin");
    assert!(links[0].has_rel("prev"));
    assert!(!links[0].has_rel("next"));
    assert_eq!(links[0].params[2], ("crossorigin".to_owned(), None));
}

#[test]
fn next_is_found_across_several_link_headers() {
    let mut headers = http::HeaderMap::new();
    headers.append(
        "link",
        http::HeaderValue::from_static(r#"</1>; rel="prev""#),
    );
    headers.append(
        "link",
        http::HeaderValue::from_static(r#"</3>; rel="next""#),
    );
    assert_eq!(link::next(&headers).as_deref(), Some("/3"));
    assert!(matches!(
        NextPage::<ListIssues>::from_link(&headers),
        Some(NextPage::Link(link)) if link == "/3"
    ));
    assert_eq!(link::next(&http::HeaderMap::new()), None);
}

#[test]
fn link_targets_are_resolved_against_the_request_and_kept_on_its_origin() {
    let issues = ListIssues::default();
    let base = "https://api.example:8443/v3";
    let uri = |link: &str| {
        page_request(&issues, Some(link), base)
            .map(|request| request.uri().to_string())
            .map_err(|error| matches!(error, RequestError::ForeignLink(_)))
    };
    assert_eq!(
        uri("https://api.example:8443/v3/repositories/1/issues?page=2"),
        Ok("https://api.example:8443/v3/repositories/1/issues?page=2".to_owned())
    );
    assert_eq!(
        uri("/v3/x?page=2"),
        Ok("https://api.example:8443/v3/x?page=2".to_owned())
    );
    assert_eq!(
        uri("?page=2"),
        Ok("https://api.example:8443/v3/repos/o/r/issues?page=2".to_owned())
    );
    assert_eq!(
        uri("other?page=2"),
        Ok("https://api.example:8443/v3/repos/o/r/other?page=2".to_owned())
    );
    assert_eq!(uri("https://evil.example/v3/x"), Err(true));
    assert_eq!(uri("http://api.example:8443/v3/x"), Err(true));
    assert_eq!(uri("https://api.example/v3/x"), Err(true));
    assert_eq!(uri("//evil.example/x"), Err(true));
    assert_eq!(
        page_request(&issues, None, base).unwrap().uri(),
        "https://api.example:8443/v3/repos/o/r/issues"
    );
}

#[test]
fn a_default_port_written_out_is_the_same_origin() {
    let issues = ListIssues::default();
    let uri = |base: &str, link: &str| {
        page_request(&issues, Some(link), base)
            .map(|request| request.uri().to_string())
            .map_err(|error| matches!(error, RequestError::ForeignLink(_)))
    };
    assert_eq!(
        uri("https://api.example", "https://API.example:443/x?page=2"),
        Ok("https://API.example:443/x?page=2".to_owned())
    );
    assert_eq!(
        uri("https://api.example:443", "https://api.example/x?page=2"),
        Ok("https://api.example/x?page=2".to_owned())
    );
    assert_eq!(
        uri("http://api.example", "http://api.example:80/x"),
        Ok("http://api.example:80/x".to_owned())
    );
    assert_eq!(
        uri("https://api.example", "https://api.example:80/x"),
        Err(true)
    );
    assert_eq!(
        uri("https://api.example", "https://user@evil.example/x"),
        Err(true)
    );
}
