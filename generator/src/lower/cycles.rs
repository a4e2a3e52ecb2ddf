//! Recursive types: a field or variant that leads back to its own type is boxed.

use crate::ir::{Type, TypeDef, TypeKind};

/// Marks the fields and variants of `defs` whose type contains, without indirection, the type
/// that holds them. Every type id in `defs` is a position in `defs`.
///
/// A struct contains the named types of its fields, an enum of alternatives those of its
/// variants, and an alias what it names; `Option` (a nullable type) holds its value inline,
/// while lists, maps and `Expandable` (which boxes its object) are indirections already. A field
/// or variant of a named type `T` is boxed when `T` contains its holder again, that is, when
/// both are in the same strongly connected component of the containment graph.
///
/// A cycle made of aliases only (`A = B`, `B = A`, through single-member `allOf`s too) gives no
/// type a shape and cannot be boxed: it is returned, as positions in `defs` in the order the
/// aliases name each other, and nothing is boxed.
pub(super) fn box_cycles(defs: &mut [TypeDef]) -> Result<(), Vec<usize>> {
    let contains: Vec<Vec<usize>> = defs
        .iter()
        .map(|def| match &def.kind {
            TypeKind::Struct { fields, .. } => {
                fields.iter().filter_map(|f| target(&f.ty)).collect()
            }
            TypeKind::Union(variants) => variants.iter().filter_map(|v| target(&v.ty)).collect(),
            TypeKind::Tagged(tagged) => tagged
                .variants
                .iter()
                .filter_map(|v| target(&v.ty))
                .collect(),
            TypeKind::Alias(ty) => target(ty).into_iter().collect(),
            TypeKind::Enum { .. } | TypeKind::Const(_) => Vec::new(),
        })
        .collect();
    let component = strongly_connected_components(&contains);
    if let Some(cycle) = alias_cycle(defs, &contains, &component) {
        return Err(cycle);
    }
    for (position, def) in defs.iter_mut().enumerate() {
        let in_cycle = |ty: &Type| target(ty).is_some_and(|t| component[t] == component[position]);
        match &mut def.kind {
            TypeKind::Struct { fields, .. } => {
                for field in fields {
                    field.boxed = in_cycle(&field.ty);
                }
            }
            TypeKind::Union(variants) => {
                for variant in variants {
                    variant.boxed = in_cycle(&variant.ty);
                }
            }
            TypeKind::Tagged(tagged) => {
                for variant in &mut tagged.variants {
                    variant.boxed = in_cycle(&variant.ty);
                }
            }
            TypeKind::Alias(_) | TypeKind::Enum { .. } | TypeKind::Const(_) => {}
        }
    }
    Ok(())
}

/// The first cycle whose members are all aliases, in the order they name each other.
fn alias_cycle(
    defs: &[TypeDef],
    contains: &[Vec<usize>],
    component: &[usize],
) -> Option<Vec<usize>> {
    let is_alias = |position: usize| matches!(defs[position].kind, TypeKind::Alias(_));
    // Components with a member that is not an alias have a shape somewhere.
    let mut shaped = vec![false; defs.len()];
    for (position, &c) in component.iter().enumerate() {
        if !is_alias(position) {
            shaped[c] = true;
        }
    }
    let start = (0..defs.len()).find(|&position| {
        let c = component[position];
        // An alias's only successor is what it names: in a cycle, that is in its component.
        !shaped[c] && contains[position].iter().any(|&next| component[next] == c)
    })?;
    let mut cycle = vec![start];
    let mut position = start;
    while let Some(&next) = contains[position].first() {
        if next == start || cycle.len() > defs.len() {
            break;
        }
        cycle.push(next);
        position = next;
    }
    Some(cycle)
}

/// The most types held inside one another in `defs`, by any field or variant (boxed, in a
/// list or map, or not), with every type of a cycle counted once: how deep rustc's checks of
/// drops and layouts recurse through these types, which its `recursion_limit` bounds.
pub(super) fn type_depth(defs: &[TypeDef]) -> usize {
    let holds: Vec<Vec<usize>> = defs
        .iter()
        .map(|def| {
            let mut held = Vec::new();
            for ty in def.kind.types() {
                named_in(ty, &mut held);
            }
            held
        })
        .collect();
    let component = strongly_connected_components(&holds);
    let count = component.iter().map(|&c| c + 1).max().unwrap_or(0);
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); count];
    for (position, &c) in component.iter().enumerate() {
        members[c].push(position);
    }
    // Components are numbered after every component they reach, so those come first.
    let mut depth = vec![0; count];
    for c in 0..count {
        let below = members[c]
            .iter()
            .flat_map(|&member| &holds[member])
            .map(|&held| component[held])
            .filter(|&other| other < c)
            .map(|other| depth[other])
            .max()
            .unwrap_or(0);
        depth[c] = members[c].len() + below;
    }
    depth.into_iter().max().unwrap_or(0)
}

