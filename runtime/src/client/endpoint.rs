//! Where a client's requests go: the document's root URL moved into the client's universe, or its
//! mutual-TLS root URL, decided from the settings Google's Go library reads (the environment
//! variables `GOOGLE_API_USE_CLIENT_CERTIFICATE` and `GOOGLE_API_USE_MTLS_ENDPOINT`).

use super::api_info::ApiInfo;
use crate::auth::DEFAULT_UNIVERSE_DOMAIN;

/// The environment variable that names the client's universe domain.
pub const UNIVERSE_DOMAIN_ENV: &str = "GOOGLE_CLOUD_UNIVERSE_DOMAIN";

/// The environment variable that allows (`true`) or forbids (`false`) a client certificate.
pub const USE_CLIENT_CERTIFICATE_ENV: &str = "GOOGLE_API_USE_CLIENT_CERTIFICATE";

/// The environment variable that chooses the mTLS endpoint: `never`, `auto` or `always`.
pub const USE_MTLS_ENDPOINT_ENV: &str = "GOOGLE_API_USE_MTLS_ENDPOINT";

/// The older name of [`USE_MTLS_ENDPOINT_ENV`], still read when the new one is unset.
const USE_MTLS_ENDPOINT_OLD_ENV: &str = "GOOGLE_API_USE_MTLS";

/// When the mTLS endpoint is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MtlsMode {
    /// Never: the regular endpoint, even with a client certificate.
    Never,
    /// When the client has a certificate (the default).
    Auto,
    /// Always, with or without a certificate.
    Always,
}

/// The settings read from the environment, once per client.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Environment {
    pub universe_domain: Option<String>,
    pub use_client_certificate: Option<String>,
    pub use_mtls_endpoint: Option<String>,
}

impl Environment {
    pub(crate) fn read() -> Self {
        let var = |name| std::env::var(name).ok();
        Environment {
            universe_domain: var(UNIVERSE_DOMAIN_ENV),
            use_client_certificate: var(USE_CLIENT_CERTIFICATE_ENV),
            use_mtls_endpoint: var(USE_MTLS_ENDPOINT_ENV)
                .filter(|v| !v.is_empty())
                .or_else(|| var(USE_MTLS_ENDPOINT_OLD_ENV)),
        }
    }

    /// The universe: the one set on the builder, else the environment's, else `googleapis.com`.
    pub(crate) fn universe(&self, chosen: Option<&str>) -> Result<String, String> {
        match chosen {
            Some(universe) if universe.trim().is_empty() => {
                Err("the universe domain cannot be an empty string".to_owned())
            }
            Some(universe) => Ok(universe.trim().to_owned()),
            None => Ok(self
                .universe_domain
                .as_deref()
                .map(str::trim)
                .filter(|u| !u.is_empty())
                .unwrap_or(DEFAULT_UNIVERSE_DOMAIN)
                .to_owned()),
        }
    }

    /// The mTLS mode: `auto` when unset, as Go reads it; a value Go does not know is refused
    /// (Go would quietly treat it as `never`).
    pub(crate) fn mtls_mode(&self) -> Result<MtlsMode, String> {
        match self.use_mtls_endpoint.as_deref().map(str::trim) {
            None | Some("") => Ok(MtlsMode::Auto),
            Some(value) => match value.to_ascii_lowercase().as_str() {
                "never" => Ok(MtlsMode::Never),
                "auto" => Ok(MtlsMode::Auto),
                "always" => Ok(MtlsMode::Always),
                _ => Err(format!(
                    "{USE_MTLS_ENDPOINT_ENV} is `{}`: expected `never`, `auto` or `always`",
                    value.escape_debug()
                )),
            },
        }
    }

    /// Whether a client certificate may be used: as Go's `cloud.google.com/go/auth` reads
    /// `GOOGLE_API_USE_CLIENT_CERTIFICATE` (Go's `strconv.ParseBool` spellings), and when it is
    /// unset, in the default universe only. A value that is not a boolean is refused (Go would
    /// take it as `false`).
    pub(crate) fn client_certificate_allowed(&self, universe: &str) -> Result<bool, String> {
        match self.use_client_certificate.as_deref() {
            None => Ok(universe == DEFAULT_UNIVERSE_DOMAIN),
            Some("1" | "t" | "T" | "TRUE" | "true" | "True") => Ok(true),
            Some("0" | "f" | "F" | "FALSE" | "false" | "False") => Ok(false),
            Some(value) => Err(format!(
                "{USE_CLIENT_CERTIFICATE_ENV} is `{}`: expected `true` or `false`",
                value.escape_debug()
            )),
        }
    }
}

