//! References: `#/components/<kind>/<name>` to the component it names.
//!
//! One resolver serves every kind of component. It follows a reference to a component that is
//! itself a reference, until a link repeats (a cycle, an error naming every link) or after
//! [`MAX_LINKS`] links. Only references to a whole component of the expected kind are resolved; anything else
//! (another file, a part of a component, a component of another kind) is an error.

use std::borrow::Cow;

use indexmap::IndexMap;
use openapiv3::{Components, Header, Parameter, ReferenceOr, RequestBody, Response, Schema};

use super::Lowerer;
use crate::diagnostic::{Error, push_token};
use crate::ir::{Type, TypeId};

/// How many references a chain may hold before it is taken for a cycle.
const MAX_LINKS: usize = 32;

/// A kind of component that references point at: `#/components/<SECTION>/<name>`.
pub(super) trait Component: Sized {
    /// The key of the section of `components` that holds this kind.
    const SECTION: &'static str;
    /// What one of this kind is called in messages.
    const NOUN: &'static str;

    fn section(components: &Components) -> &IndexMap<String, ReferenceOr<Self>>;
}

impl Component for Schema {
    const SECTION: &'static str = "schemas";
    const NOUN: &'static str = "schema";

    fn section(components: &Components) -> &IndexMap<String, ReferenceOr<Self>> {
        &components.schemas
    }
}

impl Component for Parameter {
    const SECTION: &'static str = "parameters";
    const NOUN: &'static str = "parameter";

    fn section(components: &Components) -> &IndexMap<String, ReferenceOr<Self>> {
        &components.parameters
    }
}

impl Component for RequestBody {
    const SECTION: &'static str = "requestBodies";
    const NOUN: &'static str = "request body";

    fn section(components: &Components) -> &IndexMap<String, ReferenceOr<Self>> {
        &components.request_bodies
    }
}

impl Component for Header {
    const SECTION: &'static str = "headers";
    const NOUN: &'static str = "header";

    fn section(components: &Components) -> &IndexMap<String, ReferenceOr<Self>> {
        &components.headers
    }
}

impl Component for Response {
    const SECTION: &'static str = "responses";
    const NOUN: &'static str = "response";

    fn section(components: &Components) -> &IndexMap<String, ReferenceOr<Self>> {
        &components.responses
    }
}

/// Where a reference leads.
#[derive(Debug)]
pub(super) struct Resolved<'a, T> {
    /// The component the reference names, as keyed in `components`.
    pub(super) name: &'a str,
    /// The component that holds the item: `name`, or the end of the chain of references
    /// that starts there.
    pub(super) holder: &'a str,
    pub(super) item: &'a T,
}

/// Where a schema reference leads.
#[derive(Debug, Clone)]
pub(super) struct SchemaTarget<'a> {
    /// The type of the component the reference names.
    pub(super) id: TypeId,
    /// That component's key in `components.schemas`.
    pub(super) name: &'a str,
    /// The pointer of the component holding the schema (the end of a chain of references).
    pub(super) pointer: String,
    pub(super) schema: &'a Schema,
}

/// Undoes RFC 6901 escaping of one reference token.
fn unescape_token(token: &str) -> Cow<'_, str> {
    if token.contains('~') {
        Cow::Owned(token.replace("~1", "/").replace("~0", "~"))
    } else {
        Cow::Borrowed(token)
    }
}

/// `#/components/<T::SECTION>/<name>` → the unescaped `<name>`, or `None` for any other
/// reference.
fn component_name<T: Component>(reference: &str) -> Option<Cow<'_, str>> {
    reference
        .strip_prefix("#/components/")?
        .strip_prefix(T::SECTION)?
        .strip_prefix('/')
        .filter(|name| !name.contains('/'))
        .map(unescape_token)
}

