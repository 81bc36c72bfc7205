//! The `schemas` module: one file per top-level schema, holding it and the types promoted from
//! its inline objects and enums.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::quote;

use super::docs::{code, doc_lines, text};
use super::features::gate;
use super::tokens::{doc_attrs, ident, lines_to_attrs, prose_attrs, rust_type, wire_adapter};
use crate::model::{Api, FieldDef, Ty, TypeDef, TypeKind, VariantDef};

/// `src/schemas/mod.rs` and one token stream per schema file, keyed by file stem.
pub fn schema_modules(api: &Api) -> (TokenStream, BTreeMap<String, TokenStream>) {
    let mut by_file: BTreeMap<&str, Vec<&TypeDef>> = BTreeMap::new();
    for t in &api.types {
        by_file.entry(t.file.as_str()).or_default().push(t);
    }
    let mut files = BTreeMap::new();
    let mut declarations = Vec::new();
    for (file, types) in &by_file {
        let module = ident(file);
        let names = types.iter().map(|t| ident(&t.name));
        let gate = gate(api.features.of_schema_file(file).into_iter().flatten());
        declarations.push(quote! {
            #gate
            mod #module;
            #gate
            pub use #module::{#(#names),*};
        });
        let items = types.iter().map(|t| type_item(api, t));
        files.insert((*file).to_owned(), quote! { #(#items)* });
    }
    let title = format!(
        " The data types of the {}: requests, responses and what they contain.",
        text(&api.title)
    );
    let module = quote! {
        #![doc = #title]
        #(#declarations)*
    };
    (module, files)
}

/// The item(s) for one type: a struct with its setters, an open enum, or a type alias.
pub fn type_item(api: &Api, t: &TypeDef) -> TokenStream {
    let name = ident(&t.name);
    let doc = doc_attrs(t.doc.as_deref().unwrap_or_default());
    match &t.kind {
        TypeKind::Struct(fields) => struct_item(api, &name, doc, fields),
        TypeKind::Enum(variants) => enum_item(&name, doc, variants),
        TypeKind::Alias(ty) => {
            let ty = rust_type(ty);
            quote! {
                #doc
                pub type #name = #ty;
            }
        }
    }
}

fn struct_item(
    api: &Api,
    name: &proc_macro2::Ident,
    doc: TokenStream,
    fields: &[FieldDef],
) -> TokenStream {
    let declarations = fields.iter().map(field_declaration);
    let setters = fields.iter().map(|f| {
        let set = setter(f);
        let clear = clearer(f);
        quote!(#set #clear)
    });
    let setters = if fields.is_empty() {
        quote!()
    } else {
        quote! {
            impl #name {
                #(#setters)*
            }
        }
    };
    let serde_impls = serde_impls(api, name, fields);
    quote! {
        #doc
        #[derive(Debug, Clone, Default, PartialEq)]
        #[non_exhaustive]
        pub struct #name {
            #(#declarations)*
            /// Members of the JSON object that this version of the crate does not know; they are
            /// kept so that a value read and written back loses nothing.
            pub unknown_fields: crate::runtime::wire::UnknownFields,
        }
        #setters
        #serde_impls
    }
}

/// `Serialize` and `Deserialize` for a schema struct, written out rather than derived: the
/// runtime's `wire::deserialize_object` holds the loop over the object's members, so each schema
/// adds one `match` on the member's name, and writing is one `serialize_entry` per field that is
/// set, then the unknown members (serde's derive, with the `flatten` unknown members need, cost
/// most of a generated crate's build; docs/performance.md).
fn serde_impls(api: &Api, name: &proc_macro2::Ident, fields: &[FieldDef]) -> TokenStream {
    let type_name = name.to_string();
    // One read arm and one write per field, through the field's adapter when it has one.
    let (reads, writes): (Vec<TokenStream>, Vec<TokenStream>) = fields
        .iter()
        .map(|f| {
            let field = ident(&f.name);
            let json = &f.json_name;
            match wire_adapter(api, &f.ty) {
                Some(adapter) => {
                    let ty = field_type(f);
                    let read = quote! {
                        #json => {
                            self.#field = map
                                .next_value::<crate::runtime::wire::In<#ty, Option<#adapter>>>()?
                                .0
                        }
                    };
                    let write = quote! {
                        if self.#field.is_some() {
                            map.serialize_entry(
                                #json,
                                &crate::runtime::wire::Out::<#ty, Option<#adapter>>::new(&self.#field),
                            )?;
                        }
                    };
                    (read, write)
                }
                None => {
                    let read = quote!(#json => self.#field = map.next_value()?,);
                    let write = quote! {
                        if let Some(value) = &self.#field {
                            map.serialize_entry(#json, value)?;
                        }
                    };
                    (read, write)
                }
            }
        })
        .unzip();
    // A schema without fields keeps every member as unknown: no `match` of one arm.
    let read_body = if fields.is_empty() {
        quote!(crate::runtime::wire::read_unknown(
            &mut self.unknown_fields,
            key,
            map
        ))
    } else {
        quote! {
            match key.as_str() {
                #(#reads)*
                _ => crate::runtime::wire::read_unknown(&mut self.unknown_fields, key, map)?,
            }
            Ok(())
        }
    };
    quote! {
        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                use serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                #(#writes)*
                crate::runtime::wire::write_unknown(&mut map, &self.unknown_fields)?;
                map.end()
            }
        }

        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                crate::runtime::wire::deserialize_object(deserializer)
            }
        }

        impl<'de> crate::runtime::wire::ReadMembers<'de> for #name {
            const NAME: &'static str = #type_name;

            fn read_member<A: serde::de::MapAccess<'de>>(
                &mut self,
                key: crate::runtime::wire::Key<'de>,
                map: &mut A,
            ) -> Result<(), A::Error> {
                #read_body
            }
        }
    }
}

