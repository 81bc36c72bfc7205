//! The crate's cargo features: the `[features]` table of `Cargo.toml`, the `cfg` attributes that
//! gate resources and schema files on them, and the text that tells users how to choose.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::quote;

use super::docs::toml_string;
use crate::model::{Api, MethodDef, ResourceDef};
use crate::release::requirement;

/// The runtime's options, forwarded under the same names, with why a user would pick each.
const RUNTIME_FEATURES: &[(&str, &str)] = &[
    (
        "rustls",
        "TLS through rustls (pure Rust), trusting the system's certificate store",
    ),
    (
        "webpki-roots",
        "Mozilla's root certificates compiled in, for systems without a store",
    ),
    ("native-tls", "TLS through the platform's library"),
    (
        "http2",
        "HTTP/2 with rustls, many calls in flight over one connection",
    ),
    (
        "adc",
        "Google's application default credentials (the providers below, but the external \
         accounts' executable and AWS sources)",
    ),
    ("service-account", "service account key files"),
    (
        "authorized-user",
        "OAuth refresh tokens (gcloud's credentials)",
    ),
    (
        "metadata-server",
        "the service account of a Compute Engine, Cloud Run or GKE workload",
    ),
    (
        "impersonation",
        "a service account's tokens through the IAM Credentials API",
    ),
    (
        "external-account",
        "workload and workforce identity federation, subject tokens from a file or a URL",
    ),
    (
        "external-account-executable",
        "... and from a program the credentials file names",
    ),
    ("external-account-aws", "... and from AWS"),
    (
        "external-account-authorized-user",
        "workforce identity federation's refresh tokens",
    ),
    (
        "time",
        "`Timestamp::as_offset_date_time`, for date arithmetic with the `time` crate",
    ),
    (
        "reqwest",
        "`runtime::transport::ReqwestTransport`, to send through your own `reqwest::Client`",
    ),
    (
        "testing",
        "`runtime::testing`: a fake HTTP stack, recording and replay, for offline tests",
    ),
];

/// The default features: everything a user of the whole API needs, so that opting out is the
/// only way to get less.
const DEFAULT: &[&str] = &["rustls", "adc", "all-resources"];

