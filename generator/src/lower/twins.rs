//! Types the document defines twice alike: one definition is kept, the other names it.
//!
//! Documents copy schemas to change what does not reach the Rust type: GitHub defines
//! `nullable-simple-user` beside `simple-user`, alike but for `nullable`, `title` and
//! `description`. Nullability belongs to the use site ([`Type::Nullable`]), so the two are one
//! type. Two definitions are twins when they are the same kind of type with the same members
//! (names, wire names, docs, requiredness, secrecy, deprecation), and the types their members
//! hold are twins in turn, or the same type. Recursive types compare as a whole: each pair is
//! assumed alike unless something tells them apart (the coarsest partition of the types that
//! every definition respects).
//!
//! A component schema keeps its name, as an alias of the twin defined first, with its own
//! description when that differs; its description is not compared. An inline schema is a twin
//! only with the same description, and is dropped. Every use names the kept definition.
//!
//! Inline twins that stand under different members of one place are named for all of them:
//! the context they share and what they hold. The `{status}` object under each member of
//! GitHub's `security_and_analysis` is `SecurityAndAnalysisStatus`, and the `read`/`write`
//! enum under each member of an app's `permissions` is `…Permission`. With no such name, the
//! shortest of their names is kept.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::ir::{
    AdditionalMembers, ConstValue, EnumValues, EnumVariant, Field, Operation, TaggedUnion,
    TaggedVariant, Type, TypeDef, TypeId, TypeKind, UnionVariant,
};
use crate::names::{self, Ident, Scope};

/// Merges the twins among `types`, in `types` and `operations`, and returns how many
/// definitions now name another (aliases and dropped ones). Every type id is a position in
/// `types`, before and after. Fields and variants are left unboxed; boxing is decided after.
pub(super) fn merge_twins(
    types: &mut Vec<TypeDef>,
    operations: &mut [Operation],
    contexts: &FxHashMap<String, Vec<String>>,
) -> usize {
    let class = classes(types);
    // The kept definition of each class has the shortest name, the first of those: the plain
    // `SimpleUser` rather than `NullableSimpleUser`, whichever the document lists first.
    let mut kept: FxHashMap<usize, usize> = FxHashMap::default();
    for (position, def) in types.iter().enumerate() {
        let kept = kept.entry(class[position]).or_insert(position);
        if def.name.as_str().len() < types[*kept].name.as_str().len() {
            *kept = position;
        }
    }
    let target: Vec<usize> = (0..types.len()).map(|p| kept[&class[p]]).collect();
    let twins = (0..types.len()).filter(|&p| target[p] != p).count();
    if twins == 0 {
        return 0;
    }
    rename_shared(types, operations, &target, contexts);
    for position in 0..types.len() {
        let original = target[position];
        if original == position || !is_component(&types[position]) {
            continue;
        }
        let own = types[position].docs.take();
        let name = &types[original].name;
        let mut docs = format!("Same as [`{name}`].");
        if let Some(own) = own.filter(|own| Some(own) != types[original].docs.as_ref()) {
            docs = format!("{docs}\n\n{own}");
        }
        let twin = &mut types[position];
        twin.docs = Some(docs);
        twin.kind = TypeKind::Alias(Type::Named(TypeId::new(original)));
    }
    // Positions after the dropped inline twins are taken out.
    let mut next = 0;
    let mut position_of = vec![0; types.len()];
    let mut keep = vec![false; types.len()];
    for (position, def) in types.iter().enumerate() {
        keep[position] = target[position] == position || is_component(def);
        if keep[position] {
            position_of[position] = next;
            next += 1;
        }
    }
    // Every use of a twin names its original; the aliases made above, too.
    let renumber = |id: TypeId| TypeId::new(position_of[target[id.index()]]);
    *types = std::mem::take(types)
        .into_iter()
        .zip(&keep)
        .filter_map(|(def, &keep)| keep.then_some(def))
        .collect();
    for ty in types.iter_mut().flat_map(|def| def.kind.types_mut()) {
        ty.renumber(&renumber);
    }
    for ty in operations.iter_mut().flat_map(Operation::types_mut) {
        ty.renumber(&renumber);
    }
    twins
}

