//! Rust names for OpenAPI things: valid identifiers, unique within their scope, stable across runs.
//!
//! Every [`Ident`] of the IR is made here, so whether a name is a keyword (and must be written
//! raw) is decided in one place.

use rustc_hash::FxHashSet;
use std::borrow::Cow;
use std::fmt;

use heck::{ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};

use crate::emit::UNQUALIFIED_STD_NAMES;

mod operation;

pub use operation::{ABBREVIATIONS, CONNECTORS, operation_names};

/// Keywords that cannot be used as identifiers, even raw (`r#self` is invalid).
const NOT_RAW: &[&str] = &["self", "Self", "super", "crate", "_"];

/// Strict and reserved keywords of edition 2024; these become raw identifiers.
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn",
    "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let",
    "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return",
    "static", "struct", "trait", "true", "try", "type", "typeof", "union", "unsafe", "unsized",
    "use", "virtual", "where", "while", "yield",
];

/// Whether `name` is a Rust keyword (strict or reserved, edition 2024), raw-able or not.
pub fn is_keyword(name: &str) -> bool {
    KEYWORDS.contains(&name) || NOT_RAW.contains(&name)
}

/// A Rust identifier: its bare text, and whether it is a keyword that must be written raw
/// (`r#type`). Only this module makes them, so every one is a valid identifier.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Ident {
    text: String,
    raw: bool,
}

impl Ident {
    /// `text`, written raw when it is a keyword. `text` is never one of `NOT_RAW`: the
    /// functions below rename those.
    fn new(text: String) -> Self {
        let raw = KEYWORDS.contains(&text.as_str());
        Ident { text, raw }
    }

    /// `body`: the field of an operation's request body, which no parameter is named
    /// (lowering reserves it).
    pub fn body() -> Self {
        Ident::new("body".to_owned())
    }

    /// The name without `r#`: what serde, `Debug` output and docs show.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether the name is a keyword, written `r#…` in code.
    pub fn is_raw(&self) -> bool {
        self.raw
    }
}

impl fmt::Display for Ident {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl PartialEq<&str> for Ident {
    fn eq(&self, other: &&str) -> bool {
        self.text == *other
    }
}

/// A set of names already taken in one scope. `claim` hands out a unique variant of a wish.
#[derive(Debug, Default, Clone)]
pub struct Scope {
    taken: FxHashSet<String>,
}

impl Scope {
    /// A scope for type names, where the standard-library names that generated code writes
    /// without a path are taken, so that no type shadows them, and so is `Self`.
    pub fn for_types() -> Self {
        let mut scope = Scope::default();
        for name in UNQUALIFIED_STD_NAMES.iter().chain(&["Self"]) {
            scope.taken.insert((*name).to_owned());
        }
        scope
    }

    /// Reserves `name` as given (used for names the generated code itself relies on).
    pub fn reserve(&mut self, name: &str) {
        self.taken.insert(name.to_owned());
    }

    /// The first of `wishes` that is free, else [`Scope::claim`] of the last one.
    pub fn claim_first(&mut self, wishes: &[String]) -> Ident {
        match self.claim_free(wishes) {
            Some(name) => name,
            None => self.claim(wishes.last().map_or("", String::as_str)),
        }
    }

    /// The variant that keeps values the document does not list: `Unknown`, or where a listed
    /// value has that name already (Stripe's card networks list `unknown`), `Other`, then
    /// `Undocumented`, rather than a numbered `Unknown2`.
    pub fn claim_catch_all(&mut self) -> Ident {
        self.claim_first(&["Unknown", "Other", "Undocumented"].map(str::to_owned))
    }

    /// The first of `wishes` that is free, claimed; `None` when every one is taken.
    pub fn claim_free(&mut self, wishes: &[String]) -> Option<Ident> {
        wishes.iter().find_map(|wish| {
            let wish = capped(wish);
            self.taken
                .insert(wish.to_string())
                .then(|| Ident::new(wish.into_owned()))
        })
    }

