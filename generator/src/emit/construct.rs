//! Construction: `new` from the required fields and a setter per optional one, written as a
//! `runtime::builder!` table, for operations and for the structs a request sends.

use std::collections::BTreeSet;

use quote::format_ident;

use super::format::MAX_LINE;
use super::ident_text;
use super::types::MAX_ALIAS_DEPTH;
use crate::ir::{Api, Ident as Name, Type, TypeKind};

/// Methods a setter must not be named after: the ones generated types have (`new`, the
/// operation's, a paginated operation's and the multipart body's own) and those of the
/// prelude's and serde's traits they implement, which an inherent method of the same name would
/// hide.
const TAKEN_METHODS: &[&str] = &[
    "new",
    "to_request",
    "decode",
    "streams",
    "from_response",
    "to_body",
    "items",
    "next_page",
    "clone",
    "clone_from",
    "clone_into",
    "eq",
    "ne",
    "fmt",
    "default",
    "from",
    "into",
    "try_from",
    "try_into",
    "to_owned",
    "to_string",
    "serialize",
    "deserialize",
];

/// How a field is set.
pub(super) enum Role {
    /// An argument of `new`, of this type as printed ([`parameter_type`]).
    Required(String),
    /// `None` until its setter stores `Some` of a value of this type ([`parameter_type`]).
    Optional(String),
    /// Its type's default: a `const` type's one value, or the map of additional members.
    Defaulted,
}

/// One field, for [`builder`].
pub(super) struct Member {
    pub(super) field: Name,
    pub(super) role: Role,
    pub(super) deprecated: bool,
}

/// `runtime::builder!` for the struct `name`, laid out as written by hand: `new` takes the
/// required members in the order given (on one line, or one a line past [`MAX_LINE`]), then a
/// row per setter and per defaulted member. `deprecated`: whether the struct itself is.
pub(super) fn builder(name: &Name, members: &[Member], deprecated: bool) -> String {
    let fields: BTreeSet<&str> = members.iter().map(|m| m.field.as_str()).collect();
    let arguments: Vec<String> = members
        .iter()
        .filter_map(|member| match &member.role {
            Role::Required(ty) => Some(typed_text(&member.field, ty)),
            _ => None,
        })
        .collect();
    // Each row with the attributes on the lines before it.
    let mut setters: Vec<(Option<&str>, String)> = Vec::new();
    let mut renamed: Vec<(Option<&str>, String)> = Vec::new();
    for member in members {
        let Role::Optional(ty) = &member.role else {
            continue;
        };
        let deprecated = member.deprecated.then_some("#[deprecated]");
        let typed = typed_text(&member.field, ty);
        match setter_name(&member.field, &fields) {
            None => setters.push((deprecated, typed)),
            // A renamed setter's attributes follow its name, on its line.
            Some(setter) => {
                let mut row = format!("[{setter}]");
                if let Some(attribute) = deprecated {
                    row.push(' ');
                    row.push_str(attribute);
                }
                row.push(' ');
                row.push_str(&typed);
                renamed.push((None, row));
            }
        }
    }
    let defaulted = members
        .iter()
        .filter(|member| matches!(member.role, Role::Defaulted))
        .map(|member| (None, format!("..{}", ident_text(&member.field))));
    let rows: Vec<(Option<&str>, String)> = setters
        .into_iter()
        .chain(renamed)
        .chain(defaulted)
        .collect();

    let name = ident_text(name);
    let mut out = String::from("runtime::builder! {\n");
    if deprecated || members.iter().any(|m| m.deprecated) {
        out.push_str("    #[allow(deprecated)]\n");
    }
    let one_line = format!("    {name}({})", arguments.join(", "));
    if one_line.len() + " {".len() <= MAX_LINE {
        out.push_str(&one_line);
    } else {
        out.push_str(&format!("    {name}(\n"));
        for argument in &arguments {
            out.push_str(&format!("        {argument},\n"));
        }
        out.push_str("    )");
    }
    if rows.is_empty() {
        out.push_str(" {}\n}\n");
        return out;
    }
    out.push_str(" {\n");
    for (attribute, row) in &rows {
        if let Some(attribute) = attribute {
            out.push_str(&format!("        {attribute}\n"));
        }
        out.push_str(&format!("        {row},\n"));
    }
    out.push_str("    }\n}\n");
    out
}

