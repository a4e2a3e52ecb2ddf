use std::error::Error;

use generated::runtime::{ApiError, Auth, client::Client};
use generated::stripe::{self, PostCustomers, PostCustomersBody, PostCustomersError};

/// Creates a customer; its id, or Stripe's reason for refusing.
pub async fn create_customer(
    base_url: &str,
    key: &str,
) -> Result<String, Box<dyn Error + Send + Sync>> {
    let client = Client::builder(base_url)
        .auth(Auth::new().token(stripe::security::BEARER_AUTH, key))
        .build()?;
    let customer = PostCustomersBody::new()
        .email("jenny.rosen@example.com")
        .name("Jenny Rosen");
    let operation = PostCustomers::new().body(customer);
    match client.send(&operation).await?.into_result() {
        Ok(customer) => Ok(customer.id),
        Err(ApiError {
            status,
            body: PostCustomersError::Default { body, .. },
            ..
        }) => Err(format!("{status}: {}", body.error.message.unwrap_or_default()).into()),
    }
}
