//! The requests the Swagger 2.0 and OpenAPI 3.2 fixtures build: what a 2.0 `collectionFormat`,
//! body and `formData` parameter send once converted, and 3.2's `QUERY` and extension methods
//! and `in: querystring`, byte for byte.

use snapshots::openapi32::{
    self, BookFilter, ListBooks, ListBooksRaw, PurgeProducts, Search, SearchProducts, WatchEvents,
    WatchEventsResponse,
};
use snapshots::runtime::{File, Operation};
use snapshots::swagger2::{self, BookVisit, BookVisitBody, ListPets, UploadPhoto, UploadPhotoBody};

const BASE: &str = "https://api.example";

fn body_text(request: &http::Request<Vec<u8>>) -> String {
    String::from_utf8_lossy(request.body()).into_owned()
}

#[test]
fn swagger_2_collection_formats_are_written_as_they_were() {
    let request = ListPets {
        species: Some(vec!["cat".into(), "dog".into()]),
        ids: Some(vec![1, 2]),
        tags: Some(vec!["old".into(), "calm".into()]),
        x_trace: Some(vec!["a".into(), "b".into()]),
    }
    .to_request(swagger2::DEFAULT_BASE_URL)
    .unwrap();
    // multi, csv (the default) and pipes for the query; csv for the header.
    assert_eq!(
        request.uri(),
        "https://clinic.example.com/v2/pets?species=cat&species=dog&ids=1,2&tags=old%7Ccalm"
    );
    assert_eq!(request.headers()["x-trace"], "a,b");
    assert_eq!(ListPets::METHOD, http::Method::GET);
}

#[test]
fn swagger_2_form_data_is_a_form_or_multipart_body() {
    let request = BookVisit {
        body: BookVisitBody {
            pet_id: 7,
            reasons: Some(vec!["vaccine".into(), "checkup".into()]),
            slots: Some(vec!["9:00".into(), "9:30".into()]),
        },
    }
    .to_request(BASE)
    .unwrap();
    assert_eq!(
        request.headers()["content-type"],
        "application/x-www-form-urlencoded"
    );
    assert_eq!(
        body_text(&request),
        "petId=7&reasons=vaccine&reasons=checkup&slots=9%3A00,9%3A30"
    );

    let request = UploadPhoto {
        pet_id: 7,
        body: UploadPhotoBody {
            photo: File::new(b"JPEG".to_vec())
                .name("rex.jpg")
                .content_type("image/jpeg"),
            caption: Some("Rex".into()),
        },
    }
    .to_request(BASE)
    .unwrap();
    assert_eq!(request.uri(), "https://api.example/pets/7/photo");
    let content_type = request.headers()["content-type"].to_str().unwrap();
    assert!(content_type.starts_with("multipart/form-data; boundary="));
    let body = body_text(&request);
    assert!(
        body.contains("name=\"photo\"; filename=\"rex.jpg\""),
        "{body}"
    );
    assert!(
        body.contains("Content-Type: image/jpeg\r\n\r\nJPEG"),
        "{body}"
    );
    assert!(body.contains("name=\"caption\"\r\n\r\nRex"), "{body}");
}

#[test]
fn openapi_3_2_query_and_extension_methods_are_sent_by_name() {
    let request = SearchProducts {
        body: Search {
            text: Some("tea".into()),
            limit: None,
        },
    }
    .to_request(openapi32::DEFAULT_BASE_URL)
    .unwrap();
    assert_eq!(request.method().as_str(), "QUERY");
    assert_eq!(request.uri(), "https://api.example.com/catalog/products");
    assert_eq!(body_text(&request), r#"{"text":"tea"}"#);

    let request = PurgeProducts { session: None }.to_request(BASE).unwrap();
    assert_eq!(request.method().as_str(), "PURGE");
    assert_eq!(PurgeProducts::METHOD, "PURGE");
}

#[test]
fn openapi_3_2_querystring_parameters_are_the_whole_query() {
    let request = ListBooks {
        filter: Some(BookFilter {
            title: Some("Dune & co".into()),
            authors: Some(vec!["Herbert".into(), "Anderson".into()]),
        }),
    }
    .to_request(BASE)
    .unwrap();
    assert_eq!(
        request.uri(),
        "https://api.example/books?title=Dune%20%26%20co&authors=Herbert,Anderson"
    );
    let request = ListBooks { filter: None }.to_request(BASE).unwrap();
    assert_eq!(request.uri(), "https://api.example/books");

    let request = ListBooksRaw {
        query: "q=tea&sort=-date".into(),
    }
    .to_request(BASE)
    .unwrap();
    assert_eq!(
        request.uri(),
        "https://api.example/books/raw?q=tea&sort=-date"
    );
}

#[test]
fn openapi_3_2_event_streams_are_events_with_text_data() {
    let response = http::Response::builder()
        .status(200)
        .body(b"data: {}\n\n".to_vec())
        .unwrap();
    let WatchEventsResponse::Ok(events) =
        WatchEvents::from_response(response).unwrap().into_inner();
    let mut context = std::task::Context::from_waker(std::task::Waker::noop());
    let mut events = events;
    match futures_core::Stream::poll_next(std::pin::Pin::new(&mut events), &mut context) {
        std::task::Poll::Ready(Some(Ok(event))) => assert_eq!(event.data, "{}"),
        other => panic!("{other:?}"),
    }
}
