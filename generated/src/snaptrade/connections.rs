// @generated from specs/snaptrade/openapi.yaml by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Confirmation that a task has been scheduled to delete the connection.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteConnectionConfirmation {
    /// Connection queued for deletion; please wait for webhook for confirmation.
    pub detail: Option<String>,
    /// The ID of the connection (brokerage authorization) that was scheduled for deletion.
    pub connection_id: Option<String>,
}

runtime::decode! { DeleteConnectionConfirmation { detail, connection_id } }

/// Delete connection
///
/// Deletes the SnapTrade connection specified by the ID. This will also remove the accounts and holdings data associated with the connection from SnapTrade. This action is irreversible. This endpoint is asynchronous, a 200 response indicates that a task has been queued to delete the connection. Listen for the [`CONNECTION_DELETED` webhook](https://docs.snaptrade.com/docs/webhooks#webhooks-connection_deleted) webhook to know when the deletion has been completed and the data has been removed.
///
/// `DELETE /connection/{connectionId}`
#[derive(Clone, PartialEq)]
pub struct ConnectionsDeleteConnection {
    /// Unique identifier for the connection (brokerage_authorization_id). This is the UUID used to reference the connection in SnapTrade. (path parameter `connectionId`)
    pub connection_id: uuid::Uuid,
    /// SnapTrade User ID. This is chosen by the API partner and can be any string that is a) unique to the user, and b) immutable for the user. It is recommended to NOT use email addresses for this property because they are usually not immutable. (query parameter `userId`)
    pub user_id: String,
    /// SnapTrade User Secret. This is a randomly generated string and should be stored securely. If compromised, please rotate it via the [rotate user secret endpoint](/reference/Authentication/Authentication_resetSnapTradeUserSecret). (query parameter `userSecret`; secret: redacted in `Debug` output)
    pub user_secret: String,
}

runtime::redacted_debug! {
    ConnectionsDeleteConnection {
        connection_id, user_id, user_secret: redacted,
    }
}

runtime::builder! {
    ConnectionsDeleteConnection(
        connection_id: impl Into<uuid::Uuid>,
        user_id: impl Into<String>,
        user_secret: impl Into<String>,
    ) {}
}

runtime::responses! {
    ConnectionsDeleteConnection: Result<DeleteConnectionConfirmation, enum ConnectionsDeleteConnectionError>,
    #[derive(Clone, PartialEq)]
    pub enum ConnectionsDeleteConnectionResponse {
        /// 200: OK
        200 => Ok(DeleteConnectionConfirmation = json): Ok(body),
        /// 400: Bad Request
        400 => BadRequest: Err,
        /// 404: Not Found
        404 => NotFound: Err,
        /// Any other status: Unexpected error
        _ => Default { status }: Err,
    }
}

impl runtime::Operation for ConnectionsDeleteConnection {
    type Response = ConnectionsDeleteConnectionResponse;

    const METHOD: &'static str = "DELETE";

    const PATH: &'static str = "/connection/{connectionId}";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[
            security::PARTNER_SIGNATURE,
            security::PARTNER_CLIENT_ID,
            security::PARTNER_TIMESTAMP,
        ],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/connection/");
        path.parameter("connectionId", &self.connection_id, runtime::SIMPLE)?;
        let path = path.finish();
        let mut query = runtime::QueryBuilder::new();
        query.parameter("userId", &self.user_id, runtime::FORM_EXPLODE)?;
        query.parameter("userSecret", &self.user_secret, runtime::FORM_EXPLODE)?;
        let query = query.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, &query, None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}