    /// Returns `wish` if free, otherwise `wish2`, `wish3`, …, and marks it taken. `wish` is a
    /// name made by this module: bare, and never a keyword that cannot be raw (`self`).
    ///
    /// The number keeps the name's case valid: it is set apart from a trailing digit (`V1` →
    /// `V1_2`), and in a name that starts with a capital a trailing `_` gives way to it
    /// (`Self_` → `Self2`, as `Self_2` is not UpperCamelCase).
    pub fn claim(&mut self, wish: &str) -> Ident {
        let wish = capped(wish);
        let wish = wish.as_ref();
        if self.taken.insert(wish.to_owned()) {
            return Ident::new(wish.to_owned());
        }
        let stem = if wish.starts_with(|c: char| c.is_ascii_uppercase()) {
            wish.trim_end_matches('_')
        } else {
            wish
        };
        let separator = if stem.ends_with(|c: char| c.is_ascii_digit()) {
            "_"
        } else {
            ""
        };
        let text = (2..)
            .map(|n| format!("{stem}{separator}{n}"))
            .find(|candidate| self.taken.insert(candidate.clone()))
            .unwrap_or_default();
        Ident::new(text)
    }
}

/// The length an inline type's name is brought down to when its context makes it longer.
pub const INLINE_NAME_CHARS: usize = 50;

/// Names for an inline type from its context, `segments`: the component or operation it
/// belongs to, then each step down to it (a property, `Item`, `Body`, …). A short context is
/// its own only name. A long one is brought down to the first segment and as many of the last
/// segments as fit in [`INLINE_NAME_CHARS`], then each further middle segment back, up to
/// [`MAX_TYPE_CHARS`]; when segments are too long for that, the same is done word by word. Last
/// comes the whole context, which is unique where the shorter ones are not. No candidate is
/// numbered.
pub fn inline_type_names(segments: &[String]) -> Vec<String> {
    let whole = segments.concat();
    if whole.chars().count() <= INLINE_NAME_CHARS {
        return vec![whole];
    }
    let mut candidates = shortenings(segments);
    let words: Vec<String> = camel_words(&whole).into_iter().map(str::to_owned).collect();
    for name in shortenings(&words) {
        if !candidates.contains(&name) {
            candidates.push(name);
        }
    }
    // Should every shortening be taken, the whole context: a long name reads better than a
    // numbered one.
    candidates.push(whole);
    candidates
}

/// The first of `units` with the last ones, shortest first (see [`inline_type_names`]); none
/// when no such name fits in [`MAX_TYPE_CHARS`].
fn shortenings(units: &[String]) -> Vec<String> {
    let Some((first, rest)) = units.split_first() else {
        return Vec::new();
    };
    let chars = |unit: &String| unit.chars().count();
    let mut tail_start = rest.len();
    let mut tail_len = 0;
    // The most last units that fit with the first in INLINE_NAME_CHARS, at least one.
    while tail_start > 0 {
        let unit = chars(&rest[tail_start - 1]);
        if tail_start < rest.len() && chars(first) + tail_len + unit > INLINE_NAME_CHARS {
            break;
        }
        tail_len += unit;
        tail_start -= 1;
    }
    let mut candidates = Vec::new();
    // `tail_start` is 0 only when the whole fits, which the caller has ruled out.
    for start in (1..=tail_start).rev() {
        let name = format!("{first}{}", rest[start..].concat());
        if name.chars().count() > MAX_TYPE_CHARS {
            break;
        }
        candidates.push(name);
    }
    candidates
}

/// `UpperCamel` text split before each capital: `SelfHostedRunners2` → `Self`, `Hosted`,
/// `Runners2`.
fn camel_words(text: &str) -> Vec<&str> {
    let mut words = Vec::new();
    let mut start = 0;
    for (index, c) in text.char_indices().skip(1) {
        if c.is_uppercase() {
            words.push(&text[start..index]);
            start = index;
        }
    }
    words.push(&text[start..]);
    words
}

/// The longest type name handed out, in characters: beyond it, readers lose the thread.
pub const MAX_TYPE_CHARS: usize = 60;

/// The longest identifier handed out, in characters. Documents can hold names of any length;
/// rustc and readers cannot.
pub const MAX_IDENT_CHARS: usize = 100;

/// `name` if it is at most [`MAX_IDENT_CHARS`] long; otherwise its beginning followed by a hash
/// of the whole name, so that different long names stay different and the same one stays the
/// same on every run. The hash is joined in the name's own case style.
fn capped(name: &str) -> Cow<'_, str> {
    if name.chars().count() <= MAX_IDENT_CHARS {
        return Cow::Borrowed(name);
    }
    // FNV-1a: stable across machines and Rust versions, unlike `std`'s hasher.
    let hash = name.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    let camel = name.starts_with(|c: char| c.is_uppercase()) && name.contains(char::is_lowercase);
    let shouty = !name.contains(char::is_lowercase);
    let suffix = if camel {
        format!("{:08x}", hash >> 32)
    } else if shouty {
        format!("_{:08X}", hash >> 32)
    } else {
        format!("_{:08x}", hash >> 32)
    };
    let keep = MAX_IDENT_CHARS - suffix.len();
    let stem: String = name.chars().take(keep).collect();
    Cow::Owned(format!("{}{suffix}", stem.trim_end_matches('_')))
}

