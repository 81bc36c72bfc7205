//! Whether a media type is one a method accepts (its discovery `accept` list).

/// Whether `content_type` matches one of the `accept` patterns: an exact type (`image/png`), a
/// type with any subtype (`image/*`) or anything (`*/*`). Parameters such as `; charset=UTF-8` are
/// ignored on both sides and the comparison ignores case. An empty list accepts every type.
pub(crate) fn accepts(accept: &[&str], content_type: &str) -> bool {
    if accept.is_empty() {
        return true;
    }
    let Some((kind, subtype)) = split(content_type) else {
        return false;
    };
    accept.iter().any(|pattern| match split(pattern) {
        Some(("*", "*")) => true,
        Some((p_kind, "*")) => p_kind.eq_ignore_ascii_case(kind),
        Some((p_kind, p_subtype)) => {
            p_kind.eq_ignore_ascii_case(kind) && p_subtype.eq_ignore_ascii_case(subtype)
        }
        None => false,
    })
}

/// The type and subtype of a media type, without parameters; `None` if it is not `type/subtype`.
fn split(media_type: &str) -> Option<(&str, &str)> {
    let essence = media_type.split(';').next().unwrap_or_default().trim();
    let (kind, subtype) = essence.split_once('/')?;
    let (kind, subtype) = (kind.trim(), subtype.trim());
    if kind.is_empty() || subtype.is_empty() || subtype.contains('/') {
        return None;
    }
    Some((kind, subtype))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_wildcard_and_any() {
        let accept = ["message/*", "image/png"];
        assert!(accepts(&accept, "message/rfc822"));
        assert!(accepts(&accept, "Message/RFC822; charset=UTF-8"));
        assert!(accepts(&accept, "image/png"));
        assert!(accepts(&accept, "IMAGE/PNG ; q=1"));
        assert!(!accepts(&accept, "image/jpeg"));
        assert!(!accepts(&accept, "text/plain"));
        assert!(accepts(&["*/*"], "application/octet-stream"));
    }

    #[test]
    fn malformed_types_are_refused() {
        for bad in ["", "png", "image/", "/png", "a/b/c", ";charset=x"] {
            assert!(!accepts(&["*/*"], bad), "{bad:?}");
        }
    }

    #[test]
    fn empty_list_accepts_anything() {
        assert!(accepts(&[], "whatever"));
    }
}
