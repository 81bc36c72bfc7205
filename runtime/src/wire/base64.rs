//! Bytes written as base64 text.

use std::fmt;

use super::{DeserializeAs, SerializeAs};
use ::base64::alphabet;
use ::base64::engine::general_purpose::URL_SAFE;
use ::base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use ::base64::Engine;
use serde::de::{self, Deserializer, Visitor};
use serde::Serializer;

use super::WireError;

/// Serde adapter for bytes carried as base64 text (discovery format `byte`).
///
/// Writes the URL-safe alphabet (`-` and `_`) with `=` padding: that is what several Google APIs
/// document (Gmail, for one), and Google's JSON parsers accept both alphabets. Reads either
/// alphabet, with or without padding. Use it through [`As`](super::As), e.g.
/// `with = "As::<Option<Base64>>"` on an `Option<Vec<u8>>` field.
pub struct Base64;

/// Lenient decoding configuration: padding optional, non-zero trailing bits tolerated.
const LENIENT: GeneralPurposeConfig = GeneralPurposeConfig::new()
    .with_decode_padding_mode(DecodePaddingMode::RequireNone)
    .with_decode_allow_trailing_bits(true);
const STANDARD_READER: GeneralPurpose = GeneralPurpose::new(&alphabet::STANDARD, LENIENT);
const URL_SAFE_READER: GeneralPurpose = GeneralPurpose::new(&alphabet::URL_SAFE, LENIENT);

impl Base64 {
    /// Encodes bytes the way this adapter writes them: URL-safe alphabet, with padding.
    pub fn encode(bytes: impl AsRef<[u8]>) -> String {
        URL_SAFE.encode(bytes)
    }

    /// Decodes base64 text in the standard or the URL-safe alphabet, with or without padding.
    ///
    /// # Errors
    ///
    /// Fails when the text holds a character of neither alphabet, mixes the two alphabets, or has
    /// a length no base64 encoding produces.
    pub fn decode(text: &str) -> Result<Vec<u8>, WireError> {
        // Padding is optional; at most two `=` may end the text.
        let unpadded = text
            .strip_suffix("==")
            .or_else(|| text.strip_suffix('='))
            .unwrap_or(text);
        // The two alphabets share 62 symbols; the presence of `-` or `_` picks the URL-safe one.
        let reader = if unpadded.contains(['-', '_']) {
            &URL_SAFE_READER
        } else {
            &STANDARD_READER
        };
        reader
            .decode(unpadded)
            .map_err(|error| WireError::new(format!("invalid base64 text: {error}")))
    }
}

struct Base64Visitor;

impl Visitor<'_> for Base64Visitor {
    type Value = Vec<u8>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a base64 string")
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Vec<u8>, E> {
        Base64::decode(value).map_err(E::custom)
    }
}

impl SerializeAs<Vec<u8>> for Base64 {
    fn serialize_as<S: Serializer>(source: &Vec<u8>, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&Base64::encode(source))
    }
}

impl<'de> DeserializeAs<'de, Vec<u8>> for Base64 {
    fn deserialize_as<D: Deserializer<'de>>(deserializer: D) -> Result<Vec<u8>, D::Error> {
        deserializer.deserialize_str(Base64Visitor)
    }
}

#[cfg(test)]
mod tests {
    use serde::{Deserialize, Serialize};
    use serde_json::json;

    use crate::wire::{As, Base64};

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Bytes(#[serde(with = "As::<Base64>")] Vec<u8>);

    fn read(json: serde_json::Value) -> Result<Vec<u8>, String> {
        serde_json::from_value::<Bytes>(json)
            .map(|bytes| bytes.0)
            .map_err(|error| error.to_string())
    }

    #[test]
    fn writes_url_safe_with_padding() {
        assert_eq!(
            serde_json::to_value(Bytes(vec![0xfb, 0xff, 0xfe])).unwrap(),
            json!("-__-")
        );
        assert_eq!(
            serde_json::to_value(Bytes(b"hi".to_vec())).unwrap(),
            json!("aGk=")
        );
        assert_eq!(serde_json::to_value(Bytes(vec![])).unwrap(), json!(""));
        assert_eq!(Base64::encode([0xff]), "_w==");
    }

    #[test]
    fn reads_both_alphabets_with_or_without_padding() {
        let bytes = vec![0xfb, 0xff, 0xfe, 0xff];
        for text in ["+//+/w==", "+//+/w", "-__-_w==", "-__-_w"] {
            assert_eq!(read(json!(text)), Ok(bytes.clone()), "{text}");
        }
        assert_eq!(read(json!("aGk=")), Ok(b"hi".to_vec()));
        assert_eq!(read(json!("aGk")), Ok(b"hi".to_vec()));
        assert_eq!(read(json!("")), Ok(vec![]));
    }

    #[test]
    fn round_trips() {
        let bytes: Vec<u8> = (0..=255).collect();
        let json = serde_json::to_string(&Bytes(bytes.clone())).unwrap();
        assert_eq!(serde_json::from_str::<Bytes>(&json).unwrap().0, bytes);
    }

    #[test]
    fn rejects_garbage() {
        for text in ["a!b=", "a", "aGk===", "+_8=", "aG k"] {
            let error = read(json!(text)).unwrap_err();
            assert!(error.contains("invalid base64"), "{text}: {error}");
        }
        let error = read(json!(12)).unwrap_err();
        assert!(error.contains("a base64 string"), "{error}");
        assert!(Base64::decode("@@@@").is_err());
    }
}
