//! A subject token in a file that something else keeps fresh (a Kubernetes projected service
//! account token, a CI system's OIDC token): `credential_source.file`.

use std::fmt;
use std::path::PathBuf;

use super::subject::Format;
use crate::auth::file::Fields;
use crate::auth::{AuthError, Secret};

pub(crate) struct FileSource {
    path: PathBuf,
    format: Format,
}

impl FileSource {
    pub(crate) fn parse(fields: &Fields<'_>) -> Result<Self, AuthError> {
        Ok(FileSource {
            path: PathBuf::from(fields.required("file")?),
            format: Format::parse(fields)?,
        })
    }

    /// Reads the file again for every exchange: the token in it is replaced as it expires.
    pub(crate) async fn subject_token(&self) -> Result<Secret, AuthError> {
        let what = format!("the subject token file `{}`", self.path.display());
        let contents = tokio::fs::read(&self.path)
            .await
            .map_err(|e| AuthError::with_source(format!("could not read {what}"), e))?;
        self.format.extract(&contents, &what)
    }
}

impl fmt::Debug for FileSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("File")
            .field("path", &self.path)
            .field("format", &self.format)
            .finish()
    }
}
