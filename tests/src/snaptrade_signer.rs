//! A request signer for SnapTrade, plugged into the generated crate through `runtime::Signer`.
//!
//! SnapTrade authenticates partners with query parameters `clientId` and `timestamp` (Unix
//! seconds) and a `Signature` header: base64(HMAC-SHA256(consumer key, JSON)), where the JSON is
//! the compact, key-sorted object `{"content": <body or null>, "path": <request path without the
//! base URL's path>, "query": <the final query string>}`.

use std::time::{SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use generated::runtime::{Secret, Signer, append_query};
use hmac::{Hmac, KeyInit, Mac};
use serde_json::{Map, Value};
use sha2::Sha256;

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// Signs SnapTrade requests with a partner's client id and consumer key.
pub struct SnapTradeSigner {
    client_id: String,
    consumer_key: Secret,
    clock: Box<dyn Fn() -> u64 + Send + Sync>,
}

impl SnapTradeSigner {
    pub fn new(client_id: impl Into<String>, consumer_key: impl Into<Secret>) -> Self {
        SnapTradeSigner {
            client_id: client_id.into(),
            consumer_key: consumer_key.into(),
            clock: Box::new(|| {
                SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .map_or(0, |elapsed| elapsed.as_secs())
            }),
        }
    }

    /// Uses a fixed clock, for reproducible signatures.
    pub fn at(mut self, timestamp: u64) -> Self {
        self.clock = Box::new(move || timestamp);
        self
    }

    /// The signature of a request path, query and body.
    pub fn signature(&self, path: &str, query: &str, body: &[u8]) -> Result<String, BoxError> {
        let content = if body.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(body)?
        };
        let mut object = Map::new();
        object.insert("content".to_owned(), content);
        object.insert("path".to_owned(), Value::String(path.to_owned()));
        object.insert("query".to_owned(), Value::String(query.to_owned()));
        let message = serde_json::to_string(&sorted(Value::Object(object)))?;
        let mut mac = Hmac::<Sha256>::new_from_slice(self.consumer_key.expose().as_bytes())?;
        mac.update(message.as_bytes());
        Ok(base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes()))
    }
}

/// The value with every object's keys in sorted order, as the signature requires.
fn sorted(value: Value) -> Value {
    match value {
        Value::Object(object) => {
            let mut entries: Vec<(String, Value)> = object.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(entries.into_iter().map(|(k, v)| (k, sorted(v))).collect())
        }
        Value::Array(items) => Value::Array(items.into_iter().map(sorted).collect()),
        other => other,
    }
}

impl Signer for SnapTradeSigner {
    fn schemes(&self) -> &[&str] {
        &["PartnerClientId", "PartnerTimestamp", "PartnerSignature"]
    }

    fn sign(&self, request: &mut http::Request<Vec<u8>>, base_url: &str) -> Result<(), BoxError> {
        append_query(request, "clientId", &self.client_id)?;
        append_query(request, "timestamp", &(self.clock)().to_string())?;
        let base = http::Uri::try_from(base_url)?;
        let base_path = base.path().trim_end_matches('/');
        let path = request.uri().path();
        let path = path.strip_prefix(base_path).unwrap_or(path).to_owned();
        let query = request.uri().query().unwrap_or("").to_owned();
        let signature = self.signature(&path, &query, request.body())?;
        let mut value = http::HeaderValue::try_from(signature)?;
        value.set_sensitive(true);
        request.headers_mut().insert("signature", value);
        Ok(())
    }
}
