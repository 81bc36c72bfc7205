use crate::runtime::wire;

/// Represents an expression text. Example: title: "User account presence" description:
/// "Determines whether the request has a user account" expression: "size(request.user) &gt; 0"
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Expr {
    /// An optional description of the expression. This is a longer text which describes the
    /// expression, e.g. when hovered over it in a UI.
    pub description: Option<String>,
    /// Textual representation of an expression in Common Expression Language syntax. The
    /// application context of the containing message determines which well-known feature set of CEL
    /// is supported.
    pub expression: Option<String>,
    /// An optional string indicating the location of the expression for error reporting, e.g. a
    /// file name and a position in the file.
    pub location: Option<String>,
    /// An optional title for the expression, i.e. a short string describing its purpose. This can
    /// be used e.g. in UIs which allow to enter the expression.
    pub title: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Expr {
    /// Sets `description` (chainable).
    pub fn set_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self.unknown_fields.remove("description");
        self
    }

    /// Sends `description` as JSON `null`, which clears it on the server (chainable);
    /// `set_description` takes it back.
    #[inline]
    pub fn clear_description(mut self) -> Self {
        self.description = None;
        self.unknown_fields.insert("description".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `expression` (chainable).
    pub fn set_expression(mut self, value: impl Into<String>) -> Self {
        self.expression = Some(value.into());
        self.unknown_fields.remove("expression");
        self
    }

    /// Sends `expression` as JSON `null`, which clears it on the server (chainable);
    /// `set_expression` takes it back.
    #[inline]
    pub fn clear_expression(mut self) -> Self {
        self.expression = None;
        self.unknown_fields.insert("expression".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `location` (chainable).
    pub fn set_location(mut self, value: impl Into<String>) -> Self {
        self.location = Some(value.into());
        self.unknown_fields.remove("location");
        self
    }

    /// Sends `location` as JSON `null`, which clears it on the server (chainable); `set_location`
    /// takes it back.
    #[inline]
    pub fn clear_location(mut self) -> Self {
        self.location = None;
        self.unknown_fields.insert("location".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `title` (chainable).
    pub fn set_title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self.unknown_fields.remove("title");
        self
    }

    /// Sends `title` as JSON `null`, which clears it on the server (chainable); `set_title` takes
    /// it back.
    #[inline]
    pub fn clear_title(mut self) -> Self {
        self.title = None;
        self.unknown_fields.insert("title".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Expr {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.description {
            map.serialize_entry("description", value)?;
        }
        if let Some(value) = &self.expression {
            map.serialize_entry("expression", value)?;
        }
        if let Some(value) = &self.location {
            map.serialize_entry("location", value)?;
        }
        if let Some(value) = &self.title {
            map.serialize_entry("title", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Expr {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Expr {
    const NAME: &'static str = "Expr";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "description" => self.description = map.next_value()?,
            "expression" => self.expression = map.next_value()?,
            "location" => self.location = map.next_value()?,
            "title" => self.title = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
