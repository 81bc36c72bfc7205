use crate::runtime::wire;

/// This feature is not generally available.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct OncCertificateProvider {
    /// This feature is not generally available.
    pub certificate_references: Option<Vec<String>>,
    /// This feature is not generally available.
    pub content_provider_endpoint: Option<crate::schemas::ContentProviderEndpoint>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl OncCertificateProvider {
    /// Sets `certificateReferences` (chainable).
    pub fn set_certificate_references(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.certificate_references = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("certificateReferences");
        self
    }

    /// Sends `certificateReferences` as JSON `null`, which clears it on the server (chainable);
    /// `set_certificate_references` takes it back.
    #[inline]
    pub fn clear_certificate_references(mut self) -> Self {
        self.certificate_references = None;
        self.unknown_fields
            .insert("certificateReferences".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `contentProviderEndpoint` (chainable).
    pub fn set_content_provider_endpoint(
        mut self,
        value: impl Into<crate::schemas::ContentProviderEndpoint>,
    ) -> Self {
        self.content_provider_endpoint = Some(value.into());
        self.unknown_fields.remove("contentProviderEndpoint");
        self
    }

    /// Sends `contentProviderEndpoint` as JSON `null`, which clears it on the server (chainable);
    /// `set_content_provider_endpoint` takes it back.
    #[inline]
    pub fn clear_content_provider_endpoint(mut self) -> Self {
        self.content_provider_endpoint = None;
        self.unknown_fields
            .insert("contentProviderEndpoint".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for OncCertificateProvider {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.certificate_references {
            map.serialize_entry("certificateReferences", value)?;
        }
        if let Some(value) = &self.content_provider_endpoint {
            map.serialize_entry("contentProviderEndpoint", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for OncCertificateProvider {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for OncCertificateProvider {
    const NAME: &'static str = "OncCertificateProvider";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "certificateReferences" => self.certificate_references = map.next_value()?,
            "contentProviderEndpoint" => {
                self.content_provider_endpoint = map.next_value()?;
            }
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
