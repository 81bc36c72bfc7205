//! One change between two revisions of an API, as a user of the generated crate sees it, and the
//! verdict on it.

use serde::Serialize;

/// How a change affects code written against the previous crate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Impact {
    /// Code that compiled may stop compiling, or a call the crate used to send is now refused
    /// by the crate itself: the next release needs a major version.
    Breaking,
    /// Signatures are unchanged, but what goes over the wire or what the server accepts is
    /// different: worth a line in the release notes.
    Behaviour,
    /// Something new, or something loosened: existing code compiles and behaves as before.
    Compatible,
}

impl Impact {
    pub fn is_breaking(self) -> bool {
        self == Impact::Breaking
    }

    /// The word used in reports.
    pub fn label(self) -> &'static str {
        match self {
            Impact::Breaking => "breaking",
            Impact::Behaviour => "behaviour",
            Impact::Compatible => "compatible",
        }
    }
}

/// The judgement of one rule: how much a change matters, and why, in one line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verdict {
    pub impact: Impact,
    pub reason: &'static str,
}

/// What kind of thing changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Item {
    Api,
    Resource,
    Method,
    Parameter,
    Request,
    Response,
    Upload,
    AcceptedType,
    Scope,
    Type,
    Field,
    EnumValue,
    Feature,
}

impl Item {
    /// The noun used in reports.
    pub fn noun(self) -> &'static str {
        match self {
            Item::Api => "API",
            Item::Resource => "resource",
            Item::Method => "method",
            Item::Parameter => "parameter",
            Item::Request => "request body of",
            Item::Response => "response of",
            Item::Upload => "media upload of",
            Item::AcceptedType => "accepted media type",
            Item::Scope => "scope",
            Item::Type => "type",
            Item::Field => "field",
            Item::EnumValue => "enum value",
            Item::Feature => "cargo feature",
        }
    }
}

/// Whether the thing appeared, disappeared or changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Added,
    Removed,
    Changed,
}

impl Action {
    pub fn verb(self) -> &'static str {
        match self {
            Action::Added => "added",
            Action::Removed => "removed",
            Action::Changed => "changed",
        }
    }
}

/// One change, named as the Rust API names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    pub impact: Impact,
    pub item: Item,
    pub action: Action,
    /// The changed thing as Rust code reaches it: `client.users().list()`, `schemas::User`,
    /// the field `is_admin`, the parameter `max_results`, the variant `Active`.
    pub name: String,
    /// What it belongs to, for parameters, fields, enum values and method details: the method
    /// (`client.users().list()`) or the type (`schemas::User`).
    pub owner: Option<String>,
    /// Its name in the discovery document: method id, schema key, property or parameter name,
    /// enum value, scope URL. Empty when it is the same as `name`.
    pub wire: String,
    /// What changed, e.g. "`String` -> `i64`"; empty for additions and removals unless there is
    /// something to add.
    pub detail: String,
    /// Why the change has its impact, in one line.
    pub reason: String,
}

impl Change {
    /// A change judged by `verdict`.
    pub fn new(verdict: Verdict, item: Item, action: Action, name: impl Into<String>) -> Self {
        Change {
            impact: verdict.impact,
            item,
            action,
            name: name.into(),
            owner: None,
            wire: String::new(),
            detail: String::new(),
            reason: verdict.reason.to_owned(),
        }
    }

    pub fn owner(mut self, owner: impl Into<String>) -> Self {
        self.owner = Some(owner.into());
        self
    }

    /// Sets the discovery name, unless it adds nothing to the Rust name.
    pub fn wire(mut self, wire: impl Into<String>) -> Self {
        let wire = wire.into();
        if wire != self.name {
            self.wire = wire;
        }
        self
    }

    pub fn detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = detail.into();
        self
    }

    /// The order of reports: breaking first, then by kind, owner and name.
    pub fn sort_key(&self) -> impl Ord + '_ {
        (
            self.impact,
            self.item,
            self.owner.as_deref().unwrap_or(""),
            self.name.as_str(),
            self.action,
            self.detail.as_str(),
        )
    }
}
