//! Schemas to Rust types: the type mapping of the contract, and the promotion of inline objects
//! and enums to named types (`Foo.bar` becomes `FooBar`; array items and map values take the name
//! their container would have had).

use std::collections::BTreeMap;

use super::names::{snake_name, type_name, NamePool};
use super::{FieldDef, Ty, TypeDef, TypeKind, VariantDef};
use crate::discovery::{Document, Schema};
use crate::error::{Error, JsonPath, Warning};

/// Builds the schema types of one document; methods use it too, for their inline schemas and
/// to resolve `$ref`s.
pub(crate) struct TypeBuilder<'a> {
    pub(crate) file: &'a str,
    doc: &'a Document,
    pool: NamePool,
    /// Discovery schema key -> Rust type name.
    top_level: BTreeMap<String, String>,
    /// Rust type name -> file stem, for the top-level schemas.
    files: BTreeMap<String, String>,
    types: Vec<TypeDef>,
    /// What the crate leaves out, for the maintainer.
    warnings: Vec<Warning>,
}

impl<'a> TypeBuilder<'a> {
    /// Claims the names of all top-level schemas (a schema whose name is already a Rust type
    /// name claims first, so that `HttpHealthCheck` keeps its name next to `HTTPHealthCheck`).
    pub(crate) fn new(file: &'a str, doc: &'a Document) -> Result<Self, Error> {
        let mut pool = NamePool::default();
        let mut top_level = BTreeMap::new();
        let exact = doc.schemas.keys().filter(|k| type_name(k) == **k);
        let others = doc.schemas.keys().filter(|k| type_name(k) != **k);
        for key in exact.chain(others) {
            top_level.insert(key.clone(), pool.claim(type_name(key)));
        }
        let mut file_pool = NamePool::with_reserved(&["mod"]);
        let mut files = BTreeMap::new();
        for name in doc.schemas.keys().map(|k| &top_level[k]) {
            files.insert(name.clone(), file_pool.claim(snake_name(name)));
        }
        Ok(TypeBuilder {
            file,
            doc,
            pool,
            top_level,
            files,
            types: Vec::new(),
            warnings: Vec::new(),
        })
    }

    pub(crate) fn error(&self, path: &JsonPath, message: impl Into<String>) -> Error {
        Error::new(self.file, path.as_str(), message)
    }

    /// Records that something at `path` is left out of the crate.
    pub(crate) fn warn(&mut self, path: &JsonPath, message: impl Into<String>) {
        self.warnings.push(Warning {
            file: self.file.to_owned(),
            json_path: path.as_str().to_owned(),
            message: message.into(),
        });
    }

    /// The warnings recorded so far, taken out of the builder.
    pub(crate) fn take_warnings(&mut self) -> Vec<Warning> {
        std::mem::take(&mut self.warnings)
    }

    /// Builds every top-level schema, in sorted order.
    pub(crate) fn build_schemas(&mut self) -> Result<(), Error> {
        let doc = self.doc;
        let root = JsonPath::root().key("schemas");
        for (key, schema) in &doc.schemas {
            let name = self.top_level[key].clone();
            let file = self.files[&name].clone();
            let path = root.key(key);
            let kind = self.top_level_kind(&name, schema, &path, &file)?;
            self.types.push(TypeDef {
                name,
                origin: key.clone(),
                doc: schema.description.clone(),
                kind,
                file,
            });
        }
        Ok(())
    }

    /// The types built so far, checked: no type alias may refer to itself.
    pub(crate) fn finish(self) -> Result<Vec<TypeDef>, Error> {
        let aliases: BTreeMap<&str, &Ty> = self
            .types
            .iter()
            .filter_map(|t| match &t.kind {
                TypeKind::Alias(ty) => Some((t.name.as_str(), ty)),
                _ => None,
            })
            .collect();
        for t in &self.types {
            if let TypeKind::Alias(ty) = &t.kind {
                let mut seen = vec![t.name.as_str()];
                if alias_cycle(ty, &aliases, &mut seen) {
                    let path = JsonPath::root().key("schemas").key(&t.origin);
                    return Err(self.error(
                        &path,
                        format!(
                            "`$ref` cycle through schemas that are only references: {}",
                            seen.join(" -> ")
                        ),
                    ));
                }
            }
        }
        Ok(self.types)
    }

    /// A type built so far, by Rust name.
    pub(crate) fn type_def(&self, name: &str) -> Option<&TypeDef> {
        self.types.iter().find(|t| t.name == name)
    }

