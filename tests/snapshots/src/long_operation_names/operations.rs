// @generated from fixtures/long_operation_names.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// `POST /ai/assistants/{assistant_id}/versions/{version_id}/promote` (operationId `promote_assistant_version_public_assistants__assistant_id__versions__version_id__promote_post`)
#[derive(Debug, Clone, PartialEq)]
pub struct PromoteAssistantVersionPublic {
    /// path parameter `assistant_id`
    pub assistant_id: String,
    /// path parameter `version_id`
    pub version_id: String,
}

runtime::builder! {
    PromoteAssistantVersionPublic(assistant_id: impl Into<String>, version_id: impl Into<String>) {}
}

/// The documented responses of [`PromoteAssistantVersionPublic`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PromoteAssistantVersionPublicResponse {
    /// 200: The promoted version.
    Ok(PromoteAssistantVersionPublicOkBody),
    /// 404: No such version.
    NotFound,
}

/// The documented error responses of [`PromoteAssistantVersionPublic`]: what `into_result` returns as errors.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PromoteAssistantVersionPublicError {
    /// 404: No such version.
    NotFound,
}

impl runtime::Outcome for PromoteAssistantVersionPublicResponse {
    type Success = PromoteAssistantVersionPublicOkBody;

    type Error = PromoteAssistantVersionPublicError;

    fn into_result(
        self,
    ) -> Result<
        PromoteAssistantVersionPublicOkBody,
        PromoteAssistantVersionPublicError,
    > {
        match self {
            PromoteAssistantVersionPublicResponse::Ok(body) => Ok(body),
            PromoteAssistantVersionPublicResponse::NotFound => {
                Err(PromoteAssistantVersionPublicError::NotFound)
            }
        }
    }
}

