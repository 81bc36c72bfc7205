//! A subject token printed by a program the credential file names (`credential_source.executable`),
//! run as Google's "executable-sourced credentials" describe: only when the environment variable
//! `GOOGLE_EXTERNAL_ACCOUNT_ALLOW_EXECUTABLES` is `1`, within a time limit, its answer kept in
//! `output_file` until it expires.

use std::fmt;
use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use serde::Deserialize;

use super::subject::Context;
use crate::auth::file::Fields;
use crate::auth::{AuthError, Secret};
use crate::wire::Timestamp;

/// The variable that must be `1` for a program to run.
pub(crate) const ALLOW_VARIABLE: &str = "GOOGLE_EXTERNAL_ACCOUNT_ALLOW_EXECUTABLES";
const DEFAULT_TIMEOUT_MILLIS: u64 = 30_000;
const TIMEOUT_MILLIS: std::ops::RangeInclusive<u64> = 5_000..=120_000;
/// The newest version of the answer format.
const VERSION: u64 = 1;

const JWT: &str = "urn:ietf:params:oauth:token-type:jwt";
const ID_TOKEN: &str = "urn:ietf:params:oauth:token-type:id_token";
const SAML2: &str = "urn:ietf:params:oauth:token-type:saml2";

pub(crate) struct Executable {
    /// The program and its arguments, split at white space.
    command: Vec<String>,
    timeout: Duration,
    output_file: Option<PathBuf>,
}

impl Executable {
    pub(crate) fn parse(source: &Fields<'_>) -> Result<Self, AuthError> {
        let fields = source
            .object("executable")?
            .ok_or_else(|| source.missing("executable"))?;
        let command: Vec<String> = fields
            .required("command")?
            .split_whitespace()
            .map(str::to_owned)
            .collect();
        let millis = fields
            .integer("timeout_millis")?
            .unwrap_or(DEFAULT_TIMEOUT_MILLIS);
        if !TIMEOUT_MILLIS.contains(&millis) {
            return Err(fields.invalid("timeout_millis", "is outside 5000 to 120000"));
        }
        Ok(Executable {
            command,
            timeout: Duration::from_millis(millis),
            output_file: fields.optional("output_file")?.map(PathBuf::from),
        })
    }

    pub(crate) async fn subject_token(&self, cx: &Context<'_>) -> Result<Secret, AuthError> {
        if let Some(token) = self.cached().await? {
            return Ok(token);
        }
        if cx.env.var(ALLOW_VARIABLE).as_deref() != Some("1") {
            return Err(AuthError::new(format!(
                "the credentials ask to run `{}`; programs run only when the environment variable \
                 {ALLOW_VARIABLE} is `1`",
                self.program()
            )));
        }
        let output = self.run(cx).await?;
        let what = format!("the answer of `{}`", self.program());
        parse_answer(&output, &what, self.output_file.is_some(), now())
            .map_err(|e| AuthError::new(e.message))
    }

    fn program(&self) -> &str {
        self.command.first().map_or("", String::as_str)
    }

    /// The token in the output file, when there is one that has not expired.
    async fn cached(&self) -> Result<Option<Secret>, AuthError> {
        let Some(path) = &self.output_file else {
            return Ok(None);
        };
        let contents = match tokio::fs::read(path).await {
            Ok(contents) if !contents.is_empty() => contents,
            // Not written yet, or unreadable: the program writes it again.
            _ => return Ok(None),
        };
        let what = format!("the output file `{}`", path.display());
        match parse_answer(&contents, &what, true, now()) {
            Ok(token) => Ok(Some(token)),
            // An expired token or a failure kept there: ask the program again.
            Err(e) if e.retry => Ok(None),
            Err(e) => Err(AuthError::new(e.message)),
        }
    }

