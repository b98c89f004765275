//! Documents streamed to stdout a part at a time: a JSON array (or YAML list) one element at a
//! time, a JSON object whose members are arrays, and an object written in two parts (a new secret
//! first, the rest once known).

use std::io::{self, Write};

use serde::Serialize;

use super::yaml::{to_yaml, yaml_part};
use super::{Format, Out};

/// A JSON object (pretty) without its closing brace: `{\n  "a": 1`.
pub(super) fn json_head<T: Serialize + ?Sized>(value: &T) -> io::Result<String> {
    let s = serde_json::to_string_pretty(value)?;
    Ok(s.strip_suffix('}')
        .map(|h| h.trim_end().to_string())
        .unwrap_or(s))
}

/// Lines of a YAML mapping as (part of) an element of a block list: `first` before the first
/// line (`- ` or, for a continuation, two spaces), two spaces before the others.
pub(super) fn item_lines(mapping: &str, first: &str) -> String {
    let mut out = String::with_capacity(mapping.len() + 16);
    for (i, line) in mapping.lines().enumerate() {
        out.push_str(if i == 0 { first } else { "  " });
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// The members of a JSON object (pretty) that continue a [`json_head`]: `,\n  "b": 2\n}`.
pub(super) fn json_tail<T: Serialize + ?Sized>(value: &T) -> io::Result<String> {
    let s = serde_json::to_string_pretty(value)?;
    Ok(match s.strip_prefix('{').map(str::trim_start) {
        Some("}") | None => "\n}".to_string(),
        Some(rest) => format!(",\n  {rest}"),
    })
}

/// Streams a JSON array to stdout one element at a time, so long lists need little memory.
/// With `-o yaml`, a YAML list the same way.
pub struct JsonArrayWriter<'a> {
    out: Out<'a>,
    first: bool,
    yaml: bool,
}

impl<'a> JsonArrayWriter<'a> {
    fn start(mut out: Out<'a>) -> io::Result<Self> {
        out.write_all(b"[")?;
        Ok(JsonArrayWriter {
            out,
            first: true,
            yaml: false,
        })
    }

    /// A JSON array, or a YAML list with [`Format::Yaml`], on `out`: [`super::Printer::json_array`].
    pub(super) fn start_as(out: Out<'a>, format: Format) -> io::Result<Self> {
        if format != Format::Yaml {
            return Self::start(out);
        }
        Ok(JsonArrayWriter {
            out,
            first: true,
            yaml: true,
        })
    }

    pub fn push<T: Serialize>(&mut self, item: &T) -> io::Result<()> {
        if self.yaml {
            self.first = false;
            let v = serde_json::to_value(item).map_err(io::Error::other)?;
            let text = to_yaml(&serde_json::Value::Array(vec![v]));
            self.out.write_all(text.as_bytes())?;
            return self.out.flush();
        }
        self.out
            .write_all(if self.first { b"\n  " } else { b",\n  " })?;
        self.first = false;
        let s = serde_json::to_string_pretty(item)?;
        self.out.write_all(s.replace('\n', "\n  ").as_bytes())
    }

    /// Starts an element whose first members are known now (a new secret) and flushes them;
    /// [`JsonArrayWriter::push_tail`] ends it. Nothing else may be pushed in between.
    pub fn push_head<T: Serialize>(&mut self, item: &T) -> io::Result<()> {
        if self.yaml {
            self.first = false;
            let s = item_lines(&yaml_part(item)?, "- ");
            self.out.write_all(s.as_bytes())?;
            return self.out.flush();
        }
        self.out
            .write_all(if self.first { b"\n  " } else { b",\n  " })?;
        self.first = false;
        let s = json_head(item)?;
        self.out.write_all(s.replace('\n', "\n  ").as_bytes())?;
        self.out.flush()
    }

    /// The rest of the element [`JsonArrayWriter::push_head`] began.
    pub fn push_tail<T: Serialize>(&mut self, item: &T) -> io::Result<()> {
        if self.yaml {
            let s = item_lines(&yaml_part(item)?, "  ");
            self.out.write_all(s.as_bytes())?;
            return self.out.flush();
        }
        let s = json_tail(item)?;
        self.out.write_all(s.replace('\n', "\n  ").as_bytes())?;
        self.out.flush()
    }

    pub fn finish(mut self) -> io::Result<()> {
        if self.yaml {
            if self.first {
                self.out.write_all(b"[]\n")?;
            }
            return self.out.flush();
        }
        self.out
            .write_all(if self.first { b"]\n" } else { b"\n]\n" })?;
        self.out.flush()
    }
}

/// Streams one JSON object to stdout whose members are arrays, one element at a time (so that
/// each element, such as a new secret, is on stdout the moment it exists), then plain members.
pub struct JsonObjectWriter<'a> {
    out: Out<'a>,
    first_member: bool,
    /// Inside an array member: whether no element was written yet.
    array: Option<bool>,
}

