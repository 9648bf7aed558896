//! Where in a JSON text a reading error happened, as a path such as
//! `institutes[3].established`.
//!
//! The dataset is read by serde_json straight into its types, which report a line and a
//! column but not the path. Only when reading fails is the text scanned again, up to that
//! position, keeping the stack of keys and indices that lead there. Tracking the path
//! during every read instead would instantiate the reading code of every record type a
//! second time, and that code ships to every visitor.

/// One step of a path: an object key or an array index.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    /// The key being read, whether its colon was read (its value began), and every
    /// key of the object read so far.
    Key(Option<String>, bool, Vec<String>),
    /// The index, and whether anything of that element has been read yet.
    Index(usize, bool),
}

/// What kind of error is located: it decides what the position means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorKind {
    /// Bad JSON inside a value: the position is where reading stopped.
    Syntax,
    /// The text ends inside a value; a list item that did not begin is not named.
    Eof,
    /// Bad or cut-off JSON between the items of the innermost list or object (a comma
    /// or a closing bracket was expected): that list or object is named.
    Between,
    /// A value of the wrong type or content: a list whose first item was not read yet
    /// is the value itself (it was refused at its opening bracket), unless a bracket
    /// follows that was not read (then that is the refused item).
    Data,
    /// The named field is missing: noticed at the closing brace of its object, which
    /// is the path given, not the last key read. (A type read as a whole first, such
    /// as an enum told apart by a field, notices it after the object instead.)
    MissingField(String),
    /// The named field was given twice: noticed right after its second key, before the
    /// value; the error is about the object, as a reader that tracks its path says.
    DuplicateField(String),
}