/// The root URL of `api` for a client in `universe` with or without a client certificate: the
/// mTLS root URL when `mode` says so (only in the default universe, as Go refuses mTLS elsewhere),
/// else the document's root URL moved into the universe.
pub(crate) fn root_url(
    api: &ApiInfo,
    universe: &str,
    mode: MtlsMode,
    has_certificate: bool,
) -> Result<String, String> {
    let mtls = match mode {
        MtlsMode::Never => false,
        MtlsMode::Auto => has_certificate,
        MtlsMode::Always => true,
    };
    if !mtls {
        return Ok(in_universe(api.root_url, universe));
    }
    if universe != DEFAULT_UNIVERSE_DOMAIN {
        return Err(format!(
            "mTLS is not supported in any universe other than {DEFAULT_UNIVERSE_DOMAIN} (this \
             client's is `{universe}`)"
        ));
    }
    match (api.mtls_root_url, mode) {
        (Some(mtls_root), _) => Ok(mtls_root.to_owned()),
        // With a certificate and no mTLS endpoint, the certificate goes to the regular one.
        (None, MtlsMode::Auto) => Ok(api.root_url.to_owned()),
        (None, _) => Err(format!(
            "{USE_MTLS_ENDPOINT_ENV} is `always`, but the {} has no mTLS endpoint \
             (`mtlsRootUrl`)",
            api.title
        )),
    }
}

/// `root_url` with its host moved from `googleapis.com` into `universe`:
/// `https://gmail.googleapis.com/` becomes `https://gmail.example-cloud.test/`. A root URL on
/// another domain stays as it is.
pub(crate) fn in_universe(root_url: &str, universe: &str) -> String {
    const SUFFIX: &str = ".googleapis.com";
    if universe == DEFAULT_UNIVERSE_DOMAIN {
        return root_url.to_owned();
    }
    let Some((scheme, rest)) = root_url.split_once("://") else {
        return root_url.to_owned();
    };
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, path) = rest.split_at(host_end);
    let (host, port) = match authority.rsplit_once(':') {
        Some((host, port)) if port.bytes().all(|b| b.is_ascii_digit()) => (host, Some(port)),
        _ => (authority, None),
    };
    let Some(service) = host.strip_suffix(SUFFIX) else {
        return root_url.to_owned();
    };
    let port = port.map(|p| format!(":{p}")).unwrap_or_default();
    format!("{scheme}://{service}.{universe}{port}{path}")
}

#[cfg(test)]
mod tests {
    use super::*;

    use super::super::tests::API;

    static WITHOUT_MTLS: ApiInfo = ApiInfo {
        mtls_root_url: None,
        ..API
    };

    fn env(certificate: Option<&str>, mtls: Option<&str>) -> Environment {
        Environment {
            universe_domain: None,
            use_client_certificate: certificate.map(str::to_owned),
            use_mtls_endpoint: mtls.map(str::to_owned),
        }
    }

    #[test]
    fn the_mtls_mode_is_read_as_go_reads_it() {
        let table = [
            (None, Ok(MtlsMode::Auto)),
            (Some(""), Ok(MtlsMode::Auto)),
            (Some("never"), Ok(MtlsMode::Never)),
            (Some("NEVER"), Ok(MtlsMode::Never)),
            (Some("auto"), Ok(MtlsMode::Auto)),
            (Some("Always"), Ok(MtlsMode::Always)),
            (Some(" always "), Ok(MtlsMode::Always)),
        ];
        for (value, expected) in table {
            assert_eq!(env(None, value).mtls_mode(), expected, "{value:?}");
        }
        let refused = env(None, Some("sometimes")).mtls_mode();
        assert_eq!(
            refused,
            Err(
                "GOOGLE_API_USE_MTLS_ENDPOINT is `sometimes`: expected `never`, `auto` or `always`"
                    .to_owned()
            )
        );
    }

