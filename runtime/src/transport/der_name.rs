//! The issuer of a DER certificate as RFC 4514 text (`CN=Inspecting CA, O=Example`), for the error
//! that names an untrusted authority.
//!
//! Only display: nothing is decided on what it reads (rustls has verified or refused the
//! certificate already), so a small bounds-checked reader of the few DER structures on the way
//! to the issuer is enough; a full X.509 parser would cost more build time than the rest of the
//! TLS code. Any input that does not have the expected shape gives `None`, never a panic.

/// The issuer name of the certificate `der`, most specific part first.
#[cfg_attr(not(feature = "rustls"), allow(dead_code))]
pub(crate) fn issuer(der: &[u8]) -> Option<String> {
    let (certificate, _) = expect(0x30, der)?;
    let (tbs, _) = expect(0x30, certificate)?;
    let mut rest = tbs;
    // [0] EXPLICIT version, absent for version 1.
    if let Some((0xa0, _, after)) = element(rest) {
        rest = after;
    }
    let (_serial, rest) = expect(0x02, rest)?;
    let (_signature, rest) = expect(0x30, rest)?;
    let (name, _) = expect(0x30, rest)?;
    render_name(name)
}

/// One DER element: its tag, its contents and what follows it.
fn element(input: &[u8]) -> Option<(u8, &[u8], &[u8])> {
    let (&tag, rest) = input.split_first()?;
    let (&first, mut rest) = rest.split_first()?;
    let length = if first < 0x80 {
        usize::from(first)
    } else {
        let count = usize::from(first & 0x7f);
        if count == 0 || count > 4 || rest.len() < count {
            return None;
        }
        let (bytes, after) = rest.split_at(count);
        rest = after;
        bytes.iter().try_fold(0usize, |length, &b| {
            length.checked_mul(256)?.checked_add(usize::from(b))
        })?
    };
    if rest.len() < length {
        return None;
    }
    let (contents, after) = rest.split_at(length);
    Some((tag, contents, after))
}

/// The contents of an element that must have `tag`, and what follows it.
fn expect(tag: u8, input: &[u8]) -> Option<(&[u8], &[u8])> {
    match element(input)? {
        (found, contents, rest) if found == tag => Some((contents, rest)),
        _ => None,
    }
}

/// A `Name` (a sequence of relative distinguished names, each a set of attributes).
fn render_name(mut name: &[u8]) -> Option<String> {
    let mut parts = Vec::new();
    while !name.is_empty() {
        let (mut set, rest) = expect(0x31, name)?;
        name = rest;
        let mut attributes = Vec::new();
        while !set.is_empty() {
            let (attribute, rest) = expect(0x30, set)?;
            set = rest;
            let (oid, value) = expect(0x06, attribute)?;
            let (tag, value, _) = element(value)?;
            attributes.push(format!("{}={}", attribute_name(oid), text(tag, value)));
        }
        parts.push(attributes.join("+"));
    }
    // RFC 4514 writes the most specific part first; the certificate holds it last.
    parts.reverse();
    let shown = parts.join(", ");
    Some(if shown.is_empty() {
        "(an empty name)".to_owned()
    } else {
        shown
    })
}

/// The short name of a well-known attribute, else its dotted OID.
fn attribute_name(oid: &[u8]) -> String {
    match oid {
        [0x55, 0x04, 0x03] => "CN".to_owned(),
        [0x55, 0x04, 0x05] => "serialNumber".to_owned(),
        [0x55, 0x04, 0x06] => "C".to_owned(),
        [0x55, 0x04, 0x07] => "L".to_owned(),
        [0x55, 0x04, 0x08] => "ST".to_owned(),
        [0x55, 0x04, 0x09] => "STREET".to_owned(),
        [0x55, 0x04, 0x0a] => "O".to_owned(),
        [0x55, 0x04, 0x0b] => "OU".to_owned(),
        [0x09, 0x92, 0x26, 0x89, 0x93, 0xf2, 0x2c, 0x64, 0x01, 0x19] => "DC".to_owned(),
        [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x09, 0x01] => "emailAddress".to_owned(),
        _ => dotted(oid).unwrap_or_else(|| "?".to_owned()),
    }
}