/// Gives each kept inline definition whose twins stand under different members a name that
/// fits them all (see the module's docs), where that name is free.
fn rename_shared(
    types: &mut [TypeDef],
    operations: &[Operation],
    target: &[usize],
    contexts: &FxHashMap<String, Vec<String>>,
) {
    let mut uses: FxHashMap<usize, Vec<&[String]>> = FxHashMap::default();
    for (position, def) in types.iter().enumerate() {
        if let Some(context) = contexts.get(def.name.as_str()) {
            uses.entry(target[position]).or_default().push(context);
        }
    }
    let mut taken = Scope::for_types();
    for op in operations {
        taken.reserve(op.name.as_str());
        taken.reserve(op.response_name.as_str());
    }
    for (position, def) in types.iter().enumerate() {
        if target[position] == position || is_component(def) {
            taken.reserve(def.name.as_str());
        }
    }
    let mut renamed: Vec<(String, String)> = Vec::new();
    let mut kept: Vec<usize> = uses.keys().copied().collect();
    kept.sort_unstable();
    for position in kept {
        let def = &types[position];
        if is_component(def) {
            continue;
        }
        let Some(kept) = contexts.get(def.name.as_str()) else {
            continue;
        };
        let Some(context) = shared_context(kept, &uses[&position], &def.kind) else {
            continue;
        };
        // Over the limit, shortened as an inline type's name is; with no shortening free, the
        // shortest of the twins' names is kept.
        let whole = context.concat();
        let wishes: Vec<String> = if whole.chars().count() <= names::MAX_TYPE_CHARS {
            vec![whole]
        } else {
            names::inline_type_names(&context)
                .into_iter()
                .filter(|name| name.chars().count() <= names::MAX_TYPE_CHARS)
                .collect()
        };
        if let Some(name) = taken.claim_free(&wishes) {
            let old = std::mem::replace(&mut types[position].name, name.clone());
            renamed.push((old.to_string(), name.to_string()));
        }
    }
    // Roles name the types they stand in: "the `status` member of `…`". Most name none of the
    // renamed ones, which is told from the text between their backticks.
    let renamed_names: FxHashSet<&str> = renamed.iter().map(|(old, _)| old.as_str()).collect();
    for def in types.iter_mut() {
        // Every text between two backticks, so every `old` the replacement below would find.
        let mut between = def.role.split('`').skip(1);
        if !between.any(|text| renamed_names.contains(text)) {
            continue;
        }
        for (old, new) in &renamed {
            def.role = def.role.replace(&format!("`{old}`"), &format!("`{new}`"));
        }
    }
}

/// What twins standing at `uses` are named from, where the kept one stands at `kept`: the
/// place it stands in, then the one member each holds, or, for an enum under a plural member,
/// that member in the singular. Only twins standing in that same place count; `None` unless
/// they stand under at least two members of it.
fn shared_context(kept: &[String], uses: &[&[String]], kind: &TypeKind) -> Option<Vec<String>> {
    let (_, place) = kept.split_last()?;
    let mut members: Vec<&String> = uses
        .iter()
        .filter_map(|context| context.split_last())
        .filter(|(_, at)| *at == place)
        .map(|(member, _)| member)
        .collect();
    members.sort_unstable();
    members.dedup();
    if place.is_empty() || members.len() < 2 {
        return None;
    }
    match kind {
        TypeKind::Struct {
            fields,
            additional: None,
        } if fields.len() == 1 => {
            let mut context = place.to_vec();
            context.push(names::type_name(&fields[0].wire_name));
            Some(context)
        }
        TypeKind::Enum { .. } => {
            let (last, before) = place.split_last()?;
            let singular = last.strip_suffix('s')?;
            // `Permissions` → `Permission`, but not `Status` or `Access`.
            if singular.is_empty() || singular.ends_with(['s', 'u', 'i']) {
                return None;
            }
            let mut context = before.to_vec();
            context.push(singular.to_owned());
            Some(context)
        }
        _ => None,
    }
}