    async fn run(&self, cx: &Context<'_>) -> Result<Vec<u8>, AuthError> {
        let program = self.program();
        let mut command = tokio::process::Command::new(program);
        command
            .args(&self.command[1..])
            .env("GOOGLE_EXTERNAL_ACCOUNT_AUDIENCE", cx.audience)
            .env("GOOGLE_EXTERNAL_ACCOUNT_TOKEN_TYPE", cx.subject_token_type)
            .env("GOOGLE_EXTERNAL_ACCOUNT_INTERACTIVE", "0")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true);
        if let Some(email) = cx.impersonated_email {
            command.env("GOOGLE_EXTERNAL_ACCOUNT_IMPERSONATED_EMAIL", email);
        }
        if let Some(path) = &self.output_file {
            command.env("GOOGLE_EXTERNAL_ACCOUNT_OUTPUT_FILE", path);
        }
        let child = command
            .spawn()
            .map_err(|e| AuthError::with_source(format!("could not run `{program}`"), e))?;
        let output = tokio::time::timeout(self.timeout, child.wait_with_output())
            .await
            .map_err(|_| {
                AuthError::new(format!(
                    "`{program}` did not answer within {} ms (the credentials' timeout_millis)",
                    self.timeout.as_millis()
                ))
            })?
            .map_err(|e| AuthError::with_source(format!("could not run `{program}`"), e))?;
        if !output.status.success() {
            // What it printed is not shown: it may hold a token.
            return Err(AuthError::new(match output.status.code() {
                Some(code) => format!("`{program}` failed with exit code {code}"),
                None => format!("`{program}` was stopped by a signal"),
            }));
        }
        let stdout = output.stdout.trim_ascii();
        Ok(if stdout.is_empty() {
            output.stderr.trim_ascii().to_vec()
        } else {
            stdout.to_vec()
        })
    }

    #[cfg(test)]
    pub(crate) fn for_test(command: &str, timeout: Duration, output_file: Option<PathBuf>) -> Self {
        Executable {
            command: command.split_whitespace().map(str::to_owned).collect(),
            timeout,
            output_file,
        }
    }
}

fn now() -> i64 {
    Timestamp::now().unix_seconds()
}

impl fmt::Debug for Executable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Only the program: its arguments may carry secrets.
        f.debug_struct("Executable")
            .field("program", &self.program())
            .field("timeout", &self.timeout)
            .field("output_file", &self.output_file)
            .finish()
    }
}

/// What the program writes (to its standard output or its output file), format version 1.
#[derive(Deserialize)]
struct ExecutableOutput {
    version: Option<u64>,
    success: Option<bool>,
    token_type: Option<String>,
    expiration_time: Option<i64>,
    id_token: Option<String>,
    saml_response: Option<String>,
    code: Option<String>,
    message: Option<String>,
}

/// Why an answer gives no token; `retry` when running the program again may give one (the
/// token expired, or the program reported a failure).
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct AnswerError {
    pub(crate) message: String,
    pub(crate) retry: bool,
}

/// The subject token in a program's answer (`what` names it in errors, which never quote it)
/// at the Unix time `now`. `expiry_required`: the answer is kept in an output file, so it must
/// say when it expires.
pub(crate) fn parse_answer(
    answer: &[u8],
    what: &str,
    expiry_required: bool,
    now: i64,
) -> Result<Secret, AnswerError> {
    let fail = |message: String| AnswerError {
        message,
        retry: false,
    };
    let missing = |field: &str| fail(format!("{what} has no `{field}` field"));
    let answer: ExecutableOutput = serde_json::from_slice(answer).map_err(|_| {
        fail(format!(
            "{what} is not the JSON object of executable-sourced credentials"
        ))
    })?;
    let version = answer.version.ok_or_else(|| missing("version"))?;
    let success = answer.success.ok_or_else(|| missing("success"))?;
    if !success {
        let message = match (answer.code, answer.message) {
            (Some(code), Some(message)) if !code.is_empty() && !message.is_empty() => {
                format!("{what} reports a failure: ({code}) {message}")
            }
            _ => format!("{what} reports a failure without a `code` and a `message`"),
        };
        return Err(AnswerError {
            message,
            retry: true,
        });
    }
    if version == 0 || version > VERSION {
        return Err(fail(format!(
            "{what} has version {version}; this crate reads version {VERSION}"
        )));
    }
    if expiry_required && answer.expiration_time.is_none() {
        return Err(missing("expiration_time"));
    }
    let token_type = answer.token_type.ok_or_else(|| missing("token_type"))?;
    if answer.expiration_time.is_some_and(|at| at <= now) {
        return Err(AnswerError {
            message: format!("the token of {what} has expired"),
            retry: true,
        });
    }
    let (token, field) = match token_type.as_str() {
        JWT | ID_TOKEN => (answer.id_token, "id_token"),
        SAML2 => (answer.saml_response, "saml_response"),
        _ => {
            return Err(fail(format!(
                "the `token_type` of {what} is none of `{JWT}`, `{ID_TOKEN}`, `{SAML2}`"
            )))
        }
    };
    match token {
        Some(token) if !token.is_empty() => Ok(Secret::new(token)),
        _ => Err(missing(field)),
    }
}

#[cfg(test)]
mod tests;