    /// The Rust type a `$ref` names.
    pub(crate) fn resolve_ref(&self, reference: &str, path: &JsonPath) -> Result<Ty, Error> {
        match self.top_level.get(reference) {
            Some(name) => Ok(Ty::Named(name.clone())),
            None => Err(self.error(
                &path.key("$ref"),
                format!("`$ref` names schema `{reference}`, which the document does not define"),
            )),
        }
    }

    fn top_level_kind(
        &mut self,
        name: &str,
        schema: &Schema,
        path: &JsonPath,
        file: &str,
    ) -> Result<TypeKind, Error> {
        if let Some(reference) = &schema.reference {
            return Ok(TypeKind::Alias(self.resolve_ref(reference, path)?));
        }
        let type_name = schema.type_name.as_deref();
        if !schema.enum_values.is_empty() && matches!(type_name, Some("string") | None) {
            return Ok(TypeKind::Enum(self.variants(schema, path)));
        }
        let is_object =
            matches!(type_name, Some("object")) || (type_name.is_none() && schema.items.is_none());
        if is_object && (!schema.properties.is_empty() || schema.additional_properties.is_none()) {
            return Ok(TypeKind::Struct(self.fields(name, schema, path, file)?));
        }
        Ok(TypeKind::Alias(self.ty(schema, path, name, file)?))
    }

    /// The Rust type of an inline schema; inline objects and enums become named types called
    /// `hint`, stored in `file`.
    pub(crate) fn ty(
        &mut self,
        schema: &Schema,
        path: &JsonPath,
        hint: &str,
        file: &str,
    ) -> Result<Ty, Error> {
        if let Some(reference) = &schema.reference {
            return self.resolve_ref(reference, path);
        }
        let format = schema.format.as_deref();
        let bad_format = |this: &Self, expected: &str| {
            this.error(
                &path.key("format"),
                format!(
                    "unknown format `{}` for type `{}`; expected one of: {expected}",
                    format.unwrap_or_default(),
                    schema.type_name.as_deref().unwrap_or_default()
                ),
            )
        };
        let ty = match schema.type_name.as_deref() {
            Some("string") if !schema.enum_values.is_empty() => self.promote_enum(schema, path, hint, file),
            Some("string") => match format {
                None | Some("date") | Some("google-fieldmask") => Ty::String,
                Some("int64") => Ty::I64 { as_string: true },
                Some("uint64") => Ty::U64 { as_string: true },
                Some("byte") => Ty::Bytes,
                Some("google-duration") => Ty::Duration,
                Some("google-datetime") | Some("date-time") => Ty::Timestamp,
                Some(_) => {
                    return Err(bad_format(
                        self,
                        "int64, uint64, byte, date, date-time, google-datetime, google-duration, google-fieldmask",
                    ))
                }
            },
            Some("integer") => match format {
                Some("int32") => Ty::I32,
                Some("uint32") => Ty::U32,
                None | Some("int64") => Ty::I64 { as_string: false },
                Some("uint64") => Ty::U64 { as_string: false },
                Some(_) => return Err(bad_format(self, "int32, uint32, int64, uint64")),
            },
            Some("number") => match format {
                None | Some("double") => Ty::F64,
                Some("float") => Ty::F32,
                Some(_) => return Err(bad_format(self, "double, float")),
            },
            Some("boolean") => Ty::Bool,
            Some("any") => Ty::Any,
            Some("array") => match &schema.items {
                Some(items) => Ty::Vec(Box::new(self.ty(items, &path.key("items"), hint, file)?)),
                None => return Err(self.error(path, "an `array` schema needs `items`")),
            },
            Some("object") | None => {
                if !schema.properties.is_empty() {
                    self.promote_struct(schema, path, hint, file)?
                } else if let Some(values) = &schema.additional_properties {
                    let values = self.ty(values, &path.key("additionalProperties"), hint, file)?;
                    Ty::Map(Box::new(values))
                } else if let Some(items) = schema.items.as_deref().filter(|_| schema.type_name.is_none()) {
                    Ty::Vec(Box::new(self.ty(items, &path.key("items"), hint, file)?))
                } else if schema.type_name.is_none() {
                    Ty::Any
                } else {
                    // A free-form object: any members, any values.
                    Ty::Map(Box::new(Ty::Any))
                }
            }
            Some(other) => {
                return Err(self.error(
                    &path.key("type"),
                    format!(
                        "unknown type `{other}`; expected one of: string, integer, number, boolean, any, array, object"
                    ),
                ))
            }
        };
        Ok(ty)
    }

