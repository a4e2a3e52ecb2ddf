//! Names of the variants of a `oneOf`/`anyOf`, from what tells its members apart.
//!
//! A member that references a component is named after it, one with a `title` after that, one
//! with a `const` after its value, any other after its format or JSON type (`Object`,
//! `String`) — unless a sibling shares that word. Those are named after what the document says
//! sets them apart: first a member whose value is fixed in each of them (`type: {enum:
//! [creation]}` → `Creation`), followed through `allOf` and references; else a member only this
//! one defines (`wait_timer` → `WaitTimer`), required ones first; else a member they all
//! define that holds a different JSON type in this one, named after both (GitHub's
//! `labels` of strings or of objects → `StringLabels`, `ObjectLabels`; a list is named after its
//! items). Only when none of these tells two members apart does a name repeat, and the scope
//! numbers it.

use openapiv3::{ReferenceOr, Schema, SchemaKind, Type as OaType};

use super::Lowerer;
use super::composition::{Member, Part};
use super::formats::format_word;
use crate::extension;
use crate::names;

/// How deep references and nested `allOf` are followed to find a member's properties.
const MAX_DEPTH: usize = 4;

/// A property of a member as far as naming needs: its name, whether it is required, and its
/// one allowed string value, when it has one.
struct Fact {
    name: String,
    required: bool,
    value: Option<String>,
    /// The word of the JSON type it holds (of its items, for a list): `String`, `Object`.
    word: Option<&'static str>,
}

impl Lowerer<'_> {
    /// The name of each member's variant, before uniqueness, in the order of `members`.
    pub(super) fn variant_names(&self, members: &[Member]) -> Vec<String> {
        let facts: Vec<Vec<Fact>> = members
            .iter()
            .map(|member| {
                let mut facts = Vec::new();
                self.facts(member.schema, 0, &mut facts);
                facts
            })
            .collect();
        let tag = fixed_member(&facts);
        let plain: Vec<Option<String>> = members.iter().map(|m| self.own_name(m)).collect();
        let words: Vec<String> = members.iter().map(|m| self.shape_name(m)).collect();
        // A format or JSON type names a member well unless a sibling shares it.
        let shared = |index: usize| {
            (0..members.len()).any(|other| {
                other != index && plain[other].is_none() && words[other] == words[index]
            })
        };
        (0..members.len())
            .map(|index| {
                if let Some(name) = &plain[index] {
                    return name.clone();
                }
                if !shared(index) {
                    return words[index].clone();
                }
                let own = &facts[index];
                tag.as_deref()
                    .and_then(|tag| own.iter().find(|fact| fact.name == tag))
                    .and_then(|fact| fact.value.as_deref())
                    .map(names::variant_name)
                    .or_else(|| only_here(&facts, index).map(names::type_name))
                    .or_else(|| held_only_here(&facts, index))
                    .unwrap_or_else(|| words[index].clone())
            })
            .collect()
    }

    /// What a member says of itself: the component it references, its `title`, its `const`.
    fn own_name(&self, member: &Member) -> Option<String> {
        if let Some(target) = &member.target {
            return Some(self.defs.name(target.id).to_string());
        }
        let data = &member.schema.schema_data;
        if let Some(title) = data.title.as_deref().filter(|t| !t.trim().is_empty()) {
            return Some(names::type_name(title));
        }
        if let Some(serde_json::Value::String(value)) = data.extensions.get(extension::CONST) {
            return Some(names::variant_name(value));
        }
        None
    }

    fn shape_name(&self, member: &Member) -> String {
        match format_word(member.schema) {
            Some(word) => word.to_owned(),
            None => self.shape(member.schema, 0).word().to_owned(),
        }
    }

    /// The properties of an object schema, its `allOf` members' included, into `facts`.
    fn facts(&self, schema: &Schema, depth: usize, facts: &mut Vec<Fact>) {
        if depth > MAX_DEPTH {
            return;
        }
        let (properties, required, all_of) = match &schema.schema_kind {
            SchemaKind::Type(OaType::Object(object)) => {
                (&object.properties, &object.required, &[][..])
            }
            SchemaKind::Any(any) => (&any.properties, &any.required, any.all_of.as_slice()),
            SchemaKind::AllOf { all_of } => {
                for part in all_of {
                    self.part_facts(Part::of(part), depth + 1, facts);
                }
                return;
            }
            _ => return,
        };
        for (name, property) in properties {
            let schema = match property {
                ReferenceOr::Item(schema) => Some(&**schema),
                ReferenceOr::Reference { reference } => self.schema_behind(reference),
            };
            let value = schema.and_then(fixed_value);
            let word = schema.map(|schema| self.held_word(schema));
            if let Some(fact) = facts.iter_mut().find(|fact| fact.name == *name) {
                fact.value = fact.value.take().or(value);
                fact.word = fact.word.take().or(word);
            } else {
                facts.push(Fact {
                    name: name.clone(),
                    required: false,
                    value,
                    word,
                });
            }
        }
        for name in required {
            if let Some(fact) = facts.iter_mut().find(|fact| fact.name == *name) {
                fact.required = true;
            }
        }
        for part in all_of {
            self.part_facts(Part::of(part), depth + 1, facts);
        }
    }

    /// The word of the JSON type `schema` holds: its items' for a list.
    fn held_word(&self, schema: &Schema) -> &'static str {
        let items = match &schema.schema_kind {
            SchemaKind::Type(OaType::Array(array)) => array.items.as_ref(),
            _ => None,
        };
        let schema = match items {
            Some(ReferenceOr::Item(items)) => &**items,
            Some(ReferenceOr::Reference { reference }) => match self.schema_behind(reference) {
                Some(items) => items,
                None => return "List",
            },
            None => schema,
        };
        format_word(schema).unwrap_or_else(|| self.shape(schema, 0).word())
    }

    fn part_facts(&self, part: Part, depth: usize, facts: &mut Vec<Fact>) {
        match part {
            Part::Inline(schema) => self.facts(schema, depth, facts),
            Part::Ref(reference) => {
                if let Some(schema) = self.schema_behind(reference) {
                    self.facts(schema, depth, facts);
                }
            }
        }
    }
}