/// Resolves `reference` among `components`, following chains of references. The error is the
/// message to report at the reference.
pub(super) fn resolve<'a, T: Component>(
    components: Option<&'a Components>,
    reference: &str,
) -> Result<Resolved<'a, T>, String> {
    let section = components.map(T::section);
    let mut link = reference;
    let mut named = None;
    let mut chain = vec![reference];
    loop {
        let name = component_name::<T>(link).ok_or_else(|| {
            format!(
                "reference {link} is not supported yet: only references to a whole {noun}, \
                 #/components/{section}/<name>, are resolved",
                noun = T::NOUN,
                section = T::SECTION,
            )
        })?;
        let (key, target) = section
            .and_then(|section| section.get_key_value(name.as_ref()))
            .ok_or_else(|| format!("dangling reference {link}"))?;
        let name = *named.get_or_insert(key.as_str());
        match target {
            ReferenceOr::Item(item) => {
                return Ok(Resolved {
                    name,
                    holder: key,
                    item,
                });
            }
            ReferenceOr::Reference { reference } => link = reference,
        }
        let cycle = chain.contains(&link);
        chain.push(link);
        if cycle {
            return Err(format!(
                "{} references form a cycle, so none of them leads to a {}: {}",
                T::NOUN,
                T::NOUN,
                chain.join(" → ")
            ));
        }
        if chain.len() > MAX_LINKS {
            return Err(format!(
                "more than {MAX_LINKS} {} references in a row: {} → …",
                T::NOUN,
                chain[..3].join(" → ")
            ));
        }
    }
}

