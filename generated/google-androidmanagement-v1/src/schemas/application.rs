use crate::runtime::{impl_open_enum, wire, Timestamp};

/// Information about an app.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Application {
    /// Whether this app is free, free with in-app purchases, or paid. If the pricing is
    /// unspecified, this means the app is not generally available anymore (even though it might
    /// still be available to people who own it).
    pub app_pricing: Option<crate::schemas::ApplicationAppPricing>,
    /// Application tracks visible to the enterprise.
    pub app_tracks: Option<Vec<crate::schemas::AppTrackInfo>>,
    /// Versions currently available for this app.
    pub app_versions: Option<Vec<crate::schemas::AppVersion>>,
    /// The name of the author of the apps (for example, the app developer).
    pub author: Option<String>,
    /// The countries which this app is available in as per ISO 3166-1 alpha-2.
    pub available_countries: Option<Vec<String>>,
    /// The app category (e.g. RACING, SOCIAL, etc.)
    pub category: Option<String>,
    /// The content rating for this app.
    pub content_rating: Option<crate::schemas::ApplicationContentRating>,
    /// The localized promotional description, if available.
    pub description: Option<String>,
    /// How and to whom the package is made available.
    pub distribution_channel: Option<crate::schemas::ApplicationDistributionChannel>,
    /// Noteworthy features (if any) of this app.
    pub features: Option<Vec<crate::schemas::ApplicationFeatures>>,
    /// Full app description, if available.
    pub full_description: Option<String>,
    /// A link to an image that can be used as an icon for the app. This image is suitable for use
    /// up to a pixel size of 512 x 512.
    pub icon_url: Option<String>,
    /// The set of managed properties available to be pre-configured for the app.
    pub managed_properties: Option<Vec<crate::schemas::ManagedProperty>>,
    /// The minimum Android SDK necessary to run the app.
    pub min_android_sdk_version: Option<i32>,
    /// The name of the app in the form enterprises/{enterprise}/applications/{package_name}.
    pub name: Option<String>,
    /// The permissions required by the app.
    pub permissions: Option<Vec<crate::schemas::ApplicationPermission>>,
    /// A link to the (consumer) Google Play details page for the app.
    pub play_store_url: Option<String>,
    /// A localised description of the recent changes made to the app.
    pub recent_changes: Option<String>,
    /// A list of screenshot links representing the app.
    pub screenshot_urls: Option<Vec<String>>,
    /// A link to a smaller image that can be used as an icon for the app. This image is suitable
    /// for use up to a pixel size of 128 x 128.
    pub small_icon_url: Option<String>,
    /// The title of the app. Localized.
    pub title: Option<String>,
    /// Output only. The approximate time (within 7 days) the app was last published.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub update_time: Option<Timestamp>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Application {
    /// Sets `appPricing` (chainable).
    pub fn set_app_pricing(
        mut self,
        value: impl Into<crate::schemas::ApplicationAppPricing>,
    ) -> Self {
        self.app_pricing = Some(value.into());
        self.unknown_fields.remove("appPricing");
        self
    }

    /// Sends `appPricing` as JSON `null`, which clears it on the server (chainable);
    /// `set_app_pricing` takes it back.
    #[inline]
    pub fn clear_app_pricing(mut self) -> Self {
        self.app_pricing = None;
        self.unknown_fields.insert("appPricing".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `appTracks` (chainable).
    pub fn set_app_tracks(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::AppTrackInfo>>,
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

    /// Sets `appVersions` (chainable).
    pub fn set_app_versions(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::AppVersion>>,
    ) -> Self {
        self.app_versions = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("appVersions");
        self
    }

    /// Sends `appVersions` as JSON `null`, which clears it on the server (chainable);
    /// `set_app_versions` takes it back.
    #[inline]
    pub fn clear_app_versions(mut self) -> Self {
        self.app_versions = None;
        self.unknown_fields.insert("appVersions".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `author` (chainable).
    pub fn set_author(mut self, value: impl Into<String>) -> Self {
        self.author = Some(value.into());
        self.unknown_fields.remove("author");
        self
    }

    /// Sends `author` as JSON `null`, which clears it on the server (chainable); `set_author` takes
    /// it back.
    #[inline]
    pub fn clear_author(mut self) -> Self {
        self.author = None;
        self.unknown_fields.insert("author".to_owned(), serde_json::Value::Null);
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
        value: impl Into<crate::schemas::ApplicationContentRating>,
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

    /// Sets `distributionChannel` (chainable).
    pub fn set_distribution_channel(
        mut self,
        value: impl Into<crate::schemas::ApplicationDistributionChannel>,
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
        value: impl IntoIterator<Item = impl Into<crate::schemas::ApplicationFeatures>>,
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

    /// Sets `managedProperties` (chainable).
    pub fn set_managed_properties(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::ManagedProperty>>,
    ) -> Self {
        self.managed_properties = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("managedProperties");
        self
    }

    /// Sends `managedProperties` as JSON `null`, which clears it on the server (chainable);
    /// `set_managed_properties` takes it back.
    #[inline]
    pub fn clear_managed_properties(mut self) -> Self {
        self.managed_properties = None;
        self.unknown_fields
            .insert("managedProperties".to_owned(), serde_json::Value::Null);
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

    /// Sets `name` (chainable).
    pub fn set_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self.unknown_fields.remove("name");
        self
    }

    /// Sends `name` as JSON `null`, which clears it on the server (chainable); `set_name` takes it
    /// back.
    #[inline]
    pub fn clear_name(mut self) -> Self {
        self.name = None;
        self.unknown_fields.insert("name".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `permissions` (chainable).
    pub fn set_permissions(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::ApplicationPermission>>,
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

    /// Sets `playStoreUrl` (chainable).
    pub fn set_play_store_url(mut self, value: impl Into<String>) -> Self {
        self.play_store_url = Some(value.into());
        self.unknown_fields.remove("playStoreUrl");
        self
    }

    /// Sends `playStoreUrl` as JSON `null`, which clears it on the server (chainable);
    /// `set_play_store_url` takes it back.
    #[inline]
    pub fn clear_play_store_url(mut self) -> Self {
        self.play_store_url = None;
        self.unknown_fields.insert("playStoreUrl".to_owned(), serde_json::Value::Null);
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

    /// Sets `updateTime` (chainable).
    pub fn set_update_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.update_time = Some(value.into());
        self.unknown_fields.remove("updateTime");
        self
    }

    /// Sends `updateTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_update_time` takes it back.
    #[inline]
    pub fn clear_update_time(mut self) -> Self {
        self.update_time = None;
        self.unknown_fields.insert("updateTime".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Application {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.app_pricing {
            map.serialize_entry("appPricing", value)?;
        }
        if let Some(value) = &self.app_tracks {
            map.serialize_entry("appTracks", value)?;
        }
        if let Some(value) = &self.app_versions {
            map.serialize_entry("appVersions", value)?;
        }
        if let Some(value) = &self.author {
            map.serialize_entry("author", value)?;
        }
        if let Some(value) = &self.available_countries {
            map.serialize_entry("availableCountries", value)?;
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
        if let Some(value) = &self.managed_properties {
            map.serialize_entry("managedProperties", value)?;
        }
        if let Some(value) = &self.min_android_sdk_version {
            map.serialize_entry("minAndroidSdkVersion", value)?;
        }
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.permissions {
            map.serialize_entry("permissions", value)?;
        }
        if let Some(value) = &self.play_store_url {
            map.serialize_entry("playStoreUrl", value)?;
        }
        if let Some(value) = &self.recent_changes {
            map.serialize_entry("recentChanges", value)?;
        }
        if let Some(value) = &self.screenshot_urls {
            map.serialize_entry("screenshotUrls", value)?;
        }
        if let Some(value) = &self.small_icon_url {
            map.serialize_entry("smallIconUrl", value)?;
        }
        if let Some(value) = &self.title {
            map.serialize_entry("title", value)?;
        }
        if let Some(value) = &self.update_time {
            map.serialize_entry("updateTime", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Application {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Application {
    const NAME: &'static str = "Application";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "appPricing" => self.app_pricing = map.next_value()?,
            "appTracks" => self.app_tracks = map.next_value()?,
            "appVersions" => self.app_versions = map.next_value()?,
            "author" => self.author = map.next_value()?,
            "availableCountries" => self.available_countries = map.next_value()?,
            "category" => self.category = map.next_value()?,
            "contentRating" => self.content_rating = map.next_value()?,
            "description" => self.description = map.next_value()?,
            "distributionChannel" => self.distribution_channel = map.next_value()?,
            "features" => self.features = map.next_value()?,
            "fullDescription" => self.full_description = map.next_value()?,
            "iconUrl" => self.icon_url = map.next_value()?,
            "managedProperties" => self.managed_properties = map.next_value()?,
            "minAndroidSdkVersion" => self.min_android_sdk_version = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "permissions" => self.permissions = map.next_value()?,
            "playStoreUrl" => self.play_store_url = map.next_value()?,
            "recentChanges" => self.recent_changes = map.next_value()?,
            "screenshotUrls" => self.screenshot_urls = map.next_value()?,
            "smallIconUrl" => self.small_icon_url = map.next_value()?,
            "title" => self.title = map.next_value()?,
            "updateTime" => self.update_time = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Whether this app is free, free with in-app purchases, or paid. If the pricing is
/// unspecified, this means the app is not generally available anymore (even though it might
/// still be available to people who own it).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ApplicationAppPricing {
    /// Unknown pricing, used to denote an approved app that is not generally available.
    ///
    /// `APP_PRICING_UNSPECIFIED` on the wire.
    #[default]
    AppPricingUnspecified,
    /// The app is free.
    ///
    /// `FREE` on the wire.
    Free,
    /// The app is free, but offers in-app purchases.
    ///
    /// `FREE_WITH_IN_APP_PURCHASE` on the wire.
    FreeWithInAppPurchase,
    /// The app is paid.
    ///
    /// `PAID` on the wire.
    Paid,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ApplicationAppPricing {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::AppPricingUnspecified => "APP_PRICING_UNSPECIFIED",
            Self::Free => "FREE",
            Self::FreeWithInAppPurchase => "FREE_WITH_IN_APP_PURCHASE",
            Self::Paid => "PAID",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "APP_PRICING_UNSPECIFIED" => Self::AppPricingUnspecified,
            "FREE" => Self::Free,
            "FREE_WITH_IN_APP_PURCHASE" => Self::FreeWithInAppPurchase,
            "PAID" => Self::Paid,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ApplicationAppPricing);

/// The content rating for this app.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ApplicationContentRating {
    /// Unspecified.
    ///
    /// `CONTENT_RATING_UNSPECIFIED` on the wire.
    #[default]
    ContentRatingUnspecified,
    /// Content suitable for ages 3 and above only.
    ///
    /// `THREE_YEARS` on the wire.
    ThreeYears,
    /// Content suitable for ages 7 and above only.
    ///
    /// `SEVEN_YEARS` on the wire.
    SevenYears,
    /// Content suitable for ages 12 and above only.
    ///
    /// `TWELVE_YEARS` on the wire.
    TwelveYears,
    /// Content suitable for ages 16 and above only.
    ///
    /// `SIXTEEN_YEARS` on the wire.
    SixteenYears,
    /// Content suitable for ages 18 and above only.
    ///
    /// `EIGHTEEN_YEARS` on the wire.
    EighteenYears,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ApplicationContentRating {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::ContentRatingUnspecified => "CONTENT_RATING_UNSPECIFIED",
            Self::ThreeYears => "THREE_YEARS",
            Self::SevenYears => "SEVEN_YEARS",
            Self::TwelveYears => "TWELVE_YEARS",
            Self::SixteenYears => "SIXTEEN_YEARS",
            Self::EighteenYears => "EIGHTEEN_YEARS",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "CONTENT_RATING_UNSPECIFIED" => Self::ContentRatingUnspecified,
            "THREE_YEARS" => Self::ThreeYears,
            "SEVEN_YEARS" => Self::SevenYears,
            "TWELVE_YEARS" => Self::TwelveYears,
            "SIXTEEN_YEARS" => Self::SixteenYears,
            "EIGHTEEN_YEARS" => Self::EighteenYears,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ApplicationContentRating);

/// How and to whom the package is made available.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ApplicationDistributionChannel {
    /// Unspecified.
    ///
    /// `DISTRIBUTION_CHANNEL_UNSPECIFIED` on the wire.
    #[default]
    DistributionChannelUnspecified,
    /// Package is available through the Play store and not restricted to a specific enterprise.
    ///
    /// `PUBLIC_GOOGLE_HOSTED` on the wire.
    PublicGoogleHosted,
    /// Package is a private app (restricted to an enterprise) but hosted by Google.
    ///
    /// `PRIVATE_GOOGLE_HOSTED` on the wire.
    PrivateGoogleHosted,
    /// Private app (restricted to an enterprise) and is privately hosted.
    ///
    /// `PRIVATE_SELF_HOSTED` on the wire.
    PrivateSelfHosted,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ApplicationDistributionChannel {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::DistributionChannelUnspecified => "DISTRIBUTION_CHANNEL_UNSPECIFIED",
            Self::PublicGoogleHosted => "PUBLIC_GOOGLE_HOSTED",
            Self::PrivateGoogleHosted => "PRIVATE_GOOGLE_HOSTED",
            Self::PrivateSelfHosted => "PRIVATE_SELF_HOSTED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "DISTRIBUTION_CHANNEL_UNSPECIFIED" => Self::DistributionChannelUnspecified,
            "PUBLIC_GOOGLE_HOSTED" => Self::PublicGoogleHosted,
            "PRIVATE_GOOGLE_HOSTED" => Self::PrivateGoogleHosted,
            "PRIVATE_SELF_HOSTED" => Self::PrivateSelfHosted,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ApplicationDistributionChannel);
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ApplicationFeatures {
    /// Unspecified.
    ///
    /// `APP_FEATURE_UNSPECIFIED` on the wire.
    #[default]
    AppFeatureUnspecified,
    /// The app is a VPN.
    ///
    /// `VPN_APP` on the wire.
    VpnApp,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ApplicationFeatures {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::AppFeatureUnspecified => "APP_FEATURE_UNSPECIFIED",
            Self::VpnApp => "VPN_APP",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "APP_FEATURE_UNSPECIFIED" => Self::AppFeatureUnspecified,
            "VPN_APP" => Self::VpnApp,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ApplicationFeatures);