    #[test]
    fn client_certificates_are_allowed_as_go_reads_the_variable() {
        let table = [
            (None, DEFAULT_UNIVERSE_DOMAIN, Ok(true)),
            (None, "example-cloud.test", Ok(false)),
            (Some("true"), "example-cloud.test", Ok(true)),
            (Some("1"), DEFAULT_UNIVERSE_DOMAIN, Ok(true)),
            (Some("TRUE"), DEFAULT_UNIVERSE_DOMAIN, Ok(true)),
            (Some("false"), DEFAULT_UNIVERSE_DOMAIN, Ok(false)),
            (Some("0"), DEFAULT_UNIVERSE_DOMAIN, Ok(false)),
            (Some("F"), DEFAULT_UNIVERSE_DOMAIN, Ok(false)),
        ];
        for (value, universe, expected) in table {
            assert_eq!(
                env(value, None).client_certificate_allowed(universe),
                expected,
                "{value:?} in {universe}"
            );
        }
        let refused = env(Some("yes"), None).client_certificate_allowed(DEFAULT_UNIVERSE_DOMAIN);
        assert!(refused.is_err_and(|e| e.contains("GOOGLE_API_USE_CLIENT_CERTIFICATE is `yes`")));
    }

    #[test]
    fn the_universe_comes_from_the_builder_then_the_environment() {
        let mut environment = env(None, None);
        assert_eq!(environment.universe(None).as_deref(), Ok("googleapis.com"));
        environment.universe_domain = Some("env-cloud.test".to_owned());
        assert_eq!(environment.universe(None).as_deref(), Ok("env-cloud.test"));
        assert_eq!(
            environment.universe(Some("chosen.test")).as_deref(),
            Ok("chosen.test")
        );
        assert!(environment.universe(Some(" ")).is_err());
        environment.universe_domain = Some(String::new());
        assert_eq!(environment.universe(None).as_deref(), Ok("googleapis.com"));
    }

    #[test]
    fn the_endpoint_follows_the_mode_and_the_certificate() {
        use MtlsMode::*;
        let regular = "https://gmail.googleapis.com/";
        let mtls = "https://gmail.mtls.googleapis.com/";
        let table = [
            (Never, false, regular),
            (Never, true, regular),
            (Auto, false, regular),
            (Auto, true, mtls),
            (Always, false, mtls),
            (Always, true, mtls),
        ];
        for (mode, certificate, expected) in table {
            assert_eq!(
                root_url(&API, DEFAULT_UNIVERSE_DOMAIN, mode, certificate).as_deref(),
                Ok(expected),
                "{mode:?} with a certificate: {certificate}"
            );
        }
        assert_eq!(
            root_url(&WITHOUT_MTLS, DEFAULT_UNIVERSE_DOMAIN, Auto, true).as_deref(),
            Ok(regular)
        );
        assert!(
            root_url(&WITHOUT_MTLS, DEFAULT_UNIVERSE_DOMAIN, Always, false)
                .is_err_and(|e| e.contains("Gmail API has no mTLS endpoint"))
        );
    }

    #[test]
    fn mtls_is_refused_outside_the_default_universe() {
        for (mode, certificate) in [(MtlsMode::Always, false), (MtlsMode::Auto, true)] {
            let refused = root_url(&API, "example-cloud.test", mode, certificate);
            assert!(
                refused.as_ref().is_err_and(|e| e.starts_with(
                    "mTLS is not supported in any universe other than googleapis.com"
                ) && e.contains("example-cloud.test")),
                "{refused:?}"
            );
        }
        assert_eq!(
            root_url(&API, "example-cloud.test", MtlsMode::Auto, false).as_deref(),
            Ok("https://gmail.example-cloud.test/")
        );
    }

    #[test]
    fn root_urls_move_into_the_universe() {
        let table = [
            ("https://gmail.googleapis.com/", "https://gmail.u.test/"),
            (
                "https://www.googleapis.com/storage/v1/",
                "https://www.u.test/storage/v1/",
            ),
            (
                "https://admin.googleapis.com:443/",
                "https://admin.u.test:443/",
            ),
            ("https://googleapis.com/", "https://googleapis.com/"),
            ("https://example.com/api/", "https://example.com/api/"),
            (
                "https://evil-googleapis.com/",
                "https://evil-googleapis.com/",
            ),
            ("not a url", "not a url"),
        ];
        for (root, expected) in table {
            assert_eq!(in_universe(root, "u.test"), expected, "{root}");
        }
        assert_eq!(
            in_universe("https://gmail.googleapis.com/", DEFAULT_UNIVERSE_DOMAIN),
            "https://gmail.googleapis.com/"
        );
    }
}
