//! Recursive types: a field that leads back to its own struct is boxed.

use std::collections::{HashMap, HashSet};

use super::Lowerer;
use crate::ir::{Type, TypeKind};

impl<'a> Lowerer<'a> {
    /// Marks fields whose type contains, without indirection, the struct that holds them.
    pub(super) fn box_cycles(&mut self) {
        let edges: HashMap<String, Vec<String>> = self
            .defs
            .iter()
            .map(|def| {
                let targets = match &def.kind {
                    TypeKind::Struct { fields, .. } => fields
                        .iter()
                        .filter_map(|f| match &f.ty {
                            Type::Named(target) => Some(target.clone()),
                            _ => None,
                        })
                        .collect(),
                    TypeKind::Alias(Type::Named(target)) => vec![target.clone()],
                    _ => Vec::new(),
                };
                (def.name.clone(), targets)
            })
            .collect();
        let reaches = |from: &str, to: &str| {
            let mut seen = HashSet::new();
            let mut stack = vec![from.to_owned()];
            while let Some(next) = stack.pop() {
                if next == to {
                    return true;
                }
                if seen.insert(next.clone()) {
                    stack.extend(edges.get(&next).into_iter().flatten().cloned());
                }
            }
            false
        };
        for def in &mut self.defs {
            if let TypeKind::Struct { fields, .. } = &mut def.kind {
                for field in fields {
                    if let Type::Named(target) = &field.ty {
                        field.boxed = reaches(target, &def.name);
                    }
                }
            }
        }
    }
}