/// `name: Type` as written by hand.
fn typed_text(field: &Name, ty: &str) -> String {
    format!("{}: {ty}", ident_text(field))
}

/// The setter's name when it cannot be the field's: `with_<field>`, numbered should a field
/// already have that name.
fn setter_name(field: &Name, fields: &BTreeSet<&str>) -> Option<proc_macro2::Ident> {
    if !TAKEN_METHODS.contains(&field.as_str()) {
        return None;
    }
    let base = format!("with_{}", field.as_str());
    let free =
        |name: &String| !fields.contains(name.as_str()) && !TAKEN_METHODS.contains(&name.as_str());
    let name = std::iter::once(base.clone())
        .chain((2..).map(|n| format!("{base}_{n}")))
        .find(free)
        .unwrap_or(base);
    Some(format_ident!("{}", name))
}

/// The type a method takes for a value of `ty`, written `rust`: `impl Into<…>`, but a number or
/// boolean as it is, since a literal (`5`, `1.5`) converts into a `u64` or an `f32` only when
/// its own type is known.
pub(super) fn parameter_type(api: &Api, ty: &Type, rust: String) -> String {
    if is_scalar(api, ty, 0) {
        rust
    } else {
        format!("impl Into<{rust}>")
    }
}

fn is_scalar(api: &Api, ty: &Type, depth: usize) -> bool {
    match ty {
        Type::Bool
        | Type::I8
        | Type::I16
        | Type::I32
        | Type::I64
        | Type::U8
        | Type::U16
        | Type::U32
        | Type::U64
        | Type::F32
        | Type::F64 => true,
        Type::Named(id) if depth < MAX_ALIAS_DEPTH => match &api.def(*id).kind {
            TypeKind::Alias(inner) => is_scalar(api, inner, depth + 1),
            _ => false,
        },
        _ => false,
    }
}

/// Whether a required value of `ty` has only one possible value, which `new` fills in.
pub(super) fn is_const(api: &Api, ty: &Type) -> bool {
    matches!(ty, Type::Named(id) if matches!(api.def(*id).kind, TypeKind::Const(_)))
}

#[cfg(test)]
mod tests {
    use super::{Member, Role, builder};
    use crate::names::Scope;

    fn member(scope: &mut Scope, field: &str, role: Role, deprecated: bool) -> Member {
        Member {
            field: scope.claim(field),
            role,
            deprecated,
        }
    }

    #[test]
    fn a_builder_is_laid_out_as_written_by_hand() {
        let mut scope = Scope::default();
        let name = scope.claim("CreateIssue");
        let members = [
            member(
                &mut scope,
                "owner",
                Role::Required("impl Into<String>".to_owned()),
                false,
            ),
            member(
                &mut scope,
                "type",
                Role::Optional("Option<Vec<u8>>".to_owned()),
                false,
            ),
            member(
                &mut scope,
                "default",
                Role::Optional("bool".to_owned()),
                true,
            ),
            member(
                &mut scope,
                "labels",
                Role::Optional("impl Into<Vec<String>>".to_owned()),
                true,
            ),
            member(&mut scope, "extra", Role::Defaulted, false),
        ];
        let expected = "\
runtime::builder! {
    #[allow(deprecated)]
    CreateIssue(owner: impl Into<String>) {
        r#type: Option<Vec<u8>>,
        #[deprecated]
        labels: impl Into<Vec<String>>,
        [with_default] #[deprecated] default: bool,
        ..extra,
    }
}
";
        assert_eq!(builder(&name, &members, false), expected);
    }

    #[test]
    fn new_takes_its_arguments_a_line_each_past_the_widest_line() {
        let mut scope = Scope::default();
        let name = scope.claim("GetRepositoryContentsForAPath");
        let members: Vec<Member> = ["owner", "repository", "path", "reference", "media"]
            .into_iter()
            .map(|field| {
                member(
                    &mut scope,
                    field,
                    Role::Required("impl Into<String>".to_owned()),
                    false,
                )
            })
            .collect();
        let expected = "\
runtime::builder! {
    GetRepositoryContentsForAPath(
        owner: impl Into<String>,
        repository: impl Into<String>,
        path: impl Into<String>,
        reference: impl Into<String>,
        media: impl Into<String>,
    ) {}
}
";
        assert_eq!(builder(&name, &members, false), expected);
    }
}
