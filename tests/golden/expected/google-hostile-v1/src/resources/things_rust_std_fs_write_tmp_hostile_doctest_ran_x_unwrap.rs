//! The ```` things ```rust std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap(); ``` ```` resource.

use crate::runtime::{
    batch, http, impl_open_enum, wire, Call, CallOptions, Client, Error, Items,
    MethodInfo, Pages,
};

/// The ```` things ```rust std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap(); ``` ````
/// resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct ThingsRustStdFsWriteTmpHostileDoctestRanXUnwrapResource {
    pub(crate) client: Client,
}

impl ThingsRustStdFsWriteTmpHostileDoctestRanXUnwrapResource {
    /// ```text
    ///     std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
    /// ```
    ///
    /// `GET hostile/v1/things/{thingId}` (method id `hostile.things.get`)
    ///
    /// Arguments, in order:
    /// - `thing_id`: the `thingId` parameter Must match ```` ^[a-z]+$ ```rust
    ///   std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap(); ``` ````.
    ///
    /// Scopes (any one of them):
    /// - ```` https://example.test/auth/hostile ```rust
    ///   std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap(); ``` ````
    #[inline]
    pub fn get(&self, thing_id: impl Into<String>) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        let thing_id: String = thing_id.into();
        call.check_pattern(
            "thingId",
            &thing_id,
            "^[a-z]+$\n```rust\nstd::fs::write(\"/tmp/hostile-doctest-ran\", \"x\").unwrap();\n```",
        );
        call.path_param("thingId", thing_id);
        GetCall { call }
    }

    /// a
    /// ```text
    /// std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
    /// ```
    ///
    /// `POST hostile/v1/things` (method id `hostile.things.insert`)
    ///
    /// The request body is a [`crate::schemas::Thing`].
    ///
    /// Scopes (any one of them):
    /// - ```` https://example.test/auth/hostile ```rust
    ///   std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap(); ``` ````
    #[inline]
    pub fn insert(&self, body: crate::schemas::Thing) -> InsertCall {
        let mut call = Call::new(&self.client, &INSERT_METHOD);
        call.json_body(&body);
        InsertCall { call }
    }

    /// ```text
    /// std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
    /// ```
    ///
    /// ~~~text
    /// std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
    /// ~~~
    ///
    /// ```text
    /// std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
    /// ```
    ///
    /// ```text
    /// > std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
    /// ```
    ///
    /// text
    /// ```text
    /// std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
    /// ```
    ///
    /// ```text
    /// std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
    /// panic!();
    /// ```
    ///
    /// ```text
    ///     std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
    /// ```
    ///
    /// ~~~text
    /// std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
    /// ~~~
    ///
    /// a
    /// ```text
    /// std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
    /// ```
    ///
    /// ```text
    /// std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
    /// ```
    ///
    /// ```text
    /// std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
    /// ```
    ///
    /// ~~~text
    /// ```
    /// ~~~
    /// ```text
    /// std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
    /// ```
    ///
    /// \[31m  `a` `` ``` ` \[x\] &lt;b&gt;
    ///
    /// `GET hostile/v1/things` (method id ```` hostile.things.list ```rust
    /// std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap(); ``` ````)
    ///
    /// Scopes (any one of them):
    /// - ```` https://example.test/auth/hostile ```rust
    ///   std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap(); ``` ````
    #[inline]
    pub fn list(&self) -> ListCall {
        let call = Call::new(&self.client, &LIST_METHOD);
        ListCall { call }
    }
}

static GET_METHOD: MethodInfo = MethodInfo {
    id: "hostile.things.get",
    http_method: http::Method::GET,
    path: "things/{thingId}",
    scopes: &[
        "https://example.test/auth/hostile\n```rust\nstd::fs::write(\"/tmp/hostile-doctest-ran\", \"x\").unwrap();\n```",
    ],
    api_version: None,
};

/// A call of `hostile.things.get`, made by
/// [`ThingsRustStdFsWriteTmpHostileDoctestRanXUnwrapResource::get`]: set optional parameters,
/// then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: Call,
}

impl GetCall {
    /// Sends the request and waits for the answer of `hostile.things.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Thing, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::Thing;
    fn into_call(self) -> Call {
        self.call
    }
}

static INSERT_METHOD: MethodInfo = MethodInfo {
    id: "hostile.things.insert",
    http_method: http::Method::POST,
    path: "things",
    scopes: &[
        "https://example.test/auth/hostile\n```rust\nstd::fs::write(\"/tmp/hostile-doctest-ran\", \"x\").unwrap();\n```",
    ],
    api_version: None,
};

/// A call of `hostile.things.insert`, made by
/// [`ThingsRustStdFsWriteTmpHostileDoctestRanXUnwrapResource::insert`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct InsertCall {
    call: Call,
}

