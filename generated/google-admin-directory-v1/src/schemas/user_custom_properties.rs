/// JSON template for a set of custom properties (i.e. all fields in a particular schema)
pub type UserCustomProperties = std::collections::BTreeMap<String, serde_json::Value>;
