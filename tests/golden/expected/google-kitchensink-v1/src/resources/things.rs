//! The `things` resource.

use crate::runtime::{
    batch, http, impl_open_enum, wire, Call, CallOptions, Client, Download, Error, Items,
    MethodInfo, Pages,
};

pub mod parts;

/// The `things` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct ThingsResource {
    pub(crate) client: Client,
}

impl ThingsResource {
    /// The `things.parts` resource.
    pub fn parts_resource(&self) -> parts::PartsResource {
        parts::PartsResource {
            client: self.client.clone(),
        }
    }

    /// `GET sink/v1/aggregated/things` (method id `kitchensink.things.aggregatedList`)
    #[inline]
    pub fn aggregated_list(&self) -> AggregatedListCall {
        let call = Call::new(&self.client, &AGGREGATED_LIST_METHOD);
        AggregatedListCall { call }
    }

    /// `DELETE sink/v1/{+name}` (method id `kitchensink.things.delete`)
    ///
    /// Arguments, in order:
    /// - `name`: the `name` parameter Must match `^things/[^/]+$`.
    #[inline]
    pub fn delete(&self, name: impl Into<String>) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        let name: String = name.into();
        call.check_pattern("name", &name, "^things/[^/]+$");
        call.path_param("name", name);
        DeleteCall { call }
    }

    /// `GET sink/v1/things/{thingId}` (method id `kitchensink.things.get`)
    ///
    /// Arguments, in order:
    /// - `thing_id`: the `thingId` parameter
    #[inline]
    pub fn get(&self, thing_id: impl Into<String>) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("thingId", thing_id.into());
        GetCall { call }
    }

    /// `POST sink/v1/things` (method id `kitchensink.things.insert`)
    ///
    /// The request body is a [`crate::schemas::Thing`].
    #[inline]
    pub fn insert(&self, body: crate::schemas::Thing) -> InsertCall {
        let mut call = Call::new(&self.client, &INSERT_METHOD);
        call.json_body(&body);
        InsertCall { call }
    }

    /// `GET sink/v1/things` (method id `kitchensink.things.list`)
    #[inline]
    pub fn list(&self) -> ListCall {
        let call = Call::new(&self.client, &LIST_METHOD);
        ListCall { call }
    }

    /// `POST sink/v1/things/{thingId}:move` (method id `kitchensink.things.move`)
    ///
    /// Arguments, in order:
    /// - `thing_id`: the `thingId` parameter
    /// - `to`: the `to` parameter
    #[inline]
    pub fn move_(&self, thing_id: impl Into<String>, to: i64) -> MoveCall {
        let mut call = Call::new(&self.client, &MOVE_METHOD);
        call.path_param("thingId", thing_id.into());
        call.query("to", to.to_string());
        MoveCall { call }
    }

    /// `GET sink/v1/things/{thingId}/parts` (method id `kitchensink.things.parts`)
    ///
    /// Arguments, in order:
    /// - `thing_id`: the `thingId` parameter
    #[inline]
    pub fn parts(&self, thing_id: impl Into<String>) -> PartsCall {
        let mut call = Call::new(&self.client, &PARTS_METHOD);
        call.path_param("thingId", thing_id.into());
        PartsCall { call }
    }
}

static AGGREGATED_LIST_METHOD: MethodInfo = MethodInfo {
    id: "kitchensink.things.aggregatedList",
    http_method: http::Method::GET,
    path: "aggregated/things",
    scopes: &[],
    api_version: None,
};

/// A call of `kitchensink.things.aggregatedList`, made by [`ThingsResource::aggregated_list`]:
/// set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct AggregatedListCall {
    call: Call,
}

impl AggregatedListCall {
    /// Optional parameter. Sent as `pageToken`.
    #[inline]
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.call.query("pageToken", value.into());
        self
    }

    /// Every page of the list, as a stream of
    /// [`ThingAggregatedList`](crate::schemas::ThingAggregatedList): the call is sent, then sent
    /// again with `pageToken` set to each `nextPageToken` the server answers, every other parameter
    /// as set here, until an answer has none.
    ///
    /// A page is fetched when the stream is read to it (with `futures::TryStreamExt`: `while let
    /// Some(page) = pages.try_next().await? { .. }`). An error is the stream's last item; a token
    /// the server sends a second time ends the stream with an error, so a faulty server cannot make
    /// it loop forever.
    #[inline]
    pub fn pages(self) -> Pages<crate::schemas::ThingAggregatedList> {
        self.call
            .pages::<
                crate::schemas::ThingAggregatedList,
            >(|page| page.next_page_token.as_deref())
    }

    /// The entries of the map `items` on every page, as one stream of `(key, value)` pairs: the
    /// pages of [`pages`](Self::pages), fetched as the stream is read, taken apart in order. A page
    /// without `items` adds nothing; an error is the stream's last item.
    #[inline]
    pub fn items(
        self,
    ) -> Items<
        crate::schemas::ThingAggregatedList,
        (String, crate::schemas::ThingList),
    > {
        self.call
            .items::<
                crate::schemas::ThingAggregatedList,
                (String, crate::schemas::ThingList),
            >(
                |page| page.next_page_token.as_deref(),
                |page| page.items.unwrap_or_default().into_iter().collect(),
            )
    }

    /// Sends the request and waits for the answer of `kitchensink.things.aggregatedList`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ThingAggregatedList, Error> {
        self.call.send().await
    }
}

