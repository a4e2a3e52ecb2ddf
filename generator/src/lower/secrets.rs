//! Which struct fields are secret, so that `Debug` prints them redacted: text members that
//! `format: password` or their name says are secrets (see [`names::looks_secret_field`]).
//! Lowering flags a member by its schema and name; once every type is known, the flag stays
//! only on members that hold text: a string or bytes, a list of them, or an alias of either.
//! An enum, an object, a boolean is never a secret, whatever its name (GitHub's
//! `secret_scanning` settings).
//!
//! [`names::looks_secret_field`]: crate::names::looks_secret_field

use crate::ir::{Type, TypeDef, TypeKind};

/// Clears the secret flag of every field that does not hold text.
pub(super) fn keep_text_secrets(types: &mut [TypeDef]) {
    let mut cleared = Vec::new();
    for (at, def) in types.iter().enumerate() {
        if let TypeKind::Struct { fields, .. } = &def.kind {
            for (index, field) in fields.iter().enumerate() {
                if field.secret && !holds_text(types, &field.ty) {
                    cleared.push((at, index));
                }
            }
        }
    }
    for (at, index) in cleared {
        if let TypeKind::Struct { fields, .. } = &mut types[at].kind {
            fields[index].secret = false;
        }
    }
}

/// Whether a value of `ty` is text: a string, bytes, a list of them, or an alias of either.
/// Aliases make no cycle: lowering refuses schemas that only stand for each other.
fn holds_text(types: &[TypeDef], ty: &Type) -> bool {
    match ty {
        Type::String | Type::Bytes => true,
        Type::Nullable(inner) | Type::List(inner) => holds_text(types, inner),
        Type::Named(id) => match &types[id.index()].kind {
            TypeKind::Alias(aliased) => holds_text(types, aliased),
            _ => false,
        },
        _ => false,
    }
}
