//! "Did you mean": the closest of a list of names to a mistyped one.

/// `"; did you mean `x`?"` for the candidate closest to `given`, or an empty string when none is
/// close enough to be a likely typo.
pub fn did_you_mean<'a>(given: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    match closest(given, candidates) {
        Some(best) => format!("; did you mean `{best}`?"),
        None => String::new(),
    }
}

/// The candidate closest to `given` (ignoring case, `-` and `_`), if it is close enough.
pub fn closest<'a>(given: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let norm = |s: &str| -> String {
        s.chars()
            .filter(|c| *c != '-' && *c != '_')
            .flat_map(char::to_lowercase)
            .collect()
    };
    let given_n = norm(given);
    candidates
        .into_iter()
        .map(|c| {
            let c_n = norm(c);
            let score = if c_n == given_n {
                1.0
            } else {
                strsim::jaro_winkler(&given_n, &c_n)
            };
            (score, c)
        })
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_closest_name_and_ignores_far_ones() {
        assert_eq!(
            closest("useDevice", ["userDevice", "kioskDevice"]),
            Some("userDevice")
        );
        assert_eq!(
            closest("admin-email", ["adminEmail", "projectId"]),
            Some("adminEmail")
        );
        assert_eq!(closest("zzz", ["adminEmail", "projectId"]), None);
        assert_eq!(
            did_you_mean("yml", ["json", "yaml"]),
            "; did you mean `yaml`?"
        );
    }
}
