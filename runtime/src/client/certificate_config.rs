//! The workload certificate that Google's libraries find on their own: the certificate
//! configuration file named by `GOOGLE_API_CERTIFICATE_CONFIG`, else gcloud's
//! `certificate_config.json`, whose `cert_configs.workload` gives the certificate and key files.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::transport::ClientCertificate;

/// The environment variable that names the certificate configuration file.
pub const CERTIFICATE_CONFIG_ENV: &str = "GOOGLE_API_CERTIFICATE_CONFIG";

/// The file's name in gcloud's configuration folder.
const DEFAULT_FILE: &str = "certificate_config.json";

/// The configuration file to read: the variable's when it is set, else gcloud's.
pub(crate) fn config_path() -> Option<PathBuf> {
    match std::env::var_os(CERTIFICATE_CONFIG_ENV).filter(|v| !v.is_empty()) {
        Some(path) => Some(PathBuf::from(path)),
        None => Some(crate::auth::gcloud_config_folder()?.join(DEFAULT_FILE)),
    }
}

/// The workload certificate the file at `path` names: `None` when there is no such file or it
/// names no workload certificate (it may describe another kind, such as the enterprise
/// certificate proxy's, as google-auth and Go skip it); an error, naming the file, when it or
/// the files it names cannot be used.
pub(crate) fn workload_certificate(path: &Path) -> Result<Option<ClientCertificate>, String> {
    let shown = path.display();
    let text = match std::fs::read(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(format!(
                "could not read the certificate configuration `{shown}`: {e}"
            ))
        }
    };
    let config: Value = serde_json::from_slice(&text).map_err(|e| {
        format!(
            "the certificate configuration `{shown}` is not valid JSON (line {}, column {})",
            e.line(),
            e.column()
        )
    })?;
    let Some(configs) = config.get("cert_configs").and_then(Value::as_object) else {
        return Err(format!(
            "the certificate configuration `{shown}` has no `cert_configs` object"
        ));
    };
    let Some(workload) = configs.get("workload") else {
        return Ok(None);
    };
    let file = |field: &str| {
        workload
            .get(field)
            .and_then(Value::as_str)
            .filter(|p| !p.is_empty())
            .ok_or_else(|| {
                format!(
                    "the certificate configuration `{shown}` has no `cert_configs.workload.{field}`"
                )
            })
    };
    let (certificate, key) = (file("cert_path")?, file("key_path")?);
    ClientCertificate::from_files(certificate, key)
        .map(Some)
        .map_err(|e| format!("the workload certificate of `{shown}`: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(folder: &Path, name: &str, text: &str) -> PathBuf {
        let path = folder.join(name);
        std::fs::write(&path, text).expect("write");
        path
    }

    #[test]
    fn files_without_a_workload_certificate_give_none() {
        let folder = tempfile::tempdir().expect("folder");
        assert!(matches!(
            workload_certificate(&folder.path().join("absent.json")),
            Ok(None)
        ));
        let proxy_only = write(
            folder.path(),
            "ecp.json",
            r#"{"cert_configs": {"windows_store": {"store": "MY"}}, "libs": {}}"#,
        );
        assert!(matches!(workload_certificate(&proxy_only), Ok(None)));
    }

    #[test]
    fn broken_configurations_are_named() {
        let folder = tempfile::tempdir().expect("folder");
        let cases = [
            ("{", "is not valid JSON (line 1, column 1)"),
            ("{}", "has no `cert_configs` object"),
            (
                r#"{"cert_configs": {"workload": {"key_path": "k.pem"}}}"#,
                "has no `cert_configs.workload.cert_path`",
            ),
            (
                r#"{"cert_configs": {"workload": {"cert_path": "c.pem", "key_path": ""}}}"#,
                "has no `cert_configs.workload.key_path`",
            ),
            (
                r#"{"cert_configs": {"workload": {"cert_path": "/nonexistent/c.pem", "key_path": "/nonexistent/k.pem"}}}"#,
                "could not read the client certificate file `/nonexistent/c.pem`",
            ),
        ];
        for (index, (text, expected)) in cases.into_iter().enumerate() {
            let path = write(folder.path(), &format!("{index}.json"), text);
            let error = match workload_certificate(&path) {
                Err(e) => e,
                Ok(_) => panic!("{text}: accepted"),
            };
            assert!(error.contains(&path.display().to_string()), "{error}");
            assert!(error.contains(expected), "{text}: {error}");
        }
    }
}
