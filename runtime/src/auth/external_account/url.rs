//! A subject token served over HTTP (Azure's instance metadata, a local token agent):
//! `credential_source.url` with its `headers`.

use std::fmt;

use http::{HeaderMap, HeaderName, HeaderValue, Method};

use super::subject::{fetch, Context, Format};
use crate::auth::file::Fields;
use crate::auth::{AuthError, Secret};
use crate::transport::Url;

pub(crate) struct UrlSource {
    url: Url,
    headers: HeaderMap,
    format: Format,
}

impl UrlSource {
    pub(crate) fn parse(fields: &Fields<'_>) -> Result<Self, AuthError> {
        let url = Url::parse(fields.required("url")?)
            .map_err(|e| fields.invalid("url", &format!("is not a usable URL ({e})")))?;
        let mut headers = HeaderMap::new();
        if let Some(given) = fields.object("headers")? {
            for (name, value) in given.strings()? {
                let bad = || given.invalid(name, "is not a valid HTTP header");
                let name_ok = HeaderName::from_bytes(name.as_bytes()).map_err(|_| bad())?;
                let mut value = HeaderValue::from_str(value).map_err(|_| bad())?;
                // Header values may be secrets (an API key): kept out of debug output.
                value.set_sensitive(true);
                headers.insert(name_ok, value);
            }
        }
        Ok(UrlSource {
            url,
            headers,
            format: Format::parse(fields)?,
        })
    }

    pub(crate) async fn subject_token(&self, cx: &Context<'_>) -> Result<Secret, AuthError> {
        let what = format!("the subject token URL `{}`", self.url.without_query());
        let request = cx
            .http
            .request(Method::GET, self.url.clone())
            .headers(self.headers.clone());
        let body = fetch(request, &what, "a subject token").await?;
        self.format.extract(&body, &format!("the answer of {what}"))
    }
}

impl fmt::Debug for UrlSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = self.headers.keys().map(HeaderName::as_str).collect();
        f.debug_struct("Url")
            .field("url", &self.url.without_query())
            .field("headers", &names)
            .field("format", &self.format)
            .finish()
    }
}
