//! Text from outside (servers, users) made safe to show on a terminal.

use std::borrow::Cow;

/// Text for a terminal, whatever a server sent: control characters (C0 including newline and
/// tab, DEL, C1) and the bidi embedding, override and isolate characters (U+202A–U+202E,
/// U+2066–U+2069) are shown as `\u{1b}`-style escapes instead of acting on the terminal
/// (retitling it, clearing it, reordering the line). Every human path goes through it; JSON
/// output never does.
pub fn visible(s: &str) -> Cow<'_, str> {
    fn unsafe_char(c: char) -> bool {
        c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    }
    if !s.chars().any(unsafe_char) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if unsafe_char(c) {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// [`visible`] for a message of several lines: each line on its own, the line breaks kept.
pub fn visible_lines(s: &str) -> Cow<'_, str> {
    if !s.contains('\n') {
        return visible(s);
    }
    Cow::Owned(s.split('\n').map(visible).collect::<Vec<_>>().join("\n"))
}
