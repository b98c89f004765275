//! `-o yaml`: the JSON form of a value written as a YAML block document.

use std::io;

use serde::Serialize;

/// Some keys of a YAML mapping that other parts continue: the members of `value` (an object) as
/// block YAML, nothing for an empty object.
pub(super) fn yaml_part<T: Serialize + ?Sized>(value: &T) -> io::Result<String> {
    match serde_json::to_value(value).map_err(io::Error::other)? {
        serde_json::Value::Object(m) if m.is_empty() => Ok(String::new()),
        v @ serde_json::Value::Object(_) => Ok(to_yaml(&v)),
        other => Err(io::Error::other(format!(
            "a part of a YAML mapping must be an object, not {other}"
        ))),
    }
}

/// A JSON value as a YAML block document (what `-o yaml` prints). Strings that YAML would read
/// as something else (`true`, `1.0`, `null`, `yes`, a leading `-`, a `: `) are double-quoted with
/// JSON escapes, which YAML reads the same way.
pub fn to_yaml(v: &serde_json::Value) -> String {
    let mut out = String::new();
    match v {
        serde_json::Value::Object(m) if !m.is_empty() => yaml_map(&mut out, m, 0),
        serde_json::Value::Array(a) if !a.is_empty() => yaml_seq(&mut out, a, 0),
        other => {
            out.push_str(&yaml_scalar(other));
            out.push('\n');
        }
    }
    out
}

fn yaml_inline(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::Object(m) if m.is_empty() => Some("{}".into()),
        serde_json::Value::Array(a) if a.is_empty() => Some("[]".into()),
        serde_json::Value::Object(_) | serde_json::Value::Array(_) => None,
        other => Some(yaml_scalar(other)),
    }
}

/// Keys written first in a YAML mapping, so each entry starts with what names it.
const YAML_FIRST_KEYS: &[&str] = &["clients", "clientName", "clientId", "name", "id"];

fn yaml_map(out: &mut String, m: &serde_json::Map<String, serde_json::Value>, indent: usize) {
    let first = YAML_FIRST_KEYS.iter().filter_map(|k| m.get_key_value(*k));
    let rest = m
        .iter()
        .filter(|(k, _)| !YAML_FIRST_KEYS.contains(&k.as_str()));
    for (i, (k, v)) in first.chain(rest).enumerate() {
        // The first key of a sequence item sits on the item's `- ` line.
        if i > 0 || !out.ends_with("- ") {
            out.push_str(&" ".repeat(indent));
        }
        out.push_str(&yaml_string(k));
        out.push(':');
        yaml_value(out, v, indent);
    }
}

fn yaml_value(out: &mut String, v: &serde_json::Value, indent: usize) {
    match (yaml_inline(v), v) {
        (Some(s), _) => {
            out.push(' ');
            out.push_str(&s);
            out.push('\n');
        }
        (None, serde_json::Value::Object(m)) => {
            out.push('\n');
            yaml_map(out, m, indent + 2);
        }
        (None, serde_json::Value::Array(a)) => {
            out.push('\n');
            yaml_seq(out, a, indent + 2);
        }
        (None, _) => unreachable!("scalars are inline"),
    }
}

fn yaml_seq(out: &mut String, a: &[serde_json::Value], indent: usize) {
    for v in a {
        out.push_str(&" ".repeat(indent));
        out.push_str("- ");
        match (yaml_inline(v), v) {
            (Some(s), _) => {
                out.push_str(&s);
                out.push('\n');
            }
            (None, serde_json::Value::Object(m)) => yaml_map(out, m, indent + 2),
            (None, serde_json::Value::Array(inner)) => {
                out.push('\n');
                yaml_seq(out, inner, indent + 2);
            }
            (None, _) => unreachable!("scalars are inline"),
        }
    }
}

fn yaml_scalar(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => "null".into(),
        serde_json::Value::Bool(b) => b.to_string(),
        serde_json::Value::Number(n) => n.to_string(),
        serde_json::Value::String(s) => yaml_string(s),
        other => other.to_string(),
    }
}

fn yaml_string(s: &str) -> String {
    if yaml_plain_ok(s) {
        s.to_string()
    } else {
        serde_json::to_string(s).unwrap_or_else(|_| format!("{s:?}"))
    }
}

/// True when `s` can be written as a plain scalar and reads back as the same string.
fn yaml_plain_ok(s: &str) -> bool {
    let Some(first) = s.chars().next() else {
        return false;
    };
    let reserved = [
        "true", "false", "null", "yes", "no", "on", "off", "y", "n", "~",
    ];
    if reserved.iter().any(|r| s.eq_ignore_ascii_case(r))
        || s.parse::<f64>().is_ok()
        || s.starts_with("0x")
        || s.starts_with("0o")
        || s.eq_ignore_ascii_case(".inf")
        || s.eq_ignore_ascii_case(".nan")
    {
        return false;
    }
    (first.is_ascii_alphanumeric() || matches!(first, '_' | '/' | '.'))
        && !s.ends_with(' ')
        && !s.contains(": ")
        && !s.contains(" #")
        && !s.ends_with(':')
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || " _./:@+-=,()".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::stream::item_lines;

    /// A YAML text as a tree that ignores key order and scalar style, for comparisons.
    fn yaml_tree(text: &str) -> serde_json::Value {
        use crate::commands::declare::file::{parse_tree, Node};
        fn canon(n: &Node) -> serde_json::Value {
            match n {
                Node::Map(entries, _) => serde_json::Value::Object(
                    entries
                        .iter()
                        .map(|(k, _, v)| (k.clone(), canon(v)))
                        .collect(),
                ),
                Node::Seq(items, _) => items.iter().map(canon).collect(),
                Node::Scalar(s, _, _) => serde_json::Value::String(s.clone()),
            }
        }
        canon(
            &parse_tree(text)
                .unwrap_or_else(|e| panic!("{e:?}:\n{text}"))
                .unwrap(),
        )
    }

    #[test]
    fn an_object_written_in_two_parts_is_one_yaml_document_too() {
        let head = serde_json::json!({"secret": {"id": "s1", "value": "v: #1"}});
        for tail in [
            serde_json::json!({"retired": [{"id": "s0", "expiration": "2026-01-01T00:00:00Z"}], "revoked": ["a"]}),
            serde_json::json!({}),
        ] {
            let mut whole = head.as_object().unwrap().clone();
            whole.extend(tail.as_object().unwrap().clone());
            let whole = serde_json::Value::Object(whole);
            let doc = format!("{}{}", yaml_part(&head).unwrap(), yaml_part(&tail).unwrap());
            assert_eq!(yaml_tree(&doc), yaml_tree(&to_yaml(&whole)), "{doc}");
            // As elements of a list, the same.
            let item = format!(
                "{}{}{}",
                item_lines(&yaml_part(&head).unwrap(), "- "),
                item_lines(&yaml_part(&tail).unwrap(), "  "),
                item_lines(&yaml_part(&head).unwrap(), "- ")
            );
            let list = serde_json::Value::Array(vec![whole, head.clone()]);
            assert_eq!(yaml_tree(&item), yaml_tree(&to_yaml(&list)), "{item}");
        }
    }
}