impl<'a> JsonObjectWriter<'a> {
    /// The object, opened on `out`: [`super::Printer::json_object`].
    pub(super) fn start(mut out: Out<'a>) -> io::Result<Self> {
        out.write_all(b"{")?;
        out.flush()?;
        Ok(JsonObjectWriter {
            out,
            first_member: true,
            array: None,
        })
    }

    fn key(&mut self, name: &str) -> io::Result<()> {
        self.end_array()?;
        let sep: &[u8] = if self.first_member { b"\n  " } else { b",\n  " };
        self.first_member = false;
        self.out.write_all(sep)?;
        let k = serde_json::to_string(name).map_err(io::Error::other)?;
        self.out.write_all(k.as_bytes())?;
        self.out.write_all(b": ")
    }

    /// Starts the array member `name`; [`JsonObjectWriter::push`] adds to it.
    pub fn begin_array(&mut self, name: &str) -> io::Result<()> {
        self.key(name)?;
        self.out.write_all(b"[")?;
        self.array = Some(true);
        self.out.flush()
    }

    /// Writes one element of the open array and flushes it.
    pub fn push<T: Serialize + ?Sized>(&mut self, item: &T) -> io::Result<()> {
        let first = self
            .array
            .ok_or_else(|| io::Error::other("no open array"))?;
        self.out
            .write_all(if first { b"\n    " } else { b",\n    " })?;
        self.array = Some(false);
        let s = serde_json::to_string_pretty(item).map_err(io::Error::other)?;
        self.out.write_all(s.replace('\n', "\n    ").as_bytes())?;
        self.out.flush()
    }

    fn end_array(&mut self) -> io::Result<()> {
        match self.array.take() {
            Some(true) => self.out.write_all(b"]"),
            Some(false) => self.out.write_all(b"\n  ]"),
            None => Ok(()),
        }
    }

    /// A plain member.
    pub fn member<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) -> io::Result<()> {
        self.key(name)?;
        let s = serde_json::to_string_pretty(value).map_err(io::Error::other)?;
        self.out.write_all(s.replace('\n', "\n  ").as_bytes())
    }

    pub fn finish(mut self) -> io::Result<()> {
        self.end_array()?;
        self.out
            .write_all(if self.first_member { b"}\n" } else { b"\n}\n" })?;
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_object_written_in_two_parts_is_one_json_document() {
        let head = json_head(&serde_json::json!({"secret": {"value": "v"}})).unwrap();
        for (tail, want) in [
            (
                serde_json::json!({"retired": [], "revoked": ["a"]}),
                serde_json::json!({"secret": {"value": "v"}, "retired": [], "revoked": ["a"]}),
            ),
            (
                serde_json::json!({}),
                serde_json::json!({"secret": {"value": "v"}}),
            ),
        ] {
            let doc = format!("{head}{}", json_tail(&tail).unwrap());
            let v: serde_json::Value = serde_json::from_str(&doc).unwrap();
            assert_eq!(v, want, "{doc}");
        }
    }
}
