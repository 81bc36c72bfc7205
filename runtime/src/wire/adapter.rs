//! [`As`]: serializing a field through an adapter type, composed through `Option`, `Vec` and
//! `BTreeMap`.
//!
//! The same idea as the `serde_with` crate's `As`, reduced to what generated schemas need (its
//! general machinery costs more to compile than everything else in this module tree).

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde::ser::{Serialize, Serializer};

/// Writes a `T` the way the adapter type implementing it says.
pub trait SerializeAs<T: ?Sized> {
    /// Serializes `source` with `serializer`.
    fn serialize_as<S: Serializer>(source: &T, serializer: S) -> Result<S::Ok, S::Error>;
}

/// Reads a `T` the way the adapter type implementing it says.
pub trait DeserializeAs<'de, T>: Sized {
    /// Deserializes a `T` from `deserializer`.
    fn deserialize_as<D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error>;
}

/// Used as `#[serde(with = "As::<Adapter>")]`: serializes and deserializes a field through the
/// adapter type `Adapter`, for example `As::<Option<Vec<I64>>>` for an `Option<Vec<i64>>` written
/// as strings.
pub struct As<Adapter: ?Sized>(PhantomData<Adapter>);

impl<Adapter: ?Sized> As<Adapter> {
    /// Serializes `value` through `Adapter`.
    pub fn serialize<S, T>(value: &T, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: Serializer,
        T: ?Sized,
        Adapter: SerializeAs<T>,
    {
        Adapter::serialize_as(value, serializer)
    }

    /// Deserializes a value through `Adapter`.
    pub fn deserialize<'de, D, T>(deserializer: D) -> Result<T, D::Error>
    where
        D: Deserializer<'de>,
        Adapter: DeserializeAs<'de, T>,
    {
        Adapter::deserialize_as(deserializer)
    }
}

/// The adapter that changes nothing: the type's own `Serialize` and `Deserialize`, for example
/// for the keys of a map whose values need an adapter.
pub struct Same;

impl<T: Serialize + ?Sized> SerializeAs<T> for Same {
    fn serialize_as<S: Serializer>(source: &T, serializer: S) -> Result<S::Ok, S::Error> {
        source.serialize(serializer)
    }
}

impl<'de, T: Deserialize<'de>> DeserializeAs<'de, T> for Same {
    fn deserialize_as<D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
        T::deserialize(deserializer)
    }
}

/// A `T` to serialize through `Adapter`: what a generated schema's `Serialize` writes for a field
/// with an adapter.
pub struct Out<'a, T: ?Sized, Adapter: ?Sized>(&'a T, PhantomData<Adapter>);

impl<'a, T: ?Sized, Adapter: ?Sized> Out<'a, T, Adapter> {
    /// `value`, to be written through `Adapter`.
    #[inline]
    pub fn new(value: &'a T) -> Self {
        Out(value, PhantomData)
    }
}

impl<T: ?Sized, Adapter: SerializeAs<T> + ?Sized> Serialize for Out<'_, T, Adapter> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Adapter::serialize_as(self.0, serializer)
    }
}

/// A `T` deserialized through `Adapter`: what a generated schema's `Deserialize` reads for a
/// field with an adapter (the value is `.0`).
pub struct In<T, Adapter>(pub T, PhantomData<Adapter>);

impl<'de, T, Adapter: DeserializeAs<'de, T>> Deserialize<'de> for In<T, Adapter> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Adapter::deserialize_as(deserializer).map(|value| In(value, PhantomData))
    }
}

impl<T, Adapter: SerializeAs<T>> SerializeAs<Option<T>> for Option<Adapter> {
    fn serialize_as<S: Serializer>(source: &Option<T>, serializer: S) -> Result<S::Ok, S::Error> {
        match source {
            Some(value) => serializer.serialize_some(&Out::<T, Adapter>(value, PhantomData)),
            None => serializer.serialize_none(),
        }
    }
}

impl<'de, T, Adapter: DeserializeAs<'de, T>> DeserializeAs<'de, Option<T>> for Option<Adapter> {
    fn deserialize_as<D: Deserializer<'de>>(deserializer: D) -> Result<Option<T>, D::Error> {
        Option::<In<T, Adapter>>::deserialize(deserializer).map(|value| value.map(|v| v.0))
    }
}

impl<T, Adapter: SerializeAs<T>> SerializeAs<Vec<T>> for Vec<Adapter> {
    fn serialize_as<S: Serializer>(source: &Vec<T>, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(
            source
                .iter()
                .map(|item| Out::<T, Adapter>(item, PhantomData)),
        )
    }
}

impl<'de, T, Adapter: DeserializeAs<'de, T>> DeserializeAs<'de, Vec<T>> for Vec<Adapter> {
    fn deserialize_as<D: Deserializer<'de>>(deserializer: D) -> Result<Vec<T>, D::Error> {
        Vec::<In<T, Adapter>>::deserialize(deserializer)
            .map(|items| items.into_iter().map(|item| item.0).collect())
    }
}

impl<K, V, KeyAdapter, ValueAdapter> SerializeAs<BTreeMap<K, V>>
    for BTreeMap<KeyAdapter, ValueAdapter>
where
    KeyAdapter: SerializeAs<K>,
    ValueAdapter: SerializeAs<V>,
{
    fn serialize_as<S: Serializer>(
        source: &BTreeMap<K, V>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.collect_map(source.iter().map(|(key, value)| {
            (
                Out::<K, KeyAdapter>(key, PhantomData),
                Out::<V, ValueAdapter>(value, PhantomData),
            )
        }))
    }
}

impl<'de, K, V, KeyAdapter, ValueAdapter> DeserializeAs<'de, BTreeMap<K, V>>
    for BTreeMap<KeyAdapter, ValueAdapter>
where
    K: Ord,
    KeyAdapter: DeserializeAs<'de, K>,
    ValueAdapter: DeserializeAs<'de, V>,
{
    fn deserialize_as<D: Deserializer<'de>>(deserializer: D) -> Result<BTreeMap<K, V>, D::Error> {
        deserializer.deserialize_map(MapVisitor::<K, V, KeyAdapter, ValueAdapter>(PhantomData))
    }
}

struct MapVisitor<K, V, KeyAdapter, ValueAdapter>(PhantomData<(K, V, KeyAdapter, ValueAdapter)>);

impl<'de, K, V, KeyAdapter, ValueAdapter> Visitor<'de>
    for MapVisitor<K, V, KeyAdapter, ValueAdapter>
where
    K: Ord,
    KeyAdapter: DeserializeAs<'de, K>,
    ValueAdapter: DeserializeAs<'de, V>,
{
    type Value = BTreeMap<K, V>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a map")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
        let mut map = BTreeMap::new();
        while let Some((key, value)) =
            access.next_entry::<In<K, KeyAdapter>, In<V, ValueAdapter>>()?
        {
            map.insert(key.0, value.0);
        }
        Ok(map)
    }
}