/// Keeps the characters that can appear in an identifier, turning the rest into word breaks.
/// A valid `components` key (`^[a-zA-Z0-9.\-_]+$`) made from any name: other characters
/// become `_`.
pub fn component_key(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    if cleaned.is_empty() {
        "_".into()
    } else {
        cleaned
    }
}

/// `text` with every character but letters and digits a space between words, and a sign that
/// starts a number a word of its own: GitHub's reactions `+1` and `-1` are `plus_1` and
/// `minus_1`, not `n1` and `n1_2`.
fn words(text: &str) -> String {
    let mut words = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut after_word = false;
    while let Some(c) = chars.next() {
        let starts_number = !after_word && chars.peek().is_some_and(char::is_ascii_digit);
        match c {
            '+' if starts_number => words.push_str(" plus "),
            '-' if starts_number => words.push_str(" minus "),
            c if c.is_alphanumeric() => words.push(c),
            _ => words.push(' '),
        }
        after_word = c.is_alphanumeric();
    }
    words
}

/// Whether `text` is words of small ASCII letters and digits, a letter first, each two apart by
/// one other ASCII character (`html_url`, `simple-user`, `v1.2`): the names most documents use,
/// which are cased here without heck (heck's cost shows on large documents).
fn is_lower_words(text: &str) -> bool {
    let bytes = text.as_bytes();
    let word = |b: &u8| b.is_ascii_lowercase() || b.is_ascii_digit();
    bytes.first().is_some_and(u8::is_ascii_lowercase)
        && bytes.last().is_some_and(word)
        && bytes.iter().all(u8::is_ascii)
        && !bytes
            .windows(2)
            .any(|pair| !word(&pair[0]) && !word(&pair[1]))
        && bytes.iter().all(|b| word(b) || !b.is_ascii_alphanumeric())
}

/// The words of a text [`is_lower_words`] accepts.
fn lower_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_ascii_alphanumeric())
}

/// `text` in snake_case; see [`is_lower_words`].
fn snake_case(text: &str) -> Cow<'_, str> {
    if !is_lower_words(text) {
        Cow::Owned(words(text).to_snake_case())
    } else if text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(lower_words(text).collect::<Vec<_>>().join("_"))
    }
}

/// `text` in UpperCamelCase. Names that already are (`SimpleUser`: ASCII letters and digits, a
/// capital first, every other capital after a small letter) are returned as they are, and
/// those [`is_lower_words`] accepts have their words capitalized (`html_url` → `HtmlUrl`).
fn upper_camel_case(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let already = bytes.first().is_some_and(u8::is_ascii_uppercase)
        && bytes.iter().all(u8::is_ascii_alphanumeric)
        && !bytes
            .windows(2)
            .any(|pair| pair[1].is_ascii_uppercase() && !pair[0].is_ascii_lowercase());
    if already {
        Cow::Borrowed(text)
    } else if is_lower_words(text) {
        let mut camel = String::with_capacity(text.len());
        for word in lower_words(text) {
            let mut chars = word.chars();
            camel.extend(chars.next().map(|c| c.to_ascii_uppercase()));
            camel.push_str(chars.as_str());
        }
        Cow::Owned(camel)
    } else {
        Cow::Owned(words(text).to_upper_camel_case())
    }
}

