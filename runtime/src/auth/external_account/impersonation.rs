//! Trading the STS token for a service account's token: IAM Credentials
//! `generateAccessToken`, at the URL the credential file names.

use std::time::Duration;

use crate::auth::cache::Fetched;
use crate::auth::file::Fields;
use crate::auth::iam;
use crate::auth::{AuthError, Secret};
use crate::transport::{HttpClient, Url};

/// What Google's libraries ask for when the file names no lifetime.
const DEFAULT_LIFETIME: u64 = 3600;
/// The bounds IAM accepts (12 hours needs an organisation policy; IAM says so itself).
const LIFETIMES: std::ops::RangeInclusive<u64> = 600..=43200;

/// `service_account_impersonation_url` and `service_account_impersonation`.
#[derive(Debug)]
pub(crate) struct Impersonation {
    url: Url,
    lifetime_seconds: u64,
}

impl Impersonation {
    pub(crate) fn parse(file: &Fields<'_>) -> Result<Option<Self>, AuthError> {
        let Some(url) = file.optional("service_account_impersonation_url")? else {
            return Ok(None);
        };
        let url = Url::parse(url).map_err(|e| {
            file.invalid(
                "service_account_impersonation_url",
                &format!("is not a usable URL ({e})"),
            )
        })?;
        let lifetime_seconds = match file.object("service_account_impersonation")? {
            Some(options) => match options.integer("token_lifetime_seconds")? {
                Some(seconds) if !LIFETIMES.contains(&seconds) => {
                    return Err(options.invalid(
                        "token_lifetime_seconds",
                        "is outside 600 to 43200 seconds, the lifetimes IAM issues",
                    ))
                }
                Some(seconds) => seconds,
                None => DEFAULT_LIFETIME,
            },
            None => DEFAULT_LIFETIME,
        };
        Ok(Some(Impersonation {
            url,
            lifetime_seconds,
        }))
    }

    /// The service account's e-mail address, from
    /// `.../serviceAccounts/{email}:generateAccessToken`.
    pub(crate) fn email(&self) -> Option<&str> {
        let path = self.url.path();
        let start = path.rfind("/serviceAccounts/")? + "/serviceAccounts/".len();
        let end = path.rfind(":generateAccessToken")?;
        (start < end).then(|| &path[start..end])
    }

    pub(crate) fn url(&self) -> &str {
        self.url.as_str()
    }

    /// Asks for a token of the service account with `scopes`, authorized by `bearer`.
    pub(crate) async fn generate(
        &self,
        http: &HttpClient,
        bearer: &Secret,
        scopes: &[String],
    ) -> Result<Fetched, AuthError> {
        let endpoint = format!("IAM Credentials `{}`", self.url.as_str());
        let body = iam::generate_access_token_body(
            &[],
            scopes,
            Duration::from_secs(self.lifetime_seconds),
        );
        iam::generate_access_token(http, &endpoint, &self.url, bearer, &body).await
    }
}
