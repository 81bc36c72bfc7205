//! `gapi auth login | status | logout | print-access-token`.
//!
//! `login` is OAuth 2.0 for installed applications: the user's own OAuth client (a Desktop
//! client's `client_secret.json`, `installed` section), a redirect to a loopback address on a port
//! the system picks, PKCE with S256 and a random `state` that the answer must repeat. The
//! refresh token is stored as an `authorized_user` file in the profile (see [`crate::profiles`]).

use std::time::Duration;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use clap::{Arg, ArgAction, ArgMatches, Command};
use google_api_runtime::auth::{Credential, Scopes};
use google_api_runtime::http::Method;
use google_api_runtime::transport::HttpClient;
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::credentials::sha256;
use crate::failure::Failure;
use crate::globals::{self, Options};
use crate::profiles;

/// How long `login` waits for the browser to come back.
const LOGIN_WAIT: Duration = Duration::from_secs(300);

/// Limits of an answer from an OAuth endpoint.
const OAUTH_LIMITS: crate::plain_http::Limits = crate::plain_http::Limits {
    size: 64 << 10,
    deadline: Duration::from_secs(30),
    attempts: None,
};

/// Google's revocation endpoint, when the client file names none.
const REVOKE_URI: &str = "https://oauth2.googleapis.com/revoke";

/// Always asked for: who logged in (shown by `status`).
const IDENTITY_SCOPES: [&str; 2] = ["openid", "https://www.googleapis.com/auth/userinfo.email"];

fn command(sub: &str) -> Command {
    let mut command = Command::new(format!("gapi auth {sub}"))
        .no_binary_name(true)
        .disable_version_flag(true)
        .args(globals::args(&|_| false));
    match sub {
        "login" => {
            command = command
                .about("Log in with a browser and store the login in a profile")
                .arg(
                    Arg::new("client-secret")
                        .long("client-secret")
                        .value_name("FILE")
                        .help("Your OAuth client (Desktop app) file, as downloaded from the Cloud console (default: client_secret.json in gapi's folder)"),
                )
                .arg(
                    Arg::new("services")
                        .long("services")
                        .value_name("APIS")
                        .action(ArgAction::Append)
                        .help("Ask for every scope of these APIs, comma-separated (gmail,admin,drive,...: built-in ones or any in the discovery directory)"),
                )
                .arg(
                    Arg::new("no-browser")
                        .long("no-browser")
                        .action(ArgAction::SetTrue)
                        .help("Print the address to open instead of opening a browser (also GAPI_NO_BROWSER=1)"),
                );
        }
        "status" => {
            command = command.about("Show the stored profiles and the credentials a call would use")
        }
        "logout" => command = command.about("Revoke the profile's login and delete it"),
        _ => command = command.about("Print an access token for the credentials a call would use"),
    }
    command
}

/// Runs `gapi auth ...`; `rest` follows `auth`.
pub async fn run(rest: &[String], http: &HttpClient) -> Result<(), Failure> {
    const SUBS: [&str; 4] = ["login", "status", "logout", "print-access-token"];
    let Some(sub) = rest.first() else {
        return Err(Failure::usage(
            "gapi auth login|status|logout|print-access-token: which one?",
        ));
    };
    if !SUBS.contains(&sub.as_str()) {
        return Err(Failure::usage(format!(
            "gapi auth {sub}: not a command (login, status, logout, print-access-token){}",
            crate::suggest::did_you_mean(sub, SUBS)
        )));
    }
    let matches = command(sub)
        .try_get_matches_from(&rest[1..])
        .map_err(|e| match e.kind() {
            clap::error::ErrorKind::DisplayHelp => Failure::Help(e.to_string()),
            _ => Failure::usage(
                e.to_string()
                    .lines()
                    .next()
                    .unwrap_or("")
                    .replace("error: ", ""),
            ),
        })?;
    let options = Options::read(&matches).map_err(Failure::Usage)?;
    match sub.as_str() {
        "login" => login(&matches, &options, http).await,
        "status" => status(&options, http),
        "logout" => logout(&options, http).await,
        _ => print_access_token(&options, http).await,
    }
}