/// A schema of `components.schemas` (or a 2.0 definition) itself, not one inside it.
fn is_component(def: &TypeDef) -> bool {
    ["/components/schemas/", "/definitions/"]
        .iter()
        .any(|prefix| {
            def.origin
                .strip_prefix(prefix)
                .is_some_and(|name| !name.is_empty() && !name.contains('/'))
        })
}

/// The class of each type: types of one class are twins. Starts from one class per what a
/// definition says of itself, and splits classes whose members hold types of different classes
/// until no class splits.
fn classes(types: &[TypeDef]) -> Vec<usize> {
    // What a definition says of itself does not change while classes split: it is compared as
    // a number, and only the classes of the types it holds are looked up again each round.
    let mut shapes: FxHashMap<Vec<u8>, usize> = FxHashMap::default();
    let (shape, held): (Vec<usize>, Vec<Vec<usize>>) = types
        .iter()
        .map(|def| {
            let (own, held) = shape(def);
            let next = shapes.len();
            (*shapes.entry(own).or_insert(next), held)
        })
        .unzip();
    let mut class = vec![0; types.len()];
    let mut count = 1;
    loop {
        let mut seen: FxHashMap<(usize, Option<usize>, usize, Vec<usize>), usize> =
            FxHashMap::default();
        let refined: Vec<usize> = types
            .iter()
            .enumerate()
            .map(|(position, def)| {
                // An alias costs a line: naming another alias instead would save nothing, and
                // would give a field the name of an unrelated concept of the same type.
                let own = matches!(def.kind, TypeKind::Alias(_)).then_some(position);
                let holds = held[position].iter().map(|&id| class[id]).collect();
                let key = (class[position], own, shape[position], holds);
                let next = seen.len();
                *seen.entry(key).or_insert(next)
            })
            .collect();
        // A refinement only splits classes: the same count means nothing split.
        if seen.len() == count {
            return refined;
        }
        count = seen.len();
        class = refined;
    }
}

/// What a definition says of itself, with the types it holds left out and boxing (which
/// follows from cycles that merging changes) ignored, written as bytes: twins write the same.
/// Every part is tagged or preceded by its length, so that definitions that say different
/// things never write the same bytes. Also the positions of the types it holds, in the order
/// written.
fn shape(def: &TypeDef) -> (Vec<u8>, Vec<usize>) {
    let mut shape = Shape::default();
    let component = is_component(def);
    shape.flag(component);
    shape.flag(def.deprecated);
    // A component's description is its own and is kept on its alias; an inline schema's is not.
    shape.optional(if component { None } else { def.docs.as_deref() });
    shape.kind(&def.kind);
    (shape.bytes, shape.held)
}

#[derive(Default)]
struct Shape {
    bytes: Vec<u8>,
    held: Vec<usize>,
}

impl Shape {
    fn flag(&mut self, flag: bool) {
        self.bytes.push(u8::from(flag));
    }

    fn count(&mut self, count: usize) {
        self.bytes
            .extend_from_slice(&u64::try_from(count).unwrap_or(u64::MAX).to_le_bytes());
    }

    fn text(&mut self, text: &str) {
        self.count(text.len());
        self.bytes.extend_from_slice(text.as_bytes());
    }

    fn optional(&mut self, text: Option<&str>) {
        self.flag(text.is_some());
        if let Some(text) = text {
            self.text(text);
        }
    }

    fn ident(&mut self, ident: &Ident) {
        self.text(ident.as_str());
        self.flag(ident.is_raw());
    }

