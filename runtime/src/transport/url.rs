//! [`Url`]: an absolute `http`/`https` URL, checked once and kept as text.

use std::fmt;

use http::Uri;

/// An absolute URL with an `http` or `https` scheme and a host, as requests are sent to.
///
/// Only what requests need: the text as given (which must already be percent-encoded where
/// needed), its parts, and adding query parameters.
#[derive(Clone, PartialEq, Eq)]
pub struct Url {
    text: String,
    uri: Uri,
}

/// Why a text is not a [`Url`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UrlError(String);

impl fmt::Display for UrlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UrlError {}

impl Url {
    /// Checks that `text` is an absolute `http` or `https` URL with a host.
    pub fn parse(text: &str) -> Result<Url, UrlError> {
        let uri: Uri = text
            .parse()
            .map_err(|e| UrlError(format!("not a URL ({e})")))?;
        match uri.scheme_str() {
            Some("http" | "https") => {}
            Some(other) => return Err(UrlError(format!("unsupported scheme `{other}`"))),
            None => return Err(UrlError("not an absolute URL".to_owned())),
        }
        if uri.host().map_or(true, str::is_empty) {
            return Err(UrlError("no host".to_owned()));
        }
        Ok(Url {
            text: text.to_owned(),
            uri,
        })
    }

    /// The URL as text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// `http` or `https`.
    pub fn scheme(&self) -> &str {
        self.uri.scheme_str().unwrap_or_default()
    }

    /// The host, without the port.
    pub fn host(&self) -> &str {
        self.uri.host().unwrap_or_default()
    }

    /// The port: the one the URL names, else the scheme's (80 for `http`, 443 for `https`).
    pub fn port(&self) -> Option<u16> {
        self.uri.port_u16().or(match self.scheme() {
            "http" => Some(80),
            "https" => Some(443),
            _ => None,
        })
    }

    /// Whether `other` has the same scheme, host and port: the same origin, to which the same
    /// credentials may go.
    pub fn same_origin(&self, other: &Url) -> bool {
        self.scheme().eq_ignore_ascii_case(other.scheme())
            && self.host().eq_ignore_ascii_case(other.host())
            && self.port() == other.port()
    }

    /// The path, `/` at least.
    pub fn path(&self) -> &str {
        self.uri.path()
    }

    /// The query string without the `?`, if there is one.
    pub fn query(&self) -> Option<&str> {
        self.uri.query()
    }

    /// Whether the query has a parameter named `name` (compared as written, without decoding).
    pub fn has_query_param(&self, name: &str) -> bool {
        self.query().is_some_and(|query| {
            query
                .split('&')
                .any(|pair| pair.split_once('=').map_or(pair, |(n, _)| n) == name)
        })
    }

    /// The URL without its query: safe to show in errors and logs (API keys and upload session
    /// ids travel in the query).
    pub fn without_query(&self) -> &str {
        self.text
            .split_once('?')
            .map_or(&self.text, |(base, _)| base)
    }

    /// Adds the query parameter `name=value`, both percent-encoded.
    pub fn append_query_pair(&mut self, name: &str, value: &str) {
        let mut text = std::mem::take(&mut self.text);
        let separator = match text.find('?') {
            None => '?',
            Some(at) if at + 1 == text.len() || text.ends_with('&') => '\0',
            Some(_) => '&',
        };
        if separator != '\0' {
            text.push(separator);
        }
        text.push_str(&super::query::encode([(name, value)]));
        // Encoded pieces appended to a valid URL keep it valid; fall back to the old text if not.
        match text.parse() {
            Ok(uri) => {
                self.text = text;
                self.uri = uri;
            }
            Err(_) => self.text = self.uri.to_string(),
        }
    }

    /// Resolves `reference` (absolute, host-relative such as `//host/x`, path-absolute such as
    /// `/x`, or relative to this URL's last path segment) against this URL, as a browser would
    /// follow a `Location`.
    pub fn join(&self, reference: &str) -> Result<Url, UrlError> {
        let reference = reference.trim();
        if reference.is_empty() {
            return Err(UrlError("an empty reference".to_owned()));
        }
        if let Some((scheme, _)) = reference.split_once("://") {
            if !scheme.is_empty() && scheme.bytes().all(|b| b.is_ascii_alphanumeric()) {
                return Url::parse(reference);
            }
        }
        let origin = format!("{}://{}", self.scheme(), self.authority());
        let text = if let Some(host_relative) = reference.strip_prefix("//") {
            format!("{}://{host_relative}", self.scheme())
        } else if reference.starts_with('/') {
            format!("{origin}{reference}")
        } else if reference.starts_with('?') {
            format!("{origin}{}{reference}", self.path())
        } else {
            let path = self.path();
            let directory = &path[..path.rfind('/').map_or(0, |at| at + 1)];
            format!("{origin}{directory}{reference}")
        };
        Url::parse(&text)
    }

