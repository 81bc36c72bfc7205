//! The `resources` module: one file per resource with its accessor struct, its methods, their
//! call builders and their parameter enums. The top level's methods and accessors go on `Client`.

use proc_macro2::TokenStream;
use quote::quote;

use super::docs::{code, doc_lines, first_line, text};
use super::features::resource_gate;
use super::schemas::enum_item;
use super::tokens::{doc_attrs, ident, lines_to_attrs, prose_attrs, rust_type};
use super::{batch, media, paging, poller};
use crate::model::{
    Api, Location, MethodDef, ParamDef, ParamTy, RequestIdDef, ResourceDef, TypeKind,
};

/// Standard parameters that every builder offers through `runtime::CallOptions` (Google's system
/// parameters, which every API accepts), not as setters of its own.
const CALL_OPTIONS_PARAMS: &[&str] = &["fields", "quotaUser", "prettyPrint"];

/// One resource module: its path below `src/` (e.g. `resources/users/settings.rs`) and tokens.
pub struct ResourceFile {
    pub path: String,
    pub tokens: TokenStream,
}

/// Every resource file, the top level (`resources.rs`) first.
pub fn resource_files(api: &Api) -> Vec<ResourceFile> {
    let mut out = Vec::new();
    collect(api, &api.root, &mut out);
    out
}

fn collect(api: &Api, resource: &ResourceDef, out: &mut Vec<ResourceFile>) {
    let path = if resource.module_path.is_empty() {
        "resources.rs".to_owned()
    } else {
        format!("resources/{}.rs", resource.module_path.join("/"))
    };
    out.push(ResourceFile {
        path,
        tokens: resource_module(api, resource),
    });
    for child in &resource.children {
        collect(api, child, out);
    }
}

fn resource_module(api: &Api, resource: &ResourceDef) -> TokenStream {
    let is_root = resource.module_path.is_empty();
    let module_doc = if is_root {
        format!(
            " The resources and methods of the {}, reached from [`crate::Client`].",
            text(&api.title)
        )
    } else {
        format!(" The {} resource.", code(&resource.wire_path))
    };
    // Top-level resources are cargo features; nested ones come with their top-level resource.
    let gate = |c: &ResourceDef| {
        is_root.then(|| {
            resource_gate(
                api,
                c.module_path.last().map(String::as_str).unwrap_or_default(),
            )
        })
    };
    let children = resource.children.iter().map(|c| {
        let module = ident(c.module_path.last().map(String::as_str).unwrap_or_default());
        let gate = gate(c);
        quote!(#gate pub mod #module;)
    });
    let self_type = if is_root {
        quote!(crate::Client)
    } else {
        let t = ident(&resource.type_name);
        quote!(#t)
    };
    let struct_item = (!is_root).then(|| {
        let name = ident(&resource.type_name);
        let mut text = format!(
            "The {} resource: its methods and nested resources.",
            code(&resource.wire_path)
        );
        if resource.deprecated {
            text.push_str(" Deprecated.");
        }
        let doc = doc_attrs(&text);
        quote! {
            #doc
            #[derive(Debug, Clone)]
            pub struct #name {
                pub(crate) client: crate::runtime::Client,
            }
        }
    });
    let accessors = resource.children.iter().map(|c| {
        let accessor = ident(&c.accessor);
        let module = ident(c.module_path.last().map(String::as_str).unwrap_or_default());
        let child_type = ident(&c.type_name);
        let doc = format!(" The {} resource.", code(&c.wire_path));
        let gate = gate(c);
        quote! {
            #[doc = #doc]
            #gate
            pub fn #accessor(&self) -> #module::#child_type {
                #module::#child_type { client: self.client.clone() }
            }
        }
    });
    let constructors = resource.methods.iter().map(|m| method_constructor(api, m));
    let owner = if is_root {
        "crate::Client".to_owned()
    } else {
        resource.type_name.clone()
    };
    // Each method's statics sit just above its builder, which is all that reads them.
    let builders = resource.methods.iter().map(|m| {
        let method = method_static(m);
        let upload = media::upload_static(m);
        let builder = call_builder(api, m, &owner);
        quote!(#method #upload #builder)
    });
    let enums = resource.enums.iter().map(|e| match &e.kind {
        TypeKind::Enum(variants) => enum_item(
            &ident(&e.name),
            doc_attrs(e.doc.as_deref().unwrap_or_default()),
            variants,
        ),
        _ => quote!(),
    });
    let has_members = !resource.children.is_empty() || !resource.methods.is_empty();
    let impl_block = has_members.then(|| {
        quote! {
            impl #self_type {
                #(#accessors)*
                #(#constructors)*
            }
        }
    });
    quote! {
        #![doc = #module_doc]
        #(#children)*
        #struct_item
        #impl_block
        #(#builders)*
        #(#enums)*
    }
}