/// `external-voice-integrations_IntId` → `ExternalVoiceIntegrationsIntId`.
pub fn type_name(text: &str) -> String {
    let name = upper_camel_case(text);
    match name.chars().next() {
        None => "Unnamed".to_owned(),
        Some(c) if c.is_ascii_digit() => format!("T{name}"),
        Some(_) => name.into_owned(),
    }
}

/// A string-enum value → its variant name; values that start with a digit get a `V` prefix,
/// and a value of symbols only is named after them (`!=` → `NotEq`, `%` → `Percent`).
pub fn variant_name(value: &str) -> String {
    let name = upper_camel_case(value);
    match name.chars().next() {
        None => match symbol_words(value) {
            Some(words) => upper_camel_case(&words).into_owned(),
            None => "Empty".to_owned(),
        },
        Some(c) if c.is_ascii_digit() => format!("V{name}"),
        Some(_) if name == "Self" => "Self_".to_owned(),
        Some(_) => name.into_owned(),
    }
}

/// The words of a text of symbols (`<=` → `lt eq`); `None` when none of them has a word.
fn symbol_words(text: &str) -> Option<String> {
    let words: Vec<&str> = text
        .chars()
        .filter_map(|c| {
            Some(match c {
                '=' => "eq",
                '!' => "not",
                '<' => "lt",
                '>' => "gt",
                '%' => "percent",
                '/' => "slash",
                '*' => "star",
                '+' => "plus",
                '-' => "minus",
                '.' => "dot",
                '&' => "and",
                '|' => "or",
                '^' => "caret",
                '~' => "tilde",
                '#' => "hash",
                '@' => "at",
                '$' => "dollar",
                '?' => "question",
                _ => return None,
            })
        })
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// [`variant_name`] with the signs spelled out as words: a `+` or `-` that starts the value
/// or stands before a digit (`Etc/GMT-1` → `EtcGmtMinus1`, `-created_at` → `MinusCreatedAt`),
/// for the values of an enum whose signs tell some values apart. A hyphen between letters stays
/// a separator.
pub fn spelled_variant_name(value: &str) -> String {
    let mut spelled = String::with_capacity(value.len() + 8);
    let mut chars = value.chars().peekable();
    let mut first = true;
    while let Some(c) = chars.next() {
        let sign = first || chars.peek().is_some_and(char::is_ascii_digit);
        match c {
            '+' if sign => spelled.push_str(" plus "),
            '-' if sign => spelled.push_str(" minus "),
            c => spelled.push(c),
        }
        first = false;
    }
    variant_name(&spelled)
}

/// `connectionId` → `connection_id`; `type` stays `type` (claimed, it is written raw);
/// `self` → `self_`.
pub fn field_name(text: &str) -> String {
    let name = snake_case(text);
    if name.is_empty() {
        "field".to_owned()
    } else if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("n{name}")
    } else if NOT_RAW.contains(&name.as_ref()) {
        format!("{name}_")
    } else {
        name.into_owned()
    }
}

/// `bearerAuth` → `BEARER_AUTH`.
pub fn const_name(text: &str) -> String {
    let name = words(text).to_shouty_snake_case();
    match name.chars().next() {
        None => "UNNAMED".to_owned(),
        Some(c) if c.is_ascii_digit() => format!("S{name}"),
        Some(_) => name,
    }
}

/// A module name for a vendor: like a field name, but never raw (`type` → `type_`), as it also
/// names a file and a cargo feature.
pub fn module_name(text: &str) -> Ident {
    let name = capped(&field_name(text)).into_owned();
    if KEYWORDS.contains(&name.as_str()) {
        Ident::new(format!("{name}_"))
    } else {
        Ident::new(name)
    }
}

/// The name of an HTTP status as a variant: `404` → `NotFound`, `299` → `Status299`.
pub fn status_variant(code: u16) -> String {
    http::StatusCode::from_u16(code)
        .ok()
        .and_then(|status| status.canonical_reason())
        .map(|reason| words(reason).to_upper_camel_case())
        .unwrap_or_else(|| format!("Status{code}"))
}

/// The name of a status range such as `4XX`.
pub fn status_range_variant(hundreds: u16) -> String {
    match hundreds {
        1 => "Informational".to_owned(),
        2 => "Success".to_owned(),
        3 => "Redirection".to_owned(),
        4 => "ClientError".to_owned(),
        5 => "ServerError".to_owned(),
        other => format!("Status{other}xx"),
    }
}