impl runtime::Operation for PromoteAssistantVersionPublic {
    type Response = PromoteAssistantVersionPublicResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/ai/assistants/{assistant_id}/versions/{version_id}/promote";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/ai/assistants/");
        path.parameter("assistant_id", &self.assistant_id, runtime::SIMPLE)?;
        path.literal("/versions/");
        path.parameter("version_id", &self.version_id, runtime::SIMPLE)?;
        path.literal("/promote");
        let path = path.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => {
                Ok(
                    PromoteAssistantVersionPublicResponse::Ok(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
            404 => Ok(PromoteAssistantVersionPublicResponse::NotFound),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// `DELETE /v1/customers/{customer}/subscriptions/{subscription_exposed_id}/discount` (operationId `DeleteCustomersCustomerSubscriptionsSubscriptionExposedIdDiscount`)
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteCustomersSubscriptionsDiscount {
    /// path parameter `customer`
    pub customer: String,
    /// path parameter `subscription_exposed_id`
    pub subscription_exposed_id: String,
}

runtime::builder! {
    DeleteCustomersSubscriptionsDiscount(
        customer: impl Into<String>,
        subscription_exposed_id: impl Into<String>,
    ) {}
}

/// The documented responses of [`DeleteCustomersSubscriptionsDiscount`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteCustomersSubscriptionsDiscountResponse {
    /// 200: The deleted discount.
    Ok {
        /// The response body.
        body: DeleteCustomersSubscriptionsDiscountOkBody,
        /// The headers the response documents.
        headers: DeleteCustomersSubscriptionsDiscountOkHeaders,
    },
}

/// The headers documented for the `200` response of `DeleteCustomersSubscriptionsDiscount`.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteCustomersSubscriptionsDiscountOkHeaders {
    /// header `X-Request-Id`
    pub x_request_id: Option<String>,
}

impl runtime::FromHeaders for DeleteCustomersSubscriptionsDiscountOkHeaders {
    fn from_headers(headers: &http::HeaderMap) -> Result<Self, runtime::HeaderError> {
        Ok(DeleteCustomersSubscriptionsDiscountOkHeaders {
            x_request_id: runtime::header(headers, "x-request-id")?,
        })
    }
}

impl runtime::Outcome for DeleteCustomersSubscriptionsDiscountResponse {
    type Success = DeleteCustomersSubscriptionsDiscountOkBody;

    type Error = std::convert::Infallible;

    fn into_result(
        self,
    ) -> Result<DeleteCustomersSubscriptionsDiscountOkBody, std::convert::Infallible> {
        match self {
            DeleteCustomersSubscriptionsDiscountResponse::Ok { body, .. } => Ok(body),
        }
    }
}

impl runtime::Operation for DeleteCustomersSubscriptionsDiscount {
    type Response = DeleteCustomersSubscriptionsDiscountResponse;

    const METHOD: &'static str = "DELETE";

    const PATH: &'static str = "/v1/customers/{customer}/subscriptions/{subscription_exposed_id}/discount";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/v1/customers/");
        path.parameter("customer", &self.customer, runtime::SIMPLE)?;
        path.literal("/subscriptions/");
        path.parameter(
            "subscription_exposed_id",
            &self.subscription_exposed_id,
            runtime::SIMPLE,
        )?;
        path.literal("/discount");
        let path = path.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => {
                let headers = runtime::response_headers(parts, &body)?;
                Ok(DeleteCustomersSubscriptionsDiscountResponse::Ok {
                    body: runtime::json_body(parts, body)?,
                    headers,
                })
            }
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// `GET /orgs/{org}/actions/permissions/repositories` (operationId `actions/list-selected-repositories-enabled-github-actions-organization`)
#[derive(Debug, Clone, PartialEq)]
pub struct ActionsListSelectedReposEnabledGithubActionsOrg {
    /// path parameter `org`
    pub org: String,
}

runtime::builder! {
    ActionsListSelectedReposEnabledGithubActionsOrg(org: impl Into<String>) {}
}

/// The documented responses of [`ActionsListSelectedReposEnabledGithubActionsOrg`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ActionsListSelectedReposEnabledGithubActionsOrgResponse {
    /// 204: Listed.
    NoContent,
}

impl runtime::Outcome for ActionsListSelectedReposEnabledGithubActionsOrgResponse {
    type Success = ();

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<(), std::convert::Infallible> {
        match self {
            ActionsListSelectedReposEnabledGithubActionsOrgResponse::NoContent => Ok(()),
        }
    }
}

impl runtime::Operation for ActionsListSelectedReposEnabledGithubActionsOrg {
    type Response = ActionsListSelectedReposEnabledGithubActionsOrgResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/orgs/{org}/actions/permissions/repositories";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/orgs/");
        path.parameter("org", &self.org, runtime::SIMPLE)?;
        path.literal("/actions/permissions/repositories");
        let path = path.finish();
        runtime::request(Self::METHOD, base_url, &path, "", None)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            204 => Ok(ActionsListSelectedReposEnabledGithubActionsOrgResponse::NoContent),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// `GET /user/docker/conflicts` (operationId `packages/list-docker-migration-conflicting-packages-for-authenticated-user`)
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PackagesListDockerMigrationConflictingForAuthUser {}

runtime::builder! {
    PackagesListDockerMigrationConflictingForAuthUser() {}
}

/// The documented responses of [`PackagesListDockerMigrationConflictingForAuthUser`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PackagesListDockerMigrationConflictingForAuthUserResponse {
    /// 204: Listed.
    NoContent,
}

impl runtime::Outcome for PackagesListDockerMigrationConflictingForAuthUserResponse {
    type Success = ();

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<(), std::convert::Infallible> {
        match self {
            PackagesListDockerMigrationConflictingForAuthUserResponse::NoContent => {
                Ok(())
            }
        }
    }
}

impl runtime::Operation for PackagesListDockerMigrationConflictingForAuthUser {
    type Response = PackagesListDockerMigrationConflictingForAuthUserResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/user/docker/conflicts";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/user/docker/conflicts";
        runtime::request(Self::METHOD, base_url, path, "", None)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            204 => {
                Ok(PackagesListDockerMigrationConflictingForAuthUserResponse::NoContent)
            }
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// `POST /projects/cards/{card_id}/moves` (operationId `projects/move-the-selected-kanban-card-to-the-column-of-organization-project`)
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectsMoveSelectedKanbanCardColumnOrgProject {
    /// path parameter `card_id`
    pub card_id: String,
}

runtime::builder! {
    ProjectsMoveSelectedKanbanCardColumnOrgProject(card_id: impl Into<String>) {}
}

/// The documented responses of [`ProjectsMoveSelectedKanbanCardColumnOrgProject`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ProjectsMoveSelectedKanbanCardColumnOrgProjectResponse {
    /// 204: Moved.
    NoContent,
}

