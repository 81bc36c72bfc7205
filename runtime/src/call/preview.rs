//! What a call would send, without sending it: [`Call::preview`], for tools that show a request
//! before (or instead of) making it, such as a command line's dry run.

use bytes::Bytes;
use http::header::ACCEPT_ENCODING;
use http::{HeaderValue, Request};

use crate::exchange::add_body_headers;
use crate::{Call, Error};

impl Call {
    /// The request this call would send on its first attempt: the HTTP method, the URL with its
    /// query, the headers and the body; never the credential (no `Authorization` header, no API
    /// key in the URL), which is only fetched while sending. The headers are those every request
    /// of the client carries (`User-Agent`, `x-goog-api-client`, the quota project, the client's
    /// extra headers, `Accept-Encoding: gzip`), then the call's, then the body's `Content-Type`
    /// and `Content-Length`, as the exchange loop adds them.
    ///
    /// Anything `send` would refuse before sending (a parameter outside its pattern, a refused
    /// header) is returned as the same [`Error::InvalidArgument`]. A resumable upload shows the
    /// request that starts its session.
    pub fn preview(&self) -> Result<Request<Bytes>, Error> {
        if let Some(problem) = self.client().setup_problem() {
            return Err(Error::invalid_argument(self.method().id, None, problem));
        }
        let prepared = self.prepare()?;
        // What the exchange loop sends on the first attempt, built by the same functions.
        let sent = crate::exchange::request(self.method(), &prepared);
        let mut headers = self.client().standard_headers(true);
        headers.insert(ACCEPT_ENCODING, HeaderValue::from_static("gzip"));
        let mut own = sent.headers;
        add_body_headers(&mut own, &sent.method, sent.body.as_ref());
        for (name, value) in &own {
            headers.insert(name, value.clone());
        }
        let mut request = Request::new(sent.body.map(|(bytes, _)| bytes).unwrap_or_default());
        *request.method_mut() = sent.method;
        *request.headers_mut() = headers;
        *request.uri_mut() = sent.url.uri().clone();
        Ok(request)
    }
}

#[cfg(test)]
mod tests {
    use crate::auth::StaticToken;
    use crate::{ApiInfo, Call, Client, MethodInfo};
    use http::Method;

    static API: ApiInfo = ApiInfo {
        name: "example",
        version: "v1",
        title: "Example",
        root_url: "https://example.googleapis.com/",
        mtls_root_url: None,
        service_path: "example/v1/",
        batch_path: None,
        crate_name: "google-example-v1",
        crate_version: "1.2.3",
        fully_encode_reserved: false,
    };

    static INSERT: MethodInfo = MethodInfo {
        id: "example.things.insert",
        http_method: Method::POST,
        path: "things/{thingId}",
        scopes: &["https://www.googleapis.com/auth/example"],
        api_version: Some("v1_20260101"),
    };

    fn call() -> Call {
        let client = Client::builder(&API)
            .auth(StaticToken::new("ya29.never-shown"))
            .quota_project("billing-1")
            .header("X-Goog-Request-Reason", "audit")
            .build();
        let mut call = Call::new(&client, &INSERT);
        call.path_param("thingId", "a/b");
        call
    }

    #[test]
    fn shows_the_request_without_the_credential() {
        let mut call = call();
        call.json_body(&serde_json::json!({"n": 1}));
        let request = call.preview().expect("a valid call");
        assert_eq!(request.method(), Method::POST);
        assert_eq!(
            request.uri().to_string(),
            "https://example.googleapis.com/example/v1/things/a%2Fb?prettyPrint=false"
        );
        let headers: Vec<(String, String)> = request
            .headers()
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_str().unwrap_or_default().to_owned()))
            .collect();
        let names: Vec<&str> = headers.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "user-agent",
                "x-goog-api-client",
                "x-goog-user-project",
                "x-goog-request-reason",
                "accept-encoding",
                "x-goog-api-version",
                "content-type",
                "content-length"
            ]
        );
        assert!(!format!("{headers:?}").contains("never-shown"));
        assert_eq!(request.body().as_ref(), br#"{"n":1}"#);
    }

    #[test]
    fn a_post_without_a_body_says_content_length_zero_and_errors_are_those_of_send() {
        let request = call().preview().expect("a valid call");
        assert_eq!(request.headers()["content-length"], "0");
        assert!(request.body().is_empty());
        let mut bad = call();
        bad.check_pattern("thingId", "a/b", "^things/[^/]+$");
        assert!(matches!(
            bad.preview(),
            Err(crate::Error::InvalidArgument { .. })
        ));
    }
}