    /// `host` or `host:port`.
    fn authority(&self) -> &str {
        self.uri.authority().map_or("", |a| a.as_str())
    }

    pub(crate) fn uri(&self) -> &Uri {
        &self.uri
    }
}

impl fmt::Display for Url {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl From<Url> for String {
    fn from(url: Url) -> String {
        url.text
    }
}

/// Shows the URL without its query, which may hold an API key.
impl fmt::Debug for Url {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Url({:?})", self.without_query())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(text: &str) -> Url {
        match Url::parse(text) {
            Ok(url) => url,
            Err(e) => panic!("{text}: {e}"),
        }
    }

    #[test]
    fn origins_compare_scheme_host_and_effective_port() {
        let api = url("https://storage.googleapis.com/upload/x?a=1");
        assert_eq!(api.host(), "storage.googleapis.com");
        assert_eq!(api.port(), Some(443));
        assert_eq!(url("http://127.0.0.1/").port(), Some(80));
        assert_eq!(url("http://127.0.0.1:8080/").port(), Some(8080));
        assert!(api.same_origin(&url("https://storage.googleapis.com:443/other")));
        assert!(api.same_origin(&url("HTTPS://Storage.GoogleAPIs.com/")));
        assert!(!api.same_origin(&url("https://storage.googleapis.com:8443/")));
        assert!(!api.same_origin(&url("http://storage.googleapis.com/")));
        assert!(!api.same_origin(&url("https://evil.example/")));
    }

    #[test]
    fn errors_say_what_is_wrong() {
        let Err(error) = Url::parse("/relative") else {
            panic!("a relative URL was taken")
        };
        assert!(!error.to_string().is_empty());
        assert_eq!(error.to_string(), error.0);
    }

    #[test]
    fn parses_only_absolute_http_urls() {
        assert_eq!(url("https://a.example/x?y=1").path(), "/x");
        assert_eq!(url("http://127.0.0.1:8080").path(), "/");
        for bad in [
            "",
            "/relative",
            "ftp://a.example/",
            "https:///x",
            "http://a b/",
            "https://a.example/x y",
        ] {
            assert!(Url::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn appends_encoded_query_pairs() {
        let mut u = url("https://a.example/x");
        u.append_query_pair("key", "a b&c=d/é");
        assert_eq!(u.as_str(), "https://a.example/x?key=a%20b%26c%3Dd%2F%C3%A9");
        u.append_query_pair("n", "1");
        assert_eq!(u.query(), Some("key=a%20b%26c%3Dd%2F%C3%A9&n=1"));
        assert!(u.has_query_param("n") && u.has_query_param("key") && !u.has_query_param("k"));
        let mut bare = url("https://a.example/x?");
        bare.append_query_pair("a", "1");
        assert_eq!(bare.as_str(), "https://a.example/x?a=1");
    }

    #[test]
    fn hides_the_query_when_shown_for_debugging() {
        let u = url("https://a.example/x?key=secret");
        assert_eq!(u.without_query(), "https://a.example/x");
        let shown = format!("{u:?}");
        assert!(!shown.contains("secret"), "{shown}");
        assert!(shown.contains("https://a.example/x"), "{shown}");
        assert_eq!(u.to_string(), "https://a.example/x?key=secret");
        assert_eq!(u.uri().host(), Some("a.example"));
        assert_eq!(u.uri().path(), "/x");
    }

    #[test]
    fn joins_references_like_a_location_header() {
        let base = url("https://a.example:8443/upload/v1/files?uploadType=resumable");
        for (reference, expected) in [
            ("https://b.example/s?id=1", "https://b.example/s?id=1"),
            ("//c.example/s", "https://c.example/s"),
            ("/s?upload_id=7", "https://a.example:8443/s?upload_id=7"),
            (
                "?upload_id=7",
                "https://a.example:8443/upload/v1/files?upload_id=7",
            ),
            (
                "session?upload_id=7",
                "https://a.example:8443/upload/v1/session?upload_id=7",
            ),
        ] {
            assert_eq!(
                base.join(reference).map(|u| u.text),
                Ok(expected.to_owned()),
                "{reference}"
            );
        }
        assert!(base.join("  ").is_err());
        // Only letters and digits before `://` make a scheme: anything else is a relative path
        // on the same server.
        for relative in ["://x", "x-y://z"] {
            let joined = base.join(relative).expect("a relative reference");
            assert_eq!(joined.host(), "a.example", "{relative}");
            assert!(joined.path().starts_with("/upload/v1/"), "{relative}");
        }
    }
}
