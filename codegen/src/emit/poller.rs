//! `.poller()` on the builders of methods that answer a long-running operation (the runtime's
//! `operation`; the shapes it follows are in the generated `operations` module).

use proc_macro2::TokenStream;
use quote::quote;

use super::docs::code;
use super::tokens::{ident, lines_to_attrs, rust_type};
use crate::model::{Api, MethodDef, OperationShape};

/// The builder method, or nothing for a method that answers no operation.
pub fn builder_method(api: &Api, m: &MethodDef) -> TokenStream {
    let (Some(shape), Some(response)) = (&m.operation, &m.response) else {
        return quote!();
    };
    let polled = polled_with(api, m);
    let shape = ident(shape);
    let response = rust_type(response);
    let doc = lines_to_attrs(&[
        "Sends the call and follows the long-running operation it starts: `.until_done().await`".to_owned(),
        "returns the operation once it is done, or [`Error::Operation`](crate::runtime::Error::Operation)".to_owned(),
        "with Google's code, message and details if it failed; `.states()` streams every state.".to_owned(),
        format!("It asks with {polled}."),
    ]);
    quote! {
        #doc
        #[inline]
        pub fn poller(self) -> crate::runtime::Poller<#response> {
            crate::runtime::Poller::new(self.call, &crate::operations::#shape)
        }
    }
}

/// The polling methods of the operation `m` answers, for its docs.
fn polled_with(api: &Api, m: &MethodDef) -> String {
    let Some(op) = api
        .operations
        .iter()
        .find(|op| m.operation.as_deref() == Some(op.static_name.as_str()))
    else {
        return String::new();
    };
    let polls = match &op.shape {
        OperationShape::LongRunning(p) => vec![p],
        OperationShape::Compute {
            zonal,
            regional,
            global,
        } => vec![zonal, regional, global],
    };
    let ids: Vec<String> = polls
        .into_iter()
        .flat_map(|p| p.wait.iter().chain(&p.get))
        .map(|m| code(&m.id))
        .collect();
    ids.join(", ")
}
