//! Shared by the request programs of `prism_request_forms`: one request as a JSON line.

use base64::Engine as _;

/// Prints `request` as `{"name", "expect", "method", "path", "headers", "body"}`, the body in
/// base64.
pub fn print(name: &str, expect: &str, request: &http::Request<Vec<u8>>) {
    let headers: Vec<(String, String)> = request
        .headers()
        .iter()
        .map(|(name, value)| {
            let value = String::from_utf8_lossy(value.as_bytes()).into_owned();
            (name.as_str().to_owned(), value)
        })
        .collect();
    let path = request
        .uri()
        .path_and_query()
        .map_or("/", |path| path.as_str());
    let line = serde_json::json!({
        "name": name,
        "expect": expect,
        "method": request.method().as_str(),
        "path": path,
        "headers": headers,
        "body": base64::engine::general_purpose::STANDARD.encode(request.body()),
    });
    println!("{line}");
}