/// `#[cfg(...)]` that compiles an item only when one of `features` is on, with the badge that
/// tells readers of the docs on docs.rs (built with `--cfg docsrs`) which features those are.
///
/// A schema reached by every resource is still gated on all of them rather than left ungated:
/// one rule for every file, and a build with no resource at all (for the top-level methods, or to
/// decode payloads by hand) does not compile types that none of its code uses. The longer `cfg`
/// costs nothing at compile time.
pub fn gate<'f>(features: impl IntoIterator<Item = &'f String>) -> TokenStream {
    let features: Vec<&String> = features.into_iter().collect();
    let condition = match features.as_slice() {
        [] => return quote!(),
        [one] => quote!(feature = #one),
        many => quote!(any(#(feature = #many),*)),
    };
    quote! {
        #[cfg(#condition)]
        #[cfg_attr(docsrs, doc(cfg(#condition)))]
    }
}

/// `#[cfg(feature = "...")]` for the top-level resource with module name `module`.
pub fn resource_gate(api: &Api, module: &str) -> TokenStream {
    gate(
        api.features
            .resources
            .get_key_value(module)
            .map(|(_, feature)| feature),
    )
}

/// The `[features]` table of `Cargo.toml`, with the comments a reader of the manifest needs.
pub fn cargo_table(api: &Api) -> String {
    let resources = resource_feature_names(api);
    let mut out = String::new();
    out.push_str(
        "# Everything is on by default. A crate that calls a few resources compiles only those (and the\n\
         # schemas their methods reach) with `default-features = false` and the features it needs.\n\
         [features]\n",
    );
    out.push_str(&format!(
        "default = {}\n",
        toml_list(DEFAULT.iter().copied())
    ));
    out.push_str("# The runtime's TLS stacks and credential providers, forwarded.\n");
    for (name, _) in RUNTIME_FEATURES {
        out.push_str(&format!("{name} = [\"google-api-runtime/{name}\"]\n"));
    }
    out.push_str(
        "# One feature per top-level resource: its methods, its nested resources and the schemas they\n\
         # reach. Schemas that no method reaches (payloads decoded by hand) are always compiled.\n",
    );
    out.push_str(&format!(
        "all-resources = {}\n",
        toml_list(resources.iter().map(String::as_str))
    ));
    for feature in &resources {
        out.push_str(&format!("{feature} = []\n"));
    }
    out
}

/// A TOML array of strings: on one line when it is short, else one value per line.
fn toml_list<'a>(values: impl Iterator<Item = &'a str>) -> String {
    let quoted: Vec<String> = values.map(toml_string).collect();
    let line = format!("[{}]", quoted.join(", "));
    if line.len() <= 80 {
        return line;
    }
    let mut out = "[\n".to_owned();
    for q in &quoted {
        out.push_str(&format!("    {q},\n"));
    }
    out.push(']');
    out
}

/// The "Cargo features" section of the README and of the crate docs (Markdown lines, without a
/// heading).
pub fn doc_lines(api: &Api, version: &str) -> Vec<String> {
    let resources = resource_feature_names(api);
    let mut lines = vec![
        "Every resource is on by default. A crate that calls only a few compiles only those, and the"
            .to_owned(),
        "schemas their methods reach, by turning the defaults off and naming a TLS stack and the"
            .to_owned(),
        "resources it uses:".to_owned(),
        String::new(),
        "```toml".to_owned(),
        "[dependencies]".to_owned(),
    ];
    let picked: Vec<String> = ["rustls"]
        .into_iter()
        .chain(example_feature(api))
        .map(toml_string)
        .collect();
    lines.push(format!(
        "{} = {{ version = \"{}\", default-features = false, features = [{}] }}",
        api.crate_name,
        requirement(version),
        picked.join(", ")
    ));
    lines.push("```".to_owned());
    lines.push(String::new());
    if resources.is_empty() {
        lines.push("- resources: none; every method of this API is on `Client` itself;".to_owned());
    } else {
        let mut words = "- one feature per top-level resource, nested resources included:"
            .split(' ')
            .map(str::to_owned)
            .collect::<Vec<_>>();
        for (i, feature) in resources.iter().enumerate() {
            let separator = if i + 1 < resources.len() { "," } else { ";" };
            words.push(format!("`{feature}`{separator}"));
        }
        words.extend(
            "`all-resources` (default) turns them all on;"
                .split(' ')
                .map(str::to_owned),
        );
        lines.extend(wrap(&words));
    }
    for (i, (name, what)) in RUNTIME_FEATURES.iter().enumerate() {
        let default = if DEFAULT.contains(name) {
            " (default)"
        } else {
            ""
        };
        let end = if i + 1 < RUNTIME_FEATURES.len() {
            ';'
        } else {
            '.'
        };
        lines.push(format!("- `{name}`{default}: {what}{end}"));
    }
    lines.push(String::new());
    lines.push(
        "Schemas that no method reaches (payloads decoded by hand, such as notifications) are always"
            .to_owned(),
    );
    lines.push("compiled.".to_owned());
    lines
}

/// `words` as a Markdown list item, in lines of at most about 100 characters.
fn wrap(words: &[String]) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in words {
        let line = lines.last_mut().expect("never empty");
        if !line.trim_start().is_empty() && line.len() + 1 + word.len() > 100 {
            lines.push(format!("  {word}"));
        } else {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
    }
    lines
}

/// Resource features, sorted by name.
fn resource_feature_names(api: &Api) -> Vec<String> {
    api.root
        .children
        .iter()
        .filter_map(|c| c.module_path.last())
        .filter_map(|module| api.features.of_resource(module))
        .map(str::to_owned)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

/// The feature of the resource the crate's example calls, else the first resource's.
fn example_feature(api: &Api) -> Option<&str> {
    fn holds(r: &ResourceDef, m: &MethodDef) -> bool {
        r.methods.iter().any(|x| x.id == m.id) || r.children.iter().any(|c| holds(c, m))
    }
    let resource = match super::example::example_call(api) {
        Some((_, m)) => api.root.children.iter().find(|c| holds(c, m)),
        None => None,
    }
    .or_else(|| api.root.children.first())?;
    api.features.of_resource(resource.module_path.last()?)
}

#[cfg(test)]
mod tests {
    use super::{DEFAULT, RUNTIME_FEATURES};
    use crate::model::features::RESERVED;

    #[test]
    fn resources_cannot_take_the_names_of_the_other_features() {
        for name in RUNTIME_FEATURES.iter().map(|(name, _)| name).chain(DEFAULT) {
            assert!(RESERVED.contains(name), "{name} is not reserved");
        }
        assert!(RESERVED.contains(&"default"));
    }

    /// A feature the runtime gains reaches users of generated crates only if it is forwarded.
    #[test]
    fn every_feature_of_the_runtime_is_forwarded() {
        let manifest = concat!(env!("CARGO_MANIFEST_DIR"), "/../runtime/Cargo.toml");
        let text = std::fs::read_to_string(manifest).expect("the runtime's manifest");
        let table = text
            .split("\n[features]\n")
            .nth(1)
            .expect("a [features] table");
        let runtime: Vec<&str> = table
            .lines()
            .take_while(|line| !line.starts_with('['))
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| line.split_once(" = ").map(|(name, _)| name.trim()))
            .filter(|name| *name != "default")
            .collect();
        assert!(runtime.contains(&"rustls"), "{runtime:?}");
        let forwarded: Vec<&str> = RUNTIME_FEATURES.iter().map(|(name, _)| *name).collect();
        for name in &runtime {
            assert!(forwarded.contains(name), "`{name}` is not forwarded");
        }
        for name in &forwarded {
            assert!(
                runtime.contains(name),
                "`{name}` is no feature of the runtime"
            );
        }
    }
}
