//! Operation names brought within a length budget by rules a reader can follow.
//!
//! An operation's name is its `operationId` in `UpperCamelCase` (or its method and path, without
//! one) whenever it fits its budget, which leaves room for the longest name derived from it
//! (`…Response`, `…Error`, `…OkHeaders`). Only a name over budget is shortened, by these rules
//! in this order, each applied whole and the next only while the name is still too long:
//!
//! 1. **Path tail**: an id that spells its path and method after its name, as FastAPI makes
//!    them (`promote_assistant_version_public_assistants__assistant_id__versions__version_id__promote_post`
//!    for `POST /ai/assistants/{assistant_id}/versions/{version_id}/promote`), loses them: the
//!    method, then the path's words, the first segment included when the id spells it (a
//!    service mounted under another prefix spells its own: `public` above stays).
//! 2. **Path parameters**: an id made of the method and path (`GetCustomersCustomerSubscriptions`
//!    for `GET /v1/customers/{customer}/subscriptions`) loses the words of its path parameters.
//! 3. **Abbreviations**: conventional ones, see [`ABBREVIATIONS`] (`Organization` → `Org`).
//! 4. **Repeated words**: a word said earlier in the name goes (`MissionsMissions`, and GitHub's
//!    `copilot/list-copilot-…`, the tag and then the name).
//! 5. **Connector words**: `For`, `In`, `Of`, `Or`, … (see [`CONNECTORS`]) go.
//! 6. **Middle words**: the first two words stay with as many of the last as fit.
//!
//! The first word always stays. When the shortened name is taken, a word the rules dropped is
//! put back, the latest dropped first, then two, and so on: names are told apart by a word of
//! their own, never a number.

use heck::ToUpperCamelCase;

use super::{camel_words, type_name};

/// Conventional abbreviations, applied to whole words (rule 3).
pub const ABBREVIATIONS: &[(&str, &str)] = &[
    ("Administrator", "Admin"),
    ("Administrators", "Admins"),
    ("Application", "App"),
    ("Applications", "Apps"),
    ("Authenticated", "Auth"),
    ("Authentication", "Auth"),
    ("Authorization", "Authz"),
    ("Configuration", "Config"),
    ("Configurations", "Configs"),
    ("Environment", "Env"),
    ("Environments", "Envs"),
    ("Identifier", "Id"),
    ("Information", "Info"),
    ("Organization", "Org"),
    ("Organizations", "Orgs"),
    ("Parameter", "Param"),
    ("Parameters", "Params"),
    ("Repository", "Repo"),
    ("Repositories", "Repos"),
    ("Specification", "Spec"),
    ("Statistics", "Stats"),
];

/// Words that join others and say little on their own (rule 5).
pub const CONNECTORS: &[&str] = &[
    "A", "An", "And", "At", "By", "For", "From", "In", "Of", "On", "Or", "The", "To", "With",
];

/// A word of the name, with its position in the unshortened name, so that a dropped word can
/// be put back where it stood.
#[derive(Debug, Clone)]
struct Word {
    at: usize,
    text: String,
}

/// The name of an operation named from `text` (its `operationId`, or its method and path in
/// words), sent as `method` (`get`) to `path`, and the names to try when it is taken: the whole
/// name when it fits in `budget` characters, with no others; else the name the rules above
/// make, then the same with dropped words put back, each within `budget`. None is numbered;
/// when every one is taken, the caller falls back on the whole name.
pub fn operation_names(
    text: &str,
    method: &str,
    path: &str,
    budget: usize,
) -> (String, Vec<String>) {
    let whole = type_name(text);
    if chars(&whole) <= budget {
        return (whole, Vec::new());
    }
    let original: Vec<Word> = camel_words(&whole)
        .into_iter()
        .enumerate()
        .map(|(at, text)| Word {
            at,
            text: text.to_owned(),
        })
        .collect();
    let rules: [&dyn Fn(Vec<Word>) -> Vec<Word>; 5] = [
        &|words| without_path_tail(words, method, path),
        &|words| without_path_parameters(words, method, path),
        &abbreviated,
        &without_repeats,
        &without_connectors,
    ];
    let mut words = original.clone();
    for rule in rules {
        if length(&words) <= budget {
            break;
        }
        words = rule(words);
    }
    if length(&words) > budget {
        words = middle_dropped(&words, budget);
    }
    let name = concat(&words);
    let mut others: Vec<String> = Vec::new();
    // Should the name be taken: the dropped words back, latest first, one and then more.
    let dropped: Vec<&Word> = original
        .iter()
        .rev()
        .filter(|word| !words.iter().any(|kept| kept.at == word.at))
        .collect();
    let mut with_back = words.clone();
    for word in dropped {
        let mut one_back = words.clone();
        put_back(&mut one_back, word);
        put_back(&mut with_back, word);
        for candidate in [&one_back, &with_back] {
            let other = concat(candidate);
            if chars(&other) <= budget && other != name && !others.contains(&other) {
                others.push(other);
            }
        }
    }
    (name, others)
}