/// Whether a parameter or field name says it holds a secret.
pub fn looks_secret(wire_name: &str) -> bool {
    let snake = snake_case(wire_name);
    let parts: Vec<&str> = snake.split('_').collect();
    parts.iter().any(|part| {
        matches!(
            *part,
            "secret" | "password" | "passwd" | "token" | "apikey" | "key"
        )
    })
}

/// Whether a body member's name says it holds a secret. The last word of a name says what it
/// is (a `client_secret` is a secret, `secret_scanning` is settings of a scan, a `token_type`
/// is a type): it is `secret`, `password`, `passwd`, `passphrase`, `token` (not a `page_token`,
/// a cursor) or `apikey`, or their plurals; or `key` after `api`, `private`, `secret`,
/// `access`, `signing` or `encryption` (`key` alone names a code of conduct, a license, a
/// price's `lookup_key`; a `public_key` is public); or `value`, `string` or `text` after a
/// secret word (`secret_value`). Only text members are redacted by it: the lowering keeps the
/// flag on strings and bytes alone (not on enums, objects, booleans).
pub fn looks_secret_field(wire_name: &str) -> bool {
    let snake = snake_case(wire_name);
    let parts: Vec<&str> = snake.split('_').filter(|part| !part.is_empty()).collect();
    let secret_word = |word: &str| {
        matches!(
            word,
            "secret"
                | "secrets"
                | "password"
                | "passwords"
                | "passwd"
                | "passphrase"
                | "token"
                | "tokens"
                | "apikey"
                | "apikeys"
        )
    };
    match parts.as_slice() {
        [.., "page", "token" | "tokens"] => false,
        [.., before, "key" | "keys"] => matches!(
            *before,
            "api" | "private" | "secret" | "access" | "signing" | "encryption"
        ),
        [.., before, "value" | "string" | "text"] => secret_word(before),
        [.., last] => secret_word(last),
        [] => false,
    }
}

