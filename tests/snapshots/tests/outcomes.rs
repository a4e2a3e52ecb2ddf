//! `into_result` splits decoded responses into the success and the documented errors; an
//! undocumented status is already an error when decoding.

use std::error::Error;

use snapshots::outcomes::{
    BrewCoffee, BrewCoffeeError, CreateJob, CreateJobError, CreateJobSuccess, DeleteJob, GetJob,
    GetJobError, GetStatus, GetStatusError, Job, ListJobs, Problem,
};
use snapshots::runtime::{ApiError, Operation, Outcome, Response, ResponseErrorKind};

fn response(status: u16, headers: &[(&str, &str)], body: &str) -> http::Response<Vec<u8>> {
    let mut builder = http::Response::builder().status(status);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    builder.body(body.as_bytes().to_vec()).unwrap()
}

const JSON: (&str, &str) = ("content-type", "application/json");

fn decoded<O: Operation>(
    status: u16,
    headers: &[(&str, &str)],
    body: &str,
) -> Response<O::Response> {
    O::from_response(response(status, headers, body)).unwrap()
}

#[test]
fn the_success_is_its_body() {
    let job = decoded::<GetJob>(200, &[JSON], r#"{"id":"j1"}"#).into_result();
    assert_eq!(job.unwrap(), Job { id: "j1".into() });
    let jobs = decoded::<ListJobs>(200, &[JSON, ("link", "<next>")], r#"[{"id":"j1"}]"#);
    assert_eq!(jobs.into_result().unwrap().len(), 1);
    decoded::<DeleteJob>(204, &[], "").into_result().unwrap();
}

#[test]
fn several_successes_are_an_enum_of_them() {
    let created = decoded::<CreateJob>(201, &[JSON, ("location", "/jobs/j1")], r#"{"id":"j1"}"#);
    match created.into_result().unwrap() {
        CreateJobSuccess::Created { body, headers } => {
            assert_eq!(body.id, "j1");
            assert_eq!(headers.location.as_deref(), Some("/jobs/j1"));
        }
        other => panic!("{other:?}"),
    }
    let accepted = decoded::<CreateJob>(202, &[], "").into_result().unwrap();
    assert_eq!(accepted, CreateJobSuccess::Accepted);
}

#[test]
fn a_documented_error_keeps_status_headers_and_typed_body() {
    let error = decoded::<GetJob>(404, &[JSON, ("x-request-id", "r1")], r#"{"title":"gone"}"#)
        .into_result()
        .unwrap_err();
    assert_eq!(error.status, 404);
    assert_eq!(error.headers["x-request-id"], "r1");
    assert_eq!(
        error.body,
        GetJobError::NotFound(Problem {
            title: "gone".into()
        })
    );
    let error = decoded::<GetJob>(500, &[], "").into_result().unwrap_err();
    assert_eq!(error.body, GetJobError::InternalServerError);
    let ranged = decoded::<CreateJob>(429, &[JSON], r#"{"title":"slow down"}"#);
    match ranged.into_result().unwrap_err().body {
        CreateJobError::ClientError { status, body } => {
            assert_eq!(status, 429);
            assert_eq!(body.title, "slow down");
        }
        other => panic!("{other:?}"),
    }
    let fallback = decoded::<CreateJob>(503, &[], "")
        .into_result()
        .unwrap_err();
    assert_eq!(
        fallback.body,
        CreateJobError::Default {
            status: http::StatusCode::SERVICE_UNAVAILABLE
        }
    );
    let refused = decoded::<BrewCoffee>(418, &[], "")
        .into_result()
        .unwrap_err();
    assert_eq!(refused.body, BrewCoffeeError::IMATeapot);
}

#[test]
fn a_lone_default_is_the_success_when_its_status_is_2xx() {
    let ok = decoded::<GetStatus>(200, &[("content-type", "text/plain")], "fine");
    assert_eq!(ok.into_result().unwrap(), "fine");
    let down = decoded::<GetStatus>(503, &[("content-type", "text/plain")], "down");
    match down.into_result().unwrap_err().body {
        GetStatusError::Default { status, body } => {
            assert_eq!((status.as_u16(), body.as_str()), (503, "down"))
        }
    }
}

#[test]
fn an_undocumented_status_is_a_decoding_error_with_the_bytes() {
    let error = GetJob::from_response(response(418, &[], "short and stout")).unwrap_err();
    assert!(matches!(error.kind, ResponseErrorKind::UnexpectedStatus));
    assert_eq!(error.status, 418);
    assert_eq!(error.body, b"short and stout");
}

#[test]
fn the_response_enum_splits_without_its_head() {
    let value = decoded::<GetJob>(404, &[JSON], r#"{"title":"gone"}"#).into_inner();
    assert_eq!(
        Outcome::into_result(value),
        Err(GetJobError::NotFound(Problem {
            title: "gone".into()
        }))
    );
}

/// What callers write: both the decoding error and the documented one go through `?`.
fn title(response: http::Response<Vec<u8>>) -> Result<String, Box<dyn Error + Send + Sync>> {
    Ok(GetJob::from_response(response)?.into_result()?.id)
}

#[test]
fn errors_go_through_question_marks_without_showing_secrets() {
    assert_eq!(
        title(response(200, &[JSON], r#"{"id":"j1"}"#)).unwrap(),
        "j1"
    );
    let error = title(response(
        404,
        &[JSON, ("set-cookie", "session=s3cr3t")],
        r#"{"title":"token tok_s3cr3t not found"}"#,
    ))
    .unwrap_err();
    let shown = error.to_string();
    assert_eq!(shown, "documented error response with status 404 Not Found");
    let api_error = error.downcast_ref::<ApiError<GetJobError>>().unwrap();
    let debug = format!("{api_error:?}");
    assert!(!debug.contains("session=s3cr3t"), "{debug}");
    assert!(debug.contains("NotFound"), "{debug}");
}