impl<'a> Lowerer<'a> {
    /// The item `node` holds or leads to.
    pub(super) fn item<T: Component>(
        &self,
        node: &'a ReferenceOr<T>,
        pointer: &str,
    ) -> Result<&'a T, Error> {
        Ok(self.item_with_component(node, pointer)?.0)
    }

    /// The item `node` holds or leads to, and the name of the component holding it when
    /// `node` is a reference.
    pub(super) fn item_with_component<T: Component>(
        &self,
        node: &'a ReferenceOr<T>,
        pointer: &str,
    ) -> Result<(&'a T, Option<&'a str>), Error> {
        match node {
            ReferenceOr::Item(item) => Ok((item, None)),
            ReferenceOr::Reference { reference } => {
                let resolved = self.resolve::<T>(reference, pointer)?;
                Ok((resolved.item, Some(resolved.holder)))
            }
        }
    }

    /// [`resolve`], reporting a failure at `pointer`.
    fn resolve<T: Component>(
        &self,
        reference: &str,
        pointer: &str,
    ) -> Result<Resolved<'a, T>, Error> {
        resolve(self.components, reference).map_err(|message| self.error(pointer, message))
    }

    /// `#/components/schemas/X` → the named type of `X`. A component that is itself a
    /// reference is an alias of its own, so the type is that of `X` even then. It is
    /// [`Type::Nullable`] when the schema the reference leads to admits `null`.
    pub(super) fn schema_ref(&self, reference: &str, pointer: &str) -> Result<Type, Error> {
        let target = self.schema_target(reference, pointer)?;
        let ty = Type::Named(target.id);
        Ok(if self.is_nullable(target.schema) {
            ty.nullable()
        } else {
            ty
        })
    }

    /// Where a schema reference leads.
    pub(super) fn schema_target(
        &self,
        reference: &str,
        pointer: &str,
    ) -> Result<SchemaTarget<'a>, Error> {
        let resolved = self.resolve::<Schema>(reference, pointer)?;
        Ok(SchemaTarget {
            id: self.schema_ids[resolved.name],
            name: resolved.name,
            pointer: push_token("/components/schemas", resolved.holder),
            schema: resolved.item,
        })
    }

    /// The schema a reference leads to, or `None` when it does not resolve (which lowering the
    /// reference itself reports).
    pub(super) fn schema_behind(&self, reference: &str) -> Option<&'a Schema> {
        resolve::<Schema>(self.components, reference)
            .ok()
            .map(|resolved| resolved.item)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn components(json: serde_json::Value) -> Components {
        serde_json::from_value(json).unwrap()
    }

    fn parameter_name<'a>(resolved: &Resolved<'a, Parameter>) -> &'a str {
        &resolved.item.parameter_data_ref().name
    }

    fn parameters() -> Components {
        components(serde_json::json!({
            "parameters": {
                "Page": {"name": "page", "in": "query", "schema": {"type": "integer"}},
                "Alias": {"$ref": "#/components/parameters/Page"},
                "AliasOfAlias": {"$ref": "#/components/parameters/Alias"},
                "Dangling": {"$ref": "#/components/parameters/Missing"},
                "Ping": {"$ref": "#/components/parameters/Pong"},
                "Pong": {"$ref": "#/components/parameters/Ping"},
                "Self": {"$ref": "#/components/parameters/Self"},
                "a/b": {"name": "slash", "in": "query", "schema": {"type": "string"}},
                "a~b": {"name": "tilde", "in": "query", "schema": {"type": "string"}},
                "~1": {"name": "literal", "in": "query", "schema": {"type": "string"}},
            },
            "schemas": {
                "Page": {"type": "integer"},
            },
        }))
    }

    #[test]
    fn a_direct_reference_names_its_component() {
        let components = parameters();
        let resolved =
            resolve::<Parameter>(Some(&components), "#/components/parameters/Page").unwrap();
        assert_eq!((resolved.name, resolved.holder), ("Page", "Page"));
        assert_eq!(parameter_name(&resolved), "page");
    }

    #[test]
    fn chains_are_followed_to_the_item() {
        let components = parameters();
        let resolved =
            resolve::<Parameter>(Some(&components), "#/components/parameters/AliasOfAlias")
                .unwrap();
        assert_eq!((resolved.name, resolved.holder), ("AliasOfAlias", "Page"));
        assert_eq!(parameter_name(&resolved), "page");
    }

    #[test]
    fn dangling_references_are_errors() {
        let components = parameters();
        assert_eq!(
            resolve::<Parameter>(Some(&components), "#/components/parameters/Nope").unwrap_err(),
            "dangling reference #/components/parameters/Nope"
        );
        // The link that dangles is named, not the reference that led to it.
        assert_eq!(
            resolve::<Parameter>(Some(&components), "#/components/parameters/Dangling")
                .unwrap_err(),
            "dangling reference #/components/parameters/Missing"
        );
        assert_eq!(
            resolve::<Parameter>(None, "#/components/parameters/Page").unwrap_err(),
            "dangling reference #/components/parameters/Page"
        );
    }

    #[test]
    fn cycles_are_errors() {
        let components = parameters();
        for name in ["Ping", "Self"] {
            let reference = format!("#/components/parameters/{name}");
            let error = resolve::<Parameter>(Some(&components), &reference).unwrap_err();
            assert!(
                error.starts_with(&format!(
                    "parameter references form a cycle, so none of them leads to a parameter: \
                     {reference} → "
                )),
                "{error}"
            );
        }
    }

    #[test]
    fn escaped_names_are_unescaped() {
        let components = parameters();
        let by = |reference| {
            let resolved = resolve::<Parameter>(Some(&components), reference).unwrap();
            (resolved.name, parameter_name(&resolved).to_owned())
        };
        assert_eq!(by("#/components/parameters/a~1b"), ("a/b", "slash".into()));
        assert_eq!(by("#/components/parameters/a~0b"), ("a~b", "tilde".into()));
        // `~01` is an escaped `~` followed by `1`, not an escaped `/`.
        assert_eq!(by("#/components/parameters/~01"), ("~1", "literal".into()));
    }

    #[test]
    fn references_to_another_kind_are_errors() {
        let components = parameters();
        assert_eq!(
            resolve::<Parameter>(Some(&components), "#/components/schemas/Page").unwrap_err(),
            "reference #/components/schemas/Page is not supported yet: only references to a \
             whole parameter, #/components/parameters/<name>, are resolved"
        );
        assert_eq!(
            resolve::<RequestBody>(Some(&components), "#/components/parameters/Page").unwrap_err(),
            "reference #/components/parameters/Page is not supported yet: only references to a \
             whole request body, #/components/requestBodies/<name>, are resolved"
        );
        // A section whose name only starts like the expected one is another kind too.
        assert!(resolve::<Parameter>(Some(&components), "#/components/parametersX/Page").is_err());
        assert!(resolve::<Schema>(Some(&components), "#/components/schemas/Page").is_ok());
    }

    #[test]
    fn references_into_a_component_or_another_file_are_errors() {
        let components = parameters();
        for reference in [
            "#/components/schemas/Page/properties/x",
            "other.yaml#/components/schemas/Page",
        ] {
            let error = resolve::<Schema>(Some(&components), reference).unwrap_err();
            assert!(error.starts_with(&format!("reference {reference} is not supported yet")));
        }
    }
}
