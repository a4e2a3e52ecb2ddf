//! Docs a field or parameter takes from the type it refers to when it has none of its own.
//!
//! They are filled in once every type is defined: a reference can be lowered before the
//! definition of its target, whose description would otherwise depend on document order.

use crate::ir::{Operation, Type, TypeDef, TypeKind};

/// Gives each field and parameter without docs the docs of the named type it holds.
pub(super) fn inherit_docs(types: &mut [TypeDef], operations: &mut [Operation]) {
    let docs: Vec<Option<String>> = types.iter().map(|def| def.docs.clone()).collect();
    // A nullable reference documents itself like the type it refers to.
    let of = |ty: &Type| match ty.non_null() {
        Type::Named(id) => docs[id.index()].clone(),
        _ => None,
    };
    for def in types.iter_mut() {
        if let TypeKind::Struct { fields, .. } = &mut def.kind {
            for field in fields.iter_mut().filter(|f| f.docs.is_none()) {
                field.docs = of(&field.ty);
            }
        }
    }
    let parameters = operations.iter_mut().flat_map(|o| &mut o.parameters);
    for parameter in parameters.filter(|p| p.docs.is_none()) {
        parameter.docs = of(&parameter.ty);
    }
}
