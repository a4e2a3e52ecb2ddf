//! Server-Sent Events: the incremental parser on every way a body can be cut into reads, and
//! the typed event stream over a body at hand.

use std::pin::Pin;
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use futures_core::Stream;
use runtime::sse::{Event, Parser};
use runtime::{ByteStream, EventStream, StreamError};

fn event(event: &str, data: &str, id: Option<&str>) -> Event {
    Event {
        event: event.to_owned(),
        data: data.to_owned(),
        id: id.map(str::to_owned),
        retry: None,
    }
}

/// The events of `body` fed in one piece.
fn parse(body: &[u8]) -> Vec<Event> {
    let mut parser = Parser::new();
    let events = parser.feed(body);
    parser.finish();
    events
}

/// The events of `body` fed in pieces cut at every pair of positions: the same as in one
/// piece, whatever the cuts.
fn parse_cut_everywhere(body: &[u8]) -> Vec<Event> {
    let whole = parse(body);
    for first in 0..=body.len() {
        for second in first..=body.len() {
            let mut parser = Parser::new();
            let mut events = parser.feed(&body[..first]);
            events.extend(parser.feed(&body[first..second]));
            events.extend(parser.feed(&body[second..]));
            assert_eq!(events, whole, "cut at {first} and {second} of {body:?}");
        }
    }
    whole
}

#[test]
fn fields_comments_and_defaults() {
    let body =
        b": a comment\nevent: delta\ndata: {\"a\":1}\nid: 7\n\ndata:no space\nunknown: x\n\n";
    assert_eq!(
        parse_cut_everywhere(body),
        [
            event("delta", "{\"a\":1}", Some("7")),
            // The type is `message` when none is named; the id carries over.
            event("message", "no space", Some("7")),
        ]
    );
}

#[test]
fn data_lines_join_with_line_breaks() {
    let body = b"data: first\ndata\ndata:  third\n\n";
    assert_eq!(
        parse_cut_everywhere(body),
        [event("message", "first\n\n third", None)]
    );
}

#[test]
fn every_line_end_is_accepted() {
    let expected = [event("a", "1", None), event("b", "2", None)];
    for body in [
        &b"event: a\ndata: 1\n\nevent: b\ndata: 2\n\n"[..],
        b"event: a\r\ndata: 1\r\n\r\nevent: b\r\ndata: 2\r\n\r\n",
        b"event: a\rdata: 1\r\revent: b\rdata: 2\r\r",
        b"event: a\r\ndata: 1\r\revent: b\ndata: 2\r\n\n",
    ] {
        assert_eq!(parse_cut_everywhere(body), expected, "{body:?}");
    }
}

#[test]
fn a_byte_order_mark_is_skipped_only_first() {
    assert_eq!(
        parse_cut_everywhere(b"\xEF\xBB\xBFdata: x\n\n"),
        [event("message", "x", None)]
    );
    // Later, it is part of a field name that is not `data`.
    assert_eq!(parse(b"data: x\n\n\xEF\xBB\xBFdata: y\n\n").len(), 1);
}

#[test]
fn events_without_data_and_unfinished_events_are_not_given() {
    assert_eq!(parse_cut_everywhere(b"event: ping\n\nid: 3\n\n"), []);
    let mut parser = Parser::new();
    assert_eq!(parser.last_event_id(), None);
    assert_eq!(parser.feed(b"id: 3\n\ndata: cut off"), []);
    assert_eq!(parser.last_event_id(), Some("3"));
    parser.finish();
    assert_eq!(parser.feed(b"\n\n"), []);
}

#[test]
fn retry_is_given_with_the_next_event_and_bad_values_are_ignored() {
    let events =
        parse_cut_everywhere(b"retry: 1500\ndata: a\n\nretry: soon\nid: x\0y\ndata: b\n\n");
    assert_eq!(events[0].retry, Some(Duration::from_millis(1500)));
    assert_eq!(events[1].retry, None);
    assert_eq!(events[1].id, None, "an id holding NUL is ignored");
}

/// Polls `stream` to its end; a body at hand never makes it wait.
fn drain<S: Stream + Unpin>(mut stream: S) -> Vec<S::Item> {
    let mut context = Context::from_waker(Waker::noop());
    let mut items = Vec::new();
    loop {
        match Pin::new(&mut stream).poll_next(&mut context) {
            Poll::Ready(Some(item)) => items.push(item),
            Poll::Ready(None) => return items,
            Poll::Pending => panic!("a body at hand never waits"),
        }
    }
}

#[derive(Debug, PartialEq, serde::Deserialize)]
struct Delta {
    text: String,
}

#[test]
fn event_stream_decodes_each_data_and_keeps_what_does_not() {
    let body = b"data: {\"text\":\"Hel\"}\n\nevent: delta\ndata: {\"text\":\"lo\"}\n\ndata: oops\n\ndata: [DONE]\n\n";
    let items = drain(EventStream::<Delta>::json(ByteStream::from(body.to_vec())));
    assert_eq!(items.len(), 4);
    let texts: Vec<&str> = items[..2]
        .iter()
        .map(|item| item.as_ref().unwrap().data.text.as_str())
        .collect();
    assert_eq!(texts, ["Hel", "lo"]);
    assert_eq!(items[1].as_ref().unwrap().event, "delta");
    match &items[2] {
        Err(StreamError::Data { event, .. }) => assert_eq!(event.data, "oops"),
        other => panic!("{other:?}"),
    }
    // A sentinel ends the stream when asked to, else it is an event like any other.
    let stopped =
        drain(EventStream::<Delta>::json(ByteStream::from(body.to_vec())).stop_at("[DONE]"));
    assert_eq!(stopped.len(), 3);
}

#[test]
fn text_event_stream_keeps_data_as_text() {
    let stream = EventStream::text(ByteStream::from(b"data: {not json}\n\n".to_vec()));
    let items = drain(stream);
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].as_ref().unwrap().data, "{not json}");
}

#[test]
fn byte_stream_at_hand_is_one_chunk() {
    let stream = ByteStream::from(b"abc".to_vec());
    assert_eq!(stream.buffered(), Some(&b"abc"[..]));
    let chunks: Vec<Vec<u8>> = drain(stream)
        .into_iter()
        .map(|chunk| chunk.unwrap().to_vec())
        .collect();
    assert_eq!(chunks, [b"abc".to_vec()]);
    assert!(drain(ByteStream::from(Vec::new())).is_empty());
}
