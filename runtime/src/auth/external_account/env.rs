//! The environment variables the sources read, replaceable in the crate's own tests.

#[cfg(test)]
use std::collections::HashMap;

/// The process environment, or (in tests) a fixed set of variables.
#[derive(Clone, Debug, Default)]
pub(crate) struct Env {
    #[cfg(test)]
    fixed: Option<HashMap<String, String>>,
}

impl Env {
    /// The variable `name`, when set and not empty.
    #[cfg_attr(
        not(any(
            feature = "external-account-executable",
            feature = "external-account-aws"
        )),
        allow(dead_code)
    )]
    pub(crate) fn var(&self, name: &str) -> Option<String> {
        #[cfg(test)]
        if let Some(fixed) = &self.fixed {
            return fixed.get(name).filter(|v| !v.is_empty()).cloned();
        }
        std::env::var(name).ok().filter(|v| !v.is_empty())
    }

    /// An environment of exactly `vars`.
    #[cfg(all(
        test,
        any(
            feature = "external-account-executable",
            feature = "external-account-aws"
        )
    ))]
    pub(crate) fn fixed(vars: &[(&str, &str)]) -> Self {
        Env {
            fixed: Some(
                vars.iter()
                    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                    .collect(),
            ),
        }
    }
}