/// An OAuth client of type "installed".
struct Client {
    id: String,
    secret: String,
    auth_uri: String,
    token_uri: String,
    revoke_uri: String,
}

fn read_client(file: &std::path::Path, label: &str) -> Result<Client, Failure> {
    let bad = |what: &str| Failure::usage(format!("{label}: {what}"));
    let bytes = std::fs::read(file).map_err(|e| {
        bad(&format!(
            "cannot read the file ({e}); create an OAuth client of type Desktop app in the Cloud \
             console (APIs & Services > Credentials), download its JSON, and give it with \
             --client-secret FILE"
        ))
    })?;
    let json: Value = serde_json::from_slice(&bytes).map_err(|e| {
        bad(&format!(
            "not JSON (line {}, column {})",
            e.line(),
            e.column()
        ))
    })?;
    let Some(installed) = json.get("installed") else {
        return Err(bad(if json.get("web").is_some() {
            "a Web application client; `gapi auth login` needs a Desktop app client (`installed`)"
        } else {
            "not an OAuth client file (no `installed` section)"
        }));
    };
    let field = |name: &str| {
        installed
            .get(name)
            .and_then(Value::as_str)
            .map(str::to_owned)
    };
    let required = |name: &str| field(name).ok_or_else(|| bad(&format!("no `installed.{name}`")));
    let client = Client {
        id: required("client_id")?,
        secret: field("client_secret").unwrap_or_default(),
        auth_uri: field("auth_uri")
            .unwrap_or_else(|| "https://accounts.google.com/o/oauth2/auth".to_owned()),
        token_uri: field("token_uri")
            .unwrap_or_else(|| "https://oauth2.googleapis.com/token".to_owned()),
        revoke_uri: field("revoke_uri").unwrap_or_else(|| REVOKE_URI.to_owned()),
    };
    for (name, uri) in [
        ("auth_uri", &client.auth_uri),
        ("token_uri", &client.token_uri),
        ("revoke_uri", &client.revoke_uri),
    ] {
        check_secure(uri).map_err(|why| bad(&format!("`installed.{name}` {why}")))?;
    }
    Ok(client)
}

/// Secrets travel only over https (plain http only to this machine, for tests and emulators).
pub fn check_secure(uri: &str) -> Result<(), String> {
    if uri.starts_with("https://") {
        return Ok(());
    }
    let local = [
        "http://127.0.0.1:",
        "http://127.0.0.1/",
        "http://localhost:",
        "http://localhost/",
        "http://[::1]:",
    ];
    if local.iter().any(|p| uri.starts_with(p)) {
        return Ok(());
    }
    Err(format!(
        "`{uri}` is not an https address; credentials are not sent over it"
    ))
}

fn random(bytes: usize) -> Result<String, Failure> {
    let mut buffer = vec![0u8; bytes];
    ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut buffer)
        .map_err(|_| Failure::Local("the system gave no random numbers".to_owned()))?;
    Ok(URL_SAFE_NO_PAD.encode(buffer))
}

/// The scopes `login` asks for: `--scopes`, the scopes of `--services` (built-in APIs, or any
/// other from the discovery directory), and who logged in.
async fn login_scopes(
    matches: &ArgMatches,
    options: &Options,
    http: &HttpClient,
) -> Result<Vec<String>, Failure> {
    let root = matches
        .get_one::<String>(&globals::id("discovery-root"))
        .map(String::as_str);
    let mut scopes = options.scopes.clone();
    for service in matches
        .get_many::<String>("services")
        .into_iter()
        .flatten()
        .flat_map(|s| s.split(','))
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        let found = crate::directory::load(service, None, root, http).await?;
        scopes.extend(found.api.scopes.keys().cloned());
    }
    if scopes.is_empty() {
        return Err(Failure::usage(
            "say what the login may do: --services gmail,admin (every scope of those APIs) or --scopes URL,...",
        ));
    }
    scopes.extend(IDENTITY_SCOPES.iter().map(|s| (*s).to_owned()));
    scopes.sort();
    scopes.dedup();
    Ok(scopes)
}

