//! The fields of a JSON Lines record that ingest reads, parsed in one pass.
//!
//! A record parsed into a `serde_json::Value` builds every field: the
//! source, the dateline, lists of categories, each a string or a vector
//! and a map entry. Here only the body and the metadata fields become
//! values; the others are checked as strictly (a lone surrogate escape, a
//! number out of range are errors, as they are in a `Value`) but not kept.

use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;
use std::fmt;

/// The fields ingest reads; as in a `Value`, the last of duplicate keys wins.
#[derive(Debug, Default)]
pub(super) struct Fields {
    pub text: Option<Value>,
    pub body: Option<Value>,
    pub content: Option<Value>,
    pub id: Option<Value>,
    pub title: Option<Value>,
    pub url: Option<Value>,
    pub date: Option<Value>,
}

impl Fields {
    /// The fields of a record read as a whole object.
    pub fn of(obj: &serde_json::Map<String, Value>) -> Fields {
        let field = |k: &str| obj.get(k).cloned();
        Fields {
            text: field("text"),
            body: field("body"),
            content: field("content"),
            id: field("id"),
            title: field("title"),
            url: field("url"),
            date: field("date"),
        }
    }

    /// The value of key `k` (a body field or a metadata field).
    pub fn get(&self, k: &str) -> Option<&Value> {
        match k {
            "text" => self.text.as_ref(),
            "body" => self.body.as_ref(),
            "content" => self.content.as_ref(),
            "id" => self.id.as_ref(),
            "title" => self.title.as_ref(),
            "url" => self.url.as_ref(),
            "date" => self.date.as_ref(),
            _ => None,
        }
    }
}

/// A record's key, read without copying it.
#[derive(serde::Deserialize)]
#[serde(field_identifier, rename_all = "lowercase")]
enum Key {
    Text,
    Body,
    Content,
    Id,
    Title,
    Url,
    Date,
    #[serde(other)]
    Other,
}

impl<'de> Deserialize<'de> for Fields {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Fields, D::Error> {
        d.deserialize_map(FieldsVisitor)
    }
}

struct FieldsVisitor;

impl<'de> Visitor<'de> for FieldsVisitor {
    type Value = Fields;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields, A::Error> {
        let mut fields = Fields::default();
        while let Some(key) = map.next_key::<Key>()? {
            let slot = match key {
                Key::Text => &mut fields.text,
                Key::Body => &mut fields.body,
                Key::Content => &mut fields.content,
                Key::Id => &mut fields.id,
                Key::Title => &mut fields.title,
                Key::Url => &mut fields.url,
                Key::Date => &mut fields.date,
                Key::Other => {
                    map.next_value::<Checked>()?;
                    continue;
                }
            };
            *slot = Some(map.next_value()?);
        }
        Ok(fields)
    }
}

/// A value read as a `Value` would be (strings decoded, numbers converted),
/// and dropped.
struct Checked;

impl<'de> Deserialize<'de> for Checked {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Checked, D::Error> {
        d.deserialize_any(CheckedVisitor)
    }
}

struct CheckedVisitor;

impl<'de> Visitor<'de> for CheckedVisitor {
    type Value = Checked;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<Checked, E> {
        Ok(Checked)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Checked, E> {
        Ok(Checked)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Checked, E> {
        Ok(Checked)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Checked, E> {
        Ok(Checked)
    }

    fn visit_str<E>(self, _: &str) -> Result<Checked, E> {
        Ok(Checked)
    }

    fn visit_unit<E>(self) -> Result<Checked, E> {
        Ok(Checked)
    }

    fn visit_none<E>(self) -> Result<Checked, E> {
        Ok(Checked)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Checked, D::Error> {
        Checked::deserialize(d)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Checked, A::Error> {
        while seq.next_element::<Checked>()?.is_some() {}
        Ok(Checked)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Checked, A::Error> {
        // Keys are strings, decoded and checked as a `Value`'s are.
        while map.next_entry::<CheckedKey, Checked>()?.is_some() {}
        Ok(Checked)
    }
}

/// An object's key inside a skipped value.
struct CheckedKey;

impl<'de> Deserialize<'de> for CheckedKey {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<CheckedKey, D::Error> {
        d.deserialize_str(KeyVisitor).map(|IgnoredAny| CheckedKey)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = IgnoredAny;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string key")
    }

    fn visit_str<E>(self, _: &str) -> Result<IgnoredAny, E> {
        Ok(IgnoredAny)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The values of the fields ingest reads, if the line is an object.
    type Read = Option<Vec<Option<Value>>>;

    /// What ingest reads of `line`, by the fast parse and by a `Value`.
    fn both(line: &str) -> (Read, Read) {
        const KEYS: [&str; 7] = ["text", "body", "content", "id", "title", "url", "date"];
        let fast = serde_json::from_str::<Fields>(line)
            .ok()
            .map(|f| KEYS.iter().map(|k| f.get(k).cloned()).collect());
        let slow = serde_json::from_str::<Value>(line).ok().and_then(|v| {
            let obj = v.as_object()?.clone();
            Some(KEYS.iter().map(|k| obj.get(*k).cloned()).collect())
        });
        (fast, slow)
    }

    #[test]
    fn the_fields_are_those_of_a_value() {
        let lines = [
            r#"{"id": "a1", "source": "s", "category": ["x", {"k": [1, 2.5, null, true]}], "text": "Body \u00e9."}"#,
            r#"{"id": 7, "text": "one", "text": "two", "title": null, "date": ["d"]}"#,
            r#"{"body": "b", "extra": {"a": {"b": {}}}, "url": "u"}"#,
            r#"{"text": "x", "bad": "\ud800"}"#,
            r#"{"text": "x", "big": 1e400}"#,
            r#"{"text": "x", "\ud800": 1}"#,
            r#"{"text": "x"} trailing"#,
            r#"["text", "x"]"#,
            r#"{"text": "x",}"#,
            "{}",
        ];
        for line in lines {
            let (fast, slow) = both(line);
            assert_eq!(fast, slow, "{line}");
        }
    }
}