impl runtime::Outcome for ProjectsMoveSelectedKanbanCardColumnOrgProjectResponse {
    type Success = ();

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<(), std::convert::Infallible> {
        match self {
            ProjectsMoveSelectedKanbanCardColumnOrgProjectResponse::NoContent => Ok(()),
        }
    }
}

impl runtime::Operation for ProjectsMoveSelectedKanbanCardColumnOrgProject {
    type Response = ProjectsMoveSelectedKanbanCardColumnOrgProjectResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/projects/cards/{card_id}/moves";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/projects/cards/");
        path.parameter("card_id", &self.card_id, runtime::SIMPLE)?;
        path.literal("/moves");
        let path = path.finish();
        runtime::request(Self::METHOD, base_url, &path, "", None)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            204 => Ok(ProjectsMoveSelectedKanbanCardColumnOrgProjectResponse::NoContent),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// `POST /projects/cards/{card_id}/moves/in` (operationId `projects/move-the-selected-kanban-card-to-the-column-in-organization-project`)
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectsMoveSelectedKanbanCardColumnInOrgProject {
    /// path parameter `card_id`
    pub card_id: String,
}

runtime::builder! {
    ProjectsMoveSelectedKanbanCardColumnInOrgProject(card_id: impl Into<String>) {}
}

/// The documented responses of [`ProjectsMoveSelectedKanbanCardColumnInOrgProject`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ProjectsMoveSelectedKanbanCardColumnInOrgProjectResponse {
    /// 204: Moved.
    NoContent,
}

impl runtime::Outcome for ProjectsMoveSelectedKanbanCardColumnInOrgProjectResponse {
    type Success = ();

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<(), std::convert::Infallible> {
        match self {
            ProjectsMoveSelectedKanbanCardColumnInOrgProjectResponse::NoContent => Ok(()),
        }
    }
}

impl runtime::Operation for ProjectsMoveSelectedKanbanCardColumnInOrgProject {
    type Response = ProjectsMoveSelectedKanbanCardColumnInOrgProjectResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/projects/cards/{card_id}/moves/in";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/projects/cards/");
        path.parameter("card_id", &self.card_id, runtime::SIMPLE)?;
        path.literal("/moves/in");
        let path = path.finish();
        runtime::request(Self::METHOD, base_url, &path, "", None)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            204 => {
                Ok(ProjectsMoveSelectedKanbanCardColumnInOrgProjectResponse::NoContent)
            }
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// `GET /things` (operationId `enumerateEveryAvailableThingWhateverItsKindAcrossAllTheRegisteredWarehouses`)
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnumerateEveryItsKindAcrossAllRegisteredWarehouses {}

runtime::builder! {
    EnumerateEveryItsKindAcrossAllRegisteredWarehouses() {}
}

/// The documented responses of [`EnumerateEveryItsKindAcrossAllRegisteredWarehouses`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum EnumerateEveryItsKindAcrossAllRegisteredWarehousesResponse {
    /// 204: Listed.
    NoContent,
}

impl runtime::Outcome for EnumerateEveryItsKindAcrossAllRegisteredWarehousesResponse {
    type Success = ();

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<(), std::convert::Infallible> {
        match self {
            EnumerateEveryItsKindAcrossAllRegisteredWarehousesResponse::NoContent => {
                Ok(())
            }
        }
    }
}

impl runtime::Operation for EnumerateEveryItsKindAcrossAllRegisteredWarehouses {
    type Response = EnumerateEveryItsKindAcrossAllRegisteredWarehousesResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/things";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/things";
        runtime::request(Self::METHOD, base_url, path, "", None)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            204 => {
                Ok(EnumerateEveryItsKindAcrossAllRegisteredWarehousesResponse::NoContent)
            }
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// `POST /things`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateThingInWarehouse {}

runtime::builder! {
    CreateThingInWarehouse() {}
}

/// The documented responses of [`CreateThingInWarehouse`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateThingInWarehouseResponse {
    /// 204: Created.
    NoContent,
}

impl runtime::Outcome for CreateThingInWarehouseResponse {
    type Success = ();

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<(), std::convert::Infallible> {
        match self {
            CreateThingInWarehouseResponse::NoContent => Ok(()),
        }
    }
}

impl runtime::Operation for CreateThingInWarehouse {
    type Response = CreateThingInWarehouseResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/things";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/things";
        runtime::request(Self::METHOD, base_url, path, "", None)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            204 => Ok(CreateThingInWarehouseResponse::NoContent),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}