/// The method's function on its resource: takes the required parameters and the body, returns
/// the call builder.
fn method_constructor(api: &Api, m: &MethodDef) -> TokenStream {
    let fn_name = ident(&m.fn_name);
    let call_type = ident(&m.call_type);
    let static_name = ident(&m.static_name);
    let mut args = Vec::new();
    let mut statements = Vec::new();
    for p in &m.required {
        let arg = ident(&p.rust_name);
        let ty = argument_type(p);
        args.push(quote!(#arg: #ty));
        statements.push(set_param(p, quote!(#arg), quote!(call)));
    }
    if let Some(body) = &m.request {
        let arg = ident(&m.body_arg);
        let ty = rust_type(body);
        args.push(quote!(#arg: #ty));
        statements.push(quote!(call.json_body(&#arg);));
    }
    match &m.request_id {
        Some(RequestIdDef::Query(name)) => statements.push(quote!(call.request_id_query(#name);)),
        Some(RequestIdDef::Body(field)) => statements.push(quote!(call.request_id_body(#field);)),
        None => {}
    }
    if api.data_wrapper {
        statements.push(quote!(call.data_wrapper();));
    }
    let doc = lines_to_attrs(&method_doc(api, m));
    let deprecated = m.deprecated.then(|| quote!(#[deprecated]));
    let many_args = (args.len() > 6).then(|| quote!(#[allow(clippy::too_many_arguments)]));
    let binding = if statements.is_empty() {
        quote!(let call)
    } else {
        quote!(let mut call)
    };
    // Inlined, as everything a builder does: compiled in the crates that call the method (a
    // request body's serialization among it), not for every method of the API in this one.
    quote! {
        #doc
        #deprecated
        #many_args
        #[inline]
        pub fn #fn_name(&self, #(#args),*) -> #call_type {
            #binding = crate::runtime::Call::new(&self.client, &#static_name);
            #(#statements)*
            #call_type { call }
        }
    }
}

fn method_doc(api: &Api, m: &MethodDef) -> Vec<String> {
    let mut lines = doc_lines(m.doc.as_deref().unwrap_or_default());
    if !lines.is_empty() {
        lines.push(String::new());
    }
    lines.push(format!(
        "{} (method id {})",
        code(&format!("{} {}{}", m.http_method, api.service_path, m.path)),
        code(&m.id)
    ));
    if !m.required.is_empty() {
        lines.push(String::new());
        lines.push("Arguments, in order:".to_owned());
        for p in &m.required {
            let text = param_summary(p);
            lines.push(format!("- `{}`: {}", p.rust_name, text));
        }
        if let Some(Some(body)) = m.request.as_ref().map(|ty| match ty {
            crate::model::Ty::Named(name) => Some(name),
            _ => None,
        }) {
            lines.push(format!(
                "- `{}`: the request body, a [`crate::schemas::{}`].",
                m.body_arg, body
            ));
        }
    } else if let Some(crate::model::Ty::Named(body)) = &m.request {
        lines.push(String::new());
        lines.push(format!("The request body is a [`crate::schemas::{body}`]."));
    }
    if let Some(id) = &m.request_id {
        let (RequestIdDef::Query(name) | RequestIdDef::Body(name)) = id;
        lines.push(String::new());
        lines.push(format!(
            "Safe to retry: unless you set {} yourself, each `send` sets it to a new random UUID, the same on every attempt, so the server applies the call once.",
            code(name)
        ));
    }
    if m.operation.is_some() {
        lines.push(String::new());
        lines.push(
            "Answers with a long-running operation: `.poller().until_done().await` waits for its end.".to_owned(),
        );
    }
    if !m.left_out.is_empty() {
        lines.push(String::new());
        lines.push("Not offered by this crate:".to_owned());
        for p in &m.left_out {
            lines.push(format!(
                "- the query parameter `{}`: it {}.",
                p.wire_name.replace('`', "'"),
                p.reason
            ));
        }
    }
    if !m.scopes.is_empty() {
        lines.push(String::new());
        lines.push("Scopes (any one of them):".to_owned());
        for scope in &m.scopes {
            lines.push(format!("- {}", code(scope)));
        }
    }
    lines
}

/// The first sentence of a parameter's description, for the list of arguments.
fn param_summary(p: &ParamDef) -> String {
    let first = first_line(p.doc.as_deref().unwrap_or_default())
        .unwrap_or_else(|| format!("the {} parameter", code(&p.wire_name)));
    let mut text = first;
    if let Some(pattern) = &p.pattern {
        text.push_str(&format!(" Must match {}.", code(pattern)));
    }
    text
}

fn method_static(m: &MethodDef) -> TokenStream {
    method_info_static(
        &m.static_name,
        &m.id,
        &m.http_method,
        &m.path,
        &m.scopes,
        m.api_version.as_deref(),
    )
}

/// A `static` holding a method's `MethodInfo`.
pub(super) fn method_info_static(
    static_name: &str,
    id: &str,
    http_method: &str,
    path: &str,
    scopes: &[String],
    api_version: Option<&str>,
) -> TokenStream {
    let static_name = ident(static_name);
    let http_method = ident(http_method);
    let api_version = match api_version {
        Some(version) => quote!(Some(#version)),
        None => quote!(None),
    };
    quote! {
        static #static_name: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
            id: #id,
            http_method: crate::runtime::http::Method::#http_method,
            path: #path,
            scopes: &[#(#scopes),*],
            api_version: #api_version,
        };
    }
}

fn call_builder(api: &Api, m: &MethodDef, owner: &str) -> TokenStream {
    let call_type = ident(&m.call_type);
    let doc = lines_to_attrs(&[
        format!(
            "A call of {}, made by [`{owner}::{}`]: set optional parameters, then `send` it.",
            code(&m.id),
            m.fn_name
        ),
        String::new(),
        "The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,"
            .to_owned(),
        "...) come from [`CallOptions`](crate::runtime::CallOptions).".to_owned(),
    ]);
    let setters = m
        .optional
        .iter()
        .map(|p| optional_setter(p, "Optional parameter."));
    // A parameter of the method's own, offered or left out, is never offered as a standard one.
    let method_params: std::collections::BTreeSet<&str> = m
        .required
        .iter()
        .chain(&m.optional)
        .map(|p| p.wire_name.as_str())
        .chain(m.left_out.iter().map(|p| p.wire_name.as_str()))
        .collect();
    let setter_names: std::collections::BTreeSet<&str> =
        m.optional.iter().map(|p| p.rust_name.as_str()).collect();
    // Google's system parameters come from `runtime::CallOptions`; only an API's own extra
    // standard parameters get setters here.
    let standard = api
        .standard_params
        .iter()
        .filter(|p| {
            !CALL_OPTIONS_PARAMS.contains(&p.wire_name.as_str())
                && !method_params.contains(p.wire_name.as_str())
                && !setter_names.contains(p.rust_name.as_str())
        })
        .map(|p| optional_setter(p, "Standard parameter, accepted by every method."));
    let (response, send) = match &m.response {
        Some(ty) => {
            let ty = rust_type(ty);
            (ty, quote!(self.call.send().await))
        }
        None => (quote!(()), quote!(self.call.send_empty().await)),
    };
    let send_doc = prose_attrs(&format!(
        " Sends the request and waits for the answer of {}.",
        code(&m.id)
    ));
    let poller = poller::builder_method(api, m);
    let paging = paging::builder_methods(m);
    let media = media::builder_methods(m);
    let batchable = batch::batchable_impl(api, m);
    quote! {
        #doc
        #[derive(Debug, Clone)]
        #[must_use = "a call does nothing until it is sent"]
        pub struct #call_type {
            call: crate::runtime::Call,
        }
        impl #call_type {
            #(#setters)*
            #(#standard)*
            #poller
            #paging
            #media
            #send_doc
            // Inlined so that the response type's decoding is compiled in the crates that call
            // the method, not for every method of the API in this one.
            #[inline]
            pub async fn send(self) -> Result<#response, crate::runtime::Error> {
                #send
            }
        }
        impl crate::runtime::CallOptions for #call_type {
            fn call_mut(&mut self) -> &mut crate::runtime::Call {
                &mut self.call
            }
        }
        #batchable
    }
}

fn optional_setter(p: &ParamDef, kind: &str) -> TokenStream {
    let name = ident(&p.rust_name);
    let mut lines = doc_lines(p.doc.as_deref().unwrap_or_default());
    if !lines.is_empty() {
        lines.push(String::new());
    }
    let mut note = format!("{kind} Sent as {}", code(&p.wire_name));
    if p.repeated {
        note.push_str(", once per value");
    }
    note.push('.');
    if let Some(default) = &p.default {
        note.push_str(&format!(" Server default: {}.", code(default)));
    }
    if let Some(pattern) = &p.pattern {
        note.push_str(&format!(" Must match {}.", code(pattern)));
    }
    if p.deprecated {
        note.push_str(" Deprecated.");
    }
    lines.push(note);
    let doc = lines_to_attrs(&lines);
    let ty = argument_type(p);
    let statement = set_param(p, quote!(value), quote!(self.call));
    quote! {
        #doc
        #[inline]
        pub fn #name(mut self, value: #ty) -> Self {
            #statement
            self
        }
    }
}

/// The type a caller passes for a parameter.
fn argument_type(p: &ParamDef) -> TokenStream {
    let single = match &p.ty {
        ParamTy::String => quote!(impl Into<String>),
        other => scalar_type(other),
    };
    if p.repeated {
        match &p.ty {
            ParamTy::String => quote!(impl IntoIterator<Item = impl Into<String>>),
            other => {
                let item = scalar_type(other);
                quote!(impl IntoIterator<Item = #item>)
            }
        }
    } else {
        single
    }
}

fn scalar_type(ty: &ParamTy) -> TokenStream {
    match ty {
        ParamTy::String => quote!(String),
        ParamTy::Bool => quote!(bool),
        ParamTy::I32 => quote!(i32),
        ParamTy::U32 => quote!(u32),
        ParamTy::I64 => quote!(i64),
        ParamTy::U64 => quote!(u64),
        ParamTy::F32 => quote!(f32),
        ParamTy::F64 => quote!(f64),
        ParamTy::Enum(name) => {
            let name = ident(name);
            quote!(#name)
        }
    }
}

/// Statements that put a parameter's value `value` into the call `call`.
fn set_param(p: &ParamDef, value: TokenStream, call: TokenStream) -> TokenStream {
    let wire = &p.wire_name;
    let to_string = |v: TokenStream| match &p.ty {
        ParamTy::String => quote!(#v.into()),
        ParamTy::Enum(_) => quote!(#v.as_str().to_owned()),
        _ => quote!(#v.to_string()),
    };
    if p.repeated {
        let each = to_string(quote!(v));
        return quote!(#call.query_repeated(#wire, #value.into_iter().map(|v| #each)););
    }
    let converted = to_string(value.clone());
    let check = match (&p.pattern, &p.ty) {
        (Some(pattern), ParamTy::String) => {
            Some(quote!(#call.check_pattern(#wire, &#value, #pattern);))
        }
        _ => None,
    };
    let setter = match p.location {
        Location::Path => quote!(path_param),
        Location::Query => quote!(query),
    };
    match check {
        Some(check) => quote! {
            let #value: String = #converted;
            #check
            #call.#setter(#wire, #value);
        },
        None => quote!(#call.#setter(#wire, #converted);),
    }
}