    fn promote_struct(
        &mut self,
        schema: &Schema,
        path: &JsonPath,
        hint: &str,
        file: &str,
    ) -> Result<Ty, Error> {
        let name = self.pool.claim(type_name(hint));
        let fields = self.fields(&name, schema, path, file)?;
        self.types.push(TypeDef {
            name: name.clone(),
            origin: path.to_string(),
            doc: schema.description.clone(),
            kind: TypeKind::Struct(fields),
            file: file.to_owned(),
        });
        Ok(Ty::Named(name))
    }

    fn promote_enum(&mut self, schema: &Schema, path: &JsonPath, hint: &str, file: &str) -> Ty {
        let name = self.pool.claim(type_name(hint));
        let variants = self.variants(schema, path);
        self.types.push(TypeDef {
            name: name.clone(),
            origin: path.to_string(),
            doc: schema.description.clone(),
            kind: TypeKind::Enum(variants),
            file: file.to_owned(),
        });
        Ty::Named(name)
    }

    fn fields(
        &mut self,
        owner: &str,
        schema: &Schema,
        path: &JsonPath,
        file: &str,
    ) -> Result<Vec<FieldDef>, Error> {
        let mut names = NamePool::with_reserved(&["unknown_fields"]);
        let mut setters = NamePool::default();
        let mut fields = Vec::with_capacity(schema.properties.len());
        let properties = path.key("properties");
        for (json_name, property) in &schema.properties {
            let name = names.claim(snake_name(json_name));
            let setter = setters.claim(format!("set_{}", name.trim_end_matches('_')));
            let clearer = setters.claim(format!("clear_{}", name.trim_end_matches('_')));
            let hint = format!("{owner}{}", type_name(json_name).trim_end_matches('_'));
            let ty = self.ty(property, &properties.key(json_name), &hint, file)?;
            fields.push(FieldDef {
                name,
                json_name: json_name.clone(),
                setter,
                clearer,
                doc: property.description.clone(),
                ty,
                boxed: false,
                read_only: property.read_only,
                deprecated: property.deprecated,
                required_by: property.annotations.required.clone(),
            });
        }
        Ok(fields)
    }

    /// The variants of an enum schema, named after their values; the catch-all `UnknownValue`
    /// is reserved.
    pub(crate) fn variants(&self, schema: &Schema, _path: &JsonPath) -> Vec<VariantDef> {
        let mut pool = NamePool::with_reserved(&["UnknownValue"]);
        let mut seen_values = std::collections::BTreeSet::new();
        let mut variants = Vec::with_capacity(schema.enum_values.len());
        for (i, value) in schema.enum_values.iter().enumerate() {
            if !seen_values.insert(value.as_str()) {
                continue; // a value listed twice is one value
            }
            let base = if value.is_empty() {
                "Empty".to_owned()
            } else {
                type_name(value)
            };
            // Variants live in their enum's namespace, so only the keyword `Self` keeps its suffix.
            let base = if base == "Self_" {
                base
            } else {
                base.trim_end_matches('_').to_owned()
            };
            variants.push(VariantDef {
                name: pool.claim(base),
                value: value.clone(),
                doc: schema
                    .enum_descriptions
                    .get(i)
                    .cloned()
                    .filter(|d| !d.is_empty()),
                deprecated: schema.enum_deprecated.get(i).copied().unwrap_or(false),
            });
        }
        variants
    }
}

/// Whether an alias reaches itself through other aliases (Rust rejects recursive type aliases,
/// even through `Vec`).
fn alias_cycle<'t>(
    ty: &'t Ty,
    aliases: &BTreeMap<&'t str, &'t Ty>,
    seen: &mut Vec<&'t str>,
) -> bool {
    match ty {
        Ty::Named(name) => match aliases.get_key_value(name.as_str()) {
            Some((key, target)) => {
                if seen.contains(key) {
                    seen.push(key);
                    return true;
                }
                seen.push(key);
                let cyclic = alias_cycle(target, aliases, seen);
                if !cyclic {
                    seen.pop();
                }
                cyclic
            }
            None => false,
        },
        Ty::Vec(inner) | Ty::Map(inner) => alias_cycle(inner, aliases, seen),
        _ => false,
    }
}
