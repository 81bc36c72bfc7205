//! Where a discovery document comes from: the project's pinned documents, built in, or a file or
//! URL named on the command line; and reading it into the checked model.

use codegen::model::{self, Api, ResourceDef};

use crate::failure::Failure;

/// A built-in document: its file name (`{name}.{version}.json`) and its text, compressed (raw
/// deflate, by build.rs).
pub struct Builtin {
    pub file: &'static str,
    compressed: &'static [u8],
}

macro_rules! builtin {
    ($file:literal) => {
        Builtin {
            file: $file,
            compressed: include_bytes!(concat!(env!("OUT_DIR"), "/", $file, ".deflate")),
        }
    };
}

/// The documents of `discovery-json/`, the APIs the project generates crates for (build.rs
/// lists the same files).
// A `static`, not a `const`: a const is copied into every place that uses it, and with it the
// documents, once per codegen unit.
pub static BUILTIN: &[Builtin] = &[
    builtin!("admin.directory_v1.json"),
    builtin!("androidenterprise.v1.json"),
    builtin!("androidmanagement.v1.json"),
    builtin!("gmail.v1.json"),
    builtin!("storage.v1.json"),
];

impl Builtin {
    /// The discovery `name` and `version`, from the file name.
    pub fn name_version(&self) -> (&'static str, &'static str) {
        let stem = self.file.trim_end_matches(".json");
        stem.split_once('.').unwrap_or((stem, ""))
    }

    /// The document's text, inflated.
    pub fn text(&self) -> Result<String, Failure> {
        use std::io::Read;
        let mut text = String::with_capacity(self.compressed.len() * 8);
        flate2::read::DeflateDecoder::new(self.compressed)
            .read_to_string(&mut text)
            // build.rs wrote it from a UTF-8 file: anything else is a broken build.
            .map_err(|e| Failure::Local(format!("the built-in {} is broken: {e}", self.file)))?;
        Ok(text)
    }

    /// The document read and checked, with its text; its methods' ids start with
    /// [`Builtin::short_name`] (`admin.users.get`, where the document says `directory.users.get`),
    /// so that errors and spans call the API what the command line does.
    pub fn api(&self) -> Result<(Api, String), Failure> {
        fn rename(resource: &mut ResourceDef, word: &str) {
            for method in &mut resource.methods {
                if let Some((first, rest)) = method.id.split_once('.') {
                    if first != word {
                        method.id = format!("{word}.{rest}");
                    }
                }
            }
            for child in &mut resource.children {
                rename(child, word);
            }
        }
        let json = self.text()?;
        let mut api = load(self.file, &json)?;
        rename(&mut api.root, self.short_name());
        Ok((api, json))
    }

    /// The names a user may call it by: `gmail`, `gmail.v1`, `gmail:v1`; and for the Admin SDK's
    /// APIs, whose version says which one (`directory_v1`), that word too (`directory`).
    pub fn answers_to(&self, word: &str) -> bool {
        let (name, version) = self.name_version();
        word == name
            || word == format!("{name}.{version}")
            || word == format!("{name}:{version}")
            || version
                .split_once('_')
                .is_some_and(|(family, _)| word == family)
    }

    /// The one name help, completions, errors and suggestions use: the discovery `name`
    /// (`admin` for the Directory API, as the README and Google's own docs call it), or, when
    /// two built-in documents share that name, the family of the version (`directory`).
    pub fn short_name(&self) -> &'static str {
        let (name, version) = self.name_version();
        let shared = BUILTIN
            .iter()
            .filter(|b| b.name_version().0 == name)
            .count()
            > 1;
        match version.split_once('_') {
            Some((family, _)) if shared => family,
            _ => name,
        }
    }
}

/// Reads and checks a document (`file` names it in errors).
pub fn load(file: &str, json: &str) -> Result<Api, Failure> {
    model::build(file, json).map_err(|e| Failure::usage(format!("{e}")))
}

/// Checks that `word` names the API of a document given on the command line.
pub fn check_word(word: &str, api: &Api) -> Result<(), Failure> {
    let family = api.version.split_once('_').map(|(f, _)| f);
    if word == api.name
        || word == format!("{}.{}", api.name, api.version)
        || word == format!("{}:{}", api.name, api.version)
        || Some(word) == family
    {
        Ok(())
    } else {
        Err(Failure::usage(format!(
            "the document {} describes the API `{}` ({}), not `{word}`",
            api.file, api.name, api.version
        )))
    }
}

/// The largest discovery document read (Google's largest are a few MiB).
const DOCUMENT_LIMIT: usize = 50 << 20;

/// How long fetching a document may take, answer included.
const DOCUMENT_DEADLINE: std::time::Duration = std::time::Duration::from_secs(60);

/// Fetches a document over HTTP(S) with the runtime's client (no credentials, no quota
/// project), at most [`DOCUMENT_LIMIT`] bytes within [`DOCUMENT_DEADLINE`], in at most
/// `attempts` attempts (`None`: as the runtime retries). `what` names the fetch in errors.
pub async fn fetch(
    what: &str,
    url: &str,
    attempts: Option<u32>,
    http: &google_api_runtime::transport::HttpClient,
) -> Result<String, Failure> {
    let limits = crate::plain_http::Limits {
        size: DOCUMENT_LIMIT,
        deadline: DOCUMENT_DEADLINE,
        attempts,
    };
    let answer = crate::plain_http::send(
        what,
        google_api_runtime::http::Method::GET,
        url,
        None,
        false,
        limits,
        http,
    )
    .await?;
    String::from_utf8(answer.body.to_vec())
        .map_err(|_| Failure::usage(format!("the document at {url} is not UTF-8")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_documents_inflate_to_the_pinned_files() {
        for builtin in BUILTIN {
            let path = format!(
                "{}/../discovery-json/{}",
                env!("CARGO_MANIFEST_DIR"),
                builtin.file
            );
            let pinned = std::fs::read_to_string(&path).expect("the pinned document");
            let text = builtin.text().expect("it inflates");
            assert!(text == pinned, "{} differs from {path}", builtin.file);
            assert!(
                builtin.compressed.len() * 4 < pinned.len(),
                "{}",
                builtin.file
            );
        }
    }
}
