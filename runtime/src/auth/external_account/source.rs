//! Where a subject token comes from: the `credential_source` of an external account file.

use std::fmt;

use super::subject::Context;
use crate::auth::file::Fields;
use crate::auth::{AuthError, Secret};

#[cfg(feature = "external-account-aws")]
use super::aws::Aws;
#[cfg(feature = "external-account-executable")]
use super::executable::Executable;
use super::file::FileSource;
use super::url::UrlSource;

/// A `credential_source`.
pub(crate) enum Source {
    File(FileSource),
    Url(UrlSource),
    #[cfg(feature = "external-account-executable")]
    Executable(Executable),
    #[cfg(feature = "external-account-aws")]
    Aws(Aws),
}

impl Source {
    /// Reads `credential_source` (`fields`), whose kind follows from which key it has.
    pub(crate) fn parse(fields: &Fields<'_>) -> Result<Self, AuthError> {
        let aws = fields
            .optional("environment_id")?
            .is_some_and(|id| id.starts_with("aws"));
        if aws {
            return Self::aws(fields);
        }
        if fields.object("executable")?.is_some() {
            return Self::executable(fields);
        }
        if fields.optional("file")?.is_some() {
            return FileSource::parse(fields).map(Source::File);
        }
        if fields.optional("url")?.is_some() {
            return UrlSource::parse(fields).map(Source::Url);
        }
        if fields.object("certificate")?.is_some() {
            return Err(fields.invalid(
                "certificate",
                "asks for an X.509 workload certificate, which this crate does not support",
            ));
        }
        let id = fields.optional("environment_id")?;
        Err(match id {
            Some(_) => fields.invalid("environment_id", "names no supported environment (`aws1`)"),
            None => AuthError::new(format!(
                "the `{}` of {} names no subject token source (expected `file`, `url`, \
                 `executable` or an AWS `environment_id`)",
                fields.path(),
                fields.origin()
            )),
        })
    }

    #[cfg(feature = "external-account-aws")]
    fn aws(fields: &Fields<'_>) -> Result<Self, AuthError> {
        Aws::parse(fields).map(Source::Aws)
    }

    #[cfg(not(feature = "external-account-aws"))]
    fn aws(fields: &Fields<'_>) -> Result<Self, AuthError> {
        Err(fields.invalid(
            "environment_id",
            "asks for AWS credentials, which need the `external-account-aws` feature of google-api-runtime",
        ))
    }

    #[cfg(feature = "external-account-executable")]
    fn executable(fields: &Fields<'_>) -> Result<Self, AuthError> {
        Executable::parse(fields).map(Source::Executable)
    }

    #[cfg(not(feature = "external-account-executable"))]
    fn executable(fields: &Fields<'_>) -> Result<Self, AuthError> {
        Err(fields.invalid(
            "executable",
            "asks to run a program, which needs the `external-account-executable` feature of google-api-runtime",
        ))
    }

    /// The subject token to exchange.
    pub(crate) async fn subject_token(&self, cx: &Context<'_>) -> Result<Secret, AuthError> {
        match self {
            Source::File(source) => source.subject_token().await,
            Source::Url(source) => source.subject_token(cx).await,
            #[cfg(feature = "external-account-executable")]
            Source::Executable(source) => source.subject_token(cx).await,
            #[cfg(feature = "external-account-aws")]
            Source::Aws(source) => source.subject_token(cx).await,
        }
    }
}

impl fmt::Debug for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::File(source) => source.fmt(f),
            Source::Url(source) => source.fmt(f),
            #[cfg(feature = "external-account-executable")]
            Source::Executable(source) => source.fmt(f),
            #[cfg(feature = "external-account-aws")]
            Source::Aws(source) => source.fmt(f),
        }
    }
}