/// Whether a parameter's name (query, header, cookie or path) says it holds a secret: as
/// [`looks_secret`], and also `session`, `signature`, `authorization`, `auth`, `cookie` and
/// `credential(s)`, words
/// that name credentials on the wire (`sessionToken`, `X-Auth-Token`) but objects in a body
/// (Stripe's Checkout `session`, Issuing `authorization`). The runtime's `is_sensitive_name`
/// redacts query parameters and headers by the same rule.
pub fn looks_secret_on_the_wire(wire_name: &str) -> bool {
    looks_secret(wire_name) || {
        let snake = snake_case(wire_name);
        snake.split('_').any(|part| {
            matches!(
                part,
                "session"
                    | "signature"
                    | "authorization"
                    | "auth"
                    | "cookie"
                    | "credential"
                    | "credentials"
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Names cased without heck are what heck makes of them: checked on random strings of the
    /// characters that decide word boundaries.
    #[test]
    fn names_already_cased_are_what_heck_makes() {
        let alphabet = ['a', 'z', 'B', 'Q', '0', '9', '_', '-', '.', ' ', '/', 'é'];
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..200_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let mut rest = state;
            let len = usize::try_from(rest % 10).unwrap_or(0);
            rest /= 10;
            let text: String = (0..len)
                .map(|_| {
                    let c = alphabet[usize::try_from(rest % 12).unwrap_or(0)];
                    rest /= 12;
                    c
                })
                .collect();
            assert_eq!(snake_case(&text), words(&text).to_snake_case(), "{text:?}");
            assert_eq!(
                upper_camel_case(&text),
                words(&text).to_upper_camel_case(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn type_names() {
        assert_eq!(
            type_name("external-voice-integrations_IntId"),
            "ExternalVoiceIntegrationsIntId"
        );
        assert_eq!(
            type_name("Connections_deleteConnection"),
            "ConnectionsDeleteConnection"
        );
        assert_eq!(type_name("200 response"), "T200Response");
        assert_eq!(type_name("$%"), "Unnamed");
    }

    #[test]
    fn field_names() {
        assert_eq!(field_name("connectionId"), "connection_id");
        assert_eq!(field_name("type"), "type");
        assert_eq!(field_name("self"), "self_");
        assert_eq!(field_name("2fa"), "n2fa");
        assert_eq!(field_name("+1"), "plus_1");
        assert_eq!(field_name("-1"), "minus_1");
        assert_eq!(field_name("v1-2"), "v1_2");
        assert_eq!(field_name("created[-1]"), "created_minus_1");
        assert_eq!(field_name("x-api-key"), "x_api_key");
        assert_eq!(field_name("@odata.type"), "odata_type");
        assert_eq!(module_name("type"), "type_");
    }

    #[test]
    fn variants() {
        assert_eq!(variant_name("operator_connect"), "OperatorConnect");
        assert_eq!(variant_name("1"), "V1");
        assert_eq!(variant_name("-1"), "Minus1");
        assert_eq!(variant_name("!="), "NotEq");
        assert_eq!(variant_name(">="), "GtEq");
        assert_eq!(variant_name("%"), "Percent");
        assert_eq!(variant_name(" "), "Empty");
        assert_eq!(variant_name("2020-01"), "V202001");
        assert_eq!(spelled_variant_name("Etc/GMT-1"), "EtcGmtMinus1");
        assert_eq!(spelled_variant_name("Etc/GMT+10"), "EtcGmtPlus10");
        assert_eq!(spelled_variant_name("-created_at"), "MinusCreatedAt");
        assert_eq!(spelled_variant_name("created_at"), "CreatedAt");
        assert_eq!(spelled_variant_name("en-US"), "EnUs");
        assert_eq!(variant_name(""), "Empty");
        assert_eq!(status_variant(200), "Ok");
        assert_eq!(status_variant(422), "UnprocessableEntity");
        assert_eq!(status_variant(599), "Status599");
        assert_eq!(status_range_variant(4), "ClientError");
    }

    #[test]
    fn scopes_hand_out_unique_names() {
        let mut scope = Scope::for_types();
        assert_eq!(scope.claim("Pet"), "Pet");
        assert_eq!(scope.claim("Pet"), "Pet2");
        assert_eq!(scope.claim("Result"), "Result2");
        assert_eq!(scope.claim("From"), "From2");
        assert_eq!(scope.claim("Self"), "Self2");
        assert_eq!(scope.claim("V1"), "V1");
        assert_eq!(scope.claim("V1"), "V1_2");
        let mut variants = Scope::default();
        assert_eq!(variants.claim(&variant_name("self")), "Self_");
        assert_eq!(variants.claim(&variant_name("Self")), "Self2");
        let mut fields = Scope::default();
        assert_eq!(fields.claim(&field_name("self")), "self_");
        assert_eq!(fields.claim(&field_name("self")), "self_2");
        let keyword = fields.claim("type");
        assert_eq!((keyword.as_str(), keyword.is_raw()), ("type", true));
        let second = fields.claim("type");
        assert_eq!((second.as_str(), second.is_raw()), ("type2", false));
        assert!(!module_name("type").is_raw());
    }

    #[test]
    fn the_catch_all_variant_is_not_numbered() {
        let mut plain = Scope::default();
        plain.claim("Visa");
        assert_eq!(plain.claim_catch_all(), "Unknown");
        let mut listed = Scope::default();
        listed.claim(&variant_name("unknown"));
        assert_eq!(listed.claim_catch_all(), "Other");
        listed.claim("Undocumented");
        assert_eq!(listed.claim_catch_all(), "Undocumented2");
    }

    #[test]
    fn secrets_by_name() {
        for name in [
            "userSecret",
            "sessionToken",
            "x-api-key",
            "password",
            "apiKey",
            "client_secret",
            // Often an identifier (a flag's key, a map entry's), but also how some APIs name
            // an API key (`?key=…`): a redacted identifier costs less than a logged credential.
            "key",
        ] {
            assert!(looks_secret(name), "{name}");
        }
        for name in [
            "userId",
            "keyboard",
            "tokenizer_mode",
            "monkey",
            "credential_active",
        ] {
            assert!(!looks_secret(name), "{name}");
        }
        for name in ["session", "X-Auth", "Signature", "Proxy-Authorization"] {
            assert!(
                !looks_secret(name) && looks_secret_on_the_wire(name),
                "{name}"
            );
        }
        for name in ["userId", "author", "sessions_count"] {
            assert!(!looks_secret_on_the_wire(name), "{name}");
        }
    }

    #[test]
    fn secret_fields_by_name() {
        // Members of GitHub's, Stripe's, Telnyx's and SnapTrade's documents that hold secrets.
        for name in [
            "client_secret",
            "secret",
            "webhook_secret",
            "userSecret",
            "password",
            "temp_clone_token",
            "cvc_token",
            "client_token",
            "session_token",
            "access_token",
            "refresh_token",
            "api_key",
            "apiKey",
            "x-api-key",
            "private_key",
            "secret_key",
            "secret_access_key",
            "signing_key",
            "secret_value",
            "passphrase",
        ] {
            assert!(looks_secret_field(name), "{name}");
        }
        // Members whose names hold a secret word but name something else.
        for name in [
            // GitHub: a code of conduct's or a license's key (`contributor_covenant`, `mit`).
            "key",
            // GitHub's settings of secret scanning, objects.
            "secret_scanning",
            "secret_scanning_push_protection",
            "secret_scanning_delegated_bypass_options",
            // Stripe: a price's lookup key; a token's type.
            "lookup_key",
            "token_type",
            "key_id",
            "public_key",
            "password_changed_at",
            "next_page_token",
            "tokenizer_mode",
            "keyboard",
            "monkey",
            "",
        ] {
            assert!(!looks_secret_field(name), "{name}");
        }
    }

    #[test]
    fn long_names_are_capped_with_a_stable_hash_in_their_own_case() {
        let long_type = "Webhook".repeat(30);
        let long_field = "deployment_status_".repeat(20) + "x";
        let long_const = "PERMISSION_".repeat(20);
        let mut scope = Scope::default();
        let ty = scope.claim(&long_type);
        let field = scope.claim(&long_field);
        let constant = scope.claim(&long_const);
        for name in [&ty, &field, &constant] {
            assert_eq!(name.as_str().chars().count(), MAX_IDENT_CHARS, "{name}");
        }
        assert!(!ty.as_str().contains('_'), "{ty}");
        assert!(ty.as_str().starts_with("WebhookWebhook"), "{ty}");
        assert_eq!(field.as_str().matches("__").count(), 0, "{field}");
        assert!(
            constant.as_str().chars().all(|c| !c.is_lowercase()),
            "{constant}"
        );
        // The same long name gets the same identifier on every run; another one, another.
        assert_eq!(Scope::default().claim(&long_type), ty);
        assert_ne!(Scope::default().claim(&format!("{long_type}X")), ty);
        let short = "Webhook".repeat(10);
        assert_eq!(Scope::default().claim(&short).as_str(), short);
        assert_eq!(
            module_name(&"a".repeat(500)).as_str().chars().count(),
            MAX_IDENT_CHARS
        );
    }

    #[test]
    fn long_inline_names_keep_their_root_and_nearest_segments() {
        let context: Vec<String> = [
            "WebhookDeploymentStatusCreated",
            "DeploymentStatus",
            "PerformedViaGithubApp",
            "Permissions",
            "OrganizationSelfHostedRunners",
        ]
        .map(str::to_owned)
        .to_vec();
        let names = inline_type_names(&context);
        assert_eq!(
            names[0],
            "WebhookDeploymentStatusCreatedOrganizationSelfHostedRunners"
        );
        let (whole, shortened) = names.split_last().unwrap();
        assert_eq!(whole, &context.concat());
        assert!(
            shortened
                .iter()
                .all(|n| n.chars().count() <= MAX_TYPE_CHARS)
        );
        // Segments too long to keep whole give way to words.
        assert_eq!(
            names[1],
            "WebhookAppPermissionsOrganizationSelfHostedRunners"
        );
        assert_eq!(
            inline_type_names(&["Pet".into(), "Tags".into()]),
            ["PetTags"]
        );
        // A second type with the same short context takes the next longer one, not a number.
        let mut scope = Scope::default();
        assert_eq!(scope.claim_first(&names).as_str(), names[0]);
        assert_eq!(scope.claim_first(&names).as_str(), names[1]);
        assert_eq!(scope.claim_free(&[names[0].clone()]), None);
    }
}