/// The path of the value being read at byte `offset` of `text`.
pub fn path_at(text: &str, offset: usize, kind: ErrorKind) -> Vec<PathSegment> {
    let bytes = text.as_bytes();
    let end = offset.min(bytes.len());
    let mut stack: Vec<Step> = Vec::new();
    // The keys of the object that closed last, while nothing else has been read since.
    let mut just_closed: Option<Vec<String>> = None;
    let mut i = 0;
    while i < end {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        if !matches!(b, b',' | b']') {
            if let Some(Step::Index(_, started)) = stack.last_mut() {
                *started = true;
            }
        }
        just_closed = None;
        match b {
            b'{' => stack.push(Step::Key(None, false, Vec::new())),
            b'[' => stack.push(Step::Index(0, false)),
            b'}' | b']' => {
                if let Some(Step::Key(_, _, seen)) = stack.pop() {
                    just_closed = Some(seen);
                }
            }
            b':' => {
                if let Some(Step::Key(_, colon, _)) = stack.last_mut() {
                    *colon = true;
                }
            }
            b',' => match stack.last_mut() {
                Some(Step::Key(k, colon, _)) => {
                    *k = None;
                    *colon = false;
                }
                Some(Step::Index(n, started)) => {
                    *n += 1;
                    *started = false;
                }
                None => {}
            },
            b'"' => {
                let (s, next) = read_string(bytes, i);
                // A string in key position names the value that follows.
                if let Some(Step::Key(k @ None, _, seen)) = stack.last_mut() {
                    if !after_colon(bytes, i) {
                        seen.push(s.clone());
                        *k = Some(s);
                    }
                }
                i = next;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    match (kind, stack.last_mut()) {
        (ErrorKind::MissingField(field), Some(Step::Key(k, _, _)))
            if bytes.get(end) == Some(&b'}') =>
        {
            // The object just read lacks the field: it was read as a whole, and the
            // error is about it; otherwise it is about the object closing here.
            let about_value = just_closed.is_some_and(|seen| !seen.contains(&field));
            if !about_value {
                *k = None;
            }
        }
        // Refused at its opening bracket after that was read (a type that reads any
        // value); a bracket not yet read belongs to the element being refused.
        (ErrorKind::Data, Some(Step::Index(_, false)))
            if !matches!(bytes.get(end), Some(b'[' | b'{')) =>
        {
            stack.pop();
        }
        (ErrorKind::DuplicateField(field), Some(Step::Key(k, false, _)))
            if k.as_deref() == Some(field.as_str()) =>
        {
            *k = None;
        }
        (ErrorKind::Between, Some(Step::Index(..))) => {
            stack.pop();
        }
        (ErrorKind::Between, Some(Step::Key(k, _, _))) => {
            *k = None;
        }
        (ErrorKind::Eof, Some(Step::Index(_, false))) => {
            stack.pop();
        }
        // Cut off inside a key, or after it but before its colon: no value began.
        (ErrorKind::Syntax | ErrorKind::Eof, Some(Step::Key(k, false, _))) => {
            *k = None;
        }
        _ => {}
    }
    stack
        .into_iter()
        .filter_map(|s| match s {
            Step::Key(Some(k), _, _) => Some(PathSegment::Key(k)),
            Step::Key(None, _, _) => None,
            Step::Index(n, _) => Some(PathSegment::Index(n)),
        })
        .collect()
}

/// A step of the path returned by [`path_at`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathSegment {
    Key(String),
    Index(usize),
}

/// `institutes[3].established`: keys that are not plain words are quoted
/// (`sources[0][""]`); the document itself is the empty string.
pub fn path_text(segments: &[PathSegment]) -> String {
    let mut out = String::new();
    for segment in segments {
        match segment {
            PathSegment::Index(index) => out.push_str(&format!("[{index}]")),
            PathSegment::Key(key)
                if !key.is_empty()
                    && key
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-') =>
            {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            PathSegment::Key(key) => {
                out.push_str(&format!("[{}]", serde_json::Value::from(key.as_str())));
            }
        }
    }
    out
}

/// Whether the string starting at `at` follows a colon (it is a value, not a key).
fn after_colon(bytes: &[u8], at: usize) -> bool {
    bytes[..at]
        .iter()
        .rev()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|b| *b == b':')
}

/// The text of the string starting with the quote at `start` (escapes decoded where
/// they are simple; others kept as written), and the index after its closing quote.
fn read_string(bytes: &[u8], start: usize) -> (String, usize) {
    let mut out = Vec::new();
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => return (String::from_utf8_lossy(&out).into_owned(), i + 1),
            b'\\' if i + 1 < bytes.len() => {
                let c = bytes[i + 1];
                match c {
                    b'"' | b'\\' | b'/' => out.push(c),
                    b'n' => out.push(b'\n'),
                    b't' => out.push(b'\t'),
                    b'r' => out.push(b'\r'),
                    _ => out.extend_from_slice(&bytes[i..i + 2]),
                }
                i += 2;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    (String::from_utf8_lossy(&out).into_owned(), bytes.len())
}

/// The byte offset of a one-based line and a column counted in bytes from the start
/// of that line, as serde_json reports them.
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    if line <= 1 {
        return column.min(text.len());
    }
    let start = text
        .match_indices('\n')
        .nth(line - 2)
        .map_or(text.len(), |(i, _)| i + 1);
    (start + column).min(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(text: &str, at: &str, kind: ErrorKind) -> Vec<PathSegment> {
        path_at(text, text.find(at).expect("marker in text"), kind)
    }

    #[test]
    fn keys_and_indices_lead_to_the_offset() {
        let t = r#"{"a": [1, {"b": "x", "c": [true, @]}]}"#;
        assert_eq!(
            path(t, "@", ErrorKind::Syntax),
            vec![
                PathSegment::Key("a".into()),
                PathSegment::Index(1),
                PathSegment::Key("c".into()),
                PathSegment::Index(1)
            ]
        );
    }

    #[test]
    fn strings_with_brackets_and_escapes_do_not_confuse_it() {
        let t = r#"{"a]\"{": "}],[", "k": @}"#;
        assert_eq!(
            path(t, "@", ErrorKind::Syntax),
            vec![PathSegment::Key("k".into())]
        );
        assert_eq!(
            path(t, "\"}]", ErrorKind::Data),
            vec![PathSegment::Key("a]\"{".into())]
        );
    }

    #[test]
    fn a_closing_brace_names_its_object_when_asked() {
        let t = r#"{"x": {"a": 1, "b": 2}}"#;
        let at = t.find('}').unwrap();
        assert_eq!(
            path_at(t, at, ErrorKind::MissingField("c".into())),
            vec![PathSegment::Key("x".into())]
        );
        assert_eq!(
            path_at(t, at, ErrorKind::Data),
            vec![PathSegment::Key("x".into()), PathSegment::Key("b".into())]
        );
    }

    #[test]
    fn an_object_read_as_a_whole_is_named_for_its_own_missing_field() {
        let t = r#"{"x": {"a": 1}}"#;
        let at = t.rfind('}').unwrap();
        assert_eq!(
            path_at(t, at, ErrorKind::MissingField("c".into())),
            vec![PathSegment::Key("x".into())]
        );
        assert_eq!(path_at(t, at, ErrorKind::MissingField("a".into())), vec![]);
    }

    #[test]
    fn a_field_given_twice_names_its_object() {
        // serde stops right after the second key, before its colon.
        let t = r#"{"x": {"a": 1, "a": 2}}"#;
        let at = t.rfind("\"a\"").unwrap() + 3;
        assert_eq!(
            path_at(t, at, ErrorKind::DuplicateField("a".into())),
            vec![PathSegment::Key("x".into())]
        );
        // Any other error there is about the key's value.
        assert_eq!(
            path_at(t, at, ErrorKind::Data),
            vec![PathSegment::Key("x".into()), PathSegment::Key("a".into())]
        );
    }

    #[test]
    fn between_items_the_list_or_object_is_named() {
        let t = r#"{"a": [{"b": 1}"#;
        assert_eq!(
            path_at(t, t.len(), ErrorKind::Between),
            vec![PathSegment::Key("a".into())]
        );
        let t = r#"{"a": {"b": 1"#;
        assert_eq!(
            path_at(t, t.len(), ErrorKind::Between),
            vec![PathSegment::Key("a".into())]
        );
        assert_eq!(
            path_at(t, t.len(), ErrorKind::Syntax),
            vec![PathSegment::Key("a".into()), PathSegment::Key("b".into())]
        );
    }

    #[test]
    fn a_list_refused_at_its_bracket_is_the_value_itself() {
        let t = r#"{"v": [@"#;
        let at = t.find('@').unwrap();
        assert_eq!(
            path_at(t, at, ErrorKind::Data),
            vec![PathSegment::Key("v".into())]
        );
        assert_eq!(
            path_at(t, at, ErrorKind::Syntax),
            vec![PathSegment::Key("v".into()), PathSegment::Index(0)]
        );
        let t = r#"{"v": ["#;
        assert_eq!(
            path_at(t, t.len(), ErrorKind::Between),
            vec![PathSegment::Key("v".into())]
        );
        let t = r#"{"v": [1,"#;
        assert_eq!(
            path_at(t, t.len(), ErrorKind::Eof),
            vec![PathSegment::Key("v".into())]
        );
        let t = r#"{"v": [[]]}"#;
        assert_eq!(
            path_at(t, 7, ErrorKind::Data),
            vec![PathSegment::Key("v".into()), PathSegment::Index(0)]
        );
    }

    #[test]
    fn line_and_column_become_an_offset() {
        let t = "ab\ncde\nf";
        assert_eq!(offset_of(t, 1, 1), 1);
        assert_eq!(offset_of(t, 2, 2), 5);
        assert_eq!(offset_of(t, 3, 0), 7);
        assert_eq!(offset_of(t, 9, 0), t.len());
    }
}