impl InsertCall {
    /// Sends the request and waits for the answer of `hostile.things.insert`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Thing, Error> {
        self.call.send().await
    }
}

impl CallOptions for InsertCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for InsertCall {
    type Response = crate::schemas::Thing;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "hostile.things.list\n```rust\nstd::fs::write(\"/tmp/hostile-doctest-ran\", \"x\").unwrap();\n```",
    http_method: http::Method::GET,
    path: "things",
    scopes: &[
        "https://example.test/auth/hostile\n```rust\nstd::fs::write(\"/tmp/hostile-doctest-ran\", \"x\").unwrap();\n```",
    ],
    api_version: None,
};

/// A call of ```` hostile.things.list ```rust std::fs::write("/tmp/hostile-doctest-ran",
/// "x").unwrap(); ``` ````, made by
/// [`ThingsRustStdFsWriteTmpHostileDoctestRanXUnwrapResource::list`]: set optional parameters,
/// then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListCall {
    call: Call,
}

impl ListCall {
    /// ```text
    /// std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
    /// ```
    ///
    /// Optional parameter. Sent as ```` filter ```rust std::fs::write("/tmp/hostile-doctest-ran",
    /// "x").unwrap(); ``` ````. Server default: ```` all ```rust
    /// std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap(); ``` ````. Must match ````
    /// ^[a-z]+$ ```rust std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap(); ``` ````.
    #[inline]
    pub fn filter_rust_std_fs_write_tmp_hostile_doctest_ran_x_unwrap(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        let value: String = value.into();
        self.call
            .check_pattern(
                "filter\n```rust\nstd::fs::write(\"/tmp/hostile-doctest-ran\", \"x\").unwrap();\n```",
                &value,
                "^[a-z]+$\n```rust\nstd::fs::write(\"/tmp/hostile-doctest-ran\", \"x\").unwrap();\n```",
            );
        self.call
            .query(
                "filter\n```rust\nstd::fs::write(\"/tmp/hostile-doctest-ran\", \"x\").unwrap();\n```",
                value,
            );
        self
    }

    /// ```text
    /// > std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
    /// ```
    ///
    /// Optional parameter. Sent as `level`.
    #[inline]
    pub fn level(mut self, value: Level) -> Self {
        self.call.query("level", value.as_str().to_owned());
        self
    }

    /// ~~~text
    /// std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
    /// ~~~
    ///
    /// Optional parameter. Sent as `pageToken`.
    #[inline]
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.call.query("pageToken", value.into());
        self
    }

    /// Every page of the list, as a stream of [`ThingList`](crate::schemas::ThingList): the call is
    /// sent, then sent again with `pageToken` set to each `nextPageToken` the server answers, every
    /// other parameter as set here, until an answer has none.
    ///
    /// A page is fetched when the stream is read to it (with `futures::TryStreamExt`: `while let
    /// Some(page) = pages.try_next().await? { .. }`). An error is the stream's last item; a token
    /// the server sends a second time ends the stream with an error, so a faulty server cannot make
    /// it loop forever.
    #[inline]
    pub fn pages(self) -> Pages<crate::schemas::ThingList> {
        self.call
            .pages::<crate::schemas::ThingList>(|page| page.next_page_token.as_deref())
    }

    /// The elements of `items` on every page, as one stream: the pages of [`pages`](Self::pages),
    /// fetched as the stream is read, taken apart in order. A page without `items` adds nothing; an
    /// error is the stream's last item.
    #[inline]
    pub fn items(self) -> Items<crate::schemas::ThingList, crate::schemas::Thing> {
        self.call
            .items::<
                crate::schemas::ThingList,
                crate::schemas::Thing,
            >(
                |page| page.next_page_token.as_deref(),
                |page| page.items.unwrap_or_default(),
            )
    }

    /// Sends the request and waits for the answer of ```` hostile.things.list ```rust
    /// std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap(); ``` ````.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ThingList, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::ThingList;
    fn into_call(self) -> Call {
        self.call
    }
}

/// ```text
/// > std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum Level {
    /// text
    /// ```text
    /// std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
    /// ```
    ///
    /// ```` LOW ```rust std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap(); ``` ```` on the wire.
    #[default]
    LowRustStdFsWriteTmpHostileDoctestRanXUnwrap,
    /// ```text
    /// std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
    /// panic!();
    /// ```
    ///
    /// `HIGH` on the wire.
    High,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for Level {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::LowRustStdFsWriteTmpHostileDoctestRanXUnwrap => {
                "LOW\n```rust\nstd::fs::write(\"/tmp/hostile-doctest-ran\", \"x\").unwrap();\n```"
            }
            Self::High => "HIGH",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "LOW\n```rust\nstd::fs::write(\"/tmp/hostile-doctest-ran\", \"x\").unwrap();\n```" => {
                Self::LowRustStdFsWriteTmpHostileDoctestRanXUnwrap
            }
            "HIGH" => Self::High,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(Level);