/// The one string a schema allows: its `const`, or an `enum` of one value.
fn fixed_value(schema: &Schema) -> Option<String> {
    if let Some(serde_json::Value::String(value)) =
        schema.schema_data.extensions.get(extension::CONST)
    {
        return Some(value.clone());
    }
    match &schema.schema_kind {
        SchemaKind::Type(OaType::String(string)) => match string.enumeration.as_slice() {
            [Some(value)] => Some(value.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// The property whose fixed value differs in every member that fixes it, and that the most
/// members fix (the first such in document order on a tie): what names their variants.
fn fixed_member(facts: &[Vec<Fact>]) -> Option<String> {
    let mut best: Option<(&str, usize)> = None;
    for fact in facts.iter().flatten() {
        let name = fact.name.as_str();
        if fact.value.is_none() || best.is_some_and(|(best, _)| best == name) {
            continue;
        }
        let values: Vec<&str> = facts
            .iter()
            .filter_map(|own| own.iter().find(|f| f.name == name)?.value.as_deref())
            .collect();
        let distinct = values
            .iter()
            .enumerate()
            .all(|(i, value)| !values[..i].contains(value));
        if distinct && values.len() > 1 && best.is_none_or(|(_, count)| values.len() > count) {
            best = Some((name, values.len()));
        }
    }
    best.map(|(name, _)| name.to_owned())
}

/// A property that member `index` defines and no other member does, required ones first.
fn only_here(facts: &[Vec<Fact>], index: usize) -> Option<&str> {
    let elsewhere = |name: &str| {
        facts
            .iter()
            .enumerate()
            .any(|(other, own)| other != index && own.iter().any(|fact| fact.name == name))
    };
    let own = &facts[index];
    own.iter()
        .filter(|fact| fact.required)
        .chain(own.iter().filter(|fact| !fact.required))
        .map(|fact| fact.name.as_str())
        .find(|name| !elsewhere(name))
}

/// A member that every other member defines too but holds a different JSON type in member
/// `index`, named after that type and the member: `labels` of objects → `ObjectLabels`.
fn held_only_here(facts: &[Vec<Fact>], index: usize) -> Option<String> {
    let differs = |fact: &Fact| {
        facts.iter().enumerate().all(|(other, own)| {
            other == index
                || own
                    .iter()
                    .find(|f| f.name == fact.name)
                    .is_some_and(|f| f.word.is_some() && f.word != fact.word)
        })
    };
    facts[index].iter().find_map(|fact| {
        let word = fact.word?;
        differs(fact).then(|| format!("{word}{}", names::type_name(&fact.name)))
    })
}