/// Rule 1: without the method and path that end a FastAPI-style id.
fn without_path_tail(words: Vec<Word>, method: &str, path: &str) -> Vec<Word> {
    let Some((last, name)) = words.split_last() else {
        return words;
    };
    if !last.text.eq_ignore_ascii_case(method) {
        return words;
    }
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    // The whole path, else the path after its first segment (a mount point spelled otherwise).
    for skip in 0..segments.len().min(2) {
        let tail: Vec<String> = segments[skip..]
            .iter()
            .flat_map(|segment| lower_words(segment))
            .collect();
        if !tail.is_empty() && name.len() > tail.len() && ends_with(name, &tail) {
            return name[..name.len() - tail.len()].to_vec();
        }
    }
    words
}

/// Rule 2: without the words of path parameters, in an id that starts with the method.
fn without_path_parameters(words: Vec<Word>, method: &str, path: &str) -> Vec<Word> {
    if !words
        .first()
        .is_some_and(|first| first.text.eq_ignore_ascii_case(method))
    {
        return words;
    }
    let parameters: Vec<Vec<String>> = path
        .split('/')
        .filter_map(|segment| segment.strip_prefix('{')?.strip_suffix('}'))
        .map(lower_words)
        .filter(|words| !words.is_empty())
        .collect();
    let mut kept: Vec<Word> = Vec::with_capacity(words.len());
    let mut index = 0;
    while index < words.len() {
        let rest = &words[index..];
        // The first word is the method, whatever follows it.
        let parameter = if index > 0 {
            parameters.iter().find(|p| starts_with(rest, p))
        } else {
            None
        };
        match parameter {
            Some(parameter) => index += parameter.len(),
            None => {
                kept.push(words[index].clone());
                index += 1;
            }
        }
    }
    // A name of the method alone says less than a long one.
    if kept.len() > 1 { kept } else { words }
}

/// Rule 4: without the words said earlier in the name.
fn without_repeats(words: Vec<Word>) -> Vec<Word> {
    let mut kept: Vec<Word> = Vec::with_capacity(words.len());
    for word in words {
        if !kept.iter().any(|earlier| earlier.text == word.text) {
            kept.push(word);
        }
    }
    kept
}

/// Rule 3: conventional abbreviations of whole words.
fn abbreviated(words: Vec<Word>) -> Vec<Word> {
    words
        .into_iter()
        .map(
            |word| match ABBREVIATIONS.iter().find(|(long, _)| *long == word.text) {
                Some((_, short)) => Word {
                    at: word.at,
                    text: (*short).to_owned(),
                },
                None => word,
            },
        )
        .collect()
}

/// Rule 5: without connector words, the first word aside.
fn without_connectors(words: Vec<Word>) -> Vec<Word> {
    words
        .into_iter()
        .enumerate()
        .filter(|(index, word)| *index == 0 || !CONNECTORS.contains(&word.text.as_str()))
        .map(|(_, word)| word)
        .collect()
}

/// Rule 6: the first two words and as many of the last as fit in `budget`.
fn middle_dropped(words: &[Word], budget: usize) -> Vec<Word> {
    let head = words.len().min(2);
    let mut room = budget.saturating_sub(length(&words[..head]));
    let mut tail_start = words.len();
    while tail_start > head && chars(&words[tail_start - 1].text) <= room {
        room -= chars(&words[tail_start - 1].text);
        tail_start -= 1;
    }
    words[..head]
        .iter()
        .chain(&words[tail_start..])
        .cloned()
        .collect()
}

/// `word` back into `words`, where it stood in the unshortened name.
fn put_back(words: &mut Vec<Word>, word: &Word) {
    let position = words
        .iter()
        .position(|kept| kept.at > word.at)
        .unwrap_or(words.len());
    words.insert(position, word.clone());
}

/// The words of a path segment or parameter, lowercased: `canary-deploys` → `canary`, `deploys`.
fn lower_words(text: &str) -> Vec<String> {
    let camel = text
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .to_upper_camel_case();
    camel_words(&camel)
        .into_iter()
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn starts_with(words: &[Word], prefix: &[String]) -> bool {
    words.len() >= prefix.len()
        && words
            .iter()
            .zip(prefix)
            .all(|(word, expected)| word.text.to_lowercase() == *expected)
}

fn ends_with(words: &[Word], suffix: &[String]) -> bool {
    words.len() >= suffix.len() && starts_with(&words[words.len() - suffix.len()..], suffix)
}

fn concat(words: &[Word]) -> String {
    words.iter().map(|word| word.text.as_str()).collect()
}

fn length(words: &[Word]) -> usize {
    words.iter().map(|word| chars(&word.text)).sum()
}

fn chars(text: &str) -> usize {
    text.chars().count()
}