/// Every named type in `ty`, however wrapped.
fn named_in(ty: &Type, out: &mut Vec<usize>) {
    match ty {
        Type::Named(id) => out.push(id.index()),
        Type::List(inner) | Type::Map(inner) | Type::Nullable(inner) | Type::Expandable(inner) => {
            named_in(inner, out);
        }
        _ => {}
    }
}

/// The type a value of `ty` holds inline, if it is a named one.
fn target(ty: &Type) -> Option<usize> {
    match ty {
        Type::Named(id) => Some(id.index()),
        Type::Nullable(inner) => target(inner),
        _ => None,
    }
}

/// The strongly connected component of each node of a graph given as lists of successors, as
/// a number shared by the nodes of one component (Tarjan's algorithm, without recursion so that
/// long chains of types cannot overflow the stack).
fn strongly_connected_components(successors: &[Vec<usize>]) -> Vec<usize> {
    const UNSEEN: usize = usize::MAX;
    let count = successors.len();
    // The order in which nodes are first reached, and the earliest node each reaches back to.
    let mut order = vec![UNSEEN; count];
    let mut low = vec![0; count];
    let mut on_stack = vec![false; count];
    let mut stack = Vec::new();
    let mut component = vec![UNSEEN; count];
    let mut reached = 0;
    let mut components = 0;
    for root in 0..count {
        if order[root] != UNSEEN {
            continue;
        }
        // The path being explored: each node with the position of its next successor.
        let mut path = vec![(root, 0)];
        order[root] = reached;
        low[root] = reached;
        reached += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(&mut (node, ref mut next)) = path.last_mut() {
            if let Some(&successor) = successors[node].get(*next) {
                *next += 1;
                if order[successor] == UNSEEN {
                    order[successor] = reached;
                    low[successor] = reached;
                    reached += 1;
                    stack.push(successor);
                    on_stack[successor] = true;
                    path.push((successor, 0));
                } else if on_stack[successor] {
                    low[node] = low[node].min(order[successor]);
                }
                continue;
            }
            path.pop();
            if let Some(&(parent, _)) = path.last() {
                low[parent] = low[parent].min(low[node]);
            }
            if low[node] == order[node] {
                while let Some(member) = stack.pop() {
                    on_stack[member] = false;
                    component[member] = components;
                    if member == node {
                        break;
                    }
                }
                components += 1;
            }
        }
    }
    component
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{Field, TypeId};
    use crate::names::Scope;

    /// The definitions of the test below, in order: a name's position is its type id.
    const NAMES: [&str; 7] = ["Node", "Label", "Outside", "A", "B", "CAlias", "C"];

    fn field(name: &str, ty: Type) -> Field {
        Field {
            name: Scope::default().claim(name),
            wire_name: name.to_owned(),
            ty,
            required: true,
            boxed: false,
            secret: false,
            deprecated: false,
            docs: None,
        }
    }

    fn def(name: &str, kind: TypeKind) -> TypeDef {
        TypeDef {
            name: Scope::default().claim(name),
            docs: None,
            role: String::new(),
            deprecated: false,
            origin: String::new(),
            kind,
        }
    }

    fn named(name: &str) -> Type {
        let position = NAMES.iter().position(|n| *n == name).unwrap();
        Type::Named(TypeId::new(position))
    }

    fn structure(name: &str, fields: &[(&str, Type)]) -> TypeDef {
        let fields = fields.iter().map(|(n, ty)| field(n, ty.clone())).collect();
        def(
            name,
            TypeKind::Struct {
                fields,
                additional: None,
            },
        )
    }

    /// The boxed fields, as `Struct.field`.
    fn boxed(mut defs: Vec<TypeDef>) -> Vec<String> {
        let names: Vec<String> = defs.iter().map(|def| def.name.to_string()).collect();
        assert_eq!(names, NAMES);
        box_cycles(&mut defs).unwrap();
        let mut boxed = Vec::new();
        for def in &defs {
            if let TypeKind::Struct { fields, .. } = &def.kind {
                for field in fields.iter().filter(|f| f.boxed) {
                    boxed.push(format!("{}.{}", def.name, field.name));
                }
            }
        }
        boxed
    }

    #[test]
    fn type_depth_counts_types_held_inside_one_another_and_cycles_once() {
        let at = |i: usize| Type::Named(TypeId::new(i));
        // 0 holds 1 in a list, 1 holds 2 boxed in a ring 2 → 3 → 2, and 3 holds 4.
        let defs = vec![
            structure("Top", &[("items", Type::List(Box::new(at(1))))]),
            structure("Middle", &[("a", at(2).nullable())]),
            structure("RingA", &[("b", at(3))]),
            structure(
                "RingB",
                &[("a", at(2)), ("leaf", Type::Map(Box::new(at(4))))],
            ),
            structure("Leaf", &[("text", Type::String)]),
        ];
        assert_eq!(type_depth(&defs), 5);
        assert_eq!(type_depth(&defs[4..]), 1);
        assert_eq!(type_depth(&[]), 0);
    }

    #[test]
    fn fields_that_lead_back_to_their_struct_are_boxed() {
        let defs = vec![
            // A tree: a node holds itself directly, and through a list (already indirect).
            structure(
                "Node",
                &[
                    ("parent", named("Node")),
                    ("children", Type::List(Box::new(named("Node")))),
                    ("label", named("Label")),
                ],
            ),
            structure("Label", &[("text", Type::String)]),
            // A cycle of three, through an alias, that `Outside` points into without being part
            // of it.
            structure("Outside", &[("a", named("A"))]),
            structure("A", &[("b", named("B"))]),
            structure("B", &[("c", named("CAlias"))]),
            def("CAlias", TypeKind::Alias(named("C"))),
            structure(
                "C",
                &[
                    ("a", named("A")),
                    ("outside", Type::Map(Box::new(named("Outside")))),
                ],
            ),
        ];
        assert_eq!(
            boxed(defs),
            ["Node.parent", "A.b", "B.c", "C.a"].map(str::to_owned)
        );
    }

    #[test]
    fn variants_and_nullable_fields_that_lead_back_are_boxed() {
        use crate::ir::{TaggedUnion, TaggedVariant, UnionVariant};
        let id = |position| Type::Named(TypeId::new(position));
        let variant = |name: &str, ty: Type| UnionVariant {
            name: Scope::default().claim(name),
            ty,
            boxed: false,
            docs: None,
        };
        let mut defs = vec![
            // 0: an expression, one of a negation or a literal.
            def(
                "Expression",
                TypeKind::Union(vec![variant("Negation", id(1)), variant("Literal", id(2))]),
            ),
            // 1: a negation holds an expression, possibly null (still inline).
            def(
                "Negation",
                TypeKind::Struct {
                    fields: vec![field("operand", id(0).nullable())],
                    additional: None,
                },
            ),
            def("Literal", TypeKind::Alias(Type::F64)),
            // 3: tagged by a member, one variant leading back through an expandable (boxed
            // already) and one directly.
            def(
                "Shape",
                TypeKind::Tagged(TaggedUnion {
                    property: "kind".to_owned(),
                    variants: vec![
                        TaggedVariant {
                            name: Scope::default().claim("Group"),
                            ty: id(4),
                            tags: vec!["group".to_owned()],
                            boxed: false,
                            docs: None,
                        },
                        TaggedVariant {
                            name: Scope::default().claim("Link"),
                            ty: Type::Expandable(Box::new(id(3))),
                            tags: vec!["link".to_owned()],
                            boxed: false,
                            docs: None,
                        },
                    ],
                    unknown: Scope::default().claim("Unknown"),
                }),
            ),
            def(
                "Group",
                TypeKind::Struct {
                    fields: vec![field("first", id(3))],
                    additional: None,
                },
            ),
        ];
        box_cycles(&mut defs).unwrap();
        let TypeKind::Union(variants) = &defs[0].kind else {
            panic!()
        };
        assert_eq!(
            variants.iter().map(|v| v.boxed).collect::<Vec<_>>(),
            [true, false]
        );
        let TypeKind::Struct { fields, .. } = &defs[1].kind else {
            panic!()
        };
        assert!(fields[0].boxed);
        let TypeKind::Tagged(tagged) = &defs[3].kind else {
            panic!()
        };
        let boxed: Vec<bool> = tagged.variants.iter().map(|v| v.boxed).collect();
        assert_eq!(boxed, [true, false]);
    }

    #[test]
    fn components_of_a_graph() {
        // 0 → 1 → 2 → 0, 2 → 3, 3 → 3, 4 alone.
        let successors = vec![vec![1], vec![2], vec![0, 3], vec![3], vec![]];
        let component = strongly_connected_components(&successors);
        assert_eq!(component[0], component[1]);
        assert_eq!(component[1], component[2]);
        assert_ne!(component[2], component[3]);
        assert_ne!(component[3], component[4]);
        assert_ne!(component[0], component[4]);
        // A chain long enough to overflow a recursive walk.
        let chain: Vec<Vec<usize>> = (0..200_000).map(|i| vec![i + 1]).chain([vec![0]]).collect();
        let component = strongly_connected_components(&chain);
        assert!(component.iter().all(|&c| c == component[0]));
    }
}
