//! A JSON list of records (an admin API's page of clients), read one element at a time: each
//! object is handed over and dropped before the next is read, so a large page is never held as
//! one `serde_json::Value` tree, only as its bytes and what the caller keeps of each record.

use serde::de::{DeserializeSeed, IgnoredAny, SeqAccess, Visitor};
use serde_json::{Map, Value};

/// What came back where a list was expected.
#[derive(Debug)]
pub enum Records {
    /// A list of `len` elements (objects beyond `take`, and elements that are not objects, were
    /// not handed over).
    List { len: usize },
    /// Not a list: the whole answer, for the message.
    Other(Value),
}

/// Reads `bytes` as a JSON list and calls `each` with its first `take` objects, in order.
pub fn each_object(
    bytes: &[u8],
    take: usize,
    mut each: impl FnMut(&Map<String, Value>),
) -> serde_json::Result<Records> {
    let first = bytes.iter().find(|b| !b.is_ascii_whitespace());
    if first != Some(&b'[') {
        return serde_json::from_slice(bytes).map(Records::Other);
    }
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let len = Elements {
        take,
        each: &mut each,
    }
    .deserialize(&mut de)?;
    de.end()?;
    Ok(Records::List { len })
}

struct Elements<'f, F> {
    take: usize,
    each: &'f mut F,
}

impl<'de, F: FnMut(&Map<String, Value>)> DeserializeSeed<'de> for Elements<'_, F> {
    type Value = usize;
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<usize, D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de, F: FnMut(&Map<String, Value>)> Visitor<'de> for Elements<'_, F> {
    type Value = usize;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a list")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<usize, A::Error> {
        let mut len = 0;
        while len < self.take {
            match seq.next_element::<Value>()? {
                Some(Value::Object(m)) => (self.each)(&m),
                Some(_) => {}
                None => return Ok(len),
            }
            len += 1;
        }
        while seq.next_element::<IgnoredAny>()?.is_some() {
            len += 1;
        }
        Ok(len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(bytes: &str, take: usize) -> (Vec<String>, Records) {
        let mut got = Vec::new();
        let r = each_object(bytes.as_bytes(), take, |m| {
            got.push(m["id"].as_str().unwrap().to_string())
        })
        .unwrap();
        (got, r)
    }

    #[test]
    fn objects_are_handed_over_in_order_up_to_take_and_all_are_counted() {
        let (got, r) = ids(r#" [{"id":"a"},{"id":"b"},7,{"id":"c"}] "#, 2);
        assert_eq!(got, ["a", "b"]);
        assert!(matches!(r, Records::List { len: 4 }));
        let (got, r) = ids(r#"[{"id":"a"},"x",{"id":"c"}]"#, 10);
        assert_eq!(got, ["a", "c"]);
        assert!(matches!(r, Records::List { len: 3 }));
        assert!(matches!(ids("[]", 5).1, Records::List { len: 0 }));
    }

    #[test]
    fn an_answer_that_is_not_a_list_comes_back_whole_and_broken_json_fails() {
        let (got, r) = ids(r#"{"error":"nope"}"#, 5);
        assert!(got.is_empty());
        assert!(matches!(r, Records::Other(Value::Object(_))));
        assert!(each_object(b"[{\"id\":\"a\"},", 5, |_| {}).is_err());
        assert!(each_object(b"[] x", 5, |_| {}).is_err());
    }
}