async fn login(matches: &ArgMatches, options: &Options, http: &HttpClient) -> Result<(), Failure> {
    let name = options
        .profile
        .clone()
        .unwrap_or_else(|| profiles::DEFAULT.to_owned());
    let path = profiles::path(&name)?;
    let (client_file, label) = match matches.get_one::<String>("client-secret") {
        Some(file) => (file.into(), format!("--client-secret {file}")),
        None => {
            let file = profiles::config_dir()?.join("client_secret.json");
            let label = format!("the OAuth client file {}", file.display());
            (file, label)
        }
    };
    let client = read_client(&client_file, &label)?;
    let scopes = login_scopes(matches, options, http).await?;
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0))
        .await
        .map_err(|e| {
            Failure::Local(format!(
                "cannot listen on 127.0.0.1 for the login's answer: {e}"
            ))
        })?;
    let port = listener
        .local_addr()
        .map_err(|e| Failure::Local(format!("the login's listening port: {e}")))?
        .port();
    let redirect_uri = format!("http://127.0.0.1:{port}/");
    let verifier = random(32)?;
    let challenge = URL_SAFE_NO_PAD.encode(sha256(verifier.as_bytes()));
    let state = random(16)?;
    let query: Vec<String> = [
        ("client_id", client.id.as_str()),
        ("redirect_uri", &redirect_uri),
        ("response_type", "code"),
        ("scope", &scopes.join(" ")),
        ("state", &state),
        ("code_challenge", &challenge),
        ("code_challenge_method", "S256"),
        ("access_type", "offline"),
        ("prompt", "consent"),
    ]
    .iter()
    .map(|(k, v)| {
        format!(
            "{k}={}",
            percent_encoding::utf8_percent_encode(v, percent_encoding::NON_ALPHANUMERIC)
        )
    })
    .collect();
    let separator = if client.auth_uri.contains('?') {
        '&'
    } else {
        '?'
    };
    let url = format!("{}{separator}{}", client.auth_uri, query.join("&"));
    let no_browser = matches.get_flag("no-browser")
        || std::env::var("GAPI_NO_BROWSER").is_ok_and(|v| !v.is_empty() && v != "0");
    eprintln!("gapi: to log in, open this address in a browser:\n{url}");
    if !no_browser && !open_browser(&url) {
        eprintln!("gapi: no browser could be opened; open the address above yourself");
    }
    let code = tokio::time::timeout(LOGIN_WAIT, wait_for_code(&listener, &state))
        .await
        .map_err(|_| {
            Failure::Transport(format!(
                "no answer from the browser within {} minutes; run `gapi auth login` again",
                LOGIN_WAIT.as_secs() / 60
            ))
        })??;
    let form = [
        ("grant_type", "authorization_code"),
        ("code", code.as_str()),
        ("redirect_uri", redirect_uri.as_str()),
        ("client_id", client.id.as_str()),
        ("client_secret", client.secret.as_str()),
        ("code_verifier", verifier.as_str()),
    ];
    let answer = crate::plain_http::send(
        "the login's token exchange",
        Method::POST,
        &client.token_uri,
        Some(&form),
        true,
        OAUTH_LIMITS,
        http,
    )
    .await?;
    let json: Value = serde_json::from_slice(&answer.body).unwrap_or_default();
    if !(200..300).contains(&answer.status) {
        let error = json
            .get("error")
            .and_then(Value::as_str)
            .unwrap_or("no error code");
        let description = json
            .get("error_description")
            .and_then(Value::as_str)
            .unwrap_or("");
        return Err(Failure::Transport(crate::output::escape_controls(
            &format!(
                "the token endpoint refused the login (HTTP {}): {error} {description}",
                answer.status
            ),
        )));
    }
    let Some(refresh_token) = json.get("refresh_token").and_then(Value::as_str) else {
        return Err(Failure::Transport(
            "the token endpoint gave no refresh token: remove gapi's access at \
             https://myaccount.google.com/permissions and log in again"
                .to_owned(),
        ));
    };
    let account = json
        .get("id_token")
        .and_then(Value::as_str)
        .and_then(id_token_email);
    let granted: Vec<String> = match json.get("scope").and_then(Value::as_str) {
        Some(scope) => scope.split_whitespace().map(str::to_owned).collect(),
        None => scopes,
    };
    let profile = json!({
        "type": "authorized_user",
        "client_id": client.id,
        "client_secret": client.secret,
        "refresh_token": refresh_token,
        "token_uri": client.token_uri,
        "revoke_uri": client.revoke_uri,
        "account": account,
        "scopes": granted,
    });
    profiles::write_private(&path, profile.to_string().as_bytes()).map_err(|e| {
        Failure::Local(format!("cannot store the login in {}: {e}", path.display()))
    })?;
    crate::output::print(&format!(
        "Logged in as {} (profile `{name}`, stored in {}, readable by you only)\n",
        account.as_deref().unwrap_or("an unknown account"),
        path.display()
    ))
}

