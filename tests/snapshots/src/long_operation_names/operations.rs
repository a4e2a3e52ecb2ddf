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

runtime::responses! {
    PromoteAssistantVersionPublic: Result<PromoteAssistantVersionPublicOkBody, enum PromoteAssistantVersionPublicError>,
    #[derive(Clone, PartialEq)]
    pub enum PromoteAssistantVersionPublicResponse {
        /// 200: The promoted version.
        200 => Ok(PromoteAssistantVersionPublicOkBody = json): Ok(body),
        /// 404: No such version.
        404 => NotFound: Err,
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

runtime::responses! {
    DeleteCustomersSubscriptionsDiscount: Result<DeleteCustomersSubscriptionsDiscountOkBody, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum DeleteCustomersSubscriptionsDiscountResponse {
        /// 200: The deleted discount.
        200 => Ok { headers: DeleteCustomersSubscriptionsDiscountOkHeaders, body: DeleteCustomersSubscriptionsDiscountOkBody = json }: Ok(body),
    }
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

runtime::responses! {
    ActionsListSelectedReposEnabledGithubActionsOrg: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ActionsListSelectedReposEnabledGithubActionsOrgResponse {
        /// 204: Listed.
        204 => NoContent: Ok(()),
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
}

/// `GET /user/docker/conflicts` (operationId `packages/list-docker-migration-conflicting-packages-for-authenticated-user`)
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PackagesListDockerMigrationConflictingForAuthUser {}

runtime::builder! {
    PackagesListDockerMigrationConflictingForAuthUser() {}
}

runtime::responses! {
    PackagesListDockerMigrationConflictingForAuthUser: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum PackagesListDockerMigrationConflictingForAuthUserResponse {
        /// 204: Listed.
        204 => NoContent: Ok(()),
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

runtime::responses! {
    ProjectsMoveSelectedKanbanCardColumnOrgProject: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ProjectsMoveSelectedKanbanCardColumnOrgProjectResponse {
        /// 204: Moved.
        204 => NoContent: Ok(()),
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

runtime::responses! {
    ProjectsMoveSelectedKanbanCardColumnInOrgProject: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ProjectsMoveSelectedKanbanCardColumnInOrgProjectResponse {
        /// 204: Moved.
        204 => NoContent: Ok(()),
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
}

/// `GET /things` (operationId `enumerateEveryAvailableThingWhateverItsKindAcrossAllTheRegisteredWarehouses`)
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnumerateEveryItsKindAcrossAllRegisteredWarehouses {}

runtime::builder! {
    EnumerateEveryItsKindAcrossAllRegisteredWarehouses() {}
}

runtime::responses! {
    EnumerateEveryItsKindAcrossAllRegisteredWarehouses: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum EnumerateEveryItsKindAcrossAllRegisteredWarehousesResponse {
        /// 204: Listed.
        204 => NoContent: Ok(()),
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
}

/// `POST /things`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateThingInWarehouse {}

runtime::builder! {
    CreateThingInWarehouse() {}
}

runtime::responses! {
    CreateThingInWarehouse: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum CreateThingInWarehouseResponse {
        /// 204: Created.
        204 => NoContent: Ok(()),
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
}
