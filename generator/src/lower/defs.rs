//! The table of type definitions being made.
//!
//! A type gets its id when its name is claimed, which for a component schema is before any
//! schema is lowered, so that a reference can name a type whose definition does not exist yet.
//! Definitions are kept in the order they are made, which is the order they are written in;
//! [`Defs::finish`] turns each id into the definition's position in that order.

use crate::ir::{Ident, Operation, TypeDef, TypeId, TypeKind};

/// A claimed type name, and its definition once made.
#[derive(Debug)]
struct Slot {
    name: Ident,
    def: Option<TypeDef>,
}

#[derive(Debug, Default)]
pub(super) struct Defs {
    /// By id.
    slots: Vec<Slot>,
    /// Ids in the order their definitions were made.
    order: Vec<TypeId>,
}

impl Defs {
    /// A new id for a type of this name, defined later with [`Defs::define`].
    pub(super) fn reserve(&mut self, name: Ident) -> TypeId {
        self.slots.push(Slot { name, def: None });
        TypeId::new(self.slots.len() - 1)
    }

    pub(super) fn name(&self, id: TypeId) -> &Ident {
        &self.slots[id.index()].name
    }

    /// Defines the type `id` stands for, after those already defined.
    pub(super) fn define(&mut self, id: TypeId, def: TypeDef) {
        self.slots[id.index()].def = Some(def);
        self.order.push(id);
    }

    /// The definition of `id`, when it has been made.
    pub(super) fn get(&self, id: TypeId) -> Option<&TypeDef> {
        self.slots[id.index()].def.as_ref()
    }

    /// The kind of `id`'s definition, to fill in what was left out when it was defined.
    pub(super) fn kind_mut(&mut self, id: TypeId) -> Option<&mut TypeKind> {
        self.slots[id.index()].def.as_mut().map(|def| &mut def.kind)
    }

    /// The definitions in the order they were made, with every id, in them and in
    /// `operations`, renumbered to the position of its definition. The error names a type that
    /// was claimed and never defined.
    pub(super) fn finish(self, operations: &mut [Operation]) -> Result<Vec<TypeDef>, String> {
        let mut position = vec![None; self.slots.len()];
        for (at, id) in self.order.iter().enumerate() {
            position[id.index()] = Some(TypeId::new(at));
        }
        if let Some(missing) = position.iter().position(Option::is_none) {
            return Err(format!(
                "internal error: type `{}` is named but never defined",
                self.slots[missing].name
            ));
        }
        let renumber = |id: TypeId| position[id.index()].unwrap_or(id);
        let mut slots: Vec<Option<TypeDef>> = self.slots.into_iter().map(|s| s.def).collect();
        let mut defs: Vec<TypeDef> = self
            .order
            .iter()
            .filter_map(|id| slots[id.index()].take())
            .collect();
        let types = defs
            .iter_mut()
            .flat_map(|def| def.kind.types_mut())
            .chain(operations.iter_mut().flat_map(Operation::types_mut));
        for ty in types {
            ty.renumber(&renumber);
        }
        Ok(defs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::Type;
    use crate::names::Scope;

    fn def(name: &Ident, kind: TypeKind) -> TypeDef {
        TypeDef {
            name: name.clone(),
            docs: None,
            role: String::new(),
            deprecated: false,
            origin: String::new(),
            kind,
        }
    }

    #[test]
    fn ids_become_positions_in_definition_order() {
        let mut scope = Scope::default();
        let mut defs = Defs::default();
        let later = defs.reserve(scope.claim("Later"));
        let first = defs.reserve(scope.claim("First"));
        let alias = TypeKind::Alias(Type::List(Box::new(Type::Named(later))));
        defs.define(first, def(defs.name(first), alias));
        defs.define(later, def(defs.name(later), TypeKind::Alias(Type::Bool)));
        let defs = defs.finish(&mut []).unwrap();
        assert_eq!(defs[0].name, "First");
        let expected = TypeKind::Alias(Type::List(Box::new(Type::Named(TypeId::new(1)))));
        assert_eq!(defs[0].kind, expected);
        assert_eq!(defs[1].name, "Later");
    }

    #[test]
    fn a_type_never_defined_is_an_internal_error() {
        let mut defs = Defs::default();
        defs.reserve(Scope::default().claim("Ghost"));
        let error = defs.finish(&mut []).unwrap_err();
        assert!(error.contains("`Ghost`"), "{error}");
    }
}