/// The `email` claim of an ID token. It came straight from the token endpoint over the
/// connection that carried the code, so it is read, not verified; it is only shown.
fn id_token_email(token: &str) -> Option<String> {
    let payload = token.split('.').nth(1)?;
    let bytes = URL_SAFE_NO_PAD.decode(payload.trim_end_matches('=')).ok()?;
    let claims: Value = serde_json::from_slice(&bytes).ok()?;
    claims.get("email")?.as_str().map(str::to_owned)
}

/// Tries the platform's way of opening an address.
fn open_browser(url: &str) -> bool {
    let (program, args): (&str, Vec<&str>) = if cfg!(target_os = "macos") {
        ("open", vec![url])
    } else if cfg!(windows) {
        ("rundll32", vec!["url.dll,FileProtocolHandler", url])
    } else {
        ("xdg-open", vec![url])
    };
    std::process::Command::new(program)
        .args(args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .is_ok()
}

/// Answers the browser's requests until one brings the code (with the right `state`) or an error.
async fn wait_for_code(listener: &tokio::net::TcpListener, state: &str) -> Result<String, Failure> {
    loop {
        let (mut stream, _) = listener
            .accept()
            .await
            .map_err(|e| Failure::Local(format!("waiting for the browser: {e}")))?;
        let mut request = Vec::new();
        let mut buffer = [0u8; 4096];
        while !request.windows(4).any(|w| w == b"\r\n\r\n") && request.len() < 16 << 10 {
            match stream.read(&mut buffer).await {
                Ok(0) | Err(_) => break,
                Ok(n) => request.extend_from_slice(&buffer[..n]),
            }
        }
        let text = String::from_utf8_lossy(&request);
        let target = text
            .lines()
            .next()
            .and_then(|line| line.strip_prefix("GET "))
            .and_then(|rest| rest.split(' ').next())
            .unwrap_or("");
        let query = target.split_once('?').map_or("", |(_, q)| q);
        let param = |name: &str| {
            query.split('&').find_map(|pair| {
                let (k, v) = pair.split_once('=')?;
                (k == name).then(|| {
                    percent_encoding::percent_decode_str(&v.replace('+', " "))
                        .decode_utf8_lossy()
                        .into_owned()
                })
            })
        };
        let (code, error) = (param("code"), param("error"));
        if code.is_none() && error.is_none() {
            let _ = respond(&mut stream, "404 Not Found", "Not the login's answer.").await;
            continue;
        }
        if param("state").as_deref() != Some(state) {
            let _ = respond(
                &mut stream,
                "400 Bad Request",
                "This answer does not belong to this login.",
            )
            .await;
            return Err(Failure::Transport(
                "the browser's answer did not carry this login's `state`; it was refused (run `gapi auth login` again)"
                    .to_owned(),
            ));
        }
        if let Some(error) = error {
            let _ = respond(
                &mut stream,
                "200 OK",
                "The login was not completed. You can close this window.",
            )
            .await;
            return Err(Failure::Transport(crate::output::escape_controls(
                &format!("the login was not completed: {error}"),
            )));
        }
        let _ = respond(
            &mut stream,
            "200 OK",
            "gapi is logged in. You can close this window.",
        )
        .await;
        return code.ok_or_else(|| Failure::Transport("no code".to_owned()));
    }
}

async fn respond(
    stream: &mut tokio::net::TcpStream,
    status: &str,
    text: &str,
) -> std::io::Result<()> {
    let body = format!("<!doctype html><title>gapi</title><p>{text}</p>\n");
    let head = format!(
        "HTTP/1.1 {status}\r\ncontent-type: text/html; charset=utf-8\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).await?;
    stream.write_all(body.as_bytes()).await?;
    stream.shutdown().await
}

fn status(options: &Options, http: &HttpClient) -> Result<(), Failure> {
    let mut out = String::new();
    let all = profiles::all()?;
    if all.is_empty() {
        out.push_str("No stored profile (`gapi auth login` stores one).\n");
    }
    for profile in &all {
        out.push_str(&format!(
            "profile {}: {}\n  file: {}\n  scopes: {}\n",
            profile.name,
            profile.account.as_deref().unwrap_or("(account unknown)"),
            profile.path.display(),
            profile.scopes.join(" ")
        ));
    }
    match crate::credentials::choose(options, http) {
        Ok(chosen) => out.push_str(&format!("A call now uses: {}\n", chosen.identity)),
        Err(e) => out.push_str(&format!("A call now fails: {e}\n")),
    }
    crate::output::print(&out)
}

async fn logout(options: &Options, http: &HttpClient) -> Result<(), Failure> {
    let name = options
        .profile
        .clone()
        .unwrap_or_else(|| profiles::DEFAULT.to_owned());
    let Some(profile) = profiles::read(&name)? else {
        return Err(Failure::usage(format!(
            "there is no profile `{name}` to log out of (`gapi auth status` lists them)"
        )));
    };
    let bytes = std::fs::read(&profile.path)
        .map_err(|e| Failure::Local(format!("{}: {e}", profile.path.display())))?;
    let json: Value = serde_json::from_slice(&bytes).unwrap_or_default();
    let revoke_uri = json
        .get("revoke_uri")
        .and_then(Value::as_str)
        .unwrap_or(REVOKE_URI);
    let revoked = match json.get("refresh_token").and_then(Value::as_str) {
        Some(token) if check_secure(revoke_uri).is_ok() => {
            let answer = crate::plain_http::send(
                "revoking the login",
                Method::POST,
                revoke_uri,
                Some(&[("token", token)]),
                true,
                OAUTH_LIMITS,
                http,
            )
            .await;
            match answer {
                Ok(answer) if (200..300).contains(&answer.status) => "revoked".to_owned(),
                // 400 invalid_token: already revoked or expired; nothing left to revoke.
                Ok(answer) if answer.status == 400 => "already invalid".to_owned(),
                Ok(answer) => format!("not revoked (HTTP {})", answer.status),
                Err(e) => format!("not revoked ({e})"),
            }
        }
        _ => "not revoked (no usable revocation address)".to_owned(),
    };
    std::fs::remove_file(&profile.path)
        .map_err(|e| Failure::Local(format!("cannot delete {}: {e}", profile.path.display())))?;
    crate::token_cache::forget(&crate::credentials::file_identity(
        "authorized_user",
        None,
        &bytes,
    ));
    crate::output::print(&format!(
        "Logged out of profile `{name}`: login {revoked}, profile deleted\n"
    ))
}

async fn print_access_token(options: &Options, http: &HttpClient) -> Result<(), Failure> {
    let chosen = crate::credentials::choose(options, http)?;
    let Some(provider) = chosen.provider else {
        return Err(Failure::usage(format!(
            "no credentials: {}",
            crate::credentials::HOW_TO_LOG_IN
        )));
    };
    let provider = match (
        &chosen.cache_identity,
        options.no_token_cache,
        crate::token_cache::file(),
    ) {
        (Some(identity), false, Some(file)) => crate::token_cache::wrap(provider, identity, file),
        _ => provider,
    };
    let scopes: Vec<String> = if options.scopes.is_empty() {
        vec!["https://www.googleapis.com/auth/cloud-platform".to_owned()]
    } else {
        options.scopes.clone()
    };
    let credential = provider
        .credential_for(Scopes::new(&[]).with_chosen(&scopes))
        .await
        .map_err(|e| Failure::Transport(crate::failure::chain(&e)))?;
    match credential {
        Credential::Bearer(token) => crate::output::print(&format!("{}\n", token.expose())),
        _ => Err(Failure::usage(format!(
            "{} gives no access token",
            chosen.identity
        ))),
    }
}