    fn ty(&mut self, ty: &Type) {
        let tag: u8 = match ty {
            Type::String => 0,
            Type::Bool => 1,
            Type::I8 => 2,
            Type::I16 => 3,
            Type::I32 => 4,
            Type::I64 => 5,
            Type::U8 => 6,
            Type::U16 => 7,
            Type::U32 => 8,
            Type::U64 => 9,
            Type::F32 => 10,
            Type::F64 => 11,
            Type::Uuid => 12,
            Type::DateTime => 13,
            Type::Date => 14,
            Type::Bytes => 15,
            Type::Json => 16,
            Type::JsonObject => 17,
            Type::Named(id) => {
                self.held.push(id.index());
                18
            }
            Type::List(_) => 19,
            Type::Map(_) => 20,
            Type::Nullable(_) => 21,
            Type::Expandable(_) => 22,
        };
        self.bytes.push(tag);
        if let Type::List(inner)
        | Type::Map(inner)
        | Type::Nullable(inner)
        | Type::Expandable(inner) = ty
        {
            self.ty(inner);
        }
    }

    fn kind(&mut self, kind: &TypeKind) {
        match kind {
            TypeKind::Struct { fields, additional } => {
                self.bytes.push(0);
                self.count(fields.len());
                for field in fields {
                    let Field {
                        name,
                        wire_name,
                        ty,
                        required,
                        boxed: _,
                        secret,
                        deprecated,
                        docs,
                    } = field;
                    self.ident(name);
                    self.text(wire_name);
                    self.ty(ty);
                    self.flag(*required);
                    self.flag(*secret);
                    self.flag(*deprecated);
                    self.optional(docs.as_deref());
                }
                self.flag(additional.is_some());
                if let Some(AdditionalMembers { field, ty }) = additional {
                    self.ident(field);
                    self.ty(ty);
                }
            }
            TypeKind::Enum { values, catch_all } => {
                self.bytes.push(1);
                match values {
                    EnumValues::String(variants) => {
                        self.bytes.push(0);
                        self.count(variants.len());
                        for EnumVariant { name, value } in variants {
                            self.ident(name);
                            self.text(value);
                        }
                    }
                    EnumValues::Integer(variants) => {
                        self.bytes.push(1);
                        self.count(variants.len());
                        for EnumVariant { name, value } in variants {
                            self.ident(name);
                            self.bytes.extend_from_slice(&value.to_le_bytes());
                        }
                    }
                }
                self.ident(catch_all);
            }
            TypeKind::Alias(ty) => {
                self.bytes.push(2);
                self.ty(ty);
            }
            TypeKind::Const(value) => {
                self.bytes.push(3);
                match value {
                    ConstValue::String(text) => {
                        self.bytes.push(0);
                        self.text(text);
                    }
                    ConstValue::Integer(number) => {
                        self.bytes.push(1);
                        self.bytes.extend_from_slice(&number.to_le_bytes());
                    }
                    ConstValue::Bool(flag) => {
                        self.bytes.push(2);
                        self.flag(*flag);
                    }
                }
            }
            TypeKind::Union(variants) => {
                self.bytes.push(4);
                self.count(variants.len());
                for UnionVariant {
                    name,
                    ty,
                    boxed: _,
                    docs,
                } in variants
                {
                    self.ident(name);
                    self.ty(ty);
                    self.optional(docs.as_deref());
                }
            }
            TypeKind::Tagged(TaggedUnion {
                property,
                variants,
                unknown,
            }) => {
                self.bytes.push(5);
                self.text(property);
                self.count(variants.len());
                for TaggedVariant {
                    name,
                    ty,
                    tags,
                    boxed: _,
                    docs,
                } in variants
                {
                    self.ident(name);
                    self.ty(ty);
                    self.count(tags.len());
                    for tag in tags {
                        self.text(tag);
                    }
                    self.optional(docs.as_deref());
                }
                self.ident(unknown);
            }
        }
    }
}