impl CallOptions for AggregatedListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for AggregatedListCall {
    type Response = crate::schemas::ThingAggregatedList;
    fn into_call(self) -> Call {
        self.call
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "kitchensink.things.delete",
    http_method: http::Method::DELETE,
    path: "{+name}",
    scopes: &[],
    api_version: None,
};

/// A call of `kitchensink.things.delete`, made by [`ThingsResource::delete`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct DeleteCall {
    call: Call,
}

impl DeleteCall {
    /// Optional parameter. Sent as `force`.
    #[inline]
    pub fn force(mut self, value: bool) -> Self {
        self.call.query("force", value.to_string());
        self
    }

    /// Sends the request and waits for the answer of `kitchensink.things.delete`.
    #[inline]
    pub async fn send(self) -> Result<(), Error> {
        self.call.send_empty().await
    }
}

impl CallOptions for DeleteCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for DeleteCall {
    type Response = ();
    fn into_call(self) -> Call {
        self.call
    }
}

static GET_METHOD: MethodInfo = MethodInfo {
    id: "kitchensink.things.get",
    http_method: http::Method::GET,
    path: "things/{thingId}",
    scopes: &[],
    api_version: Some("v1_20260101"),
};

/// A call of `kitchensink.things.get`, made by [`ThingsResource::get`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: Call,
}

impl GetCall {
    /// Optional parameter. Sent as `view`.
    #[inline]
    pub fn view(mut self, value: View) -> Self {
        self.call.query("view", value.as_str().to_owned());
        self
    }

    /// Downloads the media itself (`alt=media`) instead of its metadata, as a stream of
    /// bytes. Redirects are followed, and a body that breaks off is resumed where it
    /// stopped.
    #[inline]
    pub async fn download(self) -> Result<Download, Error> {
        self.call.download().await
    }

    /// Downloads only part of the media, in bytes (`.range(0..1024)`, `.range(4096..)`).
    pub fn range(mut self, range: impl std::ops::RangeBounds<u64>) -> Self {
        self.call.range(range);
        self
    }

    /// Sends the request and waits for the answer of `kitchensink.things.get`.
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
    id: "kitchensink.things.insert",
    http_method: http::Method::POST,
    path: "things",
    scopes: &[],
    api_version: None,
};

/// A call of `kitchensink.things.insert`, made by [`ThingsResource::insert`]: set optional
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
    /// Sends the request and waits for the answer of `kitchensink.things.insert`.
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
    id: "kitchensink.things.list",
    http_method: http::Method::GET,
    path: "things",
    scopes: &[],
    api_version: None,
};

/// A call of `kitchensink.things.list`, made by [`ThingsResource::list`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListCall {
    call: Call,
}

impl ListCall {
    /// Optional parameter. Sent as `pageSize`.
    #[inline]
    pub fn page_size(mut self, value: i32) -> Self {
        self.call.query("pageSize", value.to_string());
        self
    }

    /// Optional parameter. Sent as `pageToken`.
    #[inline]
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.call.query("pageToken", value.into());
        self
    }

    /// Optional parameter. Sent as `tag`, once per value.
    #[inline]
    pub fn tag(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.call.query_repeated("tag", value.into_iter().map(|v| v.into()));
        self
    }

    /// Optional parameter. Sent as `view`.
    #[inline]
    pub fn view(mut self, value: View) -> Self {
        self.call.query("view", value.as_str().to_owned());
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

    /// Sends the request and waits for the answer of `kitchensink.things.list`.
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

static MOVE_METHOD: MethodInfo = MethodInfo {
    id: "kitchensink.things.move",
    http_method: http::Method::POST,
    path: "things/{thingId}:move",
    scopes: &[],
    api_version: None,
};

/// A call of `kitchensink.things.move`, made by [`ThingsResource::move_`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct MoveCall {
    call: Call,
}

impl MoveCall {
    /// Optional parameter. Sent as `mode`.
    #[inline]
    pub fn mode(mut self, value: Mode) -> Self {
        self.call.query("mode", value.as_str().to_owned());
        self
    }

    /// Sends the request and waits for the answer of `kitchensink.things.move`.
    #[inline]
    pub async fn send(self) -> Result<(), Error> {
        self.call.send_empty().await
    }
}

impl CallOptions for MoveCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for MoveCall {
    type Response = ();
    fn into_call(self) -> Call {
        self.call
    }
}

static PARTS_METHOD: MethodInfo = MethodInfo {
    id: "kitchensink.things.parts",
    http_method: http::Method::GET,
    path: "things/{thingId}/parts",
    scopes: &[],
    api_version: None,
};

/// A call of `kitchensink.things.parts`, made by [`ThingsResource::parts`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct PartsCall {
    call: Call,
}

impl PartsCall {
    /// Sends the request and waits for the answer of `kitchensink.things.parts`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Names, Error> {
        self.call.send().await
    }
}

impl CallOptions for PartsCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for PartsCall {
    type Response = crate::schemas::Names;
    fn into_call(self) -> Call {
        self.call
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum Mode {
    /// Copy.
    ///
    /// `COPY` on the wire.
    #[default]
    Copy,
    /// Move.
    ///
    /// `MOVE` on the wire.
    Move,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for Mode {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::Copy => "COPY",
            Self::Move => "MOVE",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "COPY" => Self::Copy,
            "MOVE" => Self::Move,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(Mode);
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum View {
    /// Basic.
    ///
    /// `BASIC` on the wire.
    #[default]
    Basic,
    /// Full.
    ///
    /// `FULL` on the wire.
    Full,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for View {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::Basic => "BASIC",
            Self::Full => "FULL",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "BASIC" => Self::Basic,
            "FULL" => Self::Full,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(View);
