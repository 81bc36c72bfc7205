//! A `tracing` subscriber that keeps every span with its fields as recorded, for tests of the
//! runtime's spans.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Metadata, Subscriber};

#[derive(Debug, Clone, Default)]
struct SpanSeen {
    name: &'static str,
    fields: BTreeMap<String, String>,
}

/// A subscriber that keeps every span with its fields as recorded.
#[derive(Clone, Default)]
pub struct Spans(Arc<Mutex<Vec<SpanSeen>>>);

struct Fields<'a>(&'a mut BTreeMap<String, String>);

impl Visit for Fields<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0.insert(field.name().to_owned(), format!("{value:?}"));
    }
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name().to_owned(), value.to_owned());
    }
}

impl Subscriber for Spans {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, attributes: &Attributes<'_>) -> Id {
        let mut seen = SpanSeen {
            name: attributes.metadata().name(),
            ..SpanSeen::default()
        };
        attributes.record(&mut Fields(&mut seen.fields));
        let mut spans = self.0.lock().unwrap();
        spans.push(seen);
        Id::from_u64(spans.len() as u64)
    }
    fn record(&self, span: &Id, values: &Record<'_>) {
        let mut spans = self.0.lock().unwrap();
        let index = usize::try_from(span.into_u64()).unwrap() - 1;
        values.record(&mut Fields(&mut spans[index].fields));
    }
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn event(&self, _: &Event<'_>) {}
    fn enter(&self, _: &Id) {}
    fn exit(&self, _: &Id) {}
}

impl Spans {
    pub fn named(&self, name: &str) -> Vec<BTreeMap<String, String>> {
        let spans = self.0.lock().unwrap();
        spans
            .iter()
            .filter(|s| s.name == name)
            .map(|s| s.fields.clone())
            .collect()
    }
}

pub fn field<'a>(span: &'a BTreeMap<String, String>, name: &str) -> Option<&'a str> {
    span.get(name).map(String::as_str)
}

impl Spans {
    /// Every field of every span, as text, one `name=value` a line.
    pub fn everything(&self) -> String {
        let spans = self.0.lock().unwrap();
        spans
            .iter()
            .flat_map(|s| {
                s.fields
                    .iter()
                    .map(move |(k, v)| format!("{} {k}={v}\n", s.name))
            })
            .collect()
    }
}