/// An OID's contents as dotted decimal.
fn dotted(oid: &[u8]) -> Option<String> {
    let mut arcs = Vec::new();
    let mut value: u64 = 0;
    for &b in oid {
        value = value.checked_mul(128)? | u64::from(b & 0x7f);
        if b & 0x80 == 0 {
            if arcs.is_empty() {
                let first = (value / 40).min(2);
                arcs.push(first);
                arcs.push(value - first * 40);
            } else {
                arcs.push(value);
            }
            value = 0;
        }
    }
    if arcs.is_empty() || oid.last().is_some_and(|b| b & 0x80 != 0) {
        return None;
    }
    Some(
        arcs.iter()
            .map(u64::to_string)
            .collect::<Vec<_>>()
            .join("."),
    )
}

/// The most a value shows, in characters: a name longer than that is cut.
const MAX_VALUE: usize = 128;

/// An attribute value as text, with control characters replaced (it comes from whatever server
/// was reached, and ends up on a terminal).
fn text(tag: u8, value: &[u8]) -> String {
    let decoded: String = match tag {
        // UTF8String, PrintableString, IA5String, NumericString, VisibleString.
        0x0c | 0x13 | 0x16 | 0x12 | 0x1a => String::from_utf8_lossy(value).into_owned(),
        // TeletexString, read as Latin-1 as most software does.
        0x14 => value.iter().map(|&b| char::from(b)).collect(),
        // BMPString: UTF-16, big-endian.
        0x1e => char::decode_utf16(
            value
                .chunks(2)
                .map(|pair| u16::from_be_bytes([pair[0], *pair.get(1).unwrap_or(&0)])),
        )
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect(),
        // UniversalString: UTF-32, big-endian.
        0x1c => value
            .chunks(4)
            .map(|quad| {
                let mut bytes = [0u8; 4];
                bytes[..quad.len()].copy_from_slice(quad);
                char::from_u32(u32::from_be_bytes(bytes)).unwrap_or(char::REPLACEMENT_CHARACTER)
            })
            .collect(),
        // Anything else: its bytes in hexadecimal, as RFC 4514 writes values it cannot show.
        _ => {
            let hex: String = value.iter().map(|b| format!("{b:02x}")).collect();
            format!("#{hex}")
        }
    };
    let mut shown: String = decoded
        .chars()
        .map(|c| if c.is_control() { '\u{fffd}' } else { c })
        .take(MAX_VALUE)
        .collect();
    if decoded.chars().count() > MAX_VALUE {
        shown.push('…');
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `SEQUENCE { tag len contents }` with a short length.
    fn wrap(tag: u8, contents: &[u8]) -> Vec<u8> {
        let mut out = vec![tag];
        if contents.len() < 0x80 {
            out.push(contents.len() as u8);
        } else {
            out.push(0x82);
            out.extend_from_slice(&(contents.len() as u16).to_be_bytes());
        }
        out.extend_from_slice(contents);
        out
    }

    fn attribute(oid: &[u8], tag: u8, value: &[u8]) -> Vec<u8> {
        let mut inner = wrap(0x06, oid);
        inner.extend(wrap(tag, value));
        wrap(0x31, &wrap(0x30, &inner))
    }

    fn certificate_issued_by(name: &[u8], with_version: bool) -> Vec<u8> {
        let mut tbs = Vec::new();
        if with_version {
            tbs.extend(wrap(0xa0, &wrap(0x02, &[2])));
        }
        tbs.extend(wrap(0x02, &[0x01, 0x02]));
        tbs.extend(wrap(0x30, &wrap(0x06, &[0x2a, 0x86, 0x48])));
        tbs.extend(wrap(0x30, name));
        tbs.extend(wrap(0x30, &[])); // validity, not read
        let mut certificate = wrap(0x30, &tbs);
        certificate.extend(wrap(0x30, &[])); // signature algorithm, not read
        wrap(0x30, &certificate)
    }

    #[test]
    fn the_issuer_is_shown_most_specific_part_first() {
        let mut name = attribute(&[0x55, 0x04, 0x06], 0x13, b"US");
        name.extend(attribute(&[0x55, 0x04, 0x0a], 0x0c, "Exämple".as_bytes()));
        name.extend(attribute(&[0x55, 0x04, 0x03], 0x0c, b"Inspecting CA"));
        for with_version in [true, false] {
            assert_eq!(
                issuer(&certificate_issued_by(&name, with_version)).as_deref(),
                Some("CN=Inspecting CA, O=Exämple, C=US")
            );
        }
    }

    #[test]
    fn unknown_attributes_and_strings_are_shown_without_control_characters() {
        let mut name = attribute(
            &[0x2b, 0x06, 0x01, 0x04, 0x01, 0x82, 0x37],
            0x04,
            &[0xde, 0xad],
        );
        name.extend(attribute(&[0x55, 0x04, 0x03], 0x0c, b"evil\x1b[31m"));
        name.extend(attribute(
            &[0x55, 0x04, 0x0b],
            0x1e,
            &[0x00, 0x41, 0x00, 0x42],
        ));
        assert_eq!(
            issuer(&certificate_issued_by(&name, true)).as_deref(),
            Some("OU=AB, CN=evil\u{fffd}[31m, 1.3.6.1.4.1.311=#dead")
        );
        let long = attribute(&[0x55, 0x04, 0x03], 0x0c, &[b'a'; 300]);
        let shown = issuer(&certificate_issued_by(&long, true)).expect("a name");
        assert_eq!(
            shown.chars().count(),
            "CN=".len() + MAX_VALUE + 1,
            "{shown}"
        );
    }

    #[test]
    fn any_prefix_or_corruption_of_a_certificate_gives_none_or_a_name_never_a_panic() {
        let mut name = attribute(&[0x55, 0x04, 0x03], 0x0c, b"Inspecting CA");
        name.extend(attribute(&[0x55, 0x04, 0x0a], 0x13, b"Example"));
        let certificate = certificate_issued_by(&name, true);
        for end in 0..certificate.len() {
            let _ = issuer(&certificate[..end]);
        }
        // Every byte set to every value, one at a time.
        let mut rng = fastrand::Rng::with_seed(28);
        for at in 0..certificate.len() {
            for value in [0x00, 0x7f, 0x80, 0x81, 0x84, 0x85, 0xff, rng.u8(..)] {
                let mut corrupt = certificate.clone();
                corrupt[at] = value;
                let _ = issuer(&corrupt);
            }
        }
        for _ in 0..20_000 {
            let length = rng.usize(..64);
            let noise: Vec<u8> = std::iter::repeat_with(|| rng.u8(..)).take(length).collect();
            let _ = issuer(&noise);
            let _ = issuer(&wrap(0x30, &wrap(0x30, &noise)));
        }
        assert_eq!(
            issuer(&certificate).as_deref(),
            Some("O=Example, CN=Inspecting CA")
        );
    }

    #[test]
    fn long_lengths_are_bounded() {
        assert_eq!(element(&[0x30, 0x85, 1, 1, 1, 1, 1]), None);
        assert_eq!(element(&[0x30, 0x80]), None);
        assert_eq!(element(&[0x30, 0x84, 0xff, 0xff, 0xff, 0xff]), None);
        assert_eq!(
            element(&[0x30, 0x81, 0x01, 0xaa]),
            Some((0x30, &[0xaa][..], &[][..]))
        );
        assert_eq!(dotted(&[0x2a, 0x86]), None);
        assert_eq!(dotted(&[0x55, 0x04, 0x03]).as_deref(), Some("2.5.4.3"));
    }
}
