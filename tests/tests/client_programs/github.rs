use std::error::Error;

use generated::github::{self, IssuesCreateComment, IssuesCreateCommentBody};
use generated::github::{IssuesCreateCommentError, IssuesListForRepo, IssuesListForRepoState};
use generated::runtime::{Auth, client::Client};

/// Thanks the author of the first open issue of octocat/Hello-World; the comment's URL.
pub async fn thank_first_reporter(
    base_url: &str,
    token: &str,
) -> Result<Option<String>, Box<dyn Error + Send + Sync>> {
    let client = Client::builder(base_url)
        .auth(Auth::new().token(github::security::BEARER, token))
        .build()?;
    let list = IssuesListForRepo::new("octocat", "Hello-World")
        .state(IssuesListForRepoState::Open)
        .per_page(100);
    let issues = client.send(&list).await?.into_result()?;
    let Some(first) = issues.first() else {
        return Ok(None);
    };
    let thanks = IssuesCreateCommentBody::new("Thanks for the report!");
    let comment = IssuesCreateComment::new("octocat", "Hello-World", first.number, thanks);
    match client.send(&comment).await?.into_result() {
        Ok(comment) => Ok(Some(comment.html_url)),
        // Deleted since it was listed: nobody left to thank.
        Err(error) if matches!(error.body, IssuesCreateCommentError::Gone(_)) => Ok(None),
        Err(error) => Err(error.into()),
    }
}