/// The Rust type of a field: `Option` of its type, boxed when the schema is recursive.
fn field_type(f: &FieldDef) -> TokenStream {
    let inner = rust_type(&f.ty);
    if f.boxed {
        quote!(Option<Box<#inner>>)
    } else {
        quote!(Option<#inner>)
    }
}

fn field_declaration(f: &FieldDef) -> TokenStream {
    let name = ident(&f.name);
    let mut lines = doc_lines(f.doc.as_deref().unwrap_or_default());
    let mut notes = Vec::new();
    if f.read_only {
        notes.push("Read-only: set by the server, ignored in requests.".to_owned());
    }
    if f.deprecated {
        notes.push("Deprecated.".to_owned());
    }
    if !f.required_by.is_empty() {
        notes.push(format!(
            "Required by: {}.",
            f.required_by
                .iter()
                .map(|m| code(m))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    if !notes.is_empty() {
        if !lines.is_empty() {
            lines.push(String::new());
        }
        lines.push(notes.join(" "));
    }
    let doc = lines_to_attrs(&lines);
    let ty = field_type(f);
    quote! {
        #doc
        pub #name: #ty,
    }
}

fn setter(f: &FieldDef) -> TokenStream {
    let name = ident(&f.name);
    let setter = ident(&f.setter);
    let doc = format!(" Sets {} (chainable).", code(&f.json_name));
    let (arg, value) = match &f.ty {
        // Items through `Into`, so that `set_label_ids(["INBOX"])` and
        // `set_labels([("k", "v")])` read as they would be written.
        Ty::Vec(item) => {
            let item = rust_type(item);
            (
                quote!(impl IntoIterator<Item = impl Into<#item>>),
                quote!(value.into_iter().map(Into::into).collect()),
            )
        }
        Ty::Map(item) => {
            let item = rust_type(item);
            (
                quote!(impl IntoIterator<Item = (impl Into<String>, impl Into<#item>)>),
                quote!(value
                    .into_iter()
                    .map(|(k, v)| (k.into(), v.into()))
                    .collect()),
            )
        }
        ty => {
            let ty = rust_type(ty);
            (quote!(impl Into<#ty>), quote!(value.into()))
        }
    };
    let value = if f.boxed {
        quote!(Box::new(#value))
    } else {
        value
    };
    let json_name = &f.json_name;
    quote! {
        #[doc = #doc]
        pub fn #setter(mut self, value: #arg) -> Self {
            self.#name = Some(#value);
            self.unknown_fields.remove(#json_name);
            self
        }
    }
}

/// The method that sends a field as JSON `null`, which asks the server to clear it (in a PATCH,
/// leaving it out keeps it). The `null` travels in `unknown_fields`, which is written after the
/// fields; the field's own setter takes it back out.
fn clearer(f: &FieldDef) -> TokenStream {
    let name = ident(&f.name);
    let clearer = ident(&f.clearer);
    let json_name = &f.json_name;
    let doc = format!(
        " Sends {} as JSON `null`, which clears it on the server (chainable); `{}` takes it back.",
        code(json_name),
        f.setter
    );
    let doc = prose_attrs(&doc);
    // Inlined, as the setters are generic: a non-generic method would be compiled for every field
    // of every schema in this crate, used or not (it doubled the crate's release build).
    quote! {
        #doc
        #[inline]
        pub fn #clearer(mut self) -> Self {
            self.#name = None;
            self.unknown_fields
                .insert(#json_name.to_owned(), serde_json::Value::Null);
            self
        }
    }
}

/// An open enum: one variant per value, and `UnknownValue` for values this crate does not know.
pub fn enum_item(
    name: &proc_macro2::Ident,
    doc: TokenStream,
    variants: &[VariantDef],
) -> TokenStream {
    let declarations = variants.iter().enumerate().map(|(i, v)| {
        let variant = ident(&v.name);
        let mut text = v.doc.clone().unwrap_or_default();
        if v.deprecated {
            text = if text.is_empty() {
                "Deprecated.".to_owned()
            } else {
                format!("Deprecated. {text}")
            };
        }
        let wire = format!("{} on the wire.", code(&v.value));
        let text = if text.is_empty() {
            wire
        } else {
            format!("{text}\n\n{wire}")
        };
        let doc = doc_attrs(&text);
        let default = (i == 0).then(|| quote!(#[default]));
        quote! { #doc #default #variant, }
    });
    let to_wire = variants.iter().map(|v| {
        let variant = ident(&v.name);
        let value = &v.value;
        quote!(Self::#variant => #value,)
    });
    let from_wire = variants.iter().map(|v| {
        let variant = ident(&v.name);
        let value = &v.value;
        quote!(#value => Self::#variant,)
    });
    quote! {
        #doc
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
        #[non_exhaustive]
        pub enum #name {
            #(#declarations)*
            /// A value this version of the crate does not know, kept exactly as received.
            UnknownValue(String),
        }
        // Inlined, as the conversions `impl_open_enum!` adds are: compiled where a value is
        // read or written, not for every enum of the API in this crate.
        impl crate::runtime::wire::OpenEnum for #name {
            #[inline]
            fn as_wire_str(&self) -> &str {
                match self {
                    #(#to_wire)*
                    Self::UnknownValue(value) => value,
                }
            }
            #[inline]
            fn from_wire_str(value: &str) -> Self {
                match value {
                    #(#from_wire)*
                    _ => Self::UnknownValue(value.to_owned()),
                }
            }
        }
        crate::runtime::impl_open_enum!(#name);
    }
}
