//! Where an inline schema stands, which names and documents a type made from it.
//!
//! An inline schema without a description of its own takes the nearest one around it (the
//! array's for its items, the response's for its body); with none at all, its type's docs say
//! what it is ("An item of the `tags` member of `Pet`.") rather than pretend to describe it.

use super::Lowerer;
use crate::ir::Ident;
use crate::names;

/// The place of an inline schema.
#[derive(Debug, Clone)]
pub(super) struct Inline {
    /// Where the schema stands, as the words a type made from it is named from: the component
    /// or operation it belongs to, then each step down to it (`Pet`, `Tags`, `Item`).
    context: Vec<String>,
    /// What a value there is, as a noun phrase: "the `tags` member of `Pet`".
    place: String,
    /// The nearest description around the schema.
    docs: Option<String>,
    /// A name that says more of the place, for when the hint's names are taken.
    alternative: Option<String>,
}

impl Inline {
    /// A schema at `place`, to be named from `context`.
    pub(super) fn new(context: Vec<String>, place: String) -> Self {
        Inline {
            context,
            place,
            docs: None,
            alternative: None,
        }
    }

    /// With a name to take, rather than a numbered one, when the hint's names are taken.
    pub(super) fn or_else(mut self, alternative: String) -> Self {
        self.alternative = Some(alternative);
        self
    }

    /// The context a type made from the schema is named from.
    pub(super) fn context(&self) -> &[String] {
        &self.context
    }

    /// The context followed by `segment`: where something inside the schema stands.
    pub(super) fn within(&self, segment: String) -> Vec<String> {
        let mut context = self.context.clone();
        context.push(segment);
        context
    }

    /// The names to claim for a type made from the schema, in order of preference.
    pub(super) fn wishes(&self) -> Vec<String> {
        let mut wishes = names::inline_type_names(&self.context);
        wishes.extend(self.alternative.clone());
        wishes
    }

    /// With the description around the schema, when there is a meaningful one.
    pub(super) fn described_by(mut self, docs: Option<&str>) -> Self {
        self.docs = meaningful(docs).map(str::to_owned);
        self
    }

    /// The description of a type made from the schema when it has none of its own.
    pub(super) fn docs(&self) -> Option<&str> {
        self.docs.as_deref()
    }

    /// A sentence saying what a type made from the schema is, for when nothing describes it.
    pub(super) fn role(&self) -> String {
        let mut chars = self.place.chars();
        let first = chars.next().map(|c| c.to_uppercase().collect::<String>());
        format!("{}{}.", first.unwrap_or_default(), chars.as_str())
    }

    /// The same place, with `segment` added to the name of its type.
    pub(super) fn renamed(&self, segment: &str) -> Inline {
        Inline {
            context: self.within(segment.to_owned()),
            ..self.clone()
        }
    }

    /// The schema of the items of an array standing here, which `docs` describes.
    pub(super) fn item(&self, docs: Option<&str>) -> Inline {
        Inline {
            context: self.within("Item".to_owned()),
            place: format!("an item of {}", self.place),
            docs: meaningful(docs).or(self.docs()).map(str::to_owned),
            alternative: None,
        }
    }

    /// The schema of the members of an object standing here, beyond its named ones.
    pub(super) fn additional_member(&self) -> Inline {
        Inline::new(
            self.within("Value".to_owned()),
            format!("a member of {} beyond its documented ones", self.place),
        )
    }
}

impl Lowerer<'_> {
    /// The first free name of `wishes`; when every one is taken, the last one numbered, with a
    /// warning, as nothing in the document tells the types apart.
    pub(super) fn claim_type(&mut self, wishes: &[String], pointer: &str) -> Ident {
        if let Some(name) = self.names.claim_free(wishes) {
            return name;
        }
        let wish = wishes.last().map_or("", String::as_str);
        let name = self.names.claim(wish);
        self.warn(
            pointer,
            "numbered-name",
            format!(
                "`{wish}` names another type already and nothing in the document tells them \
                 apart, so this one is `{name}`"
            ),
        );
        name
    }

    /// The context of the type named `owner` followed by `segment`: where a schema inside it
    /// stands. An inline type's context is the one it was named from, not its name, which
    /// may have been shortened; any other type's is its name.
    pub(super) fn context_within(&self, owner: &Ident, segment: String) -> Vec<String> {
        let mut context = self
            .contexts
            .get(owner.as_str())
            .cloned()
            .unwrap_or_else(|| vec![owner.to_string()]);
        context.push(segment);
        context
    }

    /// Where the inline schema of variant `variant` of union `name` stands.
    pub(super) fn variant_inline(&self, name: &Ident, variant: &Ident) -> Inline {
        Inline::new(
            self.context_within(name, variant.to_string()),
            format!("the `{variant}` variant of `{name}`"),
        )
    }
}

/// `text`, unless it is missing or blank.
pub(super) fn meaningful(text: Option<&str>) -> Option<&str> {
    text.filter(|t| !t.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_say_what_an_undescribed_type_is() {
        let tags = Inline::new(
            vec!["Pet".into(), "Tags".into()],
            "the `tags` member of `Pet`".into(),
        );
        assert_eq!(tags.role(), "The `tags` member of `Pet`.");
        let item = tags.item(None);
        assert_eq!(item.context().concat(), "PetTagsItem");
        assert_eq!(item.role(), "An item of the `tags` member of `Pet`.");
        assert_eq!(item.docs(), None);
        // The nearest description: the array's, else whatever described the array.
        assert_eq!(tags.item(Some("Labels.")).docs(), Some("Labels."));
        let body =
            Inline::new(vec!["GetBody".into()], "the body".into()).described_by(Some("A pet."));
        assert_eq!(body.item(Some(" ")).docs(), Some("A pet."));
        assert_eq!(body.additional_member().docs(), None);
    }
}
