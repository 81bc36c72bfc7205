use crate::runtime::{impl_open_enum, wire};

/// A Products resource represents an app in the Google Play store that is available to at least
/// some users in the enterprise. (Some apps are restricted to a single enterprise, and no
/// information about them is made available outside that enterprise.) The information provided
/// for each product (localized name, icon, link to the full Google Play details page) is
/// intended to allow a basic representation of the product within an EMM user interface.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Product {
    /// The app restriction schema
    pub app_restrictions_schema: Option<crate::schemas::AppRestrictionsSchema>,
    /// The tracks visible to the enterprise.
    pub app_tracks: Option<Vec<crate::schemas::TrackInfo>>,
    /// App versions currently available for this product.
    pub app_version: Option<Vec<crate::schemas::AppVersion>>,
    /// The name of the author of the product (for example, the app developer).
    pub author_name: Option<String>,
    /// The countries which this app is available in.
    pub available_countries: Option<Vec<String>>,
    /// Deprecated, use appTracks instead.
    pub available_tracks: Option<Vec<crate::schemas::ProductAvailableTracks>>,
    /// The app category (e.g. RACING, SOCIAL, etc.)
    pub category: Option<String>,
    /// The content rating for this app.
    pub content_rating: Option<crate::schemas::ProductContentRating>,
    /// The localized promotional description, if available.
    pub description: Option<String>,
    /// A link to the (consumer) Google Play details page for the product.
    pub details_url: Option<String>,
    /// How and to whom the package is made available. The value publicGoogleHosted means that the
    /// package is available through the Play store and not restricted to a specific enterprise. The
    /// value privateGoogleHosted means that the package is a private app (restricted to an
    /// enterprise) but hosted by Google. The value privateSelfHosted means that the package is a
    /// private app (restricted to an enterprise) and is privately hosted.
    pub distribution_channel: Option<crate::schemas::ProductDistributionChannel>,
    /// Noteworthy features (if any) of this product.
    pub features: Option<Vec<crate::schemas::ProductFeatures>>,
    /// The localized full app store description, if available.
    pub full_description: Option<String>,
    /// A link to an image that can be used as an icon for the product. This image is suitable for
    /// use at up to 512px x 512px.
    pub icon_url: Option<String>,
    /// The approximate time (within 7 days) the app was last published, expressed in milliseconds
    /// since epoch.
    pub last_updated_timestamp_millis: Option<i64>,
    /// The minimum Android SDK necessary to run the app.
    pub min_android_sdk_version: Option<i32>,
    /// A list of permissions required by the app.
    pub permissions: Option<Vec<crate::schemas::ProductPermission>>,
    /// A string of the form *app:&lt;package name&gt;*. For example, app:com.google.android.gm
    /// represents the Gmail app.
    pub product_id: Option<String>,
    /// Whether this product is free, free with in-app purchases, or paid. If the pricing is
    /// unknown, this means the product is not generally available anymore (even though it might
    /// still be available to people who own it).
    pub product_pricing: Option<crate::schemas::ProductProductPricing>,
    /// A description of the recent changes made to the app.
    pub recent_changes: Option<String>,
    /// Deprecated.
    pub requires_container_app: Option<bool>,
    /// A list of screenshot links representing the app.
    pub screenshot_urls: Option<Vec<String>>,
    /// The certificate used to sign this product.
    pub signing_certificate: Option<crate::schemas::ProductSigningCertificate>,
    /// A link to a smaller image that can be used as an icon for the product. This image is
    /// suitable for use at up to 128px x 128px.
    pub small_icon_url: Option<String>,
    /// The name of the product.
    pub title: Option<String>,
    /// A link to the managed Google Play details page for the product, for use by an Enterprise
    /// admin.
    pub work_details_url: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Product {
    /// Sets `appRestrictionsSchema` (chainable).
    pub fn set_app_restrictions_schema(
        mut self,
        value: impl Into<crate::schemas::AppRestrictionsSchema>,
    ) -> Self {
        self.app_restrictions_schema = Some(value.into());
        self.unknown_fields.remove("appRestrictionsSchema");
        self
    }

    /// Sends `appRestrictionsSchema` as JSON `null`, which clears it on the server (chainable);
    /// `set_app_restrictions_schema` takes it back.
    #[inline]
    pub fn clear_app_restrictions_schema(mut self) -> Self {
        self.app_restrictions_schema = None;
        self.unknown_fields
            .insert("appRestrictionsSchema".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `appTracks` (chainable).
    pub fn set_app_tracks(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::TrackInfo>>,
    ) -> Self {
        self.app_tracks = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("appTracks");
        self
    }

    /// Sends `appTracks` as JSON `null`, which clears it on the server (chainable);
    /// `set_app_tracks` takes it back.
    #[inline]
    pub fn clear_app_tracks(mut self) -> Self {
        self.app_tracks = None;
        self.unknown_fields.insert("appTracks".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `appVersion` (chainable).
    pub fn set_app_version(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::AppVersion>>,
    ) -> Self {
        self.app_version = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("appVersion");
        self
    }

    /// Sends `appVersion` as JSON `null`, which clears it on the server (chainable);
    /// `set_app_version` takes it back.
    #[inline]
    pub fn clear_app_version(mut self) -> Self {
        self.app_version = None;
        self.unknown_fields.insert("appVersion".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `authorName` (chainable).
    pub fn set_author_name(mut self, value: impl Into<String>) -> Self {
        self.author_name = Some(value.into());
        self.unknown_fields.remove("authorName");
        self
    }

    /// Sends `authorName` as JSON `null`, which clears it on the server (chainable);
    /// `set_author_name` takes it back.
    #[inline]
    pub fn clear_author_name(mut self) -> Self {
        self.author_name = None;
        self.unknown_fields.insert("authorName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `availableCountries` (chainable).
    pub fn set_available_countries(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.available_countries = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("availableCountries");
        self
    }

    /// Sends `availableCountries` as JSON `null`, which clears it on the server (chainable);
    /// `set_available_countries` takes it back.
    #[inline]
    pub fn clear_available_countries(mut self) -> Self {
        self.available_countries = None;
        self.unknown_fields
            .insert("availableCountries".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `availableTracks` (chainable).
    pub fn set_available_tracks(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::ProductAvailableTracks>,
        >,
    ) -> Self {
        self.available_tracks = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("availableTracks");
        self
    }

    /// Sends `availableTracks` as JSON `null`, which clears it on the server (chainable);
    /// `set_available_tracks` takes it back.
    #[inline]
    pub fn clear_available_tracks(mut self) -> Self {
        self.available_tracks = None;
        self.unknown_fields
            .insert("availableTracks".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `category` (chainable).
    pub fn set_category(mut self, value: impl Into<String>) -> Self {
        self.category = Some(value.into());
        self.unknown_fields.remove("category");
        self
    }

    /// Sends `category` as JSON `null`, which clears it on the server (chainable); `set_category`
    /// takes it back.
    #[inline]
    pub fn clear_category(mut self) -> Self {
        self.category = None;
        self.unknown_fields.insert("category".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `contentRating` (chainable).
    pub fn set_content_rating(
        mut self,
        value: impl Into<crate::schemas::ProductContentRating>,
    ) -> Self {
        self.content_rating = Some(value.into());
        self.unknown_fields.remove("contentRating");
        self
    }

    /// Sends `contentRating` as JSON `null`, which clears it on the server (chainable);
    /// `set_content_rating` takes it back.
    #[inline]
    pub fn clear_content_rating(mut self) -> Self {
        self.content_rating = None;
        self.unknown_fields.insert("contentRating".to_owned(), serde_json::Value::Null);
        self
    }

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

    /// Sets `detailsUrl` (chainable).
    pub fn set_details_url(mut self, value: impl Into<String>) -> Self {
        self.details_url = Some(value.into());
        self.unknown_fields.remove("detailsUrl");
        self
    }

    /// Sends `detailsUrl` as JSON `null`, which clears it on the server (chainable);
    /// `set_details_url` takes it back.
    #[inline]
    pub fn clear_details_url(mut self) -> Self {
        self.details_url = None;
        self.unknown_fields.insert("detailsUrl".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `distributionChannel` (chainable).
    pub fn set_distribution_channel(
        mut self,
        value: impl Into<crate::schemas::ProductDistributionChannel>,
    ) -> Self {
        self.distribution_channel = Some(value.into());
        self.unknown_fields.remove("distributionChannel");
        self
    }

    /// Sends `distributionChannel` as JSON `null`, which clears it on the server (chainable);
    /// `set_distribution_channel` takes it back.
    #[inline]
    pub fn clear_distribution_channel(mut self) -> Self {
        self.distribution_channel = None;
        self.unknown_fields
            .insert("distributionChannel".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `features` (chainable).
    pub fn set_features(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::ProductFeatures>>,
    ) -> Self {
        self.features = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("features");
        self
    }

    /// Sends `features` as JSON `null`, which clears it on the server (chainable); `set_features`
    /// takes it back.
    #[inline]
    pub fn clear_features(mut self) -> Self {
        self.features = None;
        self.unknown_fields.insert("features".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `fullDescription` (chainable).
    pub fn set_full_description(mut self, value: impl Into<String>) -> Self {
        self.full_description = Some(value.into());
        self.unknown_fields.remove("fullDescription");
        self
    }

    /// Sends `fullDescription` as JSON `null`, which clears it on the server (chainable);
    /// `set_full_description` takes it back.
    #[inline]
    pub fn clear_full_description(mut self) -> Self {
        self.full_description = None;
        self.unknown_fields
            .insert("fullDescription".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `iconUrl` (chainable).
    pub fn set_icon_url(mut self, value: impl Into<String>) -> Self {
        self.icon_url = Some(value.into());
        self.unknown_fields.remove("iconUrl");
        self
    }

    /// Sends `iconUrl` as JSON `null`, which clears it on the server (chainable); `set_icon_url`
    /// takes it back.
    #[inline]
    pub fn clear_icon_url(mut self) -> Self {
        self.icon_url = None;
        self.unknown_fields.insert("iconUrl".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `lastUpdatedTimestampMillis` (chainable).
    pub fn set_last_updated_timestamp_millis(mut self, value: impl Into<i64>) -> Self {
        self.last_updated_timestamp_millis = Some(value.into());
        self.unknown_fields.remove("lastUpdatedTimestampMillis");
        self
    }

    /// Sends `lastUpdatedTimestampMillis` as JSON `null`, which clears it on the server
    /// (chainable); `set_last_updated_timestamp_millis` takes it back.
    #[inline]
    pub fn clear_last_updated_timestamp_millis(mut self) -> Self {
        self.last_updated_timestamp_millis = None;
        self.unknown_fields
            .insert("lastUpdatedTimestampMillis".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `minAndroidSdkVersion` (chainable).
    pub fn set_min_android_sdk_version(mut self, value: impl Into<i32>) -> Self {
        self.min_android_sdk_version = Some(value.into());
        self.unknown_fields.remove("minAndroidSdkVersion");
        self
    }

    /// Sends `minAndroidSdkVersion` as JSON `null`, which clears it on the server (chainable);
    /// `set_min_android_sdk_version` takes it back.
    #[inline]
    pub fn clear_min_android_sdk_version(mut self) -> Self {
        self.min_android_sdk_version = None;
        self.unknown_fields
            .insert("minAndroidSdkVersion".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `permissions` (chainable).
    pub fn set_permissions(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::ProductPermission>>,
    ) -> Self {
        self.permissions = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("permissions");
        self
    }

    /// Sends `permissions` as JSON `null`, which clears it on the server (chainable);
    /// `set_permissions` takes it back.
    #[inline]
    pub fn clear_permissions(mut self) -> Self {
        self.permissions = None;
        self.unknown_fields.insert("permissions".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `productId` (chainable).
    pub fn set_product_id(mut self, value: impl Into<String>) -> Self {
        self.product_id = Some(value.into());
        self.unknown_fields.remove("productId");
        self
    }

    /// Sends `productId` as JSON `null`, which clears it on the server (chainable);
    /// `set_product_id` takes it back.
    #[inline]
    pub fn clear_product_id(mut self) -> Self {
        self.product_id = None;
        self.unknown_fields.insert("productId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `productPricing` (chainable).
    pub fn set_product_pricing(
        mut self,
        value: impl Into<crate::schemas::ProductProductPricing>,
    ) -> Self {
        self.product_pricing = Some(value.into());
        self.unknown_fields.remove("productPricing");
        self
    }

    /// Sends `productPricing` as JSON `null`, which clears it on the server (chainable);
    /// `set_product_pricing` takes it back.
    #[inline]
    pub fn clear_product_pricing(mut self) -> Self {
        self.product_pricing = None;
        self.unknown_fields.insert("productPricing".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `recentChanges` (chainable).
    pub fn set_recent_changes(mut self, value: impl Into<String>) -> Self {
        self.recent_changes = Some(value.into());
        self.unknown_fields.remove("recentChanges");
        self
    }

    /// Sends `recentChanges` as JSON `null`, which clears it on the server (chainable);
    /// `set_recent_changes` takes it back.
    #[inline]
    pub fn clear_recent_changes(mut self) -> Self {
        self.recent_changes = None;
        self.unknown_fields.insert("recentChanges".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `requiresContainerApp` (chainable).
    pub fn set_requires_container_app(mut self, value: impl Into<bool>) -> Self {
        self.requires_container_app = Some(value.into());
        self.unknown_fields.remove("requiresContainerApp");
        self
    }

    /// Sends `requiresContainerApp` as JSON `null`, which clears it on the server (chainable);
    /// `set_requires_container_app` takes it back.
    #[inline]
    pub fn clear_requires_container_app(mut self) -> Self {
        self.requires_container_app = None;
        self.unknown_fields
            .insert("requiresContainerApp".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `screenshotUrls` (chainable).
    pub fn set_screenshot_urls(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.screenshot_urls = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("screenshotUrls");
        self
    }

    /// Sends `screenshotUrls` as JSON `null`, which clears it on the server (chainable);
    /// `set_screenshot_urls` takes it back.
    #[inline]
    pub fn clear_screenshot_urls(mut self) -> Self {
        self.screenshot_urls = None;
        self.unknown_fields.insert("screenshotUrls".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `signingCertificate` (chainable).
    pub fn set_signing_certificate(
        mut self,
        value: impl Into<crate::schemas::ProductSigningCertificate>,
    ) -> Self {
        self.signing_certificate = Some(value.into());
        self.unknown_fields.remove("signingCertificate");
        self
    }

    /// Sends `signingCertificate` as JSON `null`, which clears it on the server (chainable);
    /// `set_signing_certificate` takes it back.
    #[inline]
    pub fn clear_signing_certificate(mut self) -> Self {
        self.signing_certificate = None;
        self.unknown_fields
            .insert("signingCertificate".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `smallIconUrl` (chainable).
    pub fn set_small_icon_url(mut self, value: impl Into<String>) -> Self {
        self.small_icon_url = Some(value.into());
        self.unknown_fields.remove("smallIconUrl");
        self
    }

    /// Sends `smallIconUrl` as JSON `null`, which clears it on the server (chainable);
    /// `set_small_icon_url` takes it back.
    #[inline]
    pub fn clear_small_icon_url(mut self) -> Self {
        self.small_icon_url = None;
        self.unknown_fields.insert("smallIconUrl".to_owned(), serde_json::Value::Null);
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

    /// Sets `workDetailsUrl` (chainable).
    pub fn set_work_details_url(mut self, value: impl Into<String>) -> Self {
        self.work_details_url = Some(value.into());
        self.unknown_fields.remove("workDetailsUrl");
        self
    }

    /// Sends `workDetailsUrl` as JSON `null`, which clears it on the server (chainable);
    /// `set_work_details_url` takes it back.
    #[inline]
    pub fn clear_work_details_url(mut self) -> Self {
        self.work_details_url = None;
        self.unknown_fields.insert("workDetailsUrl".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Product {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.app_restrictions_schema {
            map.serialize_entry("appRestrictionsSchema", value)?;
        }
        if let Some(value) = &self.app_tracks {
            map.serialize_entry("appTracks", value)?;
        }
        if let Some(value) = &self.app_version {
            map.serialize_entry("appVersion", value)?;
        }
        if let Some(value) = &self.author_name {
            map.serialize_entry("authorName", value)?;
        }
        if let Some(value) = &self.available_countries {
            map.serialize_entry("availableCountries", value)?;
        }
        if let Some(value) = &self.available_tracks {
            map.serialize_entry("availableTracks", value)?;
        }
        if let Some(value) = &self.category {
            map.serialize_entry("category", value)?;
        }
        if let Some(value) = &self.content_rating {
            map.serialize_entry("contentRating", value)?;
        }
        if let Some(value) = &self.description {
            map.serialize_entry("description", value)?;
        }
        if let Some(value) = &self.details_url {
            map.serialize_entry("detailsUrl", value)?;
        }
        if let Some(value) = &self.distribution_channel {
            map.serialize_entry("distributionChannel", value)?;
        }
        if let Some(value) = &self.features {
            map.serialize_entry("features", value)?;
        }
        if let Some(value) = &self.full_description {
            map.serialize_entry("fullDescription", value)?;
        }
        if let Some(value) = &self.icon_url {
            map.serialize_entry("iconUrl", value)?;
        }
        if self.last_updated_timestamp_millis.is_some() {
            map.serialize_entry(
                "lastUpdatedTimestampMillis",
                &wire::Out::<
                    Option<i64>,
                    Option<wire::I64>,
                >::new(&self.last_updated_timestamp_millis),
            )?;
        }
        if let Some(value) = &self.min_android_sdk_version {
            map.serialize_entry("minAndroidSdkVersion", value)?;
        }
        if let Some(value) = &self.permissions {
            map.serialize_entry("permissions", value)?;
        }
        if let Some(value) = &self.product_id {
            map.serialize_entry("productId", value)?;
        }
        if let Some(value) = &self.product_pricing {
            map.serialize_entry("productPricing", value)?;
        }
        if let Some(value) = &self.recent_changes {
            map.serialize_entry("recentChanges", value)?;
        }
        if let Some(value) = &self.requires_container_app {
            map.serialize_entry("requiresContainerApp", value)?;
        }
        if let Some(value) = &self.screenshot_urls {
            map.serialize_entry("screenshotUrls", value)?;
        }
        if let Some(value) = &self.signing_certificate {
            map.serialize_entry("signingCertificate", value)?;
        }
        if let Some(value) = &self.small_icon_url {
            map.serialize_entry("smallIconUrl", value)?;
        }
        if let Some(value) = &self.title {
            map.serialize_entry("title", value)?;
        }
        if let Some(value) = &self.work_details_url {
            map.serialize_entry("workDetailsUrl", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Product {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Product {
    const NAME: &'static str = "Product";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "appRestrictionsSchema" => self.app_restrictions_schema = map.next_value()?,
            "appTracks" => self.app_tracks = map.next_value()?,
            "appVersion" => self.app_version = map.next_value()?,
            "authorName" => self.author_name = map.next_value()?,
            "availableCountries" => self.available_countries = map.next_value()?,
            "availableTracks" => self.available_tracks = map.next_value()?,
            "category" => self.category = map.next_value()?,
            "contentRating" => self.content_rating = map.next_value()?,
            "description" => self.description = map.next_value()?,
            "detailsUrl" => self.details_url = map.next_value()?,
            "distributionChannel" => self.distribution_channel = map.next_value()?,
            "features" => self.features = map.next_value()?,
            "fullDescription" => self.full_description = map.next_value()?,
            "iconUrl" => self.icon_url = map.next_value()?,
            "lastUpdatedTimestampMillis" => {
                self.last_updated_timestamp_millis = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            "minAndroidSdkVersion" => self.min_android_sdk_version = map.next_value()?,
            "permissions" => self.permissions = map.next_value()?,
            "productId" => self.product_id = map.next_value()?,
            "productPricing" => self.product_pricing = map.next_value()?,
            "recentChanges" => self.recent_changes = map.next_value()?,
            "requiresContainerApp" => self.requires_container_app = map.next_value()?,
            "screenshotUrls" => self.screenshot_urls = map.next_value()?,
            "signingCertificate" => self.signing_certificate = map.next_value()?,
            "smallIconUrl" => self.small_icon_url = map.next_value()?,
            "title" => self.title = map.next_value()?,
            "workDetailsUrl" => self.work_details_url = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ProductAvailableTracks {
    /// `appTrackUnspecified` on the wire.
    #[default]
    AppTrackUnspecified,
    /// `production` on the wire.
    Production,
    /// `beta` on the wire.
    Beta,
    /// `alpha` on the wire.
    Alpha,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ProductAvailableTracks {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::AppTrackUnspecified => "appTrackUnspecified",
            Self::Production => "production",
            Self::Beta => "beta",
            Self::Alpha => "alpha",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "appTrackUnspecified" => Self::AppTrackUnspecified,
            "production" => Self::Production,
            "beta" => Self::Beta,
            "alpha" => Self::Alpha,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ProductAvailableTracks);

/// The content rating for this app.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ProductContentRating {
    /// `ratingUnknown` on the wire.
    #[default]
    RatingUnknown,
    /// `all` on the wire.
    All,
    /// `preTeen` on the wire.
    PreTeen,
    /// `teen` on the wire.
    Teen,
    /// `mature` on the wire.
    Mature,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ProductContentRating {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::RatingUnknown => "ratingUnknown",
            Self::All => "all",
            Self::PreTeen => "preTeen",
            Self::Teen => "teen",
            Self::Mature => "mature",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "ratingUnknown" => Self::RatingUnknown,
            "all" => Self::All,
            "preTeen" => Self::PreTeen,
            "teen" => Self::Teen,
            "mature" => Self::Mature,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ProductContentRating);

/// How and to whom the package is made available. The value publicGoogleHosted means that the
/// package is available through the Play store and not restricted to a specific enterprise. The
/// value privateGoogleHosted means that the package is a private app (restricted to an
/// enterprise) but hosted by Google. The value privateSelfHosted means that the package is a
/// private app (restricted to an enterprise) and is privately hosted.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ProductDistributionChannel {
    /// `publicGoogleHosted` on the wire.
    #[default]
    PublicGoogleHosted,
    /// `privateGoogleHosted` on the wire.
    PrivateGoogleHosted,
    /// `privateSelfHosted` on the wire.
    PrivateSelfHosted,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ProductDistributionChannel {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::PublicGoogleHosted => "publicGoogleHosted",
            Self::PrivateGoogleHosted => "privateGoogleHosted",
            Self::PrivateSelfHosted => "privateSelfHosted",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "publicGoogleHosted" => Self::PublicGoogleHosted,
            "privateGoogleHosted" => Self::PrivateGoogleHosted,
            "privateSelfHosted" => Self::PrivateSelfHosted,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ProductDistributionChannel);
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ProductFeatures {
    /// `featureUnknown` on the wire.
    #[default]
    FeatureUnknown,
    /// The app is a VPN.
    ///
    /// `vpnApp` on the wire.
    VpnApp,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ProductFeatures {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::FeatureUnknown => "featureUnknown",
            Self::VpnApp => "vpnApp",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "featureUnknown" => Self::FeatureUnknown,
            "vpnApp" => Self::VpnApp,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ProductFeatures);

/// Whether this product is free, free with in-app purchases, or paid. If the pricing is
/// unknown, this means the product is not generally available anymore (even though it might
/// still be available to people who own it).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ProductProductPricing {
    /// Unknown pricing, used to denote an approved product that is not generally available.
    ///
    /// `unknown` on the wire.
    #[default]
    Unknown,
    /// The product is free.
    ///
    /// `free` on the wire.
    Free,
    /// The product is free, but offers in-app purchases.
    ///
    /// `freeWithInAppPurchase` on the wire.
    FreeWithInAppPurchase,
    /// The product is paid.
    ///
    /// `paid` on the wire.
    Paid,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ProductProductPricing {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::Unknown => "unknown",
            Self::Free => "free",
            Self::FreeWithInAppPurchase => "freeWithInAppPurchase",
            Self::Paid => "paid",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "unknown" => Self::Unknown,
            "free" => Self::Free,
            "freeWithInAppPurchase" => Self::FreeWithInAppPurchase,
            "paid" => Self::Paid,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ProductProductPricing);
